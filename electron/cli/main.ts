import { Command, CommanderError } from 'commander';
import { CliError, closeApi, EXIT_USAGE } from './api.ts';
import type { RegisterCommand } from './io.ts';

/**
 * Each capability adds its commands here, one module per command. A command is a thin face over
 * the core API (./api.ts): it turns flags into one or more contract calls and prints the result.
 * Modules load on demand, and the core itself only when a command makes its first call, so
 * `casebook --help` never loads it. Help and unknown names load every command module.
 */
const loadAnalyse = async () => (await import('./commands/analyse.ts')).registerAnalyse;
const commands: Record<string, () => Promise<RegisterCommand>> = {
  init: async () => (await import('./commands/init.ts')).registerInit,
  add: async () => (await import('./commands/add.ts')).registerAdd,
  list: async () => (await import('./commands/list.ts')).registerList,
  search: async () => (await import('./commands/search.ts')).registerSearch,
  show: async () => (await import('./commands/show.ts')).registerShow,
  check: async () => (await import('./commands/check.ts')).registerCheck,
  deadline: async () => (await import('./commands/deadline.ts')).registerDeadline,
  timeline: async () => (await import('./commands/timeline.ts')).registerTimeline,
  analyse: loadAnalyse,
  analyze: loadAnalyse,
  report: async () => (await import('./commands/report.ts')).registerReport,
  log: async () => (await import('./commands/log.ts')).registerLog,
  ics: async () => (await import('./commands/ics.ts')).registerIcs,
  bundle: async () => (await import('./commands/bundle.ts')).registerBundle,
  'bundle-order': async () => (await import('./commands/bundle-order.ts')).registerBundleOrder,
  purge: async () => (await import('./commands/purge.ts')).registerPurge,
  details: async () => (await import('./commands/details.ts')).registerDetails,
  workdoc: async () => (await import('./commands/workdoc.ts')).registerWorkdoc,
  'appeal-pack': async () => (await import('./commands/appeal-pack.ts')).registerAppealPack,
  templates: async () => (await import('./commands/letters.ts')).registerTemplates,
  letter: async () => (await import('./commands/letters.ts')).registerLetter,
  'bundle-check': async () => (await import('./commands/bundle-check.ts')).registerBundleCheck,
};

const program = new Command()
  .name('casebook')
  .description('Casebook: evidence, bundles and deadlines for an EHC plan appeal. Everything stays on this computer.')
  .exitOverride()
  .showHelpAfterError();
const asked = process.argv[2];
// Several names (an alias such as "analyze") share one module: register each module once.
const known = asked !== undefined && Object.hasOwn(commands, asked);
const wanted = known ? [commands[asked]!] : [...new Set(Object.values(commands))];
for (const register of await Promise.all(wanted.map((load) => load()))) await register(program, known);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    // commander has already printed its message; help and version are not errors.
    process.exitCode = e.exitCode === 0 ? 0 : EXIT_USAGE;
  } else if (e instanceof CliError) {
    process.stderr.write(`casebook: ${e.message}\n`);
    process.exitCode = e.exitCode;
  } else {
    throw e;
  }
} finally {
  await closeApi();
}
