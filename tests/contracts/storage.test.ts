import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createMemoryStorage } from '../../server/src/storage/memory/MemoryStorage';
import { createSqliteStorage } from '../../server/src/storage/sqlite/SqliteStorage';
import { notificationStorageContract } from './notificationContract';
import { authStorageContract, guidanceStorageContract, storageContract, versionStorageContract } from './storageContract';

const memory = { open: async () => createMemoryStorage() };
storageContract('memory', memory);
authStorageContract('memory', memory);
guidanceStorageContract('memory', memory);
versionStorageContract('memory', memory);
notificationStorageContract('memory', memory);

const dir = mkdtempSync(join(tmpdir(), 'bw-sqlite-contract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
let current = '';
const sqlite = {
  open: async () => {
    current = join(dir, `db-${(n += 1)}.sqlite`);
    return createSqliteStorage({ file: current });
  },
  reopen: async () => createSqliteStorage({ file: current }),
};
storageContract('sqlite', sqlite);
authStorageContract('sqlite', sqlite);
guidanceStorageContract('sqlite', sqlite);
versionStorageContract('sqlite', sqlite);
notificationStorageContract('sqlite', sqlite);
