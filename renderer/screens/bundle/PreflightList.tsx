import type { BundleOptions } from '../../../shared/bundle.ts';
import { ErrorMessage, Loading } from '../../components/Status.tsx';
import { useCall } from '../../useCall.ts';

/** Before sending: what to fix in the family's own bundle (dates, unread scans, order, limits). */
export function PreflightList({
  caseDir,
  options,
  planKey,
}: {
  caseDir: string;
  options: BundleOptions;
  planKey: string;
}) {
  const problems = useCall('preflightBundle', { caseDir, options }, `${caseDir}|${planKey}`);
  if (problems.state === 'loading') return <Loading label="Checking the bundle before it is sent" />;
  if (problems.state === 'error') return <ErrorMessage error={problems.error} />;
  if (problems.value.length === 0)
    return <p className="empty">Nothing to fix: the bundle is ready to build and send.</p>;
  return (
    <ul className="bn-preflight">
      {problems.value.map((p, i) => (
        <li key={i}>{p.message}</li>
      ))}
    </ul>
  );
}
