// Bench settings from CLI flags (--clients=10) or env (BENCH_CLIENTS=10); flags win over env.
import { parseArgs } from 'node:util';

export interface Scenario {
  clients: number;
  rooms: number;
}

export type TargetName = 'ours' | 'reference';

export interface BenchOptions {
  scenarios: Scenario[];
  /** Measured seconds per scenario (after the warm-up). */
  seconds: number;
  /** Warm-up seconds per scenario: edits run, stats ignore them. */
  warmup: number;
  /** Edits per second per client. */
  rate: number;
  targets: TargetName[];
  seed: number;
}

const defaults = {
  scenarios: '10x2,40x4,100x10',
  seconds: 8,
  warmup: 2,
  rate: 10,
  targets: 'ours,reference',
  seed: 42,
};

const usage = `usage: npm run bench -- [--only=collab,rules,diff,pdf] [--scenarios=10x2,40x4] [--clients=N --rooms=R] [--seconds=S] [--warmup=W] [--rate=E] [--targets=ours,reference] [--seed=N]
env: BENCH_ONLY, BENCH_SCENARIOS, BENCH_CLIENTS, BENCH_ROOMS, BENCH_SECONDS, BENCH_WARMUP, BENCH_RATE, BENCH_TARGETS, BENCH_SEED`;

/** Parses and validates the bench settings; throws a readable error with usage on bad input. */
export function parseBenchOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      scenarios: { type: 'string' },
      clients: { type: 'string' },
      rooms: { type: 'string' },
      seconds: { type: 'string' },
      warmup: { type: 'string' },
      rate: { type: 'string' },
      targets: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) throw new Error(usage);
  const pick = (flag: string | undefined, name: string): string | undefined => flag ?? env[`BENCH_${name}`];
  const num = (raw: string | undefined, fallback: number, what: string, min: number): number => {
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min)
      throw new Error(`bad ${what}: ${raw} (must be a number ≥ ${min})\n${usage}`);
    return n;
  };

  const clients = pick(values.clients, 'CLIENTS');
  const rooms = pick(values.rooms, 'ROOMS');
  let scenarios: Scenario[];
  if (clients !== undefined || rooms !== undefined) {
    const c = Math.floor(num(clients, 10, 'clients', 2));
    scenarios = [{ clients: c, rooms: Math.floor(num(rooms, Math.max(1, Math.floor(c / 5)), 'rooms', 1)) }];
  } else {
    scenarios = (pick(values.scenarios, 'SCENARIOS') ?? defaults.scenarios).split(',').map((s) => {
      const m = /^\s*(\d+)x(\d+)\s*$/.exec(s);
      if (!m) throw new Error(`bad scenario "${s}" (want CLIENTSxROOMS, e.g. 40x4)\n${usage}`);
      return { clients: Number(m[1]), rooms: Number(m[2]) };
    });
  }
  for (const s of scenarios) {
    if (s.rooms < 1 || s.clients < 2 * s.rooms) {
      throw new Error(`scenario ${s.clients}x${s.rooms}: need at least 2 clients per room\n${usage}`);
    }
  }

  const targets = (pick(values.targets, 'TARGETS') ?? defaults.targets).split(',').map((t) => t.trim());
  for (const t of targets)
    if (t !== 'ours' && t !== 'reference') throw new Error(`unknown target "${t}"\n${usage}`);

  return {
    scenarios,
    seconds: num(pick(values.seconds, 'SECONDS'), defaults.seconds, 'seconds', 1),
    warmup: num(pick(values.warmup, 'WARMUP'), defaults.warmup, 'warmup', 0),
    rate: num(pick(values.rate, 'RATE'), defaults.rate, 'rate', 0.1),
    targets: targets as TargetName[],
    seed: Math.floor(num(pick(values.seed, 'SEED'), defaults.seed, 'seed', 1)),
  };
}
