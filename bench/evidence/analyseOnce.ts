import { analyseCase } from '../../electron/core/evidence/analyseCase.ts';
import { openCase } from '../../electron/core/store/caseStore.ts';

/**
 * Run in a fresh process by bench/evidence.ts: opens a case and analyses it once, as when a
 * parent opens Casebook and the evidence map. Prints its time, CPU time and peak RSS as JSON.
 */
const opened = openCase(process.argv[2]!);
if (!opened.ok) throw new Error(opened.message);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const map = await analyseCase(opened.value);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
opened.value.close();
console.log(
  JSON.stringify({
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    rssMb: process.resourceUsage().maxRSS / 1024,
    recs: map.recommendations.length,
  }),
);
