import { useId, useMemo } from 'react';
import { choiceResponse, chosenIds } from '../lib/draft';
import type { PlaceMark } from '../lib/feedback';
import { matchingChoices, MYTH_OR_REALITY, presentedOptions } from '../lib/present';
import type { Question } from '../lib/question';
import type { Response } from '../lib/response';
import { ChoiceInputs } from './choice-inputs';
import { MatchingInputs } from './matching-inputs';
import { OrderingInputs } from './ordering-inputs';

interface ResponseInputsProps {
  question: Question;
  /** The attempt's seed: the order the options, steps and matches are shown in. */
  seed: string;
  /** What the inputs show: the learner's draft, or the answer that was checked. Of the question's type. */
  response: Response;
  disabled: boolean;
  /** After a check: marks on the options (steps, pairs) themselves, by id. Leave out for inputs without feedback. */
  marks?: Readonly<Record<string, readonly PlaceMark[]>> | undefined;
  onChange: (response: Response) => void;
}

/**
 * The inputs of any question type, turning what the learner does into a `Response`: radio
 * buttons or checkboxes for the choice types (myth or reality too), move buttons for ordering,
 * a select per item for matching. The same inputs in lesson quizzes, the final assessment and
 * a live class; each wraps them in its own fieldset, legend and buttons.
 */
export function ResponseInputs({ question, seed, response, disabled, marks, onChange }: ResponseInputsProps) {
  const name = useId();
  const options = useMemo(() => (question.type === 'myth-or-reality' ? MYTH_OR_REALITY : presentedOptions(question, seed)), [question, seed]);
  const matchChoices = useMemo(() => (question.type === 'matching' ? matchingChoices(question, seed) : []), [question, seed]);
  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'scenario':
    case 'myth-or-reality':
      return (
        <ChoiceInputs
          name={name}
          options={options}
          multiple={question.type === 'multiple'}
          selected={chosenIds(response)}
          disabled={disabled}
          marks={marks}
          onChange={(selected) => onChange(choiceResponse(question, selected))}
        />
      );
    case 'ordering':
      return response.type === 'ordering' ? (
        <OrderingInputs items={question.items} order={response.order} disabled={disabled} marks={marks} onChange={(order) => onChange({ type: 'ordering', order })} />
      ) : null;
    case 'matching':
      return response.type === 'matching' ? (
        <MatchingInputs pairs={question.pairs} choices={matchChoices} matches={response.matches} disabled={disabled} marks={marks} onChange={(matches) => onChange({ type: 'matching', matches })} />
      ) : null;
  }
}
