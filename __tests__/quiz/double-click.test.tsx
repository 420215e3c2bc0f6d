/**
 * One gesture makes one check. A double click on "Check answer" must not land its second
 * click on the button that takes its place ("Try again", or "Show hint" after a right
 * answer): the verdict would vanish, a try be counted twice or a hint recorded.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { useProgress } from '../../src/progress/progress-store';
import { LessonQuiz } from '../../src/quiz/components/lesson-quiz';
import type { Question } from '../../src/quiz/lib/question';
import { allTypes } from '../support/sample-questions';

const QUIZ = 'quiz:double-click';

function renderQuiz(question: Question) {
  const user = userEvent.setup();
  render(<LessonQuiz quizId={QUIZ} title="Quiz" questions={[question]} />);
  return user;
}

const form = () => screen.getAllByRole('group').find((g) => g.tagName === 'FIELDSET')?.closest('form') as HTMLElement;
const fieldset = () => form().querySelector('fieldset') as HTMLElement;
const status = () => within(form()).getByRole('status');
const saved = (question: Question) => useProgress.getState().answers[question.id];

/** Gives a right or a wrong answer to any of the sample question types. */
async function answer(user: UserEvent, question: Question, correct: boolean) {
  switch (question.type) {
    case 'single':
    case 'scenario':
      return user.click(screen.getByRole('radio', { name: question.options.find((o) => o.correct === correct)?.text }));
    case 'multiple':
      for (const option of question.options.filter((o) => (correct ? o.correct : !o.correct)).slice(0, correct ? undefined : 1)) {
        await user.click(screen.getByRole('checkbox', { name: option.text }));
      }
      return;
    case 'myth-or-reality':
      return user.click(screen.getByRole('radio', { name: (question.answer === 'myth') === correct ? 'Myth' : 'Reality' }));
    case 'matching':
      for (const [i, pair] of question.pairs.entries()) {
        const right = correct ? pair.right : (question.pairs[(i + 1) % question.pairs.length]?.right as string);
        await user.selectOptions(screen.getByRole('combobox', { name: pair.left }), right);
      }
      return;
    case 'ordering': {
      // The first order shown is never the right one; arrange it for a right answer.
      if (!correct) return;
      for (const [target, item] of question.items.entries()) {
        for (;;) {
          const at = within(fieldset()).getAllByRole('listitem').findIndex((li) => li.textContent?.includes(item.text));
          if (at <= target) break;
          await user.click(screen.getByRole('button', { name: `Move “${item.text}” up` }));
        }
      }
    }
  }
}

describe('double-clicking "Check answer" checks once', () => {
  it.each(allTypes.map((q) => [q.type, q] as const))('%s, wrong answer: one try, and the verdict stays', async (_type, question) => {
    const user = renderQuiz(question);
    await answer(user, question, false);
    const check = screen.getByRole('button', { name: 'Check answer' });
    await user.dblClick(check);
    // A two-way question shows its answer after one wrong try; the others offer a real second try.
    const twoWay = question.type === 'myth-or-reality';
    expect(status()).toHaveTextContent(twoWay ? /^Answer shown\./ : /^(Incorrect|Partly right)\./);
    if (!twoWay) expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(saved(question)).toMatchObject({ tries: 1, hintUsed: false });
  });

  it.each(allTypes.map((q) => [q.type, q] as const))(
    '%s, right answer: the second click does not open the hint that moved into its place',
    async (_type, question) => {
      const user = renderQuiz(question);
      await answer(user, question, true);
      const check = screen.getByRole('button', { name: 'Check answer' });
      const hint = screen.getByRole('button', { name: 'Show hint' });
      // One gesture, two clicks: the second lands on what now sits where "Check answer" was.
      await user.pointer([
        { keys: '[MouseLeft]', target: check },
        { keys: '[MouseLeft]', target: hint },
      ]);
      expect(status()).toHaveTextContent(/^Correct\./);
      expect(hint).toHaveAttribute('aria-expanded', 'false');
      expect(saved(question)).toMatchObject({ tries: 1, hintUsed: false });
    },
  );

  it('a double click on "Try again" does not check the unchanged answer again', async () => {
    const question = allTypes[0] as Question;
    const user = renderQuiz(question);
    await answer(user, question, false);
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    await user.dblClick(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('button', { name: 'Check answer' })).toBeInTheDocument();
    expect(status()).toHaveTextContent('');
    expect(saved(question)).toMatchObject({ tries: 1 });
  });

  it('single clicks still work one after another: check, try again, check', async () => {
    const question = allTypes[0] as Question;
    const user = renderQuiz(question);
    await answer(user, question, false);
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await answer(user, question, true);
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(status()).toHaveTextContent(/^Correct\./);
    expect(saved(question)).toMatchObject({ tries: 2 });
  });
});

describe('double-clicking the quiz navigation moves one question', () => {
  it('"Next question" then lands on question 2, not on question 3 through its "Skip for now"', async () => {
    const user = userEvent.setup();
    render(<LessonQuiz quizId={QUIZ} title="Quiz" questions={allTypes} />);
    const first = allTypes[0] as Question;
    await answer(user, first, true);
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    await user.dblClick(screen.getByRole('button', { name: 'Next question' }));
    expect(screen.getByText(new RegExp(`^Question 2 of ${allTypes.length}`))).toBeInTheDocument();
  });

  it('"Skip for now" skips one question, and "Previous" goes back one', async () => {
    const user = userEvent.setup();
    render(<LessonQuiz quizId={QUIZ} title="Quiz" questions={allTypes} />);
    await user.dblClick(screen.getByRole('button', { name: 'Skip for now' }));
    expect(screen.getByText(new RegExp(`^Question 2 of ${allTypes.length}`))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skip for now' }));
    await user.dblClick(screen.getByRole('button', { name: 'Previous' }));
    expect(screen.getByText(new RegExp(`^Question 2 of ${allTypes.length}`))).toBeInTheDocument();
  });
});
