import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { answeredPath, DecisionGuide, nextQuestion, recommend, type Answers, type QuestionId } from '../../src/course/interactives/decision-guide';
import { SLOW_TEST_MS } from '../support/timeouts';

const DOCUMENTS = /depend on specific documents/i;
const PROMPT = /tried a well-crafted prompt/i;
const BEHAVIOUR = /consistent behaviour, style or format/i;
const EXAMPLES = /50–100 high-quality examples/i;

type User = ReturnType<typeof userEvent.setup>;

/** Picks an answer in the question group currently shown, then presses Next. */
async function answer(user: User, question: RegExp, choice: RegExp) {
  const group = screen.getByRole('group', { name: question });
  await user.click(within(group).getByRole('radio', { name: choice }));
  await user.click(screen.getByRole('button', { name: 'Next' }));
}

describe('DecisionGuide', () => {
  it('starts with the first question only, as a group of radio buttons, with nothing chosen', () => {
    render(<DecisionGuide />);
    expect(screen.getByRole('heading', { name: /decision guide/i })).toBeInTheDocument();
    expect(screen.getByText('Question 1 of up to 4')).toBeInTheDocument();
    const group = screen.getByRole('group', { name: DOCUMENTS });
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(2);
    radios.forEach((radio) => expect(radio).not.toBeChecked());
    expect(screen.queryByRole('group', { name: PROMPT })).not.toBeInTheDocument();
    // Nothing to go back to yet.
    expect(screen.queryByRole('button', { name: 'Back' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start again' })).not.toBeInTheDocument();
    // Does not steal focus when the lesson loads.
    expect(document.body).toHaveFocus();
  });

  it('asks for an answer before moving on', async () => {
    const user = userEvent.setup();
    render(<DecisionGuide />);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getAllByText(/choose an answer to continue/i).length).toBeGreaterThan(0);
    expect(screen.getByRole('group', { name: DOCUMENTS })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Yes' })).toHaveFocus();
    // The message goes once an answer is chosen.
    await user.click(screen.getByRole('radio', { name: 'No' }));
    expect(screen.queryByText(/choose an answer to continue/i, { selector: 'p' })).not.toBeInTheDocument();
  });

  it('recommends prompting first when no documents are involved and no prompt has been tried', async () => {
    const user = userEvent.setup();
    render(<DecisionGuide />);
    await answer(user, DOCUMENTS, /^no$/i);
    expect(screen.getByText('Question 2 of up to 4')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /yes, and the results still fall short/i })).toHaveFocus();
    await answer(user, PROMPT, /no, not yet/i);

    const heading = screen.getByRole('heading', { name: 'Recommendation: Start with prompting' });
    expect(heading).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Recommendation: Start with prompting.');
    expect(screen.getByText(/you have not yet tried a well-crafted prompt/i)).toBeInTheDocument();
    expect(screen.getByText(/you do not need retrieval/i)).toBeInTheDocument();
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
  });

  it('recommends RAG when the answer depends on documents, even before a prompt has been tried', async () => {
    const user = userEvent.setup();
    render(<DecisionGuide />);
    await answer(user, DOCUMENTS, /^yes$/i);
    await answer(user, PROMPT, /no, not yet/i);

    expect(screen.getByRole('heading', { name: 'Recommendation: Use RAG' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Recommendation: Use RAG.');
    expect(screen.getByText(/update the documents instead of retraining/i)).toBeInTheDocument();
  });

  it('recommends fine-tuning for a behaviour that prompting has not fixed, with enough examples', async () => {
    const user = userEvent.setup();
    render(<DecisionGuide />);
    await answer(user, DOCUMENTS, /^no$/i);
    await answer(user, PROMPT, /yes, and the results still fall short/i);
    expect(screen.getByText('Question 3 of up to 4')).toBeInTheDocument();
    await answer(user, BEHAVIOUR, /^yes$/i);
    expect(screen.getByText('Question 4 of up to 4')).toBeInTheDocument();
    await answer(user, EXAMPLES, /^yes$/i);

    expect(screen.getByRole('heading', { name: 'Recommendation: Try fine-tuning' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Recommendation: Try fine-tuning.');
    const reasons = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(reasons).toHaveLength(4);
    expect(reasons[2]).toMatch(/that is the job fine-tuning does best/i);
    expect(reasons[3]).toMatch(/enough to start fine-tuning/i);
  });

  it('recommends RAG and fine-tuning together when both needs are there', async () => {
    const user = userEvent.setup();
    render(<DecisionGuide />);
    await answer(user, DOCUMENTS, /^yes$/i);
    await answer(user, PROMPT, /yes, and the results still fall short/i);
    await answer(user, BEHAVIOUR, /^yes$/i);
    await answer(user, EXAMPLES, /^yes$/i);

    expect(screen.getByRole('heading', { name: 'Recommendation: Use RAG and fine-tuning together' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(/retrieval supplies the facts/i);
  });

  it('holds back fine-tuning until there are enough good examples', async () => {
    const user = userEvent.setup();
    render(<DecisionGuide />);
    await answer(user, DOCUMENTS, /^no$/i);
    await answer(user, PROMPT, /yes, and the results still fall short/i);
    await answer(user, BEHAVIOUR, /^yes$/i);
    await answer(user, EXAMPLES, /no, not yet/i);

    expect(screen.getByRole('heading', { name: 'Recommendation: Collect examples, then try fine-tuning' })).toBeInTheDocument();
    expect(screen.getByText(/collect them first: quality matters more than quantity/i)).toBeInTheDocument();
  });

  it('goes back a question with the earlier answer still chosen, and back from the result', async () => {
    const user = userEvent.setup();
    render(<DecisionGuide />);
    await answer(user, DOCUMENTS, /^yes$/i);
    await user.click(screen.getByRole('button', { name: 'Back' }));

    const first = screen.getByRole('group', { name: DOCUMENTS });
    const yes = within(first).getByRole('radio', { name: /^yes$/i });
    expect(yes).toBeChecked();
    expect(yes).toHaveFocus();
    expect(screen.getByText('Question 1 of up to 4')).toBeInTheDocument();

    // Change the answer and go on to a result, then step back from it.
    await answer(user, DOCUMENTS, /^no$/i);
    await answer(user, PROMPT, /no, not yet/i);
    expect(screen.getByRole('heading', { name: 'Recommendation: Start with prompting' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    const second = screen.getByRole('group', { name: PROMPT });
    expect(within(second).getByRole('radio', { name: /no, not yet/i })).toBeChecked();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();

    // A different answer now leads to a different result.
    await answer(user, PROMPT, /yes, and the results still fall short/i);
    await answer(user, BEHAVIOUR, /^no$/i);
    // Someone who has tried a prompt is never told to start with one.
    expect(screen.getByRole('heading', { name: 'Recommendation: Look again at what falls short' })).toBeInTheDocument();
    expect(screen.getByText(/fine-tuning is unlikely to fix it/i)).toBeInTheDocument();
  });

  it('starts again from the first question with nothing chosen', async () => {
    const user = userEvent.setup();
    render(<DecisionGuide />);
    await answer(user, DOCUMENTS, /^yes$/i);
    await answer(user, PROMPT, /no, not yet/i);
    await user.click(screen.getByRole('button', { name: 'Start again' }));

    const group = screen.getByRole('group', { name: DOCUMENTS });
    within(group)
      .getAllByRole('radio')
      .forEach((radio) => expect(radio).not.toBeChecked());
    expect(within(group).getByRole('radio', { name: /^yes$/i })).toHaveFocus();
    expect(screen.getByText('Question 1 of up to 4')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /recommendation/i })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();

    // Start again is also offered part-way through.
    await answer(user, DOCUMENTS, /^no$/i);
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(screen.getByRole('group', { name: DOCUMENTS })).toBeInTheDocument();
  });

  it('can be used with the keyboard alone', async () => {
    const user = userEvent.setup();
    render(<DecisionGuide />);
    await user.tab();
    expect(screen.getByRole('radio', { name: /^yes$/i })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('radio', { name: /^yes$/i })).toBeChecked();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('group', { name: PROMPT })).toBeInTheDocument();
  });

  it('has no detectable accessibility problems on a question or on the result', async () => {
    const user = userEvent.setup();
    const { container } = render(<DecisionGuide />);
    expect(await axe(container)).toHaveNoViolations();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await axe(container)).toHaveNoViolations();

    await answer(user, DOCUMENTS, /^yes$/i);
    await answer(user, PROMPT, /yes, and the results still fall short/i);
    await answer(user, BEHAVIOUR, /^yes$/i);
    await answer(user, EXAMPLES, /^yes$/i);
    expect(await axe(container)).toHaveNoViolations();
  }, SLOW_TEST_MS);
});

describe('recommend', () => {
  const cases: [Answers, string][] = [
    [{ documents: 'no', prompt: 'no' }, 'prompting'],
    [{ documents: 'yes', prompt: 'no' }, 'rag'],
    [{ documents: 'no', prompt: 'yes', behaviour: 'no' }, 'look-again'],
    [{ documents: 'yes', prompt: 'yes', behaviour: 'no' }, 'rag'],
    [{ documents: 'no', prompt: 'yes', behaviour: 'yes', examples: 'no' }, 'collect-examples'],
    [{ documents: 'yes', prompt: 'yes', behaviour: 'yes', examples: 'no' }, 'rag-and-collect-examples'],
    [{ documents: 'no', prompt: 'yes', behaviour: 'yes', examples: 'yes' }, 'fine-tuning'],
    [{ documents: 'yes', prompt: 'yes', behaviour: 'yes', examples: 'yes' }, 'both'],
  ];

  it.each(cases)('%j leads to %s', (answers, approach) => {
    expect(recommend(answers)?.approach).toBe(approach);
  });

  it('never recommends fine-tuning before a well-crafted prompt has been tried', () => {
    // Answers left over from another path do not count.
    const result = recommend({ documents: 'no', prompt: 'no', behaviour: 'yes', examples: 'yes' });
    expect(result?.approach).toBe('prompting');
    expect(result?.reasons).toHaveLength(2);
  });

  it('gives no recommendation while a question on the path is unanswered', () => {
    expect(recommend({})).toBeNull();
    expect(recommend({ documents: 'yes' })).toBeNull();
    expect(recommend({ documents: 'yes', prompt: 'yes', behaviour: 'yes' })).toBeNull();
  });

  it('gives one reason per answer on the path', () => {
    const result = recommend({ documents: 'yes', prompt: 'yes', behaviour: 'yes', examples: 'yes' });
    expect(result?.reasons).toHaveLength(4);
  });
});

describe('every path through the guide', () => {
  // Every combination of answers, each question answered yes, no or not at all (3^4 = 81).
  const ids: QuestionId[] = ['documents', 'prompt', 'behaviour', 'examples'];
  const combinations: Answers[] = ids.reduce<Answers[]>(
    (all, id) => all.flatMap((answers) => [answers, { ...answers, [id]: 'yes' }, { ...answers, [id]: 'no' }]),
    [{}],
  );
  const RETRIEVAL = new Set(['rag', 'both', 'rag-and-collect-examples']);
  const FINE_TUNING_NOW = new Set(['fine-tuning', 'both']);

  it('covers all 81 combinations and reaches every recommendation', () => {
    expect(combinations).toHaveLength(81);
    const reached = new Set(combinations.map((answers) => recommend(answers)?.approach).filter(Boolean));
    expect(reached).toEqual(new Set(['prompting', 'rag', 'look-again', 'collect-examples', 'rag-and-collect-examples', 'fine-tuning', 'both']));
  });

  it.each(combinations.map((answers) => [JSON.stringify(answers), answers] as const))(
    '%s: the recommendation agrees with every answer on the path',
    (_label, answers) => {
      const result = recommend(answers);
      const path = answeredPath(answers);
      // Only the answers on the path count; answers left over from another path are ignored.
      const given = Object.fromEntries(path.map((id) => [id, answers[id]])) as Answers;
      if (!result) {
        // No recommendation only while a question on the path is unanswered.
        const last = path[path.length - 1];
        expect(last === undefined || nextQuestion(last, answers) !== null).toBe(true);
        return;
      }
      const words = `${result.title} ${result.summary} ${result.nextStep}`;
      // One reason per answer given, each restating that answer.
      expect(result.reasons).toHaveLength(path.length);

      // Documents: retrieval exactly when the answer depends on documents.
      expect(RETRIEVAL.has(result.approach)).toBe(given.documents === 'yes');

      // A prompt: never fine-tune before one has been tried; never tell someone who tried one to start with one.
      if (given.prompt === 'no') expect(['prompting', 'rag']).toContain(result.approach);
      if (given.prompt === 'yes') {
        expect(result.approach).not.toBe('prompting');
        expect(words).not.toMatch(/start with prompting|not yet tried|write clear instructions/i);
      }

      // Fine-tuning now only when a prompt fell short on a consistent behaviour and there are enough examples.
      expect(FINE_TUNING_NOW.has(result.approach)).toBe(given.prompt === 'yes' && given.behaviour === 'yes' && given.examples === 'yes');
      if (given.behaviour === 'no') expect(words).not.toMatch(/collect (them|examples)|try fine-tuning|fine-tune on/i);
      if (given.examples === 'no') {
        expect(result.approach).toMatch(/collect-examples$/);
        expect(words).toMatch(/collect/i);
      }
    },
  );
});

