import { plural } from '../../format.ts';

/**
 * Pages used against a limit, in words and colour (never colour alone): "62 of 100 pages — within
 * the limit", "112 of 100 pages — 12 over the limit". Without a limit it just counts.
 */
export function LimitMeter({ label, pages, limit }: { label: string; pages: number; limit?: number | undefined }) {
  if (!limit) return <p className="bn-meter-words">{plural(pages, 'page')} (no page limit)</p>;
  const over = pages - limit;
  const state = over > 0 ? 'over' : pages >= limit * 0.9 ? 'near' : 'ok';
  const words =
    over > 0
      ? `${plural(over, 'page')} over the limit`
      : state === 'near'
        ? `close to the limit (${plural(limit - pages, 'page')} left)`
        : 'within the limit';
  return (
    <div className={`bn-meter bn-${state}`}>
      <meter
        min={0}
        max={limit}
        low={limit * 0.9}
        high={limit}
        optimum={0}
        value={Math.min(pages, limit)}
        aria-label={`${label}: pages used`}
      />
      <span className="bn-meter-words">
        {pages} of {limit} pages: <strong>{words}</strong>
      </span>
    </div>
  );
}
