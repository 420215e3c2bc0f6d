import { useEffect, useId, useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router';
import glossary from '../../lessons/glossary';
import { goToId } from '../ui/go-to-id';
import { usePageTitle } from '../ui/use-page-title';
import type { GlossaryEntry } from './glossary-entry';
import { byLetter, termMatches } from './glossary-filter';
import { lessons } from './lessons';
import { findSource, shortCitation } from './sources-lookup';
import { termPlacesByFile } from './term-places-files';
import './glossary-page.css';

/** The id of a term's entry: `/glossary#term-lora` (the same as on the related-terms lesson). */
export const termAnchor = (id: string) => `term-${id}`;

interface Place {
  slug: string;
  order: number;
  title: string;
  section: string | null;
}

/** Term id → the lessons that use it, in course order, with the section of its first use. */
function placesOfTerms(): Map<string, Place[]> {
  const places = new Map<string, Place[]>();
  for (const lesson of lessons) {
    const found = Object.values(termPlacesByFile).find((file) => file.slug === lesson.slug);
    for (const [term, section] of Object.entries(found?.places ?? {})) {
      places.set(term, [...(places.get(term) ?? []), { slug: lesson.slug, order: lesson.order, title: lesson.title, section }]);
    }
  }
  return places;
}

const placeLink = (place: Place) => `/lessons/${place.slug}${place.section ? `#${place.section}` : ''}`;

function Entry({ entry, places, names, hidden }: { entry: GlossaryEntry; places: Place[]; names: Map<string, string>; hidden: boolean }) {
  const [taught, ...also] = places;
  return (
    <div id={termAnchor(entry.id)} className="glossary-page__entry" tabIndex={-1} hidden={hidden}>
      <dt>
        <dfn>{entry.term}</dfn>
      </dt>
      <dd>
        <p>{entry.definition}</p>
        {taught ? (
          <p className="glossary-page__where">
            First met in{' '}
            <Link to={placeLink(taught)}>
              lesson {taught.order}, {taught.title}
            </Link>
            {also.length ? (
              <>
                ; also in{' '}
                {also.map((place, i) => (
                  <span key={place.slug}>
                    {i > 0 ? ', ' : ''}
                    <Link to={placeLink(place)}>lesson {place.order}</Link>
                  </span>
                ))}
              </>
            ) : null}
            .
          </p>
        ) : null}
        {entry.related?.length ? (
          <p className="glossary-page__related">
            See also:{' '}
            {entry.related.map((id, i) => (
              <span key={id}>
                {i > 0 ? ', ' : ''}
                <a href={`#${termAnchor(id)}`}>{names.get(id) ?? id}</a>
              </span>
            ))}
            .
          </p>
        ) : null}
        {entry.sources.length ? (
          <p className="glossary-page__sources">
            Sources:{' '}
            {entry.sources.map((id, i) => {
              const source = findSource(id);
              if (!source) return null;
              return (
                <span key={id}>
                  {i > 0 ? '; ' : ''}
                  <a href={source.url} rel="noopener noreferrer">
                    {shortCitation(source)}
                  </a>
                </span>
              );
            })}
            .
          </p>
        ) : null}
      </dd>
    </div>
  );
}

/**
 * `/glossary`: every term the course defines, A–Z, with a filter as you type, each linked to
 * the lesson and section where it is taught. Every entry stays in the page while filtering
 * (hidden, not removed), so `/glossary#term-…` always has its target.
 */
export function GlossaryPage() {
  usePageTitle('Glossary');
  const [query, setQuery] = useState('');
  const inputId = useId();
  const places = useMemo(() => placesOfTerms(), []);
  const names = useMemo(() => new Map(glossary.map((entry) => [entry.id, entry.term])), []);
  const groups = useMemo(() => byLetter(glossary), []);
  const shown = glossary.filter((entry) => termMatches(entry, query)).length;
  const { hash } = useLocation();
  // A term's link opens at its entry on a fresh load too (after hydration, which the browser's own jump precedes).
  useEffect(() => {
    if (hash) goToId(decodeURIComponent(hash.slice(1)));
  }, [hash]);

  return (
    <div className="glossary-page">
      <h1>Glossary</h1>
      <p>
        Every term the course uses, from A to Z, with a short definition, the sources behind it, and a link to the lesson that
        teaches it.
      </p>
      <div className="glossary-page__filter" role="search">
        <label htmlFor={inputId}>Filter terms</label>
        <input id={inputId} type="search" value={query} autoComplete="off" spellCheck={false} onChange={(event) => setQuery(event.target.value)} />
        <p role="status" className="glossary-page__count">
          {query.trim() ? (shown ? `${shown} of ${glossary.length} terms ${shown === 1 ? 'matches' : 'match'} “${query.trim()}”.` : `No term matches “${query.trim()}”.`) : ''}
        </p>
      </div>
      <nav aria-label="Terms by letter" className="glossary-page__letters">
        <ul>
          {groups.map(({ letter, entries }) => (
            <li key={letter} hidden={!entries.some((entry) => termMatches(entry, query))}>
              <a href={`#letter-${letter}`}>{letter}</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(({ letter, entries }) => (
        <section key={letter} aria-labelledby={`letter-${letter}`} hidden={!entries.some((entry) => termMatches(entry, query))}>
          <h2 id={`letter-${letter}`} className="glossary-page__letter">
            {letter}
          </h2>
          <dl className="glossary-page__list">
            {entries.map((entry) => (
              <Entry key={entry.id} entry={entry} places={places.get(entry.id) ?? []} names={names} hidden={!termMatches(entry, query)} />
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
