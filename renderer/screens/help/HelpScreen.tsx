import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import { useNavigate, type Route } from '../../navigation.ts';

/** Help › Using Casebook: the whole idea on one calm page, and the way back. */
export function HelpScreen({ back }: { back: Route }) {
  const navigate = useNavigate();
  return (
    <main id="main" className="start help">
      <ScreenHeading lead="Casebook helps you put together the evidence for an appeal to the SEND Tribunal about an EHC plan.">
        Using Casebook
      </ScreenHeading>
      <section className="card" aria-labelledby="help-steps">
        <h2 id="help-steps">The steps</h2>
        <ol className="help-steps">
          <li>
            <strong>Start a case</strong> for your child. Casebook keeps everything in one folder on this computer.
          </li>
          <li>
            <strong>Add your documents</strong>: the EHC plan, every professional report, and the council&rsquo;s letters. Drag
            them onto the Documents screen. Scanned pages are read too.
          </li>
          <li>
            <strong>Check the details</strong> Casebook guessed (title, author, date) and correct any that are wrong.
          </li>
          <li>
            <strong>Search and read</strong>: find what the reports say your child needs, and whether the plan says the same.
          </li>
        </ol>
      </section>
      <section className="card" aria-labelledby="help-privacy">
        <h2 id="help-privacy">Your child&rsquo;s information stays here</h2>
        <p>
          Casebook never sends anything over the internet. The files you add are copied into the case folder, and
          neither the copies nor your originals are ever altered. To keep a spare copy, copy the whole case folder to a USB stick.
        </p>
      </section>
      <button type="button" className="primary" onClick={() => navigate(back)}>
        Back
      </button>
    </main>
  );
}
