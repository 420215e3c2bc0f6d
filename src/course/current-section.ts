import { useEffect, useState } from 'react';

/**
 * How far down the screen a section's heading must come to count as the one being read:
 * the top 30 % (below the sticky menu bar of a phone).
 */
export const READING_LINE = 0.3;

/**
 * The id of the section being read: the last of `ids` whose heading has passed the reading
 * line, or null above the first. Told by an IntersectionObserver whose area reaches from far
 * above the page down to the reading line, so it fires only when a heading crosses that
 * line (either way, however far a jump goes), never on every scroll event.
 */
export function useCurrentSection(ids: readonly string[]): string | null {
  const [current, setCurrent] = useState<string | null>(null);
  const key = ids.join(' ');
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return undefined;
    const headings = key
      .split(' ')
      .map((id) => document.getElementById(id))
      .filter((el): el is HTMLElement => el !== null);
    const passed = new Set<Element>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) passed.add(entry.target);
          else passed.delete(entry.target);
        }
        const last = [...headings].reverse().find((heading) => passed.has(heading));
        setCurrent(last ? last.id : null);
      },
      { rootMargin: `1000000px 0px -${100 - READING_LINE * 100}% 0px` },
    );
    headings.forEach((heading) => observer.observe(heading));
    return () => observer.disconnect();
  }, [key]);
  return current;
}
