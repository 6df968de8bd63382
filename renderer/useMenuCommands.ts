import { useEffect, useRef } from 'react';
import { call, onMenuCommand } from './api.ts';
import type { Navigate, Route } from './navigation.ts';

/**
 * Follows the desktop menu: New case, Open case (and the last case at start-up), Import
 * documents (into the case on screen), Help. Does nothing where there is no menu.
 */
export function useMenuCommands(route: Route, navigate: Navigate): void {
  const current = useRef(route);
  useEffect(() => {
    current.current = route;
  }, [route]);
  useEffect(
    () =>
      onMenuCommand((command) => {
        switch (command.command) {
          case 'new-case':
            return navigate({ name: 'start' });
          case 'open-case':
            // openCase checks the folder is a case and puts it at the top of the recent list.
            return void call('openCase', { caseDir: command.caseDir }).then((r) =>
              navigate(r.ok ? { name: 'case', caseDir: command.caseDir, screen: 'overview' } : { name: 'start' }),
            );
          case 'import-documents': {
            const here = current.current;
            if (here.name !== 'case') return navigate({ name: 'start' });
            // A fresh value each time, so choosing again from the menu opens the picker again.
            return navigate({
              name: 'case',
              caseDir: here.caseDir,
              screen: 'documents',
              params: { choose: String(Date.now()) },
            });
          }
          case 'show-help':
            return navigate({ name: 'help', back: current.current });
        }
      }),
    [navigate],
  );
}
