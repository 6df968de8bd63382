// Entry of the utilityProcess that runs long jobs. CommonJS on purpose: Electron documents ES
// modules for the main process and renderers, not for utility processes, and a dynamic import()
// from CommonJS loads the ES module job process (jobProcess.js, built next to this file) in any
// Node. jobProcess.js says 'ready' to main once it listens.
import('node:url')
  .then(({ pathToFileURL }) => import(pathToFileURL(`${__dirname}/jobProcess.js`).href))
  .catch((error) => {
    console.error('Casebook could not start its job process', error);
    process.exit(1);
  });
