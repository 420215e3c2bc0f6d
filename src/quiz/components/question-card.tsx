import { isRepeatClick } from './repeat-click';
import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { currentRecord, isAnswered } from '../../progress/quiz-progress';
import { checkAnswer, revealAnswer, takeHint, type QuizTarget } from '../../progress/progress-actions';
import { useProgress } from '../../progress/progress-store';
import { buildFeedback, triesBeforeReveal, type Stage, type Verdict } from '../lib/feedback';
import { emptyResponse } from '../lib/draft';
import { correctResponse, grade } from '../lib/grade';
import type { Question } from '../lib/question';
import type { Response } from '../lib/response';
import { FeedbackList } from './feedback-list';
import { QUESTION_INSTRUCTION } from './question-instruction';
import { ResponseInputs } from './response-inputs';
import './question.css';

interface QuestionCardProps {
  question: Question;
  target: QuizTarget;
  /** The current attempt of the quiz (for the option order and which answers count). */
  attempt: number;
  seed: string;
}

/**
 * What the learner chose on the prerendered page before the app took it over: native inputs
 * work before then, and hydrating keeps what they show, but the draft does not know it.
 * Null when nothing was chosen there (or the question has no native inputs: ordering).
 */
function responseOnPage(question: Question, fieldset: HTMLFieldSetElement): Response | null {
  const checked = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
  switch (question.type) {
    case 'single':
    case 'scenario':
      return question.options.some((o) => o.id === checked[0]) ? ({ type: question.type, choice: checked[0] } as Response) : null;
    case 'myth-or-reality':
      return checked[0] === 'myth' || checked[0] === 'reality' ? { type: 'myth-or-reality', choice: checked[0] } : null;
    case 'multiple': {
      const choices = checked.filter((id) => question.options.some((o) => o.id === id));
      return choices.length > 0 ? { type: 'multiple', choices } : null;
    }
    case 'matching': {
      const values = [...fieldset.querySelectorAll('select')].map((select) => select.value || null);
      if (!values.some(Boolean)) return null;
      return { type: 'matching', matches: Object.fromEntries(question.pairs.map((p, i) => [p.id, values[i] ?? null])) };
    }
    case 'ordering':
      return null;
  }
}



const verdictIcon: Record<Verdict, string> = { Correct: '✓', 'Partly right': '◐', Incorrect: '✗', 'Answer shown': '→' };
const verdictKind: Record<Verdict, string> = { Correct: 'correct', 'Partly right': 'partly', Incorrect: 'incorrect', 'Answer shown': 'revealed' };

/**
 * One question: answer, "Check answer", then the verdict, marked on the options themselves.
 * A wrong answer is marked wrong in place with why and a hint, but the right answer stays
 * hidden, so "Try again" is a real try. The answer is shown after the last wrong try (the
 * second; the first for a two-way choice) or on request ("Show answer"), marking the
 * "Correct answer" apart from "Your answer". Saved through the progress store, so a reload
 * shows the same answer and result.
 */
