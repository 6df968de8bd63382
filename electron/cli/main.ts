import { Command, CommanderError } from 'commander';
import { registerAdd } from './commands/add.ts';
import { registerAnalyse } from './commands/analyse.ts';
import { registerReport } from './commands/report.ts';
import { registerBundle } from './commands/bundle.ts';
import { registerBundleOrder } from './commands/bundle-order.ts';
import { registerCheck } from './commands/check.ts';
import { registerDeadline } from './commands/deadline.ts';
import { registerIcs } from './commands/ics.ts';
import { registerInit } from './commands/init.ts';
import { registerList } from './commands/list.ts';
import { registerLog } from './commands/log.ts';
import { registerSearch } from './commands/search.ts';
import { registerShow } from './commands/show.ts';
import { registerTimeline } from './commands/timeline.ts';
import { EXIT_USAGE, UsageError, type RegisterCommand } from './io.ts';

/** Each capability adds its commands here, one module per command. */
const commands: RegisterCommand[] = [registerInit, registerAdd, registerList, registerSearch, registerShow, registerCheck, registerDeadline, registerTimeline, registerAnalyse, registerReport, registerLog, registerIcs, registerBundle, registerBundleOrder];

const program = new Command()
  .name('casebook')
  .description('Casebook: evidence, bundles and deadlines for an EHC plan appeal. Everything stays on this computer.')
  .exitOverride()
  .showHelpAfterError();
for (const register of commands) register(program);

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
