import { act, render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { checkAnswer } from '../../src/progress/progress-actions';
import { useProgress } from '../../src/progress/progress-store';
import { LessonQuiz } from '../../src/quiz/components/lesson-quiz';
import type { Question } from '../../src/quiz/lib/question';
import { SLOW_TEST_MS } from '../support/timeouts';
import { allTypes, matching, multiple, myth, ordering, scenario, single } from '../support/sample-questions';

function renderQuiz(questions: Question[], quizId = 'quiz:test') {
  const user = userEvent.setup();
  const utils = render(<LessonQuiz quizId={quizId} title="Quiz" questions={questions} />);
  return { user, ...utils };
}

/** The question's form (its fieldset is the group with a legend; <details> is a group too). */
const form = () => screen.getAllByRole('group').find((g) => g.tagName === 'FIELDSET')?.closest('form') as HTMLElement;
const fieldset = () => form().querySelector('fieldset') as HTMLElement;
const status = () => within(form()).getByRole('status');
const check = (user: UserEvent) => user.click(screen.getByRole('button', { name: 'Check answer' }));

/** Moves ordering steps with the keyboard-usable buttons until they match `wanted`. */
async function arrange(user: UserEvent, wanted: string[]) {
  for (let target = 0; target < wanted.length; target += 1) {
    const text = wanted[target] as string;
    for (;;) {
      const items = within(fieldset()).getAllByRole('listitem');
      const at = items.findIndex((li) => li.textContent?.includes(text));
      if (at <= target) break;
      await user.click(screen.getByRole('button', { name: `Move “${text}” up` }));
    }
  }
}

describe('every question type', () => {
  it('single choice: right answer is "Correct", with its explanation on the option', async () => {
    const { user } = renderQuiz([single]);
    expect(screen.getByRole('group', { name: single.prompt })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'A pre-trained model' }));
    await check(user);
    expect(status()).toHaveTextContent(/^Correct\./);
    expect(screen.getByRole('radio', { name: 'A pre-trained model' })).toHaveAccessibleDescription(
      'Your answer: correct. Right: it continues training an existing model.',
    );
  });

  it('multiple select: a partial answer is "Partly right" with the credit and its rule, and keeps the missed option hidden', async () => {
    const { user } = renderQuiz([multiple]);
    await user.click(screen.getByRole('checkbox', { name: 'A fixed output format' }));
    await check(user);
    expect(status()).toHaveTextContent(
      /^Partly right\. 50% credit\. You chose 1 of the 2 right options\. Each right choice earns an equal share of the mark, and each wrong choice takes one share back\.$/,
    );
    expect(screen.getByRole('checkbox', { name: 'A fixed output format' })).toHaveAccessibleDescription(/^Your choice: right\./);
    expect(form()).not.toHaveTextContent('Tone is a pattern the examples can teach.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await user.click(screen.getByRole('checkbox', { name: 'A consistent house tone' }));
    await check(user);
    expect(status()).toHaveTextContent(/^Correct\. You found all 2\./);
  });

  it('multiple select: one right and one wrong choice is "Incorrect" with no credit, never "Partly right: 0%"', async () => {
    const { user } = renderQuiz([multiple]);
    await user.click(screen.getByRole('checkbox', { name: 'A fixed output format' }));
    await user.click(screen.getByRole('checkbox', { name: 'Facts that change weekly' }));
    await check(user);
    expect(status()).toHaveTextContent(/^Incorrect\. No credit\. You chose 1 of the 2 right options and 1 wrong one\./);
    expect(status()).not.toHaveTextContent(/Partly right|0%/);
    expect(screen.getByRole('checkbox', { name: 'Facts that change weekly' })).toHaveAccessibleDescription(/^Your choice: should not be chosen\./);
  });

  it('myth or reality: one wrong try shows the answer (a second could not miss), "Correct answer" apart from "Your answer"', async () => {
    const { user } = renderQuiz([myth]);
    expect(screen.getByText('Myth or reality?')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Reality' }));
    await check(user);
    expect(status()).toHaveTextContent(/^Answer shown\./);
    expect(screen.getByRole('radio', { name: 'Reality' })).toHaveAccessibleDescription(/^Your answer: not right\. Not so: quality matters more than quantity/);
    expect(screen.getByRole('radio', { name: 'Myth' })).toHaveAccessibleDescription(/^Correct answer\. Right: 50 to 100/);
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('ordering: steps move with buttons (no dragging) and the right order is "Correct"', async () => {
    const { user } = renderQuiz([ordering]);
    const shown = within(fieldset()).getAllByRole('listitem').map((li) => li.textContent);
    expect(shown).not.toEqual(['1Collect examples↑↓', '2Train the model↑↓', '3Evaluate on held-out examples↑↓']); // never already solved
    await arrange(user, ['Collect examples', 'Train the model', 'Evaluate on held-out examples']);
    await check(user);
    expect(status()).toHaveTextContent(/^Correct\. Every step is in order\./);
  });

  it('ordering: moving a step by keyboard announces where it went', async () => {
    const { user } = renderQuiz([ordering]);
    const down = screen.getAllByRole('button', { name: /^Move “.+” down$/ })[0] as HTMLElement;
    const moved = down.getAttribute('aria-label')?.match(/“(.+)”/)?.[1];
    down.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByText(`“${moved}” moved to position 2 of 3.`)).toBeInTheDocument();
  });

  it('matching: each item has a labelled select; a duplicate pick is graded, not crashed', async () => {
    const { user } = renderQuiz([matching]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'The graduate' }), 'The pre-trained model');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Company training' }), 'The pre-trained model');
    await user.selectOptions(screen.getByRole('combobox', { name: 'The company’s processes' }), 'Your training data');
    await check(user);
    expect(status()).toHaveTextContent(/^Partly right\. 67% credit: 2 of 3 matches are right\./);
    // Marked on each item; the wrong one's explanation (which names its answer) waits for the reveal.
    expect(screen.getByRole('combobox', { name: 'Company training' })).toHaveAccessibleDescription('Not the right match.');
    expect(screen.getByRole('combobox', { name: 'The graduate' })).toHaveAccessibleDescription(/^Right match\./);
    expect(form()).not.toHaveTextContent('Both add specialised skill.');
  });

  it('matching: says when one answer is chosen for two items, under both', async () => {
    const { user } = renderQuiz([matching]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'The graduate' }), 'The pre-trained model');
    expect(screen.queryByText(/too\. Each answer fits one item/)).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Company training' }), 'The pre-trained model');
    expect(screen.getByRole('combobox', { name: 'The graduate' })).toHaveAccessibleDescription('You chose this answer for “Company training” too. Each answer fits one item.');
    expect(screen.getByRole('combobox', { name: 'Company training' })).toHaveAccessibleDescription(/for “The graduate” too/);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Company training' }), 'Fine-tuning');
    expect(screen.queryByText(/too\. Each answer fits one item/)).not.toBeInTheDocument();
  });

  it('matching: every answer is listed in full, whatever a select shows, and the chosen one in full under its select', async () => {
    const { user } = renderQuiz([matching]);
    const row = screen.getByRole('combobox', { name: 'The graduate' }).parentElement as HTMLElement;
    expect(within(row).queryByText('The pre-trained model', { selector: 'p' })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'The graduate' }), 'The pre-trained model');
    expect(within(row).getByText('The pre-trained model', { selector: 'p' })).toBeVisible();
    const answers = screen.getByRole('list', { name: 'The answers' });
    expect(within(answers).getAllByRole('listitem').map((li) => li.textContent).sort()).toEqual(
      matching.type === 'matching' ? matching.pairs.map((p) => p.right).sort() : [],
    );
  });

  it('matching: asks for every match before checking', async () => {
    const { user } = renderQuiz([matching]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'The graduate' }), 'The pre-trained model');
    await check(user);
    expect(status()).toHaveTextContent('Choose a match for every item first.');
  });

  it('scenario: shows the situation and keeps the options in their order', async () => {
    const { user } = renderQuiz([scenario]);
    const group = screen.getByRole('group', { name: 'Which approach fits best?' });
    expect(group).toHaveAccessibleDescription(scenario.type === 'scenario' ? scenario.scenario : '');
    // The situation is read before the question.
    const situation = within(form()).getByText(scenario.type === 'scenario' ? scenario.scenario : '');
    expect(situation.compareDocumentPosition(group) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(group).getAllByRole('radio').map((r) => r.closest('label')?.textContent)).toEqual([
      'Prompting',
      'RAG',
      'Fine-tuning',
      'RAG and fine-tuning together',
    ]);
    await user.click(screen.getByRole('radio', { name: 'RAG' }));
    await check(user);
    expect(status()).toHaveTextContent(/^Correct\./);
  });

  it.each(allTypes.map((question) => [question.type, question] as const))(
    '%s: has no axe violations before and after checking',
    async (_type, question) => {
      const { user, container } = renderQuiz([question], `quiz:${question.id}`);
      expect(await axe(container)).toHaveNoViolations();
      await user.click(screen.getByRole('button', { name: 'Show hint' }));
      await check(user);
      expect(await axe(container)).toHaveNoViolations();
    },
    SLOW_TEST_MS,
  );
});

