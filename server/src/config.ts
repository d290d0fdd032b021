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
  /** Comma-separated origins allowed for state-changing requests and the collab socket; empty = same origin. */
  ALLOWED_ORIGINS: z.string().default(''),
  /** Secure cookie flag: auto (when the request came over HTTPS), true or false. */
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  SESSION_TTL_HOURS: z.coerce.number().positive().max(24 * 90).default(168),
  /** scrypt cost N (a power of two); 32768 ≈ 32 MiB and ~50–100 ms per hash. */
  SCRYPT_N: z.coerce.number().int().min(1024).max(2 ** 20).default(2 ** 15),
  /** Directory of bill templates (*.json); every file is validated at boot and a broken one stops the server. */
  TEMPLATES_DIR: z.string().min(1).default('templates'),
  /** Minutes of editing after which the room takes an automatic version (also taken when a changed room unloads); 0 turns both off. */
  VERSION_AUTO_INTERVAL_MINUTES: z.coerce.number().min(0).max(24 * 60).default(10),
  /** Automatic versions kept per bill (older ones are pruned; named versions never are). */
  VERSION_AUTO_KEEP: z.coerce.number().int().min(1).max(10_000).default(50),
  /** Worker threads rendering PDFs off the event loop; 0 renders on the event loop (blocks every socket meanwhile). */
  PDF_WORKERS: z.coerce.number().int().min(0).max(8).default(1),
  /** PDF exports that may wait for a worker beyond those rendering; more at once are refused with 503. */
  PDF_QUEUE: z.coerce.number().int().min(0).max(1000).default(8),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  logLevel: LogLevel;
  collab: { maxMessageBytes: number; pingIntervalMs: number; storeTiming: { debounceMs: number; maxWaitMs: number } };
  sqlite: { synchronous: 'normal' | 'full' };
  auth: {
    allowedOrigins: string[];
    cookieSecure: 'auto' | 'true' | 'false';
    sessionTtlMs: number;
    scryptN: number;
    /** Login attempts per account and per IP in one window. */
    loginLimit: { perAccount: number; perIp: number; windowMs: number };
  };
  /** Directory of the built client, served statically when present. */
  clientDir: string;
  /** Directory of bill templates, loaded and validated at boot. */
  templatesDir: string;
  /**
   * Automatic versions: after this much editing (ms; 0 = never, nor on unload), how many to keep per bill,
   * and how long a client's "version before I replace text" waits for its last edits (default 5 s).
   */
  versions: { autoIntervalMs: number; autoKeep: number; catchUpMs?: number };
  /** PDF rendering: worker threads (0 = on the event loop) and how many exports may wait for one. */
  pdf: { workers: number; queueLimit: number };
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
    collab: {
      maxMessageBytes: e.COLLAB_MAX_MESSAGE_BYTES,
      pingIntervalMs: 30_000,
      storeTiming: { debounceMs: 2_000, maxWaitMs: 30_000 },
    },
    sqlite: { synchronous: e.SQLITE_SYNCHRONOUS },
    auth: {
      allowedOrigins: e.ALLOWED_ORIGINS.split(',').map((o) => o.trim().replace(/\/$/, '')).filter(Boolean),
      cookieSecure: e.COOKIE_SECURE,
      sessionTtlMs: e.SESSION_TTL_HOURS * 3_600_000,
      scryptN: e.SCRYPT_N,
      loginLimit: { perAccount: 10, perIp: 50, windowMs: 15 * 60_000 },
    },
    clientDir: resolve('dist/client'),
    templatesDir: resolve(e.TEMPLATES_DIR),
    versions: { autoIntervalMs: Math.round(e.VERSION_AUTO_INTERVAL_MINUTES * 60_000), autoKeep: e.VERSION_AUTO_KEEP },
    pdf: { workers: e.PDF_WORKERS, queueLimit: e.PDF_QUEUE },
  };
}

/** Config for tests and embedding: defaults plus overrides, without reading process.env. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  // A cheaper scrypt cost keeps tests quick; the algorithm and code path are the production ones.
  return { ...loadConfig({ SCRYPT_N: String(2 ** 12) }), port: 0, logLevel: 'silent', ...overrides };
}
