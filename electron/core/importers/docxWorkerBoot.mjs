// Worker entry for reading Word files. From TypeScript sources (tests, the CLI under tsx) the
// worker module is loaded through tsx, because Node 20 does not pass --import hooks to a worker's
// entry file; a bundled build points straight at compiled JavaScript.
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) {
  const { tsImport } = await import('tsx/esm/api');
  await tsImport(workerData.entry, import.meta.url);
} else {
  await import(workerData.entry);
}
