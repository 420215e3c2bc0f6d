import glossary from '../../../lessons/glossary';
import { Cite } from './cite';

/** The whole glossary, alphabetical, each term an anchor that <Term> links to. */
export function Glossary() {
  const entries = [...glossary].sort((a, b) => a.term.localeCompare(b.term, 'en-GB'));
  const names = new Map(glossary.map((entry) => [entry.id, entry.term]));
  return (
    <dl className="glossary">
      {entries.map((entry) => (
        <div key={entry.id} id={`term-${entry.id}`} className="glossary__entry" tabIndex={-1}>
          <dt>{entry.term}</dt>
          <dd>
            {entry.definition}{' '}
            {entry.sources.map((id, i) => (
              <span key={id}>
                {i > 0 ? ' ' : ''}
                <Cite id={id} />
              </span>
            ))}
            {entry.related?.length ? (
              <span className="glossary__related">
                {' '}
                See also:{' '}
                {entry.related.map((id, i) => (
                  <span key={id}>
                    {i > 0 ? ', ' : ''}
                    <a href={`#term-${id}`}>{names.get(id) ?? id}</a>
                  </span>
                ))}
                .
              </span>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
