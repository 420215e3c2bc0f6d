import { useId, useState } from 'react';
import { ResponseInputs } from '../quiz/components/response-inputs';
import { QUESTION_INSTRUCTION } from '../quiz/components/question-instruction';
import { emptyResponse } from '../quiz/lib/draft';
import { grade } from '../quiz/lib/grade';
import type { Question } from '../quiz/lib/question';
import type { Response } from '../quiz/lib/response';
import '../quiz/components/question.css';

/** A live class shows no credit, so its multiple select says only what to do. */
const instruction: Record<Question['type'], string> = { ...QUESTION_INSTRUCTION, multiple: 'Select all that apply.' };

interface LiveQuestionProps {
  question: Question;
  /** Each learner sees their own option order. */
  seed: string;
  /** The answer the server has for this learner, if any. */
  sent: Response | null;
  disabled: boolean;
  onSend: (response: Response) => Promise<string | null>;
}

/**
 * A question answered in a live class: the same inputs as self-study (src/quiz/components), a
 * "Send answer" button instead of "Check answer", and no verdict until the trainer reveals it.
 * Nothing here touches saved progress.
 */
export function LiveQuestion({ question, seed, sent, disabled, onSend }: LiveQuestionProps) {
  const [draft, setDraft] = useState<Response>(() => sent ?? emptyResponse(question, seed));
  const [message, setMessage] = useState('');
  const [sending, setSending] = useState(false);
  const name = useId();
  const changed = JSON.stringify(draft) !== JSON.stringify(sent);

  const send = async () => {
    const checked = grade(question, draft);
    if (checked.status === 'invalid') return setMessage(checked.message);
    setSending(true);
    setMessage('');
    const refused = await onSend(draft);
    setSending(false);
    setMessage(refused ?? '');
  };

  return (
    <form
      className="question live-question"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        send().catch(() => setSending(false));
      }}
    >
      <fieldset aria-describedby={question.type === 'scenario' ? `${name}-scenario` : undefined} disabled={disabled}>
        <legend>{question.prompt}</legend>
        {question.type === 'scenario' ? (
          <p id={`${name}-scenario`} className="question__scenario">
            {question.scenario}
          </p>
        ) : null}
        <p className="question__instruction">{instruction[question.type]}</p>
        <ResponseInputs question={question} seed={seed} response={draft} disabled={disabled} onChange={setDraft} />
      </fieldset>
      <div className="question__actions">
        <button type="submit" className="button" disabled={disabled || sending || (Boolean(sent) && !changed)}>
          {sent ? 'Change my answer' : 'Send answer'}
        </button>
      </div>
      <p role="status" className="live-question__status">
        {message || (sent && !changed ? 'Answer sent. You can change it until the trainer reveals the answer.' : '')}
      </p>
    </form>
  );
}
