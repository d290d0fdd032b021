// Every server child process the bench starts, so none outlives the bench (normal exit, error or Ctrl-C).
import type { ChildProcess } from 'node:child_process';

export class ChildRegistry {
  private readonly children = new Set<ChildProcess>();

  /** Tracks a child until it exits. */
  add(child: ChildProcess): void {
    this.children.add(child);
    child.once('exit', () => this.children.delete(child));
  }

  /** SIGKILLs every child still running (synchronous: safe inside process 'exit'). */
  killAll(): void {
    for (const child of this.children) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    this.children.clear();
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
