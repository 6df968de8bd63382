/** What a bench section measured: figures to print and targets met or missed. */
export interface BenchReport {
  title: string;
  rows: [label: string, value: string][];
  targets: { label: string; met: boolean }[];
}

export interface BenchSection {
  name: string;
  run: (args: string[]) => Promise<BenchReport>;
}

/** Peak resident memory of this process (worker threads included), in MB. */
export const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

export function printReport(report: BenchReport): void {
  console.log(`\n== ${report.title}`);
  const width = Math.max(...report.rows.map(([l]) => l.length));
  for (const [label, value] of report.rows) console.log(`  ${label.padEnd(width)}  ${value}`);
  for (const t of report.targets) console.log(`  ${t.met ? 'MET   ' : 'MISSED'} ${t.label}`);
}
