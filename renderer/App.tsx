import { useState } from 'react';
import { NavigationContext, type Route } from './navigation.ts';
import { CaseLayout } from './screens/CaseLayout.tsx';
import { StartScreen } from './screens/start/StartScreen.tsx';

export function App() {
  const [route, setRoute] = useState<Route>({ name: 'start' });
  return (
    <NavigationContext.Provider value={setRoute}>
      {route.name === 'start' ? (
        <StartScreen />
      ) : (
        <CaseLayout caseDir={route.caseDir} screen={route.screen} params={route.params ?? {}} />
      )}
    </NavigationContext.Provider>
  );
}
