import { screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import questions from '../../lessons/01-what-is-fine-tuning.questions';
import { STORAGE_KEY, useProgress } from '../../src/progress/progress-store';
import { renderApp } from '../support/render-app';

const quizQuestions = questions.filter((q) => q.placement === 'quiz' && q.type === 'single');
const first = quizQuestions[0];
if (!first || first.type !== 'single') throw new Error('lesson 1 needs a single-choice quiz question');
const right = first.options.find((o) => o.correct);
const wrong = first.options.find((o) => !o.correct);
if (!right || !wrong) throw new Error('question needs a right and a wrong option');

async function openQuestion() {
  const utils = renderApp('/lessons/what-is-fine-tuning');
  const group = await screen.findByRole('group', { name: first!.prompt });
  return { ...utils, group };
}

describe('lesson 1 and its quiz', () => {
  it('has at least two real quiz questions', async () => {
    await openQuestion();
    const quiz = screen.getByRole('region', { name: 'Quiz' });
    expect(within(quiz).getAllByRole('group').length).toBeGreaterThanOrEqual(2);
  });

  it('says "Correct" and why when the learner chooses the right option', async () => {
    const { user, group } = await openQuestion();
    await user.click(within(group).getByRole('radio', { name: right.text }));
    const form = group.closest('form') as HTMLElement;
    await user.click(within(form).getByRole('button', { name: 'Check answer' }));
    const status = within(form).getByRole('status');
    expect(status).toHaveTextContent(/^Correct/);
    expect(status).toHaveTextContent(right.explanation);
  });

  it('says "Incorrect", explains the chosen option and gives the right one', async () => {
    const { user, group, container } = await openQuestion();
    await user.click(within(group).getByRole('radio', { name: wrong.text }));
    const form = group.closest('form') as HTMLElement;
    await user.click(within(form).getByRole('button', { name: 'Check answer' }));
    const status = within(form).getByRole('status');
    expect(status).toHaveTextContent(/^Incorrect/);
    expect(status).toHaveTextContent(wrong.explanation);
    expect(status).toHaveTextContent(right.explanation);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('asks for a choice before checking', async () => {
    const { user, group } = await openQuestion();
    const form = group.closest('form') as HTMLElement;
    await user.click(within(form).getByRole('button', { name: 'Check answer' }));
    expect(within(form).getByRole('status')).toHaveTextContent(/choose an answer/i);
  });

  it('keeps the answer and result after a reload', async () => {
    const first = await openQuestion();
    await first.user.click(within(first.group).getByRole('radio', { name: right.text }));
    await first.user.click(within(first.group.closest('form') as HTMLElement).getByRole('button', { name: 'Check answer' }));
    first.unmount();

    // A reload: the store forgets its memory and reads back what was saved.
    const saved = localStorage.getItem(STORAGE_KEY);
    expect(saved).not.toBeNull();
    useProgress.setState({ answers: {} });
    localStorage.setItem(STORAGE_KEY, saved as string);
    await useProgress.persist.rehydrate();
    const again = await openQuestion();
    expect(within(again.group).getByRole('radio', { name: right.text })).toBeChecked();
    expect(within(again.group.closest('form') as HTMLElement).getByRole('status')).toHaveTextContent(/^Correct/);
  });
});
