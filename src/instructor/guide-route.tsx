import { Link, useLoaderData } from 'react-router';
import type { Question } from '../quiz/lib/question';
import { usePageTitle } from '../ui/use-page-title';
import { loadSections, type LessonWithContent } from './course-sections';
import { misconceptionsFor, mythsIn, type WatchFor } from './misconceptions';
import { roomQuestion } from './room-question';
import { clockTime, sessionPlan, type PlanSection } from './session-plan';
import './print.css';

export async function loader() {
  return loadSections();
}

function planSections(lessons: readonly LessonWithContent[]): PlanSection[] {
  return lessons.flatMap(({ entry, sections }) =>
    sections
      .filter((s) => s.notes)
      .map((s) => ({ key: `${entry.slug}/${s.id}`, lesson: `Lesson ${entry.order}: ${entry.title}`, title: s.title, minutes: s.notes?.minutes ?? 0 })),
  );
}

function PlanTable({ lessons, total }: { lessons: readonly LessonWithContent[]; total: number }) {
  const rows = sessionPlan(planSections(lessons), total);
  return (
    <table className="guide-plan">
      <caption>{total}-minute session</caption>
      <thead>
        <tr>
          <th scope="col">Start</th>
          <th scope="col">Lesson and section</th>
          <th scope="col">Minutes</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) =>
          row.kind === 'lesson' ? (
            <tr key={row.key} className="guide-plan__lesson">
              <th scope="rowgroup" colSpan={2}>
                {row.title}
              </th>
              <td>{row.minutes}</td>
            </tr>
          ) : (
            <tr key={row.key}>
              <td>{clockTime(row.start)}</td>
              <td className={row.kind === 'section' ? 'guide-plan__section' : undefined}>
                {row.title}
                {row.kind === 'section' && row.minutes === 0 ? <span className="guide-plan__notes"> (mention; learners read it afterwards)</span> : null}
                {row.kind === 'section' && row.minutes >= 3 ? <span className="guide-plan__notes"> (with its discussion question)</span> : null}
              </td>
              <td>{row.kind === 'section' && row.minutes === 0 ? '–' : row.minutes}</td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}

function WatchList({ items }: { items: readonly WatchFor[] }) {
  return (
    <dl className="guide-misconceptions">
      {items.map((m) => (
        <div key={m.id}>
          <dt>{m.statement}</dt>
          {m.address.map((a, i) => (
            <dd key={i}>{a}</dd>
          ))}
          {m.questions.length ? (
            <dd className="guide-misconceptions__where">
              A wrong answer to {m.questions.length === 1 ? 'this question' : 'any of these questions'} reveals it: {m.questions.map((q) => `“${q}”`).join('; ')}
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}

function LessonGuide({ lesson, allQuestions }: { lesson: LessonWithContent; allQuestions: readonly Question[] }) {
  const { entry, sections, questions, Content } = lesson;
  const myths = mythsIn(Content);
  const misconceptions = misconceptionsFor(entry.slug, allQuestions);
  const headingId = `guide-${entry.slug}`;
  return (
    <section className="guide-lesson" aria-labelledby={headingId}>
      <h2 id={headingId}>
        Lesson {entry.order}: {entry.title}
      </h2>
      <p className="guide-lesson__meta">
        {entry.minutes} min self-paced · {sections.reduce((sum, s) => sum + (s.notes?.minutes ?? 0), 0)} min in class at the notes’ pace ·{' '}
        <Link to={`/present/${entry.slug}?view=console`}>Present this lesson</Link> · <Link to={`/handouts/${entry.slug}`}>Learner handout</Link>
      </p>

      <h3>Talking points and discussion</h3>
      {sections
        .filter((s) => s.notes)
        .map((section) => (
          <section key={section.id} className="guide-section" aria-label={section.title}>
            <h4>
              {section.title} <span className="guide-section__minutes">(about {section.notes?.minutes} min)</span>
            </h4>
            {section.notes?.points}
            <p>
              <strong>Discuss:</strong> {section.notes?.discussion}
            </p>
          </section>
        ))}

      <h3>Misconceptions to watch for</h3>
      {misconceptions.length ? (
        <WatchList items={misconceptions} />
      ) : (
        <p>This lesson corrects no recorded misconception of its own; its questions test the ones other lessons correct.</p>
      )}
      {myths.length ? (
        <>
          <h4>Myths this lesson answers</h4>
          <WatchList items={myths} />
        </>
      ) : null}

      <h3>Answer key</h3>
      <p className="guide-lesson__meta">Letters are the ones the slides show the room.</p>
      <ol className="guide-answers">
        {questions.map((question) => {
          const room = roomQuestion(question);
          const right = question.type === 'ordering' || question.type === 'matching' ? room.explained : room.explained.filter((l) => l.correct);
          return (
            <li key={question.id}>
              <p className="guide-answers__prompt">
                {question.prompt} <span className="guide-answers__where">({question.placement === 'quiz' ? 'quiz' : 'checkpoint'})</span>
              </p>
              <p>
                <strong>{room.answer}</strong>
              </p>
              <ul>
                {right.map((line) => (
                  <li key={line.label}>
                    {line.label}: {line.explanation}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** `/guide`: the facilitator guide, built from the same lesson files and question banks. */
export function Component() {
  // Client loader data is passed as is (not serialised), so the MDX components survive.
  const lessons = useLoaderData() as Awaited<ReturnType<typeof loader>>;
  usePageTitle('Facilitator guide');
  const planTotal = planSections(lessons).reduce((sum, s) => sum + s.minutes, 0);
  const allQuestions = lessons.flatMap((l) => l.questions);
  return (
    <article className="guide printable">
      <h1>Facilitator guide</h1>
      <p>
        Everything you need to run a 45- or 90-minute class with this course: what learners will be able to do, a timed plan, the talking
        points and discussion questions for every section, the misconceptions to listen for, and the answers. It is built from the lessons
        themselves, so it always matches the slides.
      </p>
      <p className="no-print">
        <Link className="button" to="/present?view=console">
          Open the presenter console
        </Link>{' '}
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print this guide
        </button>
      </p>

      <section aria-labelledby="objectives-heading">
        <h2 id="objectives-heading">Course objectives</h2>
        <ol>
          {lessons.map(({ entry }) => (
            <li key={entry.slug}>
              <strong>{entry.title}</strong>
              <ul>
                {entry.objectives.map((objective) => (
                  <li key={objective.id}>{objective.text}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="plans-heading" className="guide-plans">
        <h2 id="plans-heading">Session plans</h2>
        <p>
          The notes give each section a relaxed time, {planTotal} minutes for the whole course. A shorter class gives each lesson and each
          section its share. Ask a section’s discussion question where it has three minutes or more; elsewhere make the point and move on.
          Quiz questions for the room fit inside their section’s time: choose one or two per lesson.
        </p>
        <PlanTable lessons={lessons} total={45} />
        <PlanTable lessons={lessons} total={90} />
      </section>

      <section aria-labelledby="handouts-heading">
        <h2 id="handouts-heading">Learner handouts</h2>
        <ul>
          {lessons.map(({ entry }) => (
            <li key={entry.slug}>
              <Link to={`/handouts/${entry.slug}`}>Handout for lesson {entry.order}: {entry.title}</Link>
            </li>
          ))}
        </ul>
      </section>

      {lessons.map((lesson) => (
        <LessonGuide key={lesson.entry.slug} lesson={lesson} allQuestions={allQuestions} />
      ))}
    </article>
  );
}
