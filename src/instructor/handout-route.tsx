import { data, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { findLesson } from '../course/lessons';
import { usePageTitle } from '../ui/use-page-title';
import { loadSections } from './course-sections';
import { glossaryEntry } from './lesson-mdx';
import { termsUsed } from './sections';
import { Blocks } from './slide-view';
import { useOrigin } from './use-origin';
import './print.css';

export async function loader({ params }: LoaderFunctionArgs) {
  const entry = params.slug ? findLesson(params.slug) : undefined;
  if (!entry) throw data(null, { status: 404, statusText: 'Lesson not found' });
  const [lesson] = await loadSections([entry]);
  if (!lesson) throw data(null, { status: 404, statusText: 'Lesson not found' });
  return lesson;
}

/** A handout has one page: each term's first sentence, the lesson has the rest. */
const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;

/** `/handouts/:slug`: one printed page per lesson: takeaways, the terms it uses, room for notes. */
export function Component() {
  const { entry, sections, Content } = useLoaderData() as Awaited<ReturnType<typeof loader>>;
  usePageTitle(`Handout: ${entry.title}`);
  const takeaways = sections.find((s) => s.kind === 'takeaways');
  const terms = termsUsed(Content)
    .map(glossaryEntry)
    .filter((t) => t !== undefined)
    .sort((a, b) => a.term.localeCompare(b.term, 'en-GB'));
  const url = `${useOrigin()}/lessons/${entry.slug}`;
  return (
    <article className={terms.length > 10 ? 'handout handout--compact printable' : 'handout printable'}>
      <header className="handout__head">
        <p className="handout__eyebrow">Fine-tuning · lesson {entry.order} · handout</p>
        <h1>{entry.title}</h1>
        <p className="no-print">
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            Print this handout
          </button>
        </p>
      </header>
      <section aria-labelledby="takeaways-heading">
        <h2 id="takeaways-heading">Key takeaways</h2>
        {takeaways ? <Blocks blocks={takeaways.blocks} /> : <p>{entry.summary}</p>}
      </section>
      {terms.length ? (
        <section aria-labelledby="terms-heading">
          <h2 id="terms-heading">Terms in this lesson</h2>
          <dl className="handout__terms">
            {terms.map((term) => (
              <div key={term.id}>
                <dt>{term.term}</dt>
                <dd>{firstSentence(term.definition)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      <section aria-labelledby="notes-heading" className="handout__notes">
        <h2 id="notes-heading">Your notes</h2>
        <div className="handout__lines" />
      </section>
      <p className="handout__foot">
        The whole lesson, with its quiz: <a href={url}>{url}</a>
      </p>
    </article>
  );
}
