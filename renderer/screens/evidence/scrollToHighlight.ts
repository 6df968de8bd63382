import { useEffect, type RefObject } from 'react';

/** Scrolls a pane (not the page) so its highlighted span is in view when the selection changes. */
export function useScrollToHighlight(pane: RefObject<HTMLElement | null>, key: string): void {
  useEffect(() => {
    const el = pane.current;
    const target = el?.querySelector<HTMLElement>('mark, .ev-para-current');
    if (el && target) el.scrollTo({ top: Math.max(0, target.offsetTop - 24) }); // .ev-pane is positioned, so offsetTop is within it
  }, [pane, key]);
}
