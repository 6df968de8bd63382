import { ScreenHeading } from '../../components/ScreenHeading.tsx';
import { ErrorMessage, Loading } from '../../components/Status.tsx';
import { useCall } from '../../useCall.ts';
import { NewCaseForm } from './NewCaseForm.tsx';
import { OpenCaseForm } from './OpenCaseForm.tsx';
import { RecentCases } from './RecentCases.tsx';

export function StartScreen() {
  const appInfo = useCall('getAppInfo', {}, 'app');
  return (
    <main id="main" className="start">
      <ScreenHeading lead="Keep the reports, the plan and the letters for an EHC plan appeal in one place. Everything stays on this computer.">
        Casebook
      </ScreenHeading>
      <RecentCases />
      {appInfo.state === 'error' ? <ErrorMessage error={appInfo.error} /> : null}
      {appInfo.state === 'loading' ? <Loading label="Getting ready" minHeight={420} /> : null}
      {appInfo.state === 'ok' ? (
        <div className="start-forms">
          <NewCaseForm canChoose={appInfo.value.canChooseFolder} />
          <OpenCaseForm canChoose={appInfo.value.canChooseFolder} />
        </div>
      ) : null}
    </main>
  );
}
