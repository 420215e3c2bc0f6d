/**
 * ResponseInputs: the one set of inputs that lesson quizzes, the final assessment and a live
 * class share. For each question type: what the learner does becomes the right Response, what
 * they chose shows as chosen, and locked inputs show their marks and take no answer.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { useState } from 'react';
import { ResponseInputs } from '../../src/quiz/components/response-inputs';
import { emptyResponse } from '../../src/quiz/lib/draft';
import { buildFeedback } from '../../src/quiz/lib/feedback';
import { grade } from '../../src/quiz/lib/grade';
import type { Question } from '../../src/quiz/lib/question';
import type { Response } from '../../src/quiz/lib/response';
import { matching, multiple, myth, ordering, scenario, single } from '../support/sample-questions';

const SEED = 'inputs-test';

/** The inputs inside a named group, as every caller has them, kept in state like a caller's draft. */
function Harness({ question, start, onChange }: { question: Question; start: Response; onChange: (r: Response) => void }) {
  const [response, setResponse] = useState(start);
  return (
    <fieldset>
      <legend>{question.prompt}</legend>
      <ResponseInputs
        question={question}
        seed={SEED}
        response={response}
        disabled={false}
        onChange={(next) => {
          onChange(next);
          setResponse(next);
        }}
      />
    </fieldset>
  );
}

function renderInputs(question: Question, start: Response = emptyResponse(question, SEED)) {
  const user = userEvent.setup();
  const onChange = jest.fn<void, [Response]>();
  const utils = render(<Harness question={question} start={start} onChange={onChange} />);
  return { user, onChange, ...utils };
}

/** The steps' texts as the learner sees them, top to bottom. */
const shownOrder = () => within(screen.getByRole('list')).getAllByRole('listitem').map((li) => li.textContent);
const textOf = (id: string) => (ordering.type === 'ordering' ? ordering.items.find((item) => item.id === id)!.text : id);

describe('answering each question type', () => {
  it('single choice: a radio button per option; choosing one gives its id, and changing it replaces it', async () => {
    const { user, onChange, container } = renderInputs(single);
    const group = screen.getByRole('group', { name: single.prompt });
    expect(within(group).getAllByRole('radio')).toHaveLength(3);
    await user.click(screen.getByRole('radio', { name: 'An empty model' }));
    expect(onChange).toHaveBeenLastCalledWith({ type: 'single', choice: 'empty' });
    await user.click(screen.getByRole('radio', { name: 'A pre-trained model' }));
    expect(onChange).toHaveBeenLastCalledWith({ type: 'single', choice: 'pre-trained' });
    expect(screen.getByRole('radio', { name: 'A pre-trained model' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'An empty model' })).not.toBeChecked();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('multiple select: a checkbox per option; each click adds or takes away its id', async () => {
    const { user, onChange } = renderInputs(multiple);
    await user.click(screen.getByRole('checkbox', { name: 'A fixed output format' }));
    await user.click(screen.getByRole('checkbox', { name: 'A consistent house tone' }));
    expect(onChange).toHaveBeenLastCalledWith({ type: 'multiple', choices: ['format', 'tone'] });
    await user.click(screen.getByRole('checkbox', { name: 'A fixed output format' }));
    expect(onChange).toHaveBeenLastCalledWith({ type: 'multiple', choices: ['tone'] });
    expect(screen.getByRole('checkbox', { name: 'A fixed output format' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'A consistent house tone' })).toBeChecked();
  });

  it('myth or reality: two radio buttons, Myth then Reality, by keyboard too', async () => {
    const { user, onChange } = renderInputs(myth);
    expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['myth', 'reality']);
    await user.click(screen.getByRole('radio', { name: 'Reality' }));
    expect(onChange).toHaveBeenLastCalledWith({ type: 'myth-or-reality', choice: 'reality' });
    await user.keyboard('{ArrowUp}');
    expect(onChange).toHaveBeenLastCalledWith({ type: 'myth-or-reality', choice: 'myth' });
    expect(screen.getByRole('radio', { name: 'Myth' })).toBeChecked();
  });

  it('scenario: the options in the author’s order; choosing one gives its id', async () => {
    const { user, onChange } = renderInputs(scenario);
    expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['prompting', 'rag', 'fine-tuning', 'both']);
    await user.click(screen.getByRole('radio', { name: 'RAG' }));
    expect(onChange).toHaveBeenLastCalledWith({ type: 'scenario', choice: 'rag' });
    expect(screen.getByRole('radio', { name: 'RAG' })).toBeChecked();
  });

  it('ordering: starts in the seed’s order; "Move up" swaps a step with the one before it', async () => {
    const start = emptyResponse(ordering, SEED) as Extract<Response, { type: 'ordering' }>;
    const { user, onChange } = renderInputs(ordering);
    expect(shownOrder()).toEqual(start.order.map((id) => expect.stringContaining(textOf(id))));
    const [first, second, third] = start.order as [string, string, string];
    await user.click(screen.getByRole('button', { name: `Move “${textOf(second)}” up` }));
    expect(onChange).toHaveBeenLastCalledWith({ type: 'ordering', order: [second, first, third] });
    expect(shownOrder()).toEqual([second, first, third].map((id) => expect.stringContaining(textOf(id))));
    expect(screen.getByRole('button', { name: `Move “${textOf(second)}” up` })).toBeDisabled();
  });

  it('matching: a select per item; choosing a match keeps the others as they were', async () => {
    const { user, onChange, container } = renderInputs(matching);
    await user.selectOptions(screen.getByRole('combobox', { name: 'The graduate' }), 'The pre-trained model');
    expect(onChange).toHaveBeenLastCalledWith({ type: 'matching', matches: { graduate: 'graduate', training: null, handbook: null } });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Company training' }), 'Your training data');
    expect(onChange).toHaveBeenLastCalledWith({ type: 'matching', matches: { graduate: 'graduate', training: 'handbook', handbook: null } });
    expect(screen.getByRole('combobox', { name: 'Company training' })).toHaveDisplayValue('Your training data');
    expect(await axe(container)).toHaveNoViolations();
  });
});

