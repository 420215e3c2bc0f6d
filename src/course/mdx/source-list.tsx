import { SourceItems } from '../further-reading';
import type { Source } from '../source';
import { allSources } from '../sources-lookup';

const groups: { kind: Source['kind']; heading: string }[] = [
  { kind: 'paper', heading: 'Research papers' },
  { kind: 'documentation', heading: 'Official documentation' },
  { kind: 'announcement', heading: 'Provider announcements' },
  { kind: 'course', heading: 'Courses' },
  { kind: 'case-study', heading: 'Case studies' },
  { kind: 'book', heading: 'Books' },
];

/**
 * Every source the course cites, grouped by kind and sorted by year. Without anchors:
 * the lesson's own further-reading list carries the ids that citations link to.
 */
export function SourceList() {
  const sources = allSources();
  return (
    <div className="all-sources">
      {groups.map(({ kind, heading }) => {
        const inGroup = sources.filter((s) => s.kind === kind).sort((a, b) => a.year - b.year || a.author.localeCompare(b.author));
        if (inGroup.length === 0) return null;
        return (
          <section key={kind} aria-label={heading}>
            <h3>{heading}</h3>
            <SourceItems sources={inGroup} anchors={false} />
          </section>
        );
      })}
    </div>
  );
}
