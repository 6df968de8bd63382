import { utilityProcess } from 'electron';

/** A child process main talks to by messages: the core process, or a job process. */
export interface UtilityChild<M> {
  post(message: M): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number) => void): void;
  kill(): void;
}

/**
 * An Electron utilityProcess: a separate Node process with Electron's ABI (the same
 * better-sqlite3 build as main), so a crash or runaway memory in pdf.js or OCR over a hostile
 * file cannot take the window down with it. `script` is a *Boot.cjs file built next to main.
 */
export function spawnUtility<M>(script: string, serviceName: string): UtilityChild<M> {
  const child = utilityProcess.fork(script, [], { serviceName, stdio: 'inherit' });
  return {
    // The child says 'ready' before anything is posted to it (jobHost.ts, coreHost.ts).
    post: (m: M) => child.postMessage(m),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.once('exit', listener),
    kill: () => {
      child.kill();
    },
  };
}
