// Schema migrations for the SQLite driver, applied in order; user_version records how far a file is.
export const sqliteMigrations: string[] = [
  `CREATE TABLE bills (
     id TEXT PRIMARY KEY,
     title TEXT NOT NULL,
     lang TEXT NOT NULL CHECK (lang IN ('ja', 'en')),
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE TABLE doc_updates (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     doc TEXT NOT NULL,
     data BLOB NOT NULL
   );
   CREATE INDEX doc_updates_doc ON doc_updates (doc, seq);
   CREATE TABLE doc_snapshots (
     doc TEXT PRIMARY KEY,
     data BLOB NOT NULL,
     through_seq INTEGER NOT NULL,
     stored_at TEXT NOT NULL
   );`,
];
