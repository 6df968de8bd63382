import { useState } from 'react';
import { DOCUMENT_KIND_LABELS, type DocumentSummary } from '../../../shared/documents.ts';
import { formatDate } from '../../format.ts';
import { useNavigate } from '../../navigation.ts';
import { sortDocuments, type Sort, type SortKey } from './sortDocuments.ts';

interface Props {
  caseDir: string;
  documents: DocumentSummary[];
  onEdit: (doc: DocumentSummary) => void;
  onDelete: (doc: DocumentSummary) => void;
}

export function DocumentTable({ caseDir, documents, onEdit, onDelete }: Props) {
  const navigate = useNavigate();
  const [sort, setSort] = useState<Sort>({ key: 'added', descending: false });
  const header = (key: SortKey, label: string, className?: string) => (
    <th
      scope="col"
      className={className}
      aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined}
    >
      <button
        type="button"
        className="sort-button"
        onClick={() => setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }))}
      >
        {label}
        <span aria-hidden="true" className="sort-mark">
          {sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}
        </span>
      </button>
    </th>
  );
  return (
    <div className="table-wrap">
      <table className="documents">
        <caption className="visually-hidden">Documents in this case</caption>
        <thead>
          <tr>
            {header('title', 'Title')}
            {header('kind', 'Kind')}
            {header('author', 'Author')}
            {header('date', 'Date')}
            {header('pages', 'Pages', 'num')}
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sortDocuments(documents, sort).map((d) => (
            <tr key={d.documentId}>
              <th scope="row" className="doc-title">
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    navigate({ name: 'case', caseDir, screen: 'viewer', params: { documentId: String(d.documentId) } })
                  }
                >
                  {d.title}
                </button>
                <span className="file-name">{d.fileName}</span>
                {d.notForTribunal ? (
                  <span className="sub">
                    Not for the tribunal: left out of the bundle (put it back on the Bundle screen)
                  </span>
                ) : null}
              </th>
              <td>{DOCUMENT_KIND_LABELS[d.kind]}</td>
              <td>
                {d.author ?? <span className="muted">Unknown</span>}
                {d.profession ? <span className="sub">{d.profession}</span> : null}
              </td>
              <td className="nowrap">{d.date ? formatDate(d.date) : <span className="muted">No date</span>}</td>
              <td className="num">{d.pages}</td>
              <td>
                <div className="actions-inner">
                  <button
                    type="button"
                    className="small"
                    onClick={() => onEdit(d)}
                    aria-label={`Edit details of ${d.title}`}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    className="small danger"
                    onClick={() => onDelete(d)}
                    aria-label={`Remove ${d.title}`}
                  >
                    Remove
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
