// Every server child process the bench starts, so none outlives the bench (normal exit, error or Ctrl-C).
import type { ChildProcess } from 'node:child_process';

export class ChildRegistry {
  private readonly children = new Set<ChildProcess>();
  private readonly cleanups = new Set<() => void>();

  /** Tracks a child until it exits. */
  add(child: ChildProcess): void {
    this.children.add(child);
    child.once('exit', () => this.children.delete(child));
  }

  /** A synchronous cleanup (e.g. removing a temp dir) to run if the bench dies; returns its remover. */
  addCleanup(fn: () => void): () => void {
    this.cleanups.add(fn);
    return () => this.cleanups.delete(fn);
  }

  /** SIGKILLs every child still running, then runs the cleanups (synchronous: safe inside process 'exit'). */
  killAll(): void {
    for (const child of this.children) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    this.children.clear();
    for (const fn of this.cleanups) {
      try {
        fn();
      } catch {
        // best effort: the process is going away
      }
    }
    this.cleanups.clear();
  }

  /** Kills the children on exit, on SIGINT/SIGTERM and on crashes. */
  installExitHandlers(): void {
    process.once('exit', () => this.killAll());
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.once(signal, () => {
        console.error(`\nbench: ${signal}, stopping servers`);
        this.killAll();
        process.exit(130);
      });
    }
    const crash = (err: unknown) => {
      console.error('bench: crashed:', err);
      this.killAll();
      process.exit(1);
    };
    process.once('uncaughtException', crash);
    process.once('unhandledRejection', crash);
  }
}
