/**
 * After the final assessment is submitted, the review shows each answer the way a lesson quiz
 * does once its answer is shown: the learner's own option marked "Your answer", the right one
 * "Correct answer", in words; the learner's order of steps and matches against the right ones.
 */
import { act, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { useProgress } from '../../src/progress/progress-store';
import type { Question } from '../../src/quiz/lib/question';
import { renderApp } from '../support/render-app';
import { SLOW_TEST_MS } from '../support/timeouts';

const lessonsDir = path.resolve(__dirname, '../../lessons');
const bank: Question[] = readdirSync(lessonsDir)
  .filter((file) => file.endsWith('.questions.ts'))
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  .flatMap((file) => (require(path.join(lessonsDir, file)) as { default: Question[] }).default);
const first = <T extends Question['type']>(type: T) => bank.find((q): q is Extract<Question, { type: T }> => q.type === type && (!('options' in q) || q.options.length > 2))!;

const single = first('single');
const multiple = first('multiple');
const myth = first('myth-or-reality');
const scenario = first('scenario');
const ordering = first('ordering');
const matching = first('matching');
const asked: Question[] = [single, multiple, myth, scenario, ordering, matching];

/** The submitted review's item for the question asked at `index`. */
const reviewItem = (index: number) => screen.getByRole('heading', { level: 3, name: new RegExp(`^Question ${index + 1}:`) }).closest('li') as HTMLElement;
const wrongOf = (q: typeof single | typeof scenario) => q.options.find((o) => !o.correct)!;
const rightOf = (q: typeof single | typeof scenario) => q.options.find((o) => o.correct)!;

it(
  'the review marks the learner’s own answer and the right one, in words, for every question type',
  async () => {
    const { user, container } = renderApp('/final');
    await user.click(await screen.findByRole('button', { name: 'Start the final assessment' }));
    // One question of each type, in this order (the draw itself is tested in final-page.test.tsx).
    const attempt = useProgress.getState().finalAttempt!;
    act(() => useProgress.setState({ finalAttempt: { ...attempt, questions: asked.map((q) => q.id) } }));

    const group = (q: Question) => screen.getByRole('group', { name: q.prompt });
    await user.click(within(group(single)).getByRole('radio', { name: wrongOf(single).text }));
    const multipleRight = multiple.options.find((o) => o.correct)!;
    const multipleWrong = multiple.options.find((o) => !o.correct)!;
    await user.click(within(group(multiple)).getByRole('checkbox', { name: multipleRight.text }));
    await user.click(within(group(multiple)).getByRole('checkbox', { name: multipleWrong.text }));
    const mythWrong = myth.answer === 'myth' ? 'Reality' : 'Myth';
    await user.click(within(group(myth)).getByRole('radio', { name: mythWrong }));
    await user.click(within(group(scenario)).getByRole('radio', { name: wrongOf(scenario).text }));
    // Matching: the first two items swapped, the rest right.
    const [a, b, ...rest] = matching.pairs;
    await user.selectOptions(within(group(matching)).getByRole('combobox', { name: a!.left }), b!.right);
    await user.selectOptions(within(group(matching)).getByRole('combobox', { name: b!.left }), a!.right);
    for (const pair of rest) await user.selectOptions(within(group(matching)).getByRole('combobox', { name: pair.left }), pair.right);
    // Ordering: left in its starting order, which is never the right one.
    await user.click(screen.getByRole('button', { name: 'Submit your answers' }));
    await user.click(screen.getByRole('button', { name: 'Submit anyway' }));
    await screen.findByRole('heading', { name: /^Not passed yet/ });

    // Choice types: the learner's option is still chosen, and says so; the right one says it is right.
    for (const [index, q, role, mine, right] of [
      [0, single, 'radio', wrongOf(single).text, rightOf(single).text],
      [2, myth, 'radio', mythWrong, mythWrong === 'Myth' ? 'Reality' : 'Myth'],
      [3, scenario, 'radio', wrongOf(scenario).text, rightOf(scenario).text],
    ] as const) {
      const item = reviewItem(index);
      expect(within(item).getByRole('heading', { level: 3 })).toHaveTextContent('Incorrect');
      expect(within(item).getByRole('group', { name: q.prompt })).toBeInTheDocument();
      const chosen = within(item).getByRole(role, { name: mine });
      expect(chosen).toBeChecked();
      expect(chosen).toBeDisabled();
      expect(chosen).toHaveAccessibleDescription(/^Your answer: not right\./);
      expect(within(item).getByText('Your answer: not right.')).toBeVisible();
      expect(within(item).getByRole(role, { name: right })).not.toBeChecked();
      expect(within(item).getByRole(role, { name: right })).toHaveAccessibleDescription(/^Correct answer\./);
      expect(within(item).getByText('Correct answer.')).toBeVisible();
    }

    const several = reviewItem(1);
    expect(within(several).getByRole('checkbox', { name: multipleWrong.text })).toHaveAccessibleDescription(/^Your choice: should not be chosen\./);
    expect(within(several).getByRole('checkbox', { name: multipleRight.text })).toHaveAccessibleDescription(/^Correct answer, and you chose it\./);

    // Ordering: the learner's order, each step saying where it belongs.
    const steps = reviewItem(4);
    expect(within(steps).queryByRole('button', { name: /^Move / })).not.toBeInTheDocument();
    expect(within(steps).getAllByText(/^You placed it \w+; it belongs \w+\.$/).length).toBeGreaterThan(0);

    // Matching: the learner's match against the right one.
    const pairs = reviewItem(5);
    expect(within(pairs).getByRole('combobox', { name: a!.left })).toHaveDisplayValue(b!.right);
    expect(within(pairs).getByRole('combobox', { name: a!.left })).toHaveAccessibleDescription(`Your answer: “${b!.right}”. Correct answer: “${a!.right}”.`);
    // Why, for every pair, in the list under it.
    expect(within(pairs).getByText(a!.explanation)).toBeVisible();

    expect(await axe(container)).toHaveNoViolations();
  },
  SLOW_TEST_MS,
);
