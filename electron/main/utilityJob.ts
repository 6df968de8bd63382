import { utilityProcess } from 'electron';
import type { ChildProcessPort } from './processPort.ts';

/**
 * An Electron utilityProcess: a separate Node process with Electron's ABI (the same
 * better-sqlite3 build as main), so a crash or runaway memory in pdf.js or OCR over a hostile
 * file cannot take the window down with it. `script` is a *Boot.cjs file built next to main.
 */
export function spawnUtility<M>(script: string, serviceName: string): ChildProcessPort<M> {
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
