import { findSource, shortCitation, sourceAnchor } from '../sources-lookup';
import { InlinePopover } from './inline-popover';

const host = (url: string) => new URL(url).hostname.replace(/^www\./, '');

/**
 * An inline citation: "(Hu et al., 2021)" opens a popover with the source (title, author,
 * year, a link to it), so the learner keeps their place; the lesson's full list of sources
 * is one link further.
 */
export function Cite({ id }: { id: string }) {
  const source = findSource(id);
  if (!source) return null; // the content tests reject unknown ids; never break the page
  const short = shortCitation(source);
  return (
    <InlinePopover label={`(${short})`} triggerLabel={`Source: ${short}`} title="Source" triggerClassName="cite">
      <span>
        <cite>{source.title}</cite>
        <br />
        {source.author}, {source.year}
      </span>
      {source.note ? <span className="cite__note">{source.note}</span> : null}
      <span className="cite__links">
        <a href={source.url} rel="noopener noreferrer">
          Open the source <span className="cite__host">({host(source.url)})</span>
        </a>
        <a href={`#${sourceAnchor(id)}`}>All sources for this lesson</a>
      </span>
    </InlinePopover>
  );
}
