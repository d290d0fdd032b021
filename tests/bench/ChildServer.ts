// One server under test as a child process: started, waited for (HTTP readiness), logged, stopped.
import { spawn, type ChildProcess } from 'node:child_process';
import type { ChildRegistry } from './ChildRegistry';

export interface ChildServerSpec {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Polled until it answers 2xx. */
  readyUrl: string;
  readyTimeoutMs?: number;
}

export interface StopResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** True when the server ignored SIGTERM and had to be killed. */
  killed: boolean;
}

export class ChildServer {
  /** stdout and stderr lines, in arrival order. */
  readonly logLines: string[] = [];
  private exited: Promise<StopResult>;

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => resolve({ code, signal, killed: false }));
    });
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) this.logLines.push(line);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error(`${this.name}: no pid`);
    return this.child.pid;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Spawns the server and resolves once readyUrl answers; rejects with its log if it dies or times out. */
  static async start(spec: ChildServerSpec, registry: ChildRegistry): Promise<ChildServer> {
    const child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: spec.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    registry.add(child);
    const server = new ChildServer(spec.name, child);
    const spawnError = new Promise<never>((_, reject) => child.once('error', reject));
    const died = server.exited.then((r) => {
      throw new Error(`${spec.name} exited before it was ready (code ${r.code}, signal ${r.signal})`);
    });
    const timeoutMs = spec.readyTimeoutMs ?? 20_000;
    try {
      await Promise.race([spawnError, died, pollReady(spec.readyUrl, timeoutMs, () => server.running)]);
    } catch (err) {
      child.kill('SIGKILL');
      const tail = server.logLines.slice(-20).join('\n  ');
      throw new Error(
        `${spec.name} did not come up (${spec.command} ${spec.args.join(' ')}): ${(err as Error).message}` +
          (tail ? `\n  ${tail}` : '\n  (no output)'),
      );
    }
    return server;
  }

  /** SIGTERM, then SIGKILL after graceMs. */
  async stop(graceMs = 10_000): Promise<StopResult> {
    if (!this.running) return this.exited;
    this.child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), graceMs);
    });
    const first = await Promise.race([this.exited, timedOut]);
    clearTimeout(timer);
    if (first !== 'timeout') return first;
    this.child.kill('SIGKILL');
    return { ...(await this.exited), killed: true };
  }
}

async function pollReady(url: string, timeoutMs: number, alive: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline && alive()) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      await res.arrayBuffer();
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = String((err as Error).cause ?? err);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  if (!alive()) await new Promise(() => {}); // the exit handler reports it
  throw new Error(`${url} not ready after ${timeoutMs} ms (${last})`);
}