export function QuestionCard({ question, target, attempt, seed }: QuestionCardProps) {
  const saved = useProgress((state) => state.answers[question.id]);
  const record = useMemo(() => currentRecord(saved, question, target.quizId, attempt), [saved, question, target.quizId, attempt]);

  const [draft, setDraft] = useState<Response>(() => record?.response ?? emptyResponse(question, seed));
  const [showResult, setShowResult] = useState(() => isAnswered(record));
  const [message, setMessage] = useState('');
  const [hintOpen, setHintOpen] = useState(() => Boolean(record?.hintUsed));
  // When the saved record changes (a check here, or an answer given in another tab),
  // show what was saved: adjusting state during render, as React recommends over an effect.
  const [seenRecord, setSeenRecord] = useState(record);
  if (record !== seenRecord) {
    setSeenRecord(record);
    if (isAnswered(record) && record.response) {
      setDraft(record.response);
      setShowResult(true);
    }
  }
  const resultRef = useRef<HTMLDivElement>(null);
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  // Mounted by hydrating the prerendered page: keep a choice made on it before then. A layout
  // effect, so that the draft has it before a click that forced the hydration is handled.
  useLayoutEffect(() => {
    const chosen = !record?.response && fieldsetRef.current ? responseOnPage(question, fieldsetRef.current) : null;
    if (chosen) setDraft(chosen);
    // Once, on mount: afterwards the inputs show the draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const name = useId();
  const ids = { legend: `${name}-legend`, scenario: `${name}-scenario`, hint: `${name}-hint` };

  const focusResult = () => requestAnimationFrame(() => resultRef.current?.focus());

  const check = () => {
    const result = grade(question, draft);
    if (result.status === 'invalid') {
      setMessage(result.message);
      return;
    }
    setMessage('');
    checkAnswer(target, question, draft, result);
    // The last wrong try shows the answer; earlier ones leave it hidden and offer the hint.
    if (!result.correct && !record?.revealed && (record?.tries ?? 0) + 1 >= triesBeforeReveal(question)) {
      revealAnswer(target, question, correctResponse(question));
    }
    setShowResult(true);
    focusResult();
  };

  const tryAgain = () => {
    setShowResult(false);
    requestAnimationFrame(() => fieldsetRef.current?.querySelector<HTMLElement>('input, select, button:not([disabled])')?.focus());
  };

  const reveal = () => {
    revealAnswer(target, question, correctResponse(question));
    setShowResult(true);
    focusResult();
  };

  const toggleHint = () => {
    if (!hintOpen && !record?.hintUsed) takeHint(target, question);
    setHintOpen((open) => !open);
  };

  const locked = showResult && isAnswered(record);
  const stage: Stage | null = !locked ? null : record.revealed ? 'revealed' : record.correct ? 'correct' : 'wrong';
  const lastGrade = locked && record.response ? grade(question, record.response) : null;
  const graded = lastGrade?.status === 'graded' ? lastGrade : null;
  // Saved by an older version, a shown answer replaced the learner's own: then only the correct answer is marked.
  const learnerUnknown = stage === 'revealed' && Boolean(graded?.correct);
  const feedback = stage ? buildFeedback(question, { response: learnerUnknown ? null : (record?.response ?? null), result: learnerUnknown ? null : graded, stage }) : null;
  const marks = feedback?.marks;
  const shownDraft = learnerUnknown ? correctResponse(question) : draft;
  const hintShown = stage === 'wrong' || (!locked && hintOpen);

  return (
    <form
      className="question"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!locked) check();
      }}
    >
      {question.type === 'scenario' ? (
        <p id={ids.scenario} className="question__scenario">
          {question.scenario}
        </p>
      ) : null}
      <fieldset ref={fieldsetRef} aria-describedby={question.type === 'scenario' ? ids.scenario : undefined}>
        <legend id={ids.legend}>{question.prompt}</legend>
        <p className="question__instruction">{QUESTION_INSTRUCTION[question.type]}</p>
        <ResponseInputs question={question} seed={seed} response={shownDraft} disabled={locked} marks={marks} onChange={setDraft} />
      </fieldset>

      <div ref={resultRef} tabIndex={-1} className="question__result" data-verdict={feedback ? verdictKind[feedback.verdict] : undefined}>
        <div className="question__status-row">
          {feedback ? (
            <span aria-hidden="true" className="question__icon">
              {verdictIcon[feedback.verdict]}
            </span>
          ) : null}
          <div role="status" className="question__status">
            {message ? <p className="question__message">{message}</p> : null}
            {feedback ? (
              <p className="question__verdict">
                <strong>{feedback.verdict}.</strong>
                {feedback.summary ? ` ${feedback.summary}` : null}
              </p>
            ) : null}
          </div>
        </div>
        {feedback && feedback.all.length > 0 ? (
          <details className="question__details" open={stage === 'revealed' && (question.type === 'ordering' || question.type === 'matching')}>
            <summary>
              {question.type === 'ordering' ? 'The correct order, step by step' : question.type === 'matching' ? 'Every pair explained' : 'Every option explained'}
            </summary>
            <FeedbackList lines={feedback.all} />
          </details>
        ) : null}
      </div>

      <div className="question__actions">
        {/* "Check answer" and "Try again" are one button that changes, so the element under the pointer stays the same. */}
        {stage === null || stage === 'wrong' ? (
          <button
            key="primary"
            type={stage === null ? 'submit' : 'button'}
            className={stage === null ? 'button' : 'button button--secondary'}
            onClick={(event) => {
              if (isRepeatClick(event) || stage !== 'wrong') return;
              // The button turns into "Check answer" (a submit button) before the browser acts on this click.
              event.preventDefault();
              tryAgain();
            }}
          >
            {stage === null ? 'Check answer' : 'Try again'}
          </button>
        ) : null}
        {stage === 'wrong' ? (
          <button type="button" className="button button--secondary" onClick={(event) => isRepeatClick(event) || reveal()}>
            Show answer
          </button>
        ) : null}
        {locked ? null : (
          <button
            type="button"
            className="button button--quiet"
            aria-expanded={hintOpen}
            aria-controls={ids.hint}
            onClick={(event) => isRepeatClick(event) || toggleHint()}
          >
            {hintOpen ? 'Hide hint' : 'Show hint'}
          </button>
        )}
      </div>
      {/* Offered before the answer is shown, never after; a wrong try shows it by itself. */}
      <p id={ids.hint} className="question__hint" hidden={!hintShown}>
        <span className="question__hint-label">
          <span aria-hidden="true">✦ </span>Hint:
        </span>{' '}
        {question.hint}
      </p>
    </form>
  );
}
