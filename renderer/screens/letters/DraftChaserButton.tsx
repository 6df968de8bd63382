import type { TimelineDeadline } from '../../../shared/deadlines.ts';
import { useNavigate } from '../../navigation.ts';

/** One click from a missed deadline to its chaser letter, filled in on the letters screen. */
export function DraftChaserButton({ caseDir, deadline }: { caseDir: string; deadline: TimelineDeadline }) {
  const navigate = useNavigate();
  if (deadline.status !== 'missed' || !deadline.chaser) return null;
  return (
    <button
      type="button"
      className="secondary"
      aria-label={`Draft a chaser letter: ${deadline.title}`}
      onClick={() =>
        navigate({
          name: 'case',
          caseDir,
          screen: 'letters',
          params: { template: deadline.chaser ?? '', deadline: deadline.rule },
        })
      }
    >
      Draft a chaser letter
    </button>
  );
}
