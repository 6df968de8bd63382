import { useId, useState } from 'react';
import type { ApiError } from '../../../shared/contract/define.ts';
import type { TemplateSummary } from '../../../shared/papers.ts';
import { call } from '../../api.ts';
import { ErrorMessage } from '../../components/Status.tsx';

/**
 * "Copy and edit": the template's text under a new id, saved for this user (not in the case);
 * the built-in one stays as it is. A user's own copy can be deleted again.
 */
export function TemplateEditor({ template, onSaved }: { template: TemplateSummary; onSaved: (id: string) => void }) {
  const id = useId();
  const [text, setText] = useState<string>();
  const [error, setError] = useState<ApiError>();
  const newId = template.origin === 'user' ? template.id : `my-${template.id}`;

  async function open() {
    const r = await call('getLetterTemplate', { templateId: template.id });
    if (!r.ok) return setError(r.error);
    setText(
      template.origin === 'user'
        ? r.value.text
        : r.value.text.replace(/^id:.*$/m, `id: ${newId}`).replace(/^title:\s*(.*)$/m, 'title: $1 (my copy)'),
    );
  }

  async function save() {
    const r = await call('saveLetterTemplate', { templateId: newId, text: text ?? '' });
    if (!r.ok) return setError(r.error);
    setError(undefined);
    setText(undefined);
    onSaved(r.value.id);
  }

  async function remove() {
    const r = await call('deleteLetterTemplate', { templateId: template.id });
    if (!r.ok) return setError(r.error);
    onSaved('');
  }

  return (
    <div>
      {text === undefined ? (
        <div className="button-row">
          <button type="button" className="secondary" onClick={() => void open()}>
            {template.origin === 'user' ? 'Edit my template' : 'Copy and edit this template'}
          </button>
          {template.origin === 'user' ? (
            <button type="button" className="secondary" onClick={() => void remove()}>
              Delete my template
            </button>
          ) : null}
        </div>
      ) : (
        <div className="form">
          <label htmlFor={`${id}-text`}>
            Template text. Fields are written in double braces, like {'{{school name}}'}; the lines between “---” give
            its id, title and when to use it.
          </label>
          <textarea
            id={`${id}-text`}
            className="template-text"
            rows={18}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <div className="button-row">
            <button type="button" className="primary" onClick={() => void save()}>
              Save my template
            </button>
            <button type="button" className="secondary" onClick={() => setText(undefined)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
