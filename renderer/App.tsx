import { useState } from 'react';
import { NavigationContext, type Route } from './navigation.ts';
import { CaseLayout } from './screens/CaseLayout.tsx';
import { HelpScreen } from './screens/help/HelpScreen.tsx';
import { StartScreen } from './screens/start/StartScreen.tsx';
import { useMenuCommands } from './useMenuCommands.ts';

/**
 * `#open=<case folder>` opens a case straight away: the shell uses it to reopen the last case,
 * and the first-paint benchmark to time the overview from a cold start.
 */
function initialRoute(): Route {
  const open = new URLSearchParams(window.location.hash.slice(1)).get('open');
  return open ? { name: 'case', caseDir: open, screen: 'overview' } : { name: 'start' };
}

export function App() {
  const [route, setRoute] = useState<Route>(initialRoute);
  useMenuCommands(route, setRoute);
  return (
    <NavigationContext.Provider value={setRoute}>
      {route.name === 'start' ? <StartScreen /> : null}
      {route.name === 'help' ? <HelpScreen back={route.back} /> : null}
      {route.name === 'case' ? (
        <CaseLayout caseDir={route.caseDir} screen={route.screen} params={route.params ?? {}} />
      ) : null}
    </NavigationContext.Provider>
  );
}
