import { useId, useMemo, useRef, useState, type MouseEvent } from 'react';
import { currentRecord, isAnswered } from '../../progress/quiz-progress';
import { useProgress, type QuizTarget } from '../../progress/progress-store';
import { TRIES_BEFORE_REVEAL } from '../../progress/progress-types';
import { buildFeedback } from '../lib/feedback';
import { correctResponse, grade } from '../lib/grade';
import { initialOrder, matchingChoices, presentedOptions } from '../lib/present';
import type { Question } from '../lib/question';
import type { Response } from '../lib/response';
import { ChoiceInputs } from './choice-inputs';
import { FeedbackList } from './feedback-list';
import { MatchingInputs } from './matching-inputs';
import { OrderingInputs } from './ordering-inputs';
import './question.css';

interface QuestionCardProps {
  question: Question;
  target: QuizTarget;
  /** The current attempt of the quiz (for the option order and which answers count). */
  attempt: number;
  seed: string;
}

function emptyResponse(question: Question, seed: string): Response {
  switch (question.type) {
    case 'single':
    case 'scenario':
    case 'myth-or-reality':
      return { type: question.type, choice: null } as Response;
    case 'multiple':
      return { type: 'multiple', choices: [] };
    case 'ordering':
      return { type: 'ordering', order: initialOrder(question, seed) };
    case 'matching':
      return { type: 'matching', matches: Object.fromEntries(question.pairs.map((p) => [p.id, null])) };
  }
}

const typeLabel: Record<Question['type'], string> = {
  single: 'Choose one answer.',
  multiple: 'Select all that apply. Each right choice earns part of the mark; each wrong one takes a part back.',
  'myth-or-reality': 'Myth or reality?',
  ordering: 'Put the steps in order.',
  matching: 'Choose a match for each item.',
  scenario: 'Choose the best approach.',
};

/**
 * The buttons under a question replace one another where the learner clicked. A double
 * click's second click (detail 2 and up) belongs to a gesture already acted on: it is
 * ignored, and a submit it would cause is cancelled. One gesture, one action. Keyboard
 * activation has detail 0 and always acts.
 */
function isRepeatClick(event: MouseEvent<HTMLButtonElement>): boolean {
  if (event.detail <= 1) return false;
  event.preventDefault();
  return true;
}

/**
 * One question: answer, "Check answer", then the verdict and why, for the option chosen
 * and the right one; a hint on request; "Try again"; "Show answer" after a few tries.
 * Saved through the progress store, so a reload shows the same answer and result.
 */
