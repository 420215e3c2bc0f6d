import { useMemo } from 'react';
import { Link } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { latestScore } from '../../progress/mastery-evidence';
import { useProgress, useProgressHydrated } from '../../progress/progress-store';
import { lessonQuizId } from '../../progress/quiz-ids';
import type { Question } from '../../quiz/lib/question';
import { ScrollingTable } from '../../ui/scrolling-table';
import { usePageTitle } from '../../ui/use-page-title';
import { masteryByObjective, masteryPercent, type ObjectiveMastery } from '../lib/mastery';
import { MasteryChart } from './mastery-chart';
import './review.css';

export interface MasteryLesson {
  slug: string;
  order: number;
  title: string;
  objectives: readonly { id: string; text: string }[];
}

/** Where to practise a lesson's questions: its quiz, on the lesson page. */
const quizLink = (slug: string) => `/lessons/${slug}#${encodeURIComponent(`${lessonQuizId(slug)}-heading`)}`;

function LessonMastery({ lesson, rows, reading }: { lesson: MasteryLesson; rows: readonly ObjectiveMastery[]; reading: boolean }) {
  const headingId = `mastery-${lesson.slug}`;
  return (
    <section aria-labelledby={headingId} className="mastery__lesson">
      <h2 id={headingId}>
        {lesson.order}. {lesson.title}
      </h2>
      <MasteryChart title={`Lesson ${lesson.order}, average score by objective`} rows={rows} reading={reading} />
      <ScrollingTable
        label={`Lesson ${lesson.order}: each objective’s questions answered and average score`}
        table={
          <table className="mastery__table">
            <caption className="visually-hidden">Lesson {lesson.order}: each objective’s questions answered and average score</caption>
            <thead>
              <tr>
                <th scope="col">Objective</th>
                <th scope="col">Answered</th>
                <th scope="col">Score</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={row.objective}>
                  <th scope="row">
                    <span className="mastery__number">{i + 1}.</span> {lesson.objectives.find((o) => o.id === row.objective)?.text}{' '}
                    <Link to={quizLink(lesson.slug)} className="mastery__practise">
                      Practise<span className="visually-hidden"> objective {i + 1} of lesson {lesson.order}</span>
                    </Link>
                  </th>
                  <td>{reading ? '—' : `${row.answered} of ${row.questions}`}</td>
                  <td>{reading ? 'Reading…' : row.score === null ? 'Not yet' : `${masteryPercent(row.score)}%`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </section>
  );
}

/**
 * Mastery per learning objective: for each lesson, a chart of its objectives' average scores
 * with the same numbers in a table, and a link to practise. Scores are each question's
 * latest answer (lesson quiz, review or final assessment), partial credit counted.
 */
export function MasteryPage({ lessons, bank }: { lessons: readonly MasteryLesson[]; bank: readonly Question[] }) {
  usePageTitle('Mastery by objective');
  const hydrated = useProgressHydrated();
  const scores = useProgress(useShallow((state) => bank.map((q) => latestScore(state, q))));
  const rows = useMemo(() => {
    const byQuestion = new Map(bank.map((q, i) => [q.id, scores[i] ?? null]));
    const objectives = lessons.flatMap((lesson) => lesson.objectives.map((o) => ({ lesson: lesson.slug, objective: o.id })));
    return masteryByObjective(objectives, bank, (q) => byQuestion.get(q.id) ?? null);
  }, [bank, lessons, scores]);
  return (
    <div className="mastery">
      <h1>Mastery by objective</h1>
      <p className="review__intro">
        How well you know each thing the course sets out to teach: the average score of your latest answer to each of its questions,
        in a lesson quiz, a review or the final assessment. Partial credit counts.
      </p>
      {/* Laid out the same before and after saved progress is read (the figures say "Reading…"), so nothing moves. */}
      {lessons.map((lesson) => (
        <LessonMastery key={lesson.slug} lesson={lesson} rows={rows.filter((row) => row.lesson === lesson.slug)} reading={!hydrated} />
      ))}
    </div>
  );
}
