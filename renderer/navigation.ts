import { createContext, useContext } from 'react';

/**
 * Where the user is. Case screens are identified by id (see screens/caseScreens.ts) so later
 * capabilities (evidence map, bundle, letters, deadlines) add a screen without touching routing.
 */
export type Route =
  | { name: 'start' }
  | { name: 'case'; caseDir: string; screen: string; params?: Record<string, string> }
  | { name: 'help'; back: Route };

export type Navigate = (route: Route) => void;

export const NavigationContext = createContext<Navigate>(() => {});
export const useNavigate = (): Navigate => useContext(NavigationContext);
