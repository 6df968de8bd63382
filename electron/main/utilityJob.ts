import { utilityProcess } from 'electron';
import type { JobChild, ToJob } from './jobHost.ts';

/**
 * A job process as an Electron utilityProcess: a separate Node process with Electron's ABI (the
 * same better-sqlite3 build as main), so a crash or runaway memory in pdf.js or OCR over a
 * hostile file cannot take the window down with it. `script` is jobProcessBoot.cjs.
 */
export function spawnUtilityJob(script: string): JobChild {
  const child = utilityProcess.fork(script, [], { serviceName: 'Casebook job', stdio: 'inherit' });
  return {
    // The job process says 'ready' before anything is posted to it (jobHost.ts).
    post: (m: ToJob) => child.postMessage(m),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.once('exit', listener),
    kill: () => {
      child.kill();
    },
  };
}
