/** The empty state that teaches: what to import first, and why, for someone starting out. */
export function FirstStepsCard({ onImport }: { onImport: () => void }) {
  return (
    <section className="card first-steps" aria-labelledby="first-h">
      <h2 id="first-h">Start by adding your documents</h2>
      <p>
        An appeal is won on evidence: what the professionals say your child needs, set against what the EHC plan
        promises. Casebook reads your documents so you can find and compare those words quickly.
      </p>
      <ol>
        <li>
          <strong>The EHC plan</strong> you are appealing (the final plan, or the latest draft). Everything else is
          checked against it.
        </li>
        <li>
          <strong>Professional reports</strong>: educational psychologist, speech and language therapist, occupational
          therapist, doctors. These are your evidence.
        </li>
        <li>
          <strong>The council&rsquo;s decision letter</strong>. Its date starts the clock for your appeal.
        </li>
      </ol>
      <p className="hint">PDF, Word, scanned images and saved emails all work. Nothing leaves this computer.</p>
      <button type="button" className="primary" onClick={onImport}>
        Add documents
      </button>
    </section>
  );
}
