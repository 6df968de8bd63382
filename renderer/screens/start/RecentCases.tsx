import { call } from '../../api.ts';
import { ErrorMessage, Loading } from '../../components/Status.tsx';
import { formatDate } from '../../format.ts';
import { useNavigate } from '../../navigation.ts';
import { useCall } from '../../useCall.ts';

export function RecentCases() {
  const navigate = useNavigate();
  const recent = useCall('listRecentCases', {}, 'recent');
  return (
    <section className="card" aria-labelledby="recent-heading">
      <h2 id="recent-heading">Your cases</h2>
      {recent.state === 'loading' ? <Loading label="Loading your cases" minHeight={60} /> : null}
      {recent.state === 'error' ? <ErrorMessage error={recent.error} /> : null}
      {recent.state === 'ok' && recent.value.length === 0 ? (
        <p className="empty">
          You have no cases on this computer yet. Start one below: all you need is the child&rsquo;s name. Casebook
          makes a folder for it, and you add the reports, the plan and the letters afterwards.
        </p>
      ) : null}
      {recent.state === 'ok' && recent.value.length > 0 ? (
        <ul className="recent-list">
          {recent.value.map((r) => (
            <li key={r.caseDir}>
              {r.available ? (
                <button
                  type="button"
                  className="recent-case"
                  onClick={async () => {
                    const opened = await call('openCase', { caseDir: r.caseDir });
                    if (opened.ok) navigate({ name: 'case', caseDir: r.caseDir, screen: 'overview' });
                    else recent.reload();
                  }}
                >
                  <span className="recent-name">{r.childName}</span>
                  <span className="recent-meta">
                    {r.localAuthority ? `${r.localAuthority} · ` : ''}last opened {formatDate(r.openedAt)}
                  </span>
                  <span className="recent-path">{r.caseDir}</span>
                </button>
              ) : (
                <div className="recent-case recent-missing">
                  <span className="recent-name">{r.childName}</span>
                  <span className="recent-meta">
                    The folder could not be found. If it is on a USB stick or a network drive, connect it and try again.
                  </span>
                  <span className="recent-path">{r.caseDir}</span>
                  <button
                    type="button"
                    className="link-button"
                    onClick={async () => {
                      await call('forgetRecentCase', { caseDir: r.caseDir });
                      recent.reload();
                    }}
                  >
                    Remove from this list
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
