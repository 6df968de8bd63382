import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { BundleOptions, BundlePlan, BundleProfile } from '../../../shared/bundle.ts';
import type { ApiError } from '../../../shared/contract/define.ts';
import { call } from '../../api.ts';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import { ErrorMessage, Loading } from '../../components/Status.tsx';
import { useCall } from '../../useCall.ts';
import type { CaseScreenProps } from '../caseScreens.ts';
import { BuildPanel, type BuildOutput } from './BuildPanel.tsx';
import { BundleOptionsForm } from './BundleOptionsForm.tsx';
import { BundlePreview } from './BundlePreview.tsx';
import { LimitSummary } from './LimitSummary.tsx';
import { PreflightList } from './PreflightList.tsx';
import { ReceivedBundlePanel } from './ReceivedBundlePanel.tsx';
import { ResultPanel } from './ResultPanel.tsx';
import { SectionList } from './SectionList.tsx';
import { VersionHistory } from './VersionHistory.tsx';
import './bundle.css';

/**
 * After a move the row is re-ordered (and its buttons were disabled while it moved), so focus
 * would fall to the page: put it back on the same button, or the document's first usable one.
 */
function refocus(documentId: number, label: string | undefined) {
  const row = document.querySelector<HTMLElement>(`[data-document-id="${documentId}"]`);
  const buttons = [...(row?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
  (buttons.find((b) => label && b.textContent === label) ?? buttons[0])?.focus();
}

export function BundleScreen({ caseDir }: CaseScreenProps) {
  const id = useId();
  const profiles = useCall('listBundleProfiles', { caseDir }, caseDir);
  const versions = useCall('listBundleVersions', { caseDir }, caseDir);
  const [options, setOptions] = useState<BundleOptions>({});
  const [plan, setPlan] = useState<BundlePlan>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [building, setBuilding] = useState(false);
  const [built, setBuilt] = useState<BuildOutput>();
  const [said, setSaid] = useState('');
  const [previewVersion, setPreviewVersion] = useState<number>();
  const focusAfter = useRef<{ documentId: number; label?: string }>(undefined);

  useEffect(() => {
    if (busy || !focusAfter.current) return;
    refocus(focusAfter.current.documentId, focusAfter.current.label);
    focusAfter.current = undefined;
  }, [busy, plan]);
  const optionsKey = JSON.stringify(options);

  const replan = useCallback(async () => {
    const r = await call('planBundle', { caseDir, options: JSON.parse(optionsKey) as BundleOptions });
    if (r.ok) {
      setPlan(r.value);
      setError(undefined);
    } else setError(r.error);
  }, [caseDir, optionsKey]);

  useEffect(() => {
    void Promise.resolve().then(replan);
  }, [replan]);

  const profileId = options.profileId ?? plan?.profileId;
  const profile: BundleProfile | undefined =
    profiles.state === 'ok' ? (profiles.value.find((p) => p.id === profileId) ?? profiles.value[0]) : undefined;

  const actions = {
    move: (documentId: number, section: string, position: number) => {
      const active = document.activeElement;
      focusAfter.current = {
        documentId,
        ...(active?.closest('[data-document-id]') ? { label: active.textContent ?? '' } : {}),
      };
      setBusy(true);
      void call('moveBundleDocument', {
        caseDir,
        ...(profileId ? { profileId } : {}),
        documentId,
        section,
        position,
      }).then(async (r) => {
        if (!r.ok) setError(r.error);
        await replan();
        setBusy(false);
        const s = r.ok ? r.value.sections.find((x) => x.documents.some((d) => d.documentId === documentId)) : undefined;
        const at = s ? s.documents.findIndex((d) => d.documentId === documentId) + 1 : 0;
        const doc = s?.documents[at - 1];
        if (s && doc)
          setSaid(
            `Moved ${doc.title || doc.fileName} to section ${s.letter}, position ${at} of ${s.documents.length}.`,
          );
      });
    },
    leaveOut: (documentId: number, leaveOut: boolean) => {
      setBusy(true);
      void call('setBundleDocumentLeftOut', {
        caseDir,
        ...(profileId ? { profileId } : {}),
        documentId,
        leaveOut,
      }).then(async (r) => {
        if (!r.ok) setError(r.error);
        await replan();
        setBusy(false);
        setSaid(
          leaveOut
            ? 'Marked as not for the tribunal and left out of the bundle. It is listed under “Left out”, where you can put it back.'
            : 'Put back into the bundle. It is no longer marked as not for the tribunal.',
        );
      });
    },
  };

  function onBuilt(out: BuildOutput) {
    setBuilt(out);
    setPreviewVersion(out.result.version);
    versions.reload();
    // The plan now knows this version was built from it (unchangedSince), and real page counts.
    void replan();
  }

  const versionList = versions.state === 'ok' ? versions.value : [];
  const shownVersion = previewVersion ?? versionList.at(-1)?.version;

  return (
    <>
      <ScreenHeading lead="Arrange the documents into the tribunal’s sections, check the page limits, then build one numbered PDF. You can rebuild whenever the case changes.">
        Bundle
      </ScreenHeading>
      <p className="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
      {error ? <ErrorMessage error={error} /> : null}
      {profiles.state === 'error' ? <ErrorMessage error={profiles.error} /> : null}
      {!plan || !profile ? (
        <Loading label="Loading the bundle plan" minHeight={400} />
      ) : (
        <div className="bn-layout">
          <div className="bn-main">
            <h2>Sections and documents</h2>
            <p className="sub">
              Drag a document to another place, or use its buttons. Within a section documents start in date order.
              {profile.caution ? ` ${profile.caution}` : ''}
            </p>
            <SectionList plan={plan} actions={actions} busy={busy || building} />
          </div>
          <div className="bn-side">
            <section className="card" aria-labelledby={`${id}-build`}>
              <h2 id={`${id}-build`}>Build</h2>
              <BundleOptionsForm profile={profile} options={options} onChange={setOptions} disabled={building} />
              <BuildPanel
                caseDir={caseDir}
                options={options}
                built={built}
                unchangedSince={plan.unchangedSince}
                onBuilding={setBuilding}
                onBuilt={onBuilt}
              />
            </section>
            <section className="card" aria-labelledby={`${id}-limits`}>
              <h2 id={`${id}-limits`}>Page limits</h2>
              <LimitSummary plan={plan} profile={profile} />
            </section>
            <section className="card" aria-labelledby={`${id}-preflight`}>
              <h2 id={`${id}-preflight`}>Before you send it</h2>
              <PreflightList caseDir={caseDir} options={options} planKey={JSON.stringify(plan)} />
            </section>
          </div>
        </div>
      )}
      {built ? <ResultPanel key={built.result.version} out={built} /> : null}
      <ReceivedBundlePanel caseDir={caseDir} />
      <section className="card" aria-labelledby={`${id}-versions`}>
        <h2 id={`${id}-versions`}>Versions</h2>
        <VersionHistory caseDir={caseDir} versions={versionList} />
      </section>
      {shownVersion ? (
        <section className="card" aria-labelledby={`${id}-preview`}>
          <h2 id={`${id}-preview`}>Preview version {shownVersion}</h2>
          {versionList.length > 1 ? (
            <p>
              <label htmlFor={`${id}-pv`}>Version to preview </label>
              <select id={`${id}-pv`} value={shownVersion} onChange={(e) => setPreviewVersion(Number(e.target.value))}>
                {versionList.map((v) => (
                  <option key={v.version} value={v.version}>
                    Version {v.version}
                  </option>
                ))}
              </select>
            </p>
          ) : null}
          <BundlePreview key={shownVersion} caseDir={caseDir} version={shownVersion} />
        </section>
      ) : null}
    </>
  );
}
