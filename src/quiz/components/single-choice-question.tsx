import { useId, useState } from 'react';
import { grade } from '../lib/grade';
import type { SingleChoiceQuestion } from '../lib/question';
import { useProgress } from '../../progress/progress-store';
import './question.css';

/** One single-choice question: choose, check, read why. Its answer is saved by question id. */
export function SingleChoice({ question }: { question: SingleChoiceQuestion }) {
  const saved = useProgress((state) => state.answers[question.id]);
  const recordAnswer = useProgress((state) => state.recordAnswer);
  const [choice, setChoice] = useState<string | null>(saved?.choice ?? null);
  const [message, setMessage] = useState<string | null>(null);
  const name = useId();

  const check = () => {
    const result = grade(question, { type: 'single', choice });
    if (result.status === 'invalid') return setMessage(result.message);
    setMessage(null);
    recordAnswer(question.id, { choice: choice as string, correct: result.correct, at: Date.now() });
  };
  const chosen = saved ? question.options.find((o) => o.id === saved.choice) : undefined;
  const right = question.options.find((o) => o.correct);

  return (
    <form className="question" onSubmit={(event) => (event.preventDefault(), check())}>
      <fieldset>
        <legend>{question.prompt}</legend>
        {question.options.map((option) => (
          <label key={option.id} className="choice">
            <input type="radio" name={name} value={option.id} checked={choice === option.id} onChange={() => setChoice(option.id)} />
            {option.text}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button">
        Check answer
      </button>
      <div role="status" className="question__result">
        {message}
        {!message && saved && chosen ? (
          <>
            <p>
              <strong>{saved.correct ? 'Correct' : 'Incorrect'}.</strong> {chosen.explanation}
            </p>
            {!saved.correct && right ? <p>The right answer: {right.text}. {right.explanation}</p> : null}
          </>
        ) : null}
      </div>
    </form>
  );
}
