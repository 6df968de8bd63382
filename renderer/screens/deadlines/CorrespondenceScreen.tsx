import { useId, useState } from 'react';
import type { LogEntry } from '../../../shared/deadlines.ts';
import type { DocumentSummary } from '../../../shared/documents.ts';
import { call } from '../../api.ts';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import { ErrorMessage, Loading } from '../../components/Status.tsx';
import { formatDate, plural } from '../../format.ts';
import { useCall } from '../../useCall.ts';
import type { CaseScreenProps } from '../caseScreens.ts';
import { LetterOffers, lettersToOffer, prefillFor } from './LetterOffers.tsx';
import { LogEntryForm, today } from './LogEntryForm.tsx';
import { SaveFileButton } from './SaveFileButton.tsx';
import './deadlines.css';

export function CorrespondenceScreen({ caseDir }: CaseScreenProps) {
  const id = useId();
  const [search, setSearch] = useState('');
  const log = useCall(
    'getCorrespondenceLog',
    { caseDir, ...(search.trim() ? { search: search.trim() } : {}) },
    `${caseDir}\n${search.trim()}`,
  );
  // The whole log (not the search's slice) decides which imported letters are still to add.
  const all = useCall('getCorrespondenceLog', { caseDir }, caseDir);
  const docs = useCall('listDocuments', { caseDir }, caseDir);
  const [chosen, setChosen] = useState<DocumentSummary>();
  const offers = docs.state === 'ok' && all.state === 'ok' ? lettersToOffer(docs.value, all.value) : [];
  const overdue = log.state === 'ok' ? log.value.filter((e) => e.overdue).length : 0;
  const added = () => {
    setChosen(undefined);
    log.reload();
    all.reload();
  };
  const choose = (d: DocumentSummary) => {
    setChosen(d);
    // The form is remounted with the letter's details; take the user to it.
    requestAnimationFrame(() => document.getElementById('log-form')?.querySelector('h2')?.focus());
  };
  return (
    <>
      <ScreenHeading lead="Every letter, email and call in one place, so you never have to tell the story again. Imported emails are added automatically.">
        Correspondence
      </ScreenHeading>
      <section className="card" id="log-form">
        <LogEntryForm
          key={chosen?.documentId ?? 'new'}
          caseDir={caseDir}
          onAdded={added}
          {...(chosen ? { prefill: prefillFor(chosen) } : {})}
        />
      </section>
      <LetterOffers letters={offers.filter((d) => d.documentId !== chosen?.documentId)} onChoose={choose} />
      <div className="log-toolbar">
        <div className="field">
          <label htmlFor={`${id}-q`}>Search the log</label>
          <input id={`${id}-q`} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
        <SaveFileButton
          label="Save as CSV"
          suggestedName="Correspondence log.csv"
          defaultPath={`${caseDir}/correspondence.csv`}
          save={(path) => call('exportCorrespondence', { caseDir, format: 'csv', path })}
        />
        <SaveFileButton
          label="Save as PDF"
          suggestedName="Correspondence log.pdf"
          defaultPath={`${caseDir}/correspondence.pdf`}
          save={(path) => call('exportCorrespondence', { caseDir, format: 'pdf', path })}
        />
      </div>
      <p role="status">
        {overdue > 0 ? <span className="log-overdue">{plural(overdue, 'reply', 'replies')} overdue.</span> : null}
      </p>
      {log.state === 'loading' ? <Loading label="Loading the log" /> : null}
      {log.state === 'error' ? <ErrorMessage error={log.error} /> : null}
      {log.state === 'ok' ? <LogTable caseDir={caseDir} entries={log.value} onChanged={log.reload} /> : null}
    </>
  );
}

function LogTable({ caseDir, entries, onChanged }: { caseDir: string; entries: LogEntry[]; onChanged: () => void }) {
  if (entries.length === 0) return <p className="empty">Nothing logged yet (or nothing matches the search).</p>;
  return (
    <div className="table-wrap">
      <table className="dl-table">
        <caption className="visually-hidden">Correspondence, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">From → To</th>
            <th scope="col">Subject</th>
            <th scope="col">Reply</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.entryId}>
              <td className="nowrap">
                {formatDate(e.date)}
                <span className="sub">
                  {e.direction === 'sent' ? 'Sent' : 'Received'} · {e.channel}
                </span>
              </td>
              <td>
                {e.from} → {e.to}
              </td>
              <td>
                <strong>{e.subject}</strong>
                {e.summary ? <span className="sub">{e.summary}</span> : null}
              </td>
              <td>
                <ReplyCell caseDir={caseDir} e={e} onChanged={onChanged} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ReplyCell({ caseDir, e, onChanged }: { caseDir: string; e: LogEntry; onChanged: () => void }) {
  if (!e.replyDue) return <span className="muted">None expected</span>;
  if (e.repliedOn) return <span className="dl-status dl-met">Replied {formatDate(e.repliedOn)}</span>;
  return (
    <>
      <span className={`dl-status ${e.overdue ? 'dl-missed' : 'dl-due'}`}>
        {e.overdue ? `Overdue by ${plural(e.daysOverdue ?? 0, 'day')}` : `Due by ${formatDate(e.replyDue)}`}
      </span>
      <button
        type="button"
        className="small"
        onClick={() => void call('setLogReplied', { caseDir, entryId: e.entryId, repliedOn: today() }).then(onChanged)}
      >
        Reply arrived today
      </button>
    </>
  );
}
