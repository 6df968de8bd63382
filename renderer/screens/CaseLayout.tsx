import { Suspense } from 'react';
import type { CaseInfo } from '../../shared/documents.ts';
import { ScreenErrorBoundary } from '../components/ScreenErrorBoundary.tsx';
import { ErrorMessage, Loading } from '../components/Status.tsx';
import { useNavigate } from '../navigation.ts';
import { useCall } from '../useCall.ts';
import { caseScreens } from './caseScreens.ts';

/** The frame around every case screen: who the case is about, and the screens in it. */
export function CaseLayout({
  caseDir,
  screen,
  params,
}: {
  caseDir: string;
  screen: string;
  params: Record<string, string>;
}) {
  const navigate = useNavigate();
  const info = useCall('getCase', { caseDir }, caseDir);
  const current = caseScreens.find((s) => s.id === screen) ?? caseScreens[0];
  if (!current) return null;
  const Screen = current.component;
  return (
    <div className="case-layout">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="side-nav" aria-label="Case">
        <div className="case-name">
          <span className="case-name-label">Case for</span>
          <CaseTitle info={info.state === 'ok' ? info.value : undefined} />
        </div>
        <ul>
          {caseScreens
            .filter((s) => s.navLabel)
            .map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="nav-link"
                  aria-current={s.id === current.id ? 'page' : undefined}
                  onClick={() => navigate({ name: 'case', caseDir, screen: s.id })}
                >
                  {s.navLabel}
                </button>
              </li>
            ))}
        </ul>
        <button type="button" className="nav-link nav-secondary" onClick={() => navigate({ name: 'start' })}>
          Switch case
        </button>
      </nav>
      <main id="main" className="case-main">
        {info.state === 'error' ? (
          <ErrorMessage error={info.error}>
            <button type="button" onClick={() => navigate({ name: 'start' })}>
              Back to the start screen
            </button>
          </ErrorMessage>
        ) : info.state === 'loading' ? (
          <Loading label="Opening the case" />
        ) : (
          <ScreenErrorBoundary key={`${current.id}:${JSON.stringify(params)}`}>
            <Suspense fallback={<Loading label="Opening" minHeight={600} />}>
              <Screen caseDir={caseDir} params={params} />
            </Suspense>
          </ScreenErrorBoundary>
        )}
      </main>
    </div>
  );
}

function CaseTitle({ info }: { info: CaseInfo | undefined }) {
  return (
    <span className="case-name-value">
      {info ? info.childName : '\u00a0'}
      {info?.localAuthority ? <span className="case-la">{info.localAuthority}</span> : null}
    </span>
  );
}
