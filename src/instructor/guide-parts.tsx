/**
 * The facilitator guide's pieces, shared by its three pages: the overview (`/guide`), one lesson's
 * guide (`/guide/:slug`) and the whole guide to print (`/guide/print`). All read the same lesson
 * files and question banks.
 */
import { createElement, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { Question } from '../quiz/lib/question';
import type { LessonWithContent } from './course-sections';
import { misconceptionsFor, mythsIn, type WatchFor } from './misconceptions';
import { roomQuestion } from './room-question';
import { clockTime, sessionPlan, type PlanSection } from './session-plan';

type Level = 1 | 2 | 3 | 4;

/** A heading at `level`, so a lesson's guide nests under the whole guide's h1 or is a page of its own. */
function Heading({ level, id, children }: { level: Level; id?: string; children: ReactNode }) {
  return createElement(`h${level}`, { id }, children);
}

/** Minutes a lesson takes in class at the notes' pace. */
export function classMinutes(lesson: Pick<LessonWithContent, 'sections'>): number {
  return lesson.sections.reduce((sum, s) => sum + (s.notes?.minutes ?? 0), 0);
}

export function planSections(lessons: readonly Pick<LessonWithContent, 'entry' | 'sections'>[]): PlanSection[] {
  return lessons.flatMap(({ entry, sections }) =>
    sections
      .filter((s) => s.notes)
      .map((s) => ({ key: `${entry.slug}/${s.id}`, lesson: `Lesson ${entry.order}: ${entry.title}`, title: s.title, minutes: s.notes?.minutes ?? 0 })),
  );
}

function PlanTable({ sections, total }: { sections: PlanSection[]; total: number }) {
  const rows = sessionPlan(sections, total);
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

/** The course objectives and the 45- and 90-minute plans: the top of the guide. */
export function GuideOverview({ lessons }: { lessons: readonly Pick<LessonWithContent, 'entry' | 'sections'>[] }) {
  const sections = planSections(lessons);
  const planTotal = sections.reduce((sum, s) => sum + s.minutes, 0);
  return (
    <>
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
        <PlanTable sections={sections} total={45} />
        <PlanTable sections={sections} total={90} />
      </section>
    </>
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

/**
 * One lesson's part of the guide: talking points and discussion, misconceptions to watch for, and
 * the answer key. `level` is the level of its three headings (2 on its own page, 3 in the whole guide).
 * `allQuestions` are every lesson's questions: a wrong answer anywhere can reveal this lesson's misconception.
 */
export function LessonGuideBody({ lesson, allQuestions, level }: { lesson: LessonWithContent; allQuestions: readonly Question[]; level: 2 | 3 }) {
  const { entry, sections, questions, Content } = lesson;
  const myths = mythsIn(Content);
  const misconceptions = misconceptionsFor(entry.slug, allQuestions);
  const sub = (level + 1) as Level;
  return (
    <>
      <p className="guide-lesson__meta">
        {entry.minutes} min self-paced · {classMinutes(lesson)} min in class at the notes’ pace ·{' '}
        <Link to={`/present/${entry.slug}?view=console`}>Present this lesson</Link> · <Link to={`/handouts/${entry.slug}`}>Learner handout</Link>
      </p>

      <Heading level={level}>Talking points and discussion</Heading>
      {sections
        .filter((s) => s.notes)
        .map((section) => (
          <section key={section.id} className="guide-section" aria-label={section.title}>
            <Heading level={sub}>
              {section.title} <span className="guide-section__minutes">(about {section.notes?.minutes} min)</span>
            </Heading>
            {section.notes?.points}
            <p>
              <strong>Discuss:</strong> {section.notes?.discussion}
            </p>
          </section>
        ))}

      <Heading level={level}>Misconceptions to watch for</Heading>
      {misconceptions.length ? (
        <WatchList items={misconceptions} />
      ) : (
        <p>This lesson corrects no recorded misconception of its own; its questions test the ones other lessons correct.</p>
      )}
      {myths.length ? (
        <>
          <Heading level={sub}>Myths this lesson answers</Heading>
          <WatchList items={myths} />
        </>
      ) : null}

      <Heading level={level}>Answer key</Heading>
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
    </>
  );
}