describe('answering flow', () => {
  it('shows a hint on request, and hides it again', async () => {
    const { user } = renderQuiz([single]);
    expect(screen.queryByText(single.hint)).not.toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Show hint' }));
    expect(screen.getByText(single.hint)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Hide hint' }));
    expect(screen.queryByText(single.hint)).not.toBeVisible();
  });

  it('a wrong try marks the choice wrong in place, with why and a hint, and does not give the answer away', async () => {
    const { user } = renderQuiz([single, myth]);
    await user.click(screen.getByRole('radio', { name: 'An empty model' }));
    await check(user);
    expect(status()).toHaveTextContent(/^Incorrect\./);
    expect(screen.getByRole('radio', { name: 'An empty model' })).toHaveAccessibleDescription(
      'Your answer: not right. Training from nothing is pre-training, not fine-tuning.',
    );
    expect(screen.getByText(single.hint)).toBeVisible();
    expect(form()).not.toHaveTextContent('Correct answer');
    expect(form()).not.toHaveTextContent('Right: it continues training an existing model.');
    expect(screen.getByRole('radio', { name: 'A pre-trained model' })).not.toHaveAccessibleDescription();
    // "Try again" is secondary; the quiz's "Next question" is the one primary action now.
    expect(screen.getByRole('button', { name: 'Try again' })).toHaveClass('button--secondary');
    expect(screen.getByRole('button', { name: 'Next question' })).not.toHaveClass('button--secondary');
    expect(useProgress.getState().answers[single.id]).toMatchObject({ tries: 1, revealed: false });
  });

  it('a second wrong try shows the answer: "Correct answer" apart from "Your answer", and no more tries or hint', async () => {
    const { user, container } = renderQuiz([single, myth]);
    await user.click(screen.getByRole('radio', { name: 'An empty model' }));
    await check(user);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('radio', { name: 'An empty model' })).not.toHaveAccessibleDescription();
    await user.click(screen.getByRole('radio', { name: 'A search index' }));
    await check(user);
    expect(status()).toHaveTextContent(/^Answer shown\./);
    expect(status()).not.toHaveTextContent('Incorrect');
    expect(screen.getByRole('radio', { name: 'A search index' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'A search index' })).toHaveAccessibleDescription(/^Your answer: not right\./);
    expect(screen.getByRole('radio', { name: 'A pre-trained model' })).toHaveAccessibleDescription(/^Correct answer\. Right: it continues/);
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show answer' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /hint/ })).not.toBeInTheDocument();
    expect(screen.queryByText(single.hint)).not.toBeVisible();
    expect(useProgress.getState().answers[single.id]).toMatchObject({ tries: 2, revealed: true, response: { type: 'single', choice: 'index' } });
    expect(await axe(container)).toHaveNoViolations();
  }, SLOW_TEST_MS);

  it('"Show answer" on request after a wrong try, recorded as revealed', async () => {
    const { user } = renderQuiz([single, myth]);
    await user.click(screen.getByRole('radio', { name: 'An empty model' }));
    await check(user);
    await user.click(screen.getByRole('button', { name: 'Show answer' }));
    expect(status()).toHaveTextContent(/^Answer shown\./);
    expect(screen.getByRole('radio', { name: 'An empty model' })).toHaveAccessibleDescription(/^Your answer: not right\./);
    expect(screen.getByRole('radio', { name: 'A pre-trained model' })).toHaveAccessibleDescription(/^Correct answer\./);
    expect(useProgress.getState().answers[single.id]).toMatchObject({ tries: 1, revealed: true });
  });

  it('offers no hint once the answer is right', async () => {
    const { user } = renderQuiz([single]);
    await user.click(screen.getByRole('radio', { name: 'A pre-trained model' }));
    await check(user);
    expect(screen.queryByRole('button', { name: /hint/ })).not.toBeInTheDocument();
  });

  it('"Check answer" is the primary button and "Skip for now" a secondary one', () => {
    renderQuiz([single, myth]);
    expect(screen.getByRole('button', { name: 'Check answer' })).not.toHaveClass('button--secondary');
    expect(screen.getByRole('button', { name: 'Skip for now' })).toHaveClass('button--secondary');
  });

  it('scores first answers, keeps best score, attempts and date, and can be retaken', async () => {
    const { user } = renderQuiz([single, myth]);
    // Attempt 1: wrong, then right (first answer counts: 0), then myth right.
    await user.click(screen.getByRole('radio', { name: 'An empty model' }));
    await check(user);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await user.click(screen.getByRole('radio', { name: 'A pre-trained model' }));
    await check(user);
    await user.click(screen.getByRole('button', { name: 'Next question' }));
    expect(screen.getByText('Question 2 of 2')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Myth' }));
    await check(user);
    await user.click(screen.getByRole('button', { name: 'See your score' }));
    expect(screen.getByRole('heading', { name: 'You got 1 of 2 right' })).toBeInTheDocument();
    expect(screen.getByText(/^Score with partial credit:/)).toHaveTextContent('50%');
    const review = screen.getByRole('region', { name: 'Review the 1 you missed' });
    expect(within(review).getByRole('button', { name: `See question 1: ${single.title}` })).toBeInTheDocument();
    const stats = () => screen.getByText('Attempts').closest('dl') as HTMLElement;
    expect(within(stats()).getByText('Attempts').nextSibling).toHaveTextContent('1');
    expect(within(stats()).getByText('Last taken').nextSibling).toHaveTextContent(
      new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }),
    );

    // Attempt 2: a fresh start, both right.
    await user.click(screen.getByRole('button', { name: 'Retake quiz' }));
    expect(screen.getByText('Question 1 of 2')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'A pre-trained model' })).not.toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'A pre-trained model' }));
    await check(user);
    await user.click(screen.getByRole('button', { name: 'Next question' }));
    await user.click(screen.getByRole('radio', { name: 'Myth' }));
    await check(user);
    await user.click(screen.getByRole('button', { name: 'See your score' }));
    expect(screen.getByRole('heading', { name: 'All 2 right: a perfect score' })).toBeInTheDocument();
    expect(screen.getByText(/Every first answer was right\. Well done\./)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^Review the/ })).not.toBeInTheDocument();
    expect(within(stats()).getByText('Best').nextSibling).toHaveTextContent(/^100%$/);
    expect(within(stats()).getByText('Attempts').nextSibling).toHaveTextContent('2');
  });

  it('shows an answer saved elsewhere (another tab) without a reload', async () => {
    renderQuiz([single]);
    expect(screen.getByRole('button', { name: 'Check answer' })).toBeInTheDocument();
    act(() => {
      checkAnswer({ quizId: 'quiz:test', questions: [single] }, single, { type: 'single', choice: 'pre-trained' }, { status: 'graded', earned: 1, total: 1, correct: true });
    });
    expect(screen.getByRole('radio', { name: 'A pre-trained model' })).toBeChecked();
    expect(status()).toHaveTextContent(/^Correct\./);
  });

  it('asks for an answer to every question before giving a score', async () => {
    const { user } = renderQuiz([single, myth]);
    await user.click(screen.getByRole('button', { name: 'Skip for now' }));
    await user.click(screen.getByRole('button', { name: 'See your score' }));
    expect(screen.getByRole('heading', { name: 'Not finished yet' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Question 2: ${myth.title}` }));
    expect(screen.getByRole('group', { name: myth.prompt })).toBeInTheDocument();
  });

  it('keeps the option order for an attempt, and changes it on a retake', async () => {
    const options = () => screen.getAllByRole('checkbox').map((c) => c.closest('label')?.textContent);
    const first = renderQuiz([multiple]);
    const order1 = options();
    first.unmount();
    const again = renderQuiz([multiple]);
    expect(options()).toEqual(order1); // same attempt: same order (as after a reload)
    const seen = new Set([JSON.stringify(order1)]);
    for (let i = 0; i < 4; i += 1) {
      await again.user.click(screen.getByRole('button', { name: 'See your score' }));
      await again.user.click(screen.getByRole('button', { name: 'Retake quiz' }));
      seen.add(JSON.stringify(options()));
    }
    expect(seen.size).toBeGreaterThan(1);
  });
});
