import { useEffect, useId, useState } from 'react';
import type { ApiResult } from '../../../shared/contract/define.ts';
import type { LetterDraft } from '../../../shared/papers.ts';
import { call } from '../../api.ts';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import { ErrorMessage, Loading } from '../../components/Status.tsx';
import { useCall } from '../../useCall.ts';
import type { CaseScreenProps } from '../caseScreens.ts';
import { SaveFileButton } from '../deadlines/SaveFileButton.tsx';
import { DETAIL_OF_FIELD, FieldsForm } from './FieldsForm.tsx';
import { LetterPreview } from './LetterPreview.tsx';
import { TemplateEditor } from './TemplateEditor.tsx';
import './letters.css';

/** Choose a template, fill what the case does not know, check the warnings, save: the letter is kept in the case. */
export function LettersScreen({ caseDir, params }: CaseScreenProps) {
  const id = useId();
  const templates = useCall('listLetterTemplates', {}, 'templates');
  const [templateId, setTemplateId] = useState(params.template ?? '');
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [draft, setDraft] = useState<ApiResult<LetterDraft>>();
  const deadlineRule = params.deadline;
  const chosen =
    templates.state === 'ok' ? (templates.value.find((t) => t.id === templateId) ?? templates.value[0]) : undefined;
  const set = Object.fromEntries(Object.entries(typed).filter(([, v]) => v.trim()));
  const input = { caseDir, templateId: chosen?.id ?? '', set, ...(deadlineRule ? { deadlineRule } : {}) };
  const key = JSON.stringify(input);

  useEffect(() => {
    if (!chosen) return;
    let live = true;
    void call('draftLetter', JSON.parse(key) as typeof input).then((r) => live && setDraft(r));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the input
  }, [key]);

  // A detail kept for every letter is saved in the case; the box then shows it as known.
  const keep = async (name: string) => {
    const key = DETAIL_OF_FIELD[name];
    const value = typed[name]?.trim();
    if (!key || !value) return;
    const r = await call('setCaseDetails', { caseDir, details: { [key]: value } });
    if (r.ok) setTyped(({ [name]: _kept, ...rest }) => rest);
  };
  const save = async (outPath: string): Promise<ApiResult<{ path: string }>> => {
    const r = await call('writeLetter', { ...input, outPath, saveToCase: true });
    return r.ok
      ? { ok: true, value: { path: `${r.value.out} (also kept in the case and the correspondence log)` } }
      : r;
  };
  const fileName = `${chosen?.title ?? 'Letter'} ${new Date().toISOString().slice(0, 10)}`;

  return (
    <>
      <ScreenHeading lead="Letters filled in from the case. Anything Casebook does not know is marked “missing” for you to fill in.">
        Letters
      </ScreenHeading>
      <p className="notice" role="note">
        <strong>These templates are not legal advice.</strong> Check every letter against your own situation before you
        send it. For advice, contact your local SENDIASS or IPSEA.
      </p>
      {templates.state === 'loading' ? <Loading label="Loading the templates" /> : null}
      {templates.state === 'error' ? <ErrorMessage error={templates.error} /> : null}
      {chosen && templates.state === 'ok' ? (
        <div className="letters-grid">
          <section className="card" aria-labelledby={`${id}-choose`}>
            <h2 id={`${id}-choose`}>Choose a letter</h2>
            <label htmlFor={`${id}-template`}>Letter</label>
            <select
              id={`${id}-template`}
              value={chosen.id}
              onChange={(e) => {
                setTemplateId(e.target.value);
                setTyped({});
              }}
            >
              {templates.value.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.title}
                  {t.origin === 'user' ? ' (my template)' : ''}
                </option>
              ))}
            </select>
            <p className="hint">
              <strong>When to use it:</strong> {chosen.purpose}
            </p>
            <TemplateEditor
              key={chosen.id}
              template={chosen}
              onSaved={(newId) => {
                templates.reload();
                setTemplateId(newId);
              }}
            />
            {draft?.ok ? (
              <>
                <h3>Details for this letter</h3>
                <FieldsForm
                  draft={draft.value}
                  typed={typed}
                  onChange={(name, value) => setTyped((t) => ({ ...t, [name]: value }))}
                  onKeep={(name) => void keep(name)}
                />
              </>
            ) : null}
          </section>
          <section className="card" aria-labelledby={`${id}-preview`}>
            <h2 id={`${id}-preview`}>The letter</h2>
            {draft && !draft.ok ? <ErrorMessage error={draft.error} /> : null}
            {draft?.ok ? (
              <>
                {draft.value.warnings.length ? (
                  <div className="notice" role="status">
                    <p>Check before sending:</p>
                    <ul>
                      {draft.value.warnings.map((w) => (
                        <li key={w}>{w}</li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                <LetterPreview draft={draft.value} />
                <div className="button-row">
                  <SaveFileButton
                    label="Save as Word"
                    suggestedName={`${fileName}.docx`}
                    defaultPath={`${caseDir}/${fileName}.docx`}
                    save={save}
                  />
                  <SaveFileButton
                    label="Save as PDF"
                    suggestedName={`${fileName}.pdf`}
                    defaultPath={`${caseDir}/${fileName}.pdf`}
                    save={save}
                  />
                </div>
              </>
            ) : null}
          </section>
        </div>
      ) : null}
    </>
  );
}
