import { useState } from 'react';
import type { DocumentSummary } from '../../../shared/documents.ts';
import { call } from '../../api.ts';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import { ErrorMessage, Loading } from '../../components/Status.tsx';
import { useCall } from '../../useCall.ts';
import type { CaseScreenProps } from '../caseScreens.ts';
import { DocumentTable } from './DocumentTable.tsx';
import { EditDocumentDialog } from './EditDocumentDialog.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { PurgePanel } from './PurgePanel.tsx';
import { UndoBar, type Undoable } from './UndoBar.tsx';
import type { ApiError } from '../../../shared/contract/define.ts';

export function DocumentsScreen({ caseDir, params }: CaseScreenProps) {
  const docs = useCall('listDocuments', { caseDir }, caseDir);
  const [editing, setEditing] = useState<DocumentSummary>();
  const [undo, setUndo] = useState<Undoable>();
  const [deleteError, setDeleteError] = useState<ApiError>();

  async function remove(doc: DocumentSummary) {
    const r = await call('deleteDocument', { caseDir, documentId: doc.documentId });
    if (!r.ok) return setDeleteError(r.error);
    setDeleteError(undefined);
    setUndo({ documentId: doc.documentId, title: doc.title });
    docs.reload();
  }

  return (
    <>
      <ScreenHeading lead="Every report, plan and letter in the case. Add more by dragging them onto the box below.">
        Documents
      </ScreenHeading>
      <ImportPanel caseDir={caseDir} onImported={docs.reload} openPicker={params.choose !== undefined} />
      <UndoBar caseDir={caseDir} item={undo} onDone={() => setUndo(undefined)} onRestored={docs.reload} />
      {deleteError ? <ErrorMessage error={deleteError} /> : null}
      <section aria-labelledby="doc-list-h" className="doc-list">
        <h2 id="doc-list-h">In this case</h2>
        {docs.state === 'loading' ? <Loading label="Loading the documents" minHeight={240} /> : null}
        {docs.state === 'error' ? <ErrorMessage error={docs.error} /> : null}
        {docs.state === 'ok' && docs.value.length === 0 ? (
          <p className="empty">
            Nothing here yet. Start with the EHC plan you are appealing and the professional reports about your child:
            Casebook compares what the reports say your child needs with what the plan provides. Then add the
            council&rsquo;s decision letter, because its date starts the clock for your appeal.
          </p>
        ) : null}
        {docs.state === 'ok' && docs.value.length > 0 ? (
          <DocumentTable caseDir={caseDir} documents={docs.value} onEdit={setEditing} onDelete={remove} />
        ) : null}
      </section>
      <PurgePanel caseDir={caseDir} onPurged={docs.reload} />
      {editing ? (
        <EditDocumentDialog
          caseDir={caseDir}
          document={editing}
          onClose={(changed) => {
            setEditing(undefined);
            if (changed) docs.reload();
          }}
        />
      ) : null}
    </>
  );
}
