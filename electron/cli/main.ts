import { Command, CommanderError } from 'commander';
import { EXIT_USAGE, UsageError, type RegisterCommand } from './io.ts';

/**
 * Each capability adds its commands here, one module per command. Modules load on demand: a
 * command pulls in only its own part of the core (pdf.js, fonts, the evidence rules…), which keeps
 * `casebook deadline …` quick. Help and unknown names load them all.
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
  'bundle-check': async () => (await import('./commands/bundle-check.ts')).registerBundleCheck,
};

const program = new Command()
  .name('casebook')
  .description('Casebook: evidence, bundles and deadlines for an EHC plan appeal. Everything stays on this computer.')
  .exitOverride()
  .showHelpAfterError();
const asked = process.argv[2];
// Several names (an alias such as "analyze") share one module: register each module once.
const wanted = asked !== undefined && Object.hasOwn(commands, asked) ? [commands[asked]!] : [...new Set(Object.values(commands))];
for (const register of await Promise.all(wanted.map((load) => load()))) register(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    // commander has already printed its message; help and version are not errors.
    process.exitCode = e.exitCode === 0 ? 0 : EXIT_USAGE;
  } else if (e instanceof UsageError) {
    process.stderr.write(`casebook: ${e.message}\n`);
    process.exitCode = EXIT_USAGE;
  } else {
    throw e;
  }
}