/** Locked after the answer is shown, with the lesson quiz's marks for this response. */
function renderLocked(question: Question, response: Response) {
  const user = userEvent.setup();
  const onChange = jest.fn<void, [Response]>();
  const result = grade(question, response);
  const { marks } = buildFeedback(question, { response, result: result.status === 'graded' ? result : null, stage: 'revealed' });
  const utils = render(
    <fieldset>
      <legend>{question.prompt}</legend>
      <ResponseInputs question={question} seed={SEED} response={response} disabled marks={marks} onChange={onChange} />
    </fieldset>,
  );
  return { user, onChange, ...utils };
}

describe('locked, with marks', () => {
  it.each([
    ['single', single, { type: 'single', choice: 'empty' }, 'radio', 'An empty model', 'A pre-trained model'],
    ['scenario', scenario, { type: 'scenario', choice: 'fine-tuning' }, 'radio', 'Fine-tuning', 'RAG'],
    ['myth or reality', myth, { type: 'myth-or-reality', choice: 'reality' }, 'radio', 'Reality', 'Myth'],
  ] as const)('%s: the learner’s option says "Your answer", the right one "Correct answer"; nothing can be changed', async (_type, question, response, role, mine, right) => {
    const { user, onChange, container } = renderLocked(question, response);
    for (const input of screen.getAllByRole(role)) expect(input).toBeDisabled();
    expect(screen.getByRole(role, { name: mine })).toBeChecked();
    expect(screen.getByRole(role, { name: mine })).toHaveAccessibleDescription(/^Your answer: not right\./);
    expect(screen.getByRole(role, { name: right })).toHaveAccessibleDescription(/^Correct answer\./);
    await user.click(screen.getByRole(role, { name: right }));
    expect(onChange).not.toHaveBeenCalled();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('multiple select: a wrong choice and a missed right one are both named in words', async () => {
    const { user, onChange } = renderLocked(multiple, { type: 'multiple', choices: ['format', 'facts'] });
    expect(screen.getByRole('checkbox', { name: 'Facts that change weekly' })).toHaveAccessibleDescription(/^Your choice: should not be chosen\./);
    expect(screen.getByRole('checkbox', { name: 'A consistent house tone' })).toHaveAccessibleDescription(/^Correct answer: you did not choose it\./);
    expect(screen.getByRole('checkbox', { name: 'A fixed output format' })).toHaveAccessibleDescription(/^Correct answer, and you chose it\./);
    await user.click(screen.getByRole('checkbox', { name: 'A consistent house tone' }));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('ordering: the learner’s order stays, each step saying where it belongs; no move buttons', () => {
    renderLocked(ordering, { type: 'ordering', order: ['train', 'collect', 'evaluate'] });
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    const steps = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(steps[0]).toHaveTextContent(/Train the model.*You placed it 1st; it belongs 2nd\./);
    expect(steps[1]).toHaveTextContent(/Collect examples.*You placed it 2nd; it belongs 1st\./);
    expect(steps[2]).toHaveTextContent(/Evaluate on held-out examples.*In its place: step 3\./);
  });

  it('matching: each select is locked on the learner’s match, with the right one named under a wrong one', async () => {
    const { container } = renderLocked(matching, { type: 'matching', matches: { graduate: 'graduate', training: 'handbook', handbook: 'training' } });
    for (const select of screen.getAllByRole('combobox')) expect(select).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'The graduate' })).toHaveAccessibleDescription(/^Your match is right\./);
    expect(screen.getByRole('combobox', { name: 'Company training' })).toHaveDisplayValue('Your training data');
    expect(screen.getByRole('combobox', { name: 'Company training' })).toHaveAccessibleDescription(/^Your answer: “Your training data”\. Correct answer: “Fine-tuning”\./);
    expect(await axe(container)).toHaveNoViolations();
  });
});