export function QuestionCard({ question, target, attempt, seed }: QuestionCardProps) {
  const saved = useProgress((state) => state.answers[question.id]);
  const checkAnswer = useProgress((state) => state.checkAnswer);
  const takeHint = useProgress((state) => state.takeHint);
  const revealAnswer = useProgress((state) => state.revealAnswer);
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
  const name = useId();
  const ids = { legend: `${name}-legend`, scenario: `${name}-scenario`, hint: `${name}-hint` };

  const options = useMemo(() => presentedOptions(question, seed), [question, seed]);
  const matchChoices = useMemo(() => (question.type === 'matching' ? matchingChoices(question, seed) : []), [question, seed]);

  const focusResult = () => requestAnimationFrame(() => resultRef.current?.focus());

  const check = () => {
    const result = grade(question, draft);
    if (result.status === 'invalid') {
      setMessage(result.message);
      return;
    }
    setMessage('');
    checkAnswer(target, question, draft, result);
    setShowResult(true);
    focusResult();
  };

  const tryAgain = () => {
    setShowResult(false);
    requestAnimationFrame(() => fieldsetRef.current?.querySelector<HTMLElement>('input, select, button:not([disabled])')?.focus());
  };

  const reveal = () => {
    const answer = correctResponse(question);
    revealAnswer(target, question, answer);
    setDraft(answer);
    setShowResult(true);
    focusResult();
  };

  const toggleHint = () => {
    if (!hintOpen && !record?.hintUsed) takeHint(target, question);
    setHintOpen((open) => !open);
  };

  const locked = showResult && Boolean(record);
  const lastResponse = record?.response ?? null;
  const lastGrade = lastResponse ? grade(question, lastResponse) : null;
  const feedback = locked && lastResponse && lastGrade?.status === 'graded' ? buildFeedback(question, lastResponse, lastGrade) : null;
  const revealed = Boolean(record?.revealed);
  const primary = !locked ? 'check' : !revealed && record && !record.correct ? 'try-again' : null;
  // Showing the answer follows wrong tries: the verdict stays with the learner's last check.
  const verdict = revealed ? 'Incorrect' : feedback?.verdict;

  return (
    <form
      className="question"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!locked) check();
      }}
    >
      <fieldset ref={fieldsetRef} aria-describedby={question.type === 'scenario' ? ids.scenario : undefined}>
        <legend id={ids.legend}>{question.prompt}</legend>
        {question.type === 'scenario' ? (
          <p id={ids.scenario} className="question__scenario">
            {question.scenario}
          </p>
        ) : null}
        <p className="question__instruction">{typeLabel[question.type]}</p>
        {question.type === 'single' || question.type === 'multiple' || question.type === 'scenario' ? (
          <ChoiceInputs
            name={name}
            options={options}
            multiple={question.type === 'multiple'}
            selected={draft.type === 'multiple' ? draft.choices : 'choice' in draft && draft.choice ? [draft.choice] : []}
            disabled={locked}
            onChange={(selected) =>
              setDraft(question.type === 'multiple' ? { type: 'multiple', choices: selected } : ({ type: question.type, choice: selected[0] ?? null } as Response))
            }
          />
        ) : null}
        {question.type === 'myth-or-reality' ? (
          <ChoiceInputs
            name={name}
            options={[
              { id: 'myth', text: 'Myth', correct: question.answer === 'myth', explanation: '' },
              { id: 'reality', text: 'Reality', correct: question.answer === 'reality', explanation: '' },
            ]}
            multiple={false}
            selected={draft.type === 'myth-or-reality' && draft.choice ? [draft.choice] : []}
            disabled={locked}
            onChange={(selected) => setDraft({ type: 'myth-or-reality', choice: (selected[0] as 'myth' | 'reality') ?? null })}
          />
        ) : null}
        {question.type === 'ordering' && draft.type === 'ordering' ? (
          <OrderingInputs items={question.items} order={draft.order} disabled={locked} onChange={(order) => setDraft({ type: 'ordering', order })} />
        ) : null}
        {question.type === 'matching' && draft.type === 'matching' ? (
          <MatchingInputs
            pairs={question.pairs}
            choices={matchChoices}
            matches={draft.matches}
            disabled={locked}
            onChange={(matches) => setDraft({ type: 'matching', matches })}
          />
        ) : null}
      </fieldset>

      <div className="question__actions">
        {/* "Check answer" and "Try again" are one button that changes, so the element under the pointer stays the same. */}
        {primary ? (
          <button
            key="primary"
            type={primary === 'check' ? 'submit' : 'button'}
            className="button"
            onClick={(event) => {
              if (isRepeatClick(event) || primary !== 'try-again') return;
              // The button turns into "Check answer" (a submit button) before the browser acts on this click.
              event.preventDefault();
              tryAgain();
            }}
          >
            {primary === 'check' ? 'Check answer' : 'Try again'}
          </button>
        ) : null}
        {locked && !revealed && record && !record.correct && record.tries >= TRIES_BEFORE_REVEAL ? (
          <button type="button" className="button button--secondary" onClick={(event) => isRepeatClick(event) || reveal()}>
            Show answer
          </button>
        ) : null}
        <button
          type="button"
          className="button button--quiet"
          aria-expanded={hintOpen}
          aria-controls={ids.hint}
          onClick={(event) => isRepeatClick(event) || toggleHint()}
        >
          {hintOpen ? 'Hide hint' : 'Show hint'}
        </button>
      </div>
      <p id={ids.hint} className="question__hint" hidden={!hintOpen}>
        <span className="question__hint-label">
          <span aria-hidden="true">✦ </span>Hint:
        </span>{' '}
        {question.hint}
      </p>

      <div ref={resultRef} tabIndex={-1} className="question__result" data-verdict={feedback ? (revealed ? 'revealed' : verdict) : undefined}>
        <div className="question__status-row">
          {feedback ? (
            <span aria-hidden="true" className="question__icon">
              {verdict === 'Correct' ? '✓' : '✗'}
            </span>
          ) : null}
          <div role="status" className="question__status">
            {message ? <p className="question__message">{message}</p> : null}
            {feedback ? (
              <>
                <p className="question__verdict">
                  <strong>{verdict}.</strong>{' '}
                  {revealed ? 'The answer is now shown above, with the reason for each part below.' : feedback.summary}
                </p>
                {!revealed ? <FeedbackList lines={feedback.main} /> : null}
              </>
            ) : null}
          </div>
        </div>
        {feedback ? (
          <details className="question__details" open={revealed}>
            <summary>{question.type === 'ordering' ? 'Every step explained' : question.type === 'matching' ? 'Every pair explained' : 'Every option explained'}</summary>
            <FeedbackList lines={revealed ? buildFeedback(question, correctResponse(question), { status: 'graded', earned: 1, total: 1, correct: true }).all : feedback.all} />
          </details>
        ) : null}
      </div>
    </form>
  );
}
