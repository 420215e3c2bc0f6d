import { useId, useMemo, useState } from 'react';
import { ChoiceInputs } from '../quiz/components/choice-inputs';
import { MatchingInputs } from '../quiz/components/matching-inputs';
import { OrderingInputs } from '../quiz/components/ordering-inputs';
import { grade } from '../quiz/lib/grade';
import { initialOrder, matchingChoices, presentedOptions } from '../quiz/lib/present';
import type { Question } from '../quiz/lib/question';
import type { Response } from '../quiz/lib/response';
import '../quiz/components/question.css';

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

const instruction: Record<Question['type'], string> = {
  single: 'Choose one answer.',
  multiple: 'Select all that apply.',
  'myth-or-reality': 'Myth or reality?',
  ordering: 'Put the steps in order.',
  matching: 'Choose a match for each item.',
  scenario: 'Choose the best approach.',
};

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
  const options = useMemo(() => presentedOptions(question, seed), [question, seed]);
  const matchChoices = useMemo(() => (question.type === 'matching' ? matchingChoices(question, seed) : []), [question, seed]);
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
        {question.type === 'single' || question.type === 'multiple' || question.type === 'scenario' ? (
          <ChoiceInputs
            name={name}
            options={options}
            multiple={question.type === 'multiple'}
            selected={draft.type === 'multiple' ? draft.choices : 'choice' in draft && draft.choice ? [draft.choice] : []}
            disabled={disabled}
            onChange={(selected) =>
              setDraft(question.type === 'multiple' ? { type: 'multiple', choices: selected } : ({ type: question.type, choice: selected[0] ?? null } as Response))
            }
          />
        ) : null}
        {question.type === 'myth-or-reality' ? (
          <ChoiceInputs
            name={name}
            options={[
              { id: 'myth', text: 'Myth' },
              { id: 'reality', text: 'Reality' },
            ]}
            multiple={false}
            selected={draft.type === 'myth-or-reality' && draft.choice ? [draft.choice] : []}
            disabled={disabled}
            onChange={(selected) => setDraft({ type: 'myth-or-reality', choice: (selected[0] as 'myth' | 'reality') ?? null })}
          />
        ) : null}
        {question.type === 'ordering' && draft.type === 'ordering' ? (
          <OrderingInputs items={question.items} order={draft.order} disabled={disabled} onChange={(order) => setDraft({ type: 'ordering', order })} />
        ) : null}
        {question.type === 'matching' && draft.type === 'matching' ? (
          <MatchingInputs pairs={question.pairs} choices={matchChoices} matches={draft.matches} disabled={disabled} onChange={(matches) => setDraft({ type: 'matching', matches })} />
        ) : null}
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
