import { useId, useMemo } from 'react';
import { ChoiceInputs } from '../../quiz/components/choice-inputs';
import { MatchingInputs } from '../../quiz/components/matching-inputs';
import { OrderingInputs } from '../../quiz/components/ordering-inputs';
import { initialOrder, matchingChoices, presentedOptions } from '../../quiz/lib/present';
import type { Question } from '../../quiz/lib/question';
import type { Response } from '../../quiz/lib/response';
import '../../quiz/components/question.css';

const instruction: Record<Question['type'], string> = {
  single: 'Choose one answer.',
  multiple: 'Select all that apply. Each right choice earns part of the mark; each wrong one takes a part back.',
  'myth-or-reality': 'Myth or reality?',
  ordering: 'Put the steps in order.',
  matching: 'Choose a match for each item.',
  scenario: 'Choose the best approach.',
};

/** What the learner sees before touching a question: an ordering question already has an order. */
export function startingResponse(question: Question, seed: string): Response | undefined {
  return question.type === 'ordering' ? { type: 'ordering', order: initialOrder(question, seed) } : undefined;
}

interface FinalQuestionProps {
  question: Question;
  /** The attempt's seed: the option order, the same after a reload. */
  seed: string;
  response: Response | undefined;
  onChange: (response: Response) => void;
}

/**
 * One question of the final assessment: the scenario (if any), the question and its inputs,
 * the lesson quizzes' own inputs, with no Check, no hint and no feedback until submission.
 */
export function FinalQuestion({ question, seed, response, onChange }: FinalQuestionProps) {
  const name = useId();
  const options = useMemo(() => presentedOptions(question, seed), [question, seed]);
  const matchChoices = useMemo(() => (question.type === 'matching' ? matchingChoices(question, seed) : []), [question, seed]);
  const current = response ?? startingResponse(question, seed);
  const chosen = current && 'choice' in current && current.choice ? [current.choice] : current?.type === 'multiple' ? current.choices : [];
  return (
    <div className="question final-question">
      {question.type === 'scenario' ? <p className="question__scenario">{question.scenario}</p> : null}
      <fieldset>
        <legend>{question.prompt}</legend>
        <p className="question__instruction">{instruction[question.type]}</p>
        {question.type === 'single' || question.type === 'multiple' || question.type === 'scenario' ? (
          <ChoiceInputs
            name={name}
            options={options}
            multiple={question.type === 'multiple'}
            selected={chosen}
            disabled={false}
            onChange={(selected) =>
              onChange(question.type === 'multiple' ? { type: 'multiple', choices: selected } : ({ type: question.type, choice: selected[0] ?? null } as Response))
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
            selected={chosen}
            disabled={false}
            onChange={(selected) => onChange({ type: 'myth-or-reality', choice: (selected[0] as 'myth' | 'reality') ?? null })}
          />
        ) : null}
        {question.type === 'ordering' && current?.type === 'ordering' ? (
          <OrderingInputs items={question.items} order={current.order} disabled={false} onChange={(order) => onChange({ type: 'ordering', order })} />
        ) : null}
        {question.type === 'matching' ? (
          <MatchingInputs
            pairs={question.pairs}
            choices={matchChoices}
            matches={current?.type === 'matching' ? current.matches : Object.fromEntries(question.pairs.map((p) => [p.id, null]))}
            disabled={false}
            onChange={(matches) => onChange({ type: 'matching', matches })}
          />
        ) : null}
      </fieldset>
    </div>
  );
}
