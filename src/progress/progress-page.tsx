import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { formatDate, UNKNOWN_DATE } from '../ui/format-date';
import { Notice } from '../ui/notice';
import { ScrollingTable } from '../ui/scrolling-table';
import { plural } from '../ui/plural';
import { usePageTitle } from '../ui/use-page-title';
import { DownloadProgressButton } from './download-progress-button';
import { importProgress, type ImportOutcome, type KnownIds } from './progress-file';
import { useProgress, useProgressHydrated } from './progress-store';
import { scorePercent } from './progress-types';
import './progress-page.css';
import { lessonQuizId } from './quiz-ids';

/** What the page needs to know of each lesson. The lessons come from app/progress-route.tsx: progress does not import course. */
export interface LessonListing {
  slug: string;
  order: number;
  title: string;
}

function LessonScores({ lessons }: { lessons: readonly LessonListing[] }) {
  const quizzes = useProgress((state) => state.quizzes);
  const visits = useProgress((state) => state.lessons);
  // The prerendered page (and so the hydrating render) has not read saved progress: say so, not "Not started".
  const hydrated = useProgressHydrated();
  const table = (
    <table className="progress-table">
      <caption className="visually-hidden">Quiz results by lesson</caption>
      <thead>
        <tr>
          <th scope="col">Lesson</th>
          <th scope="col">Best score</th>
          <th scope="col">Attempts</th>
          <th scope="col">Last taken</th>
        </tr>
      </thead>
      <tbody>
        {lessons.map((lesson) => {
          const quiz = quizzes[lessonQuizId(lesson.slug)];
          const best = quiz?.best;
          return (
            <tr key={lesson.slug}>
              <th scope="row">
                <Link to={`/lessons/${lesson.slug}`}>
                  {lesson.order}. {lesson.title}
                </Link>
              </th>
              <td>{!hydrated ? 'Reading…' : best ? `${scorePercent(best)}%` : visits[lesson.slug] ? 'Not finished' : 'Not started'}</td>
              <td>{hydrated ? (quiz?.completed ?? 0) : '—'}</td>
              <td>{hydrated && quiz?.last ? (formatDate(quiz.last.at, 'short') ?? UNKNOWN_DATE) : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
  return <ScrollingTable label="Quiz results by lesson" table={table} />;
}

/** "2 answers and 1 quiz record are", "1 answer is". */
function unrecognised(answers: number, quizzes: number): string {
  const parts = [answers > 0 ? plural(answers, 'answer') : null, quizzes > 0 ? plural(quizzes, 'quiz record') : null].filter(Boolean);
  return `${parts.join(' and ')} ${answers + quizzes === 1 ? 'is' : 'are'}`;
}

function ImportProgress({ loadKnownIds }: { loadKnownIds: () => Promise<KnownIds> }) {
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [failed, setFailed] = useState(false);
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">Bring progress from a file</h2>
      <p>Choose a file you downloaded from this course. It is checked first; it is combined with what you have here, and nothing is lost.</p>
      <label htmlFor={inputId} className="file-label">
        Progress file (.json)
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="file"
        accept="application/json,.json"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (!file) return;
          setFailed(false);
          importProgress(file, loadKnownIds)
            .then(setOutcome, () => {
              setOutcome(null);
              setFailed(true);
            })
            .finally(() => {
              if (inputRef.current) inputRef.current.value = '';
            });
        }}
      />
      <div aria-live="polite">
        {outcome?.ok ? (
          <Notice tone={outcome.saved ? 'success' : 'warning'} title={outcome.saved ? 'Progress imported' : 'Progress imported for this visit only'}>
            <p>
              {plural(outcome.answers, 'answer')} and {plural(outcome.quizzes, 'quiz record')} were combined with your progress.
              {outcome.unknownAnswers + outcome.unknownQuizzes > 0
                ? ` ${unrecognised(outcome.unknownAnswers, outcome.unknownQuizzes)} not recognised by this version of the course. They are kept, in case a newer version knows them.`
                : ''}
            </p>
            {outcome.saved ? null : <p>They could not be saved in this browser (see the notice at the top of the page). Download your progress before you leave to keep them.</p>}
          </Notice>
        ) : null}
        {outcome && !outcome.ok ? (
          <Notice tone="warning" title="That file was not imported">
            <p>
              {outcome.reason} {outcome.detail ?? 'Nothing was changed.'}
            </p>
          </Notice>
        ) : null}
        {failed ? (
          <Notice tone="warning" title="That file was not imported">
            <p>The file could not be read. Nothing was changed. Try choosing it again.</p>
          </Notice>
        ) : null}
      </div>
    </section>
  );
}

function ResetProgress() {
  const resetProgress = useProgress((state) => state.resetProgress);
  const [stage, setStage] = useState<'idle' | 'confirming' | 'done'>('idle');
  return (
    <section aria-labelledby="reset-heading">
      <h2 id="reset-heading">Start again</h2>
      {stage === 'confirming' ? (
        <Notice
          tone="warning"
          title="Clear all your progress?"
          actions={
            <>
              <button
                type="button"
                className="button button--danger"
                onClick={() => {
                  resetProgress();
                  setStage('done');
                }}
              >
                Yes, clear everything
              </button>
              <button type="button" className="button button--secondary" onClick={() => setStage('idle')}>
                Cancel
              </button>
            </>
          }
        >
          <p>Every answer, score and attempt in this browser will be removed. This cannot be undone; download your progress first to keep a copy.</p>
        </Notice>
      ) : (
        <>
          <p>Clear every answer and score in this browser, to start the course afresh.</p>
          <button type="button" className="button button--secondary button--danger" onClick={() => setStage('confirming')}>
            Reset all progress
          </button>
        </>
      )}
      <p role="status">{stage === 'done' ? 'All progress has been cleared.' : ''}</p>
    </section>
  );
}

interface ProgressPageProps {
  lessons: readonly LessonListing[];
  /** Every question and quiz id the course has, to count what an imported file holds beyond them. */
  loadKnownIds: () => Promise<KnownIds>;
}

/** Your progress: scores by lesson, download, import, reset. */
export function ProgressPage({ lessons, loadKnownIds }: ProgressPageProps) {
  usePageTitle('Your progress');
  return (
    <div className="progress-page">
      <h1>Your progress</h1>
      <p>Progress is saved in this browser only. Download it to keep a copy or to carry it to another browser.</p>
      <p>
        To test yourself without reading the lessons, open <Link to="/quizzes">every quiz on one page</Link>.
      </p>
      <LessonScores lessons={lessons} />
      <section aria-labelledby="beyond-heading">
        <h2 id="beyond-heading">Beyond the lesson quizzes</h2>
        <ul>
          <li>
            <Link to="/mastery">Mastery by objective</Link>: how well you know each thing the course teaches, with links to practise.
          </li>
          <li>
            <Link to="/review">Review</Link>: the questions you have answered come back when they are due, the ones you missed first.
          </li>
          <li>
            <Link to="/final">Final assessment</Link>: questions from every lesson, and a certificate when you pass.
          </li>
        </ul>
      </section>
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">Keep a copy</h2>
        <DownloadProgressButton />
      </section>
      <ImportProgress loadKnownIds={loadKnownIds} />
      <ResetProgress />
    </div>
  );
}
