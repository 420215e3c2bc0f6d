import type { Source } from './source';
import { findSource, sourceAnchor } from './sources-lookup';

function SourceItem({ source, anchor }: { source: Source; anchor: boolean }) {
  return (
    <li id={anchor ? sourceAnchor(source.id) : undefined} className="source-item" tabIndex={anchor ? -1 : undefined}>
      {source.author} ({source.year}). <cite>{source.title}</cite>.{' '}
      <a href={source.url} rel="noopener noreferrer">
        {new URL(source.url).hostname.replace(/^www\./, '')}
      </a>
      {source.note ? <span className="source-item__note"> {source.note}</span> : null}
    </li>
  );
}

/** A list of sources. `anchors`: give each an id that <Cite> links to (once per page). */
export function SourceItems({ sources, anchors = true }: { sources: readonly Source[]; anchors?: boolean }) {
  return (
    <ul className="source-list">
      {sources.map((source) => (
        <SourceItem key={source.id} source={source} anchor={anchors} />
      ))}
    </ul>
  );
}

/** The sources a lesson draws on (its frontmatter `sources`). */
export function FurtherReading({ ids }: { ids: readonly string[] }) {
  const sources = ids.map(findSource).filter((s): s is Source => Boolean(s));
  if (sources.length === 0) return null;
  return (
    <section className="further-reading" aria-labelledby="further-reading">
      <h2 id="further-reading">Sources and further reading</h2>
      <SourceItems sources={sources} />
    </section>
  );
}
