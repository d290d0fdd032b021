// The only reader of process.env: validated once at boot (DESIGN.md §2).
import { resolve } from 'node:path';
import { z } from 'zod';

const logLevels = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  /** Largest WebSocket message accepted on the collab socket; larger ones close the connection with 4413. */
  COLLAB_MAX_MESSAGE_BYTES: z.coerce.number().int().min(1024).default(8 * 1024 * 1024),
  /** PRAGMA synchronous for SQLite: normal (survives process crashes) or full (also power loss). */
  SQLITE_SYNCHRONOUS: z.enum(['normal', 'full']).default('normal'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  logLevel: LogLevel;
  collab: { maxMessageBytes: number; pingIntervalMs: number; storeDebounceMs: number };
  sqlite: { synchronous: 'normal' | 'full' };
  /** Directory of the built client, served statically when present. */
  clientDir: string;
}

/** Parses and validates the environment; throws one readable error listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    logLevel: e.LOG_LEVEL,
    collab: { maxMessageBytes: e.COLLAB_MAX_MESSAGE_BYTES, pingIntervalMs: 30_000, storeDebounceMs: 2_000 },
    sqlite: { synchronous: e.SQLITE_SYNCHRONOUS },
    clientDir: resolve('dist/client'),
  };
}

/** Config for tests and embedding: defaults plus overrides, without reading process.env. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({}), port: 0, logLevel: 'silent', ...overrides };
}
