import type { ReactNode } from 'react';
import { Link } from 'react-router';
import glossary from '../../../lessons/glossary';
import { InlinePopover } from './inline-popover';

const byId = new Map(glossary.map((entry) => [entry.id, entry]));

/**
 * A glossary term in the text: a button that opens its definition in a popover beside the
 * sentence (not inside it), with a link to the full glossary entry.
 */
export function Term({ id, children }: { id: string; children: ReactNode }) {
  const entry = byId.get(id);
  if (!entry) return <>{children}</>;
  return (
    <InlinePopover label={children} title={entry.term} triggerClassName="term__button">
      <span>{entry.definition}</span>
      <span>
        <Link to={`/glossary#term-${entry.id}`}>In the glossary</Link>
      </span>
    </InlinePopover>
  );
}
