import { useId, useState } from 'react';
import type { ProgressEvent } from '../../../shared/progress.ts';
import { mapJob, startJob, type RunningJob } from '../../api.ts';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import { JobLoadStatus } from '../../components/JobProgress.tsx';
import { formatDate, plural } from '../../format.ts';
import { useCall } from '../../useCall.ts';
import { useJob } from '../../useJob.ts';
import type { CaseScreenProps } from '../caseScreens.ts';
import { SaveFileButton } from '../deadlines/SaveFileButton.tsx';
import { AppealPackCard } from './AppealPackCard.tsx';
import { AppealSettings } from './AppealSettings.tsx';
import { SectionEditor } from './SectionEditor.tsx';
import './workdoc.css';

/** The working document: the plan paragraph by paragraph, with the family's changes and their evidence, saved as Word. */
export function WorkdocScreen({ caseDir }: CaseScreenProps) {
  const id = useId();
  const [theirs, setTheirs] = useState('');
  const [agreed, setAgreed] = useState('');
  const draft = useJob('getWorkingDocument', { caseDir }, caseDir);
  const details = useCall('getCaseDetails', { caseDir }, caseDir);
  const versions = useCall('listWorkingDocumentVersions', { caseDir }, caseDir);
  const reload = () => {
    draft.reload();
    details.reload();
  };
  const save = (outPath: string, onProgress: (p: ProgressEvent) => void): RunningJob<{ path: string }> => {
    const amendmentsPath = outPath.replace(/(\.docx)?$/i, ' - amendments sought.docx');
    const agreedLines = agreed
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const from = theirs.trim()
      ? { fromPath: theirs.trim(), ...(agreedLines.length ? { agreed: agreedLines } : {}) }
      : {};
    const job = startJob('writeWorkingDocument', { caseDir, outPath, amendmentsPath, ...from }, onProgress);
    return mapJob(job, (r) => {
      versions.reload();
      if (!r.ok) return r;
      const pages = `${r.value.pagesEstimated ? 'about ' : ''}${plural(r.value.pages, 'page')}`;
      return {
        ok: true,
        value: { path: `${r.value.out} (version ${r.value.version}, ${pages}) and the amendments sought beside it` },
      };
    });
  };
  return (
    <>
      <ScreenHeading lead="The plan with the changes you ask for, in the tribunal’s key: your wording in bold, your deletions in bold strikethrough, each with a footnote to its evidence. Edit any wording, then save it as Word. This is not legal advice.">
        Working document
      </ScreenHeading>
      {details.state === 'ok' ? <AppealSettings caseDir={caseDir} view={details.value} onChanged={reload} /> : null}
      <JobLoadStatus job={draft} label="Reading the plan and the evidence map" again="Make the working document" />
      {draft.state === 'ok' ? (
        <>
          {draft.value.warnings.map((w) => (
            <p key={w} className="notice">
              {w}
            </p>
          ))}
          <section className="card" aria-labelledby="wd-save-h">
            <h2 id="wd-save-h">Save as Word</h2>
            <p className="hint">
              {plural(draft.value.amendments.filter((a) => !a.excluded).length, 'change')} will go in as version{' '}
              {draft.value.nextVersion}. The amendments sought (the table for the SEND35 form) is saved beside it.
            </p>
            <div className="wd-theirs">
              <label htmlFor={`${id}-theirs`}>Build on their Word version (optional)</label>
              <input
                id={`${id}-theirs`}
                value={theirs}
                placeholder="where the .docx the council sent back is saved"
                onChange={(e) => setTheirs(e.target.value)}
              />
              <p className="hint">
                Their marks are kept as they are (their wording in italic); your changes are added in bold.
              </p>
              {theirs.trim() ? (
                <>
                  <label htmlFor={`${id}-agreed`}>
                    Their wording you agree to (one per line, copied exactly): it will be underlined
                  </label>
                  <textarea id={`${id}-agreed`} rows={3} value={agreed} onChange={(e) => setAgreed(e.target.value)} />
                </>
              ) : null}
            </div>
            <SaveFileButton
              label="Save as Word"
              suggestedName={`Working document v${draft.value.nextVersion}.docx`}
              defaultPath={`${caseDir}/Working document v${draft.value.nextVersion}.docx`}
              start={save}
            />
            {versions.state === 'ok' && versions.value.length ? (
              <ul className="wd-versions" aria-label="Versions saved">
                {versions.value.map((v) => (
                  <li key={v.version}>
                    Version {v.version}, {formatDate(v.createdAt)}: {plural(v.amendments, 'change')},{' '}
                    {plural(v.pages, 'page')}
                    {v.fromTheirs ? `, built on ${v.fromTheirs}` : ''}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
          {draft.value.sections.map((s) => (
            <SectionEditor
              key={s.id}
              caseDir={caseDir}
              section={s}
              amendments={draft.value.amendments}
              onChanged={reload}
            />
          ))}
          <AppealPackCard caseDir={caseDir} />
        </>
      ) : null}
    </>
  );
}
