import { useEffect, useRef, useState, type ReactNode } from 'react';

/** True while the element's content is wider than the element (rechecked when either resizes). */
function useOverflowsSideways(ref: React.RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const check = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(check);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    check();
    return () => observer.disconnect();
  }, [ref]);
  return overflows;
}

/** A table in a labelled region that scrolls sideways; the keyboard reaches it (Tab) and scrolls it (arrow keys). */
export function ScrollingTable({ label, table }: { label: string; table: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const overflows = useOverflowsSideways(ref);
  return (
    <div className="table-scroll-wrap">
      {/* Above the table, where it is seen before a long table is read; always there on a phone
          (hidden while all fits), so the page does not shift when it appears. */}
      <p className="table-scroll__hint" aria-hidden="true" data-shown={overflows}>
        Scroll sideways for more <span className="table-scroll__arrow">→</span>
      </p>
      {/* A region the keyboard can reach, so it can be scrolled (WCAG 2.1.1); its name says what it holds. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div ref={ref} className="table-scroll" role="region" aria-label={label} tabIndex={0}>
        {table}
      </div>
    </div>
  );
}
