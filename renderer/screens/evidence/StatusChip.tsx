import { STATUS_LABELS, type EvidenceStatus } from '../../../shared/evidence.ts';

/** Status in words and colour (never colour alone). */
export function StatusChip({ status, confirmed }: { status: EvidenceStatus; confirmed?: boolean }) {
  return (
    <span className="ev-chip" data-status={status}>
      {STATUS_LABELS[status]}
      {confirmed ? ' ✓' : ''}
      {confirmed ? <span className="visually-hidden"> (confirmed)</span> : null}
    </span>
  );
}
