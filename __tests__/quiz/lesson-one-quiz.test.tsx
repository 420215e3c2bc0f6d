import { screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import questions from '../../lessons/01-what-is-fine-tuning.questions';
import { STORAGE_KEY, useProgress } from '../../src/progress/progress-store';
import { renderApp } from '../support/render-app';
import { SLOW_TEST_MS } from '../support/timeouts';

const quizQuestions = questions.filter((q) => q.placement === 'quiz');
const first = quizQuestions[0];
if (!first || first.type !== 'single') throw new Error('lesson 1’s quiz should open with a single-choice question');
const right = first.options.find((o) => o.correct)!;
const wrong = first.options.find((o) => !o.correct)!;

async function openQuiz() {
  const utils = renderApp('/lessons/what-is-fine-tuning');
  const quiz = await screen.findByRole('region', { name: 'Quiz' });
  const group = within(quiz).getByRole('group', { name: first!.prompt });
  const form = group.closest('form') as HTMLElement;
  return { ...utils, quiz, group, form };
}

describe('lesson 1 and its quiz', () => {
  it('embeds a quiz of several real questions, shown one at a time', async () => {
    const { quiz } = await openQuiz();
    expect(within(quiz).getByText(`Question 1 of ${quizQuestions.length}`)).toBeInTheDocument();
    expect(quizQuestions.length).toBeGreaterThanOrEqual(2);
    expect(within(quiz).getAllByRole('group')).toHaveLength(1);
  });

  it('says "Correct" and why, on the chosen option itself', async () => {
    const { user, group, form } = await openQuiz();
    await user.click(within(group).getByRole('radio', { name: right.text }));
    await user.click(within(form).getByRole('button', { name: 'Check answer' }));
    const status = within(form).getByRole('status');
    expect(status).toHaveTextContent(/^Correct/);
    expect(within(group).getByRole('radio', { name: right.text })).toHaveAccessibleDescription(`Your answer: correct. ${right.explanation}`);
  });

  it('says "Incorrect", explains the chosen option where it is, and keeps the right answer hidden for "Try again"', async () => {
    const { user, group, form, container } = await openQuiz();
    await user.click(within(group).getByRole('radio', { name: wrong.text }));
    await user.click(within(form).getByRole('button', { name: 'Check answer' }));
    const status = within(form).getByRole('status');
    expect(status).toHaveTextContent(/^Incorrect/);
    expect(within(group).getByRole('radio', { name: wrong.text })).toHaveAccessibleDescription(`Your answer: not right. ${wrong.explanation}`);
    expect(form).not.toHaveTextContent(right.explanation);
    expect(within(form).queryByText(/Correct answer/)).not.toBeInTheDocument();
    expect(within(form).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  }, SLOW_TEST_MS);

  it('asks for a choice before checking', async () => {
    const { user, form } = await openQuiz();
    await user.click(within(form).getByRole('button', { name: 'Check answer' }));
    expect(within(form).getByRole('status')).toHaveTextContent(/choose an answer/i);
  });

  it('keeps the answer and result after a reload', async () => {
    const before = await openQuiz();
    await before.user.click(within(before.group).getByRole('radio', { name: right.text }));
    await before.user.click(within(before.form).getByRole('button', { name: 'Check answer' }));
    before.unmount();

    // A reload: the store forgets what it holds in memory and reads back what was saved.
    const saved = localStorage.getItem(STORAGE_KEY);
    expect(saved).not.toBeNull();
    useProgress.getState().resetProgress();
    localStorage.setItem(STORAGE_KEY, saved as string);
    await useProgress.persist.rehydrate();

    // The quiz resumes at the first unanswered question; Previous shows the answered one.
    const { user } = renderApp('/lessons/what-is-fine-tuning');
    const quiz = await screen.findByRole('region', { name: 'Quiz' });
    expect(within(quiz).getByText(`Question 2 of ${quizQuestions.length}`)).toBeInTheDocument();
    await user.click(within(quiz).getByRole('button', { name: 'Previous' }));
    const group = within(quiz).getByRole('group', { name: first.prompt });
    expect(within(group).getByRole('radio', { name: right.text })).toBeChecked();
    expect(within(group.closest('form') as HTMLElement).getByRole('status')).toHaveTextContent(/^Correct/);
  }, SLOW_TEST_MS);
});
