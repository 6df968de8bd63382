// Entry of the utilityProcess that runs the core. CommonJS on purpose, as jobProcessBoot.cjs:
// a dynamic import() loads the ES module core process (coreProcess.js, built next to this file).
import('node:url')
  .then(({ pathToFileURL }) => import(pathToFileURL(`${__dirname}/coreProcess.js`).href))
  .catch((error) => {
    console.error('Casebook could not start its core process', error);
    process.exit(1);
  });
