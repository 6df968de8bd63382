import { describe, expect, it } from 'vitest';
import type { JobRunner } from '../../electron/core/api/jobs.ts';
import { OWN_PROCESS_JOBS, routeJobs } from '../../electron/main/jobRoutes.ts';
import { callNames, contract } from '../../shared/contract/index.ts';

/** A runner that only notes what it was asked, to see where the router sends each job. */
function noting(label: string, log: string[]): JobRunner {
  return {
    start: (name) => (log.push(`${label} start ${name}`), { ok: true, value: { jobId: `${label}-1` } }),
    cancel: (jobId) => void log.push(`${label} cancel ${jobId}`),
    cancelAll: async () => void log.push(`${label} cancelAll`),
  };
}

describe('where the app runs each job', () => {
  it('gives import and the bundle a process of their own, and runs the analysis and its papers in the core process', () => {
    const log: string[] = [];
    const jobs = routeJobs(noting('own', log), noting('core', log));
    for (const name of ['importFiles', 'buildBundle', 'analyseEvidence', 'gapReport', 'writeAppealPack'])
      jobs.start(name, {});
    expect(log).toEqual([
      'own start importFiles',
      'own start buildBundle',
      'core start analyseEvidence',
      'core start gapReport',
      'core start writeAppealPack',
    ]);
  });

  it('passes Cancel to both runners, since only the one that started a job knows its id', async () => {
    const log: string[] = [];
    const jobs = routeJobs(noting('own', log), noting('core', log));
    jobs.cancel('core-1');
    await jobs.cancelAll();
    expect(log).toEqual(['own cancel core-1', 'core cancel core-1', 'own cancelAll', 'core cancelAll']);
  });

  it('names only calls the contract marks as jobs', () => {
    const jobNames = callNames.filter((n) => (contract[n] as { job?: boolean }).job === true);
    expect([...OWN_PROCESS_JOBS].filter((n) => !jobNames.includes(n as never))).toEqual([]);
  });
});
