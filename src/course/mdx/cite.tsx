import { findSource, shortCitation, sourceAnchor } from '../sources-lookup';

/** An inline citation, linking to the source in the lesson's further reading. */
export function Cite({ id }: { id: string }) {
  const source = findSource(id);
  if (!source) return null; // the content tests reject unknown ids; never break the page
  return (
    <a className="cite" href={`#${sourceAnchor(id)}`}>
      ({shortCitation(source)})
    </a>
  );
}
