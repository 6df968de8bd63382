import { STATUS_GROUPS, STATUS_MEANING } from '../../../shared/evidenceWords.ts';
import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import { useNavigate, type Route } from '../../navigation.ts';

/** Help › Using Casebook: the whole idea on one calm page, each part of an appeal, and the way back. */
export function HelpScreen({ back }: { back: Route }) {
  const navigate = useNavigate();
  return (
    <main id="main" className="start help">
      <ScreenHeading lead="Casebook helps you put together the evidence for an appeal to the SEND Tribunal about an EHC plan.">
        Using Casebook
      </ScreenHeading>
      <nav className="card help-contents" aria-labelledby="help-contents">
        <h2 id="help-contents">On this page</h2>
        <ul>
          <li>
            <a href="#help-steps">The steps</a>
          </li>
          <li>
            <a href="#help-deadlines">Deadlines</a>
          </li>
          <li>
            <a href="#help-evidence">The evidence map</a>
          </li>
          <li>
            <a href="#help-bundle">Bundles</a>
          </li>
          <li>
            <a href="#help-letters">Letters and correspondence</a>
          </li>
          <li>
            <a href="#help-dates">Entering dates</a>
          </li>
          <li>
            <a href="#help-privacy">Your child’s information</a>
          </li>
        </ul>
      </nav>
      <section className="card" aria-labelledby="help-steps">
        <h2 id="help-steps">The steps</h2>
        <ol className="help-steps">
          <li>
            <strong>Start a case</strong> for your child. Casebook keeps everything in one folder on this computer.
          </li>
          <li>
            <strong>Add your documents</strong>: the EHC plan, every professional report, and the council&rsquo;s
            letters. Drag them onto the Documents screen. Scanned pages are read too.
          </li>
          <li>
            <strong>Check the details</strong> Casebook guessed (kind, title, author, date) and correct any that are
            wrong.
          </li>
          <li>
            <strong>Confirm your appeal date</strong> on the Overview or the Timeline.
          </li>
          <li>
            <strong>Check the evidence map</strong>: what the reports recommend, and where the plan leaves it out or
            waters it down.
          </li>
          <li>
            <strong>Build your evidence pack</strong> on the Bundle screen, and send the appeal before the deadline.
          </li>
        </ol>
        <p>The Overview&rsquo;s &ldquo;Next steps&rdquo; always shows what to do now, in this order.</p>
      </section>
      <section className="card" aria-labelledby="help-deadlines">
        <h2 id="help-deadlines">Deadlines</h2>
        <p>
          Casebook works out each deadline from the law&rsquo;s own rules and shows the rule, its source and the
          reasoning under &ldquo;Why this date&rdquo;. The appeal must reach the tribunal within two months of the date
          the council sent its decision, or one month from the mediation certificate if that is later.
        </p>
        <p>
          As soon as you add the decision letter or the certificate, the deadline appears marked{' '}
          <strong>provisional</strong>: it is counted from the date printed on the document. A letter is not always sent
          on the day it is dated, so choose
          <strong> Confirm</strong> if that date is right, or <strong>Change date</strong> to enter the day it was
          really sent.
        </p>
        <p>
          If a deadline has passed, Casebook says what you can still do. A late appeal can still be sent with a short
          explanation of why it is late; the tribunal decides whether to accept it. When the council misses one of its
          own deadlines, a chaser letter asks it to act by a new date. Your local SENDIASS gives free, confidential
          advice on all of this.
        </p>
      </section>
      <section className="card" aria-labelledby="help-evidence">
        <h2 id="help-evidence">The evidence map</h2>
        <p>
          Casebook finds each recommendation in the professional reports and looks for it in the plan. Each one gets a
          status, and the list shows the most serious first:
        </p>
        <dl className="help-statuses">
          {STATUS_GROUPS.map((g) => (
            <div key={g.status}>
              <dt>{g.heading}</dt>
              <dd>{STATUS_MEANING[g.status]}</dd>
            </div>
          ))}
        </dl>
        <p>
          Findings Casebook is unsure of are listed first, under &ldquo;Please check&rdquo;. Read each finding against
          the report&rsquo;s own words, shown beside the plan, then confirm it or change it. &ldquo;Wording to ask
          for&rdquo; is the report&rsquo;s wording, ready to copy into your amendments. &ldquo;Red pen on the
          plan&rdquo; marks plan wording that is likely too vague to be enforced. These are help in preparing your case,
          not legal advice.
        </p>
      </section>
      <section className="card" aria-labelledby="help-bundle">
        <h2 id="help-bundle">Bundles</h2>
        <p>
          The tribunal wants the documents in lettered sections, every page numbered, within page limits. Casebook
          places each document where it usually goes: the decision and the appeal papers first, the plan with the advice
          it lists in Section K, then your own evidence. You can drag any document to another place or leave it out.
          Leaving a document out marks it as not for the tribunal (the same mark you can set when checking the
          council&rsquo;s bundle): it stays out of every bundle until you choose <strong>Put back</strong>.
        </p>
        <p>
          The meters show the pages counted against each limit. Choose <strong>Build the bundle</strong> and the
          finished PDF appears right under the button, with the file&rsquo;s name, its folder and Open. Each build is
          kept as a numbered version, and &ldquo;What changed&rdquo; lists the pages that moved, so you can tell the
          tribunal.
        </p>
      </section>
      <section className="card" aria-labelledby="help-letters">
        <h2 id="help-letters">Letters and correspondence</h2>
        <p>
          Keep every letter, email and phone call in the Correspondence log, with the date a reply is due: Casebook
          tells you when one is overdue. Emails you import are added for you, and letters you import are offered so you
          can add each with one click. Letter templates (asking for a mediation certificate, chasing a missed deadline,
          a subject access request) are filled in from the case; read and adjust each before you send it. Templates are
          not legal advice.
        </p>
      </section>
      <section className="card" aria-labelledby="help-dates">
        <h2 id="help-dates">Entering dates</h2>
        <p>
          Every date is typed as day, month and year in separate boxes, for example 24, 9, 2026 for 24 September 2026,
          and shown in full, so there is never a doubt about which number is the month.
        </p>
      </section>
      <section className="card" aria-labelledby="help-privacy">
        <h2 id="help-privacy">Your child&rsquo;s information stays here</h2>
        <p>
          Casebook never sends anything over the internet. The files you add are copied into the case folder, and
          neither the copies nor your originals are ever altered. To keep a spare copy, copy the whole case folder to a
          USB stick.
        </p>
      </section>
      <button type="button" className="primary" onClick={() => navigate(back)}>
        Back
      </button>
    </main>
  );
}
