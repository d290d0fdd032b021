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

sqliteMigrations.push(
  `CREATE TABLE users (
     id TEXT PRIMARY KEY,
     username TEXT NOT NULL,
     display_name TEXT NOT NULL,
     password_hash TEXT NOT NULL,
     is_admin INTEGER NOT NULL DEFAULT 0,
     created_at TEXT NOT NULL
   );
   CREATE UNIQUE INDEX users_username ON users (lower(username));
   CREATE TABLE sessions (
     id TEXT PRIMARY KEY,
     user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
     created_at TEXT NOT NULL,
     expires_at TEXT NOT NULL
   );
   CREATE INDEX sessions_expiry ON sessions (expires_at);
   CREATE TABLE members (
     bill_id TEXT NOT NULL REFERENCES bills (id) ON DELETE CASCADE,
     user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
     role TEXT NOT NULL CHECK (role IN ('owner', 'editor', 'reviewer', 'viewer')),
     PRIMARY KEY (bill_id, user_id)
   );
   CREATE INDEX members_user ON members (user_id);
   CREATE TABLE audit (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     bill_id TEXT,
     user_id TEXT,
     action TEXT NOT NULL,
     detail TEXT NOT NULL,
     at TEXT NOT NULL
   );
   CREATE INDEX audit_bill ON audit (bill_id, id);
   CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
   CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
   CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
);

// Guidance and clause alternatives of bills made from templates (keyed by provision pid, stored as JSON).
sqliteMigrations.push(
  `CREATE TABLE bill_guidance (
     bill_id TEXT PRIMARY KEY REFERENCES bills (id) ON DELETE CASCADE,
     template_id TEXT NOT NULL,
     template_version TEXT NOT NULL,
     data TEXT NOT NULL,
     stored_at TEXT NOT NULL
   );`,
);

// In-app notifications (review mentions), per user; they go with their bill and their user.
sqliteMigrations.push(
  `CREATE TABLE notifications (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
     bill_id TEXT NOT NULL REFERENCES bills (id) ON DELETE CASCADE,
     kind TEXT NOT NULL,
     thread_id TEXT NOT NULL,
     comment_id TEXT NOT NULL,
     actor_id TEXT NOT NULL,
     excerpt TEXT NOT NULL,
     created_at TEXT NOT NULL,
     read_at TEXT
   );
   CREATE INDEX notifications_user ON notifications (user_id, id);
   CREATE INDEX notifications_comment ON notifications (bill_id, comment_id);`,
);

// Versions of bills: the full Yjs state (update v2) plus label, note, author and whether it was automatic.
sqliteMigrations.push(
  `CREATE TABLE versions (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     id TEXT NOT NULL UNIQUE,
     bill_id TEXT NOT NULL REFERENCES bills (id) ON DELETE CASCADE,
     label TEXT NOT NULL,
     note TEXT NOT NULL,
     author_id TEXT,
     auto INTEGER NOT NULL CHECK (auto IN (0, 1)),
     reason TEXT,
     created_at TEXT NOT NULL,
     state BLOB NOT NULL
   );
   CREATE INDEX versions_bill ON versions (bill_id, seq);`,
);
