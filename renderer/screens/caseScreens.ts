import { lazy, type ComponentType } from 'react';
import { CorrespondenceScreen } from './deadlines/CorrespondenceScreen.tsx';
import { DeadlinesScreen } from './deadlines/DeadlinesScreen.tsx';
import { DocumentsScreen } from './documents/DocumentsScreen.tsx';
import { EvidenceScreen } from './evidence/EvidenceScreen.tsx';
import { OverviewScreen } from './overview/OverviewScreen.tsx';
import { SearchScreen } from './search/SearchScreen.tsx';

// pdf.js is large: load the viewer only when a document is opened, so the overview paints fast.
const ViewerScreen = lazy(() => import('./viewer/ViewerScreen.tsx').then((m) => ({ default: m.ViewerScreen })));
const BundleScreen = lazy(() => import('./bundle/BundleScreen.tsx').then((m) => ({ default: m.BundleScreen })));
const WorkdocScreen = lazy(() => import('./workdoc/WorkdocScreen.tsx').then((m) => ({ default: m.WorkdocScreen })));
const LettersScreen = lazy(() => import('./letters/LettersScreen.tsx').then((m) => ({ default: m.LettersScreen })));

export interface CaseScreenProps {
  caseDir: string;
  params: Record<string, string>;
}

export interface CaseScreen {
  id: string;
  /** The words in the side navigation; omitted for screens reached from another (the viewer). */
  navLabel?: string;
  component: ComponentType<CaseScreenProps>;
}

/**
 * Every screen inside a case, in navigation order. A capability adds its screen here
 * (renderer/screens/<area>/…): evidence map, bundle, letters, deadlines.
 */
export const caseScreens: CaseScreen[] = [
  { id: 'overview', navLabel: 'Overview', component: OverviewScreen },
  { id: 'documents', navLabel: 'Documents', component: DocumentsScreen },
  { id: 'search', navLabel: 'Search', component: SearchScreen },
  { id: 'evidence', navLabel: 'Evidence map', component: EvidenceScreen },
  { id: 'bundle', navLabel: 'Bundle', component: BundleScreen },
  { id: 'workdoc', navLabel: 'Working document', component: WorkdocScreen },
  { id: 'letters', navLabel: 'Letters', component: LettersScreen },
  { id: 'deadlines', navLabel: 'Timeline and deadlines', component: DeadlinesScreen },
  { id: 'correspondence', navLabel: 'Correspondence', component: CorrespondenceScreen },
  { id: 'viewer', component: ViewerScreen },
];
