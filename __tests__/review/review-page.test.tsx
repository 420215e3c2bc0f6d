/**
 * The spaced review (/review) and the header's count of what is due: due questions asked
 * with the lesson quizzes' question card, missed ones first; answering moves the question in
 * the schedule without touching its lesson quiz record; everything survives the store.
 */
import { act, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { STORAGE_KEY, useProgress } from '../../src/progress/progress-store';
import { formatDate } from '../../src/ui/format-date';
import type { ReviewCard } from '../../src/progress/progress-types';
import type { Question } from '../../src/quiz/lib/question';
import { renderApp } from '../support/render-app';
import { reviewCard } from '../support/review-card';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const bank = (require('../../lessons/01-what-is-fine-tuning.questions.ts') as { default: Question[] }).default;

const DAY = 86_400_000;
const single = bank.find((q) => q.type === 'single' && q.placement === 'quiz')!;
const other = bank.find((q) => q.type === 'single' && q.id !== single.id)!;
const third = bank.find((q) => q.id !== single.id && q.id !== other.id)!;
const rightOption = (q: Question) => ('options' in q ? q.options.find((o) => o.correct)!.text : '');

const card = (over: Partial<ReviewCard> = {}) => reviewCard(Date.now() - DAY, over);

describe('the review page', () => {
  it('asks what is due, missed first; a right answer moves it days ahead; the lesson quiz record is untouched', async () => {
    useProgress.setState({ reviews: { [other.id]: card({ due: Date.now() - 3 * DAY }), [single.id]: card({ lastRating: 1 }) } });
    const { user, container } = renderApp('/review');
    expect(await screen.findByText('2 questions due now.')).toBeInTheDocument();
    expect(screen.getByText('Question 1 of 2')).toBeInTheDocument();
    // The missed one first, although the other has waited longer.
    expect(screen.getByRole('group', { name: single.prompt })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();

    await user.click(screen.getByRole('radio', { name: rightOption(single) }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(await screen.findByText(/^Correct/)).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
    await screen.findByText('Question 1 of 2');
    for (let i = 0; i < 50 && useProgress.getState().reviews[single.id]!.reps < 2; i += 1) await new Promise((r) => setTimeout(r, 10));
    const moved = useProgress.getState().reviews[single.id]!;
    expect(moved).toMatchObject({ reps: 2, lastRating: 3 });
    expect(moved.due).toBeGreaterThan(Date.now() + DAY / 2);
    expect(useProgress.getState().answers[single.id]).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Next question' }));
    expect(screen.getByRole('group', { name: other.prompt })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Finish the review' }));
    const done = screen.getByRole('region', { name: 'Review finished' });
    expect(within(done).getByText(/You answered 1 of 2 questions, 1 right first time/)).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('says when nothing is due, and when the next question comes back', async () => {
    const tomorrow = Date.now() + DAY;
    useProgress.setState({ reviews: { [single.id]: card({ due: tomorrow }) } });
    const { container } = renderApp('/review');
    expect(await screen.findByText('Nothing is due for review now.')).toHaveAttribute('role', 'status');
    expect(screen.getByText(/1 question is in your review schedule\. The next comes back on/)).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('shows and counts only questions the course has, and keeps the others in the saved schedule', async () => {
    const tomorrow = Date.now() + DAY;
    useProgress.setState({ reviews: { [single.id]: card({ due: tomorrow }), 'wift-quiz-removed-since': card({ due: Date.now() - 3 * DAY }), 'from-a-later-version': card({ due: Date.now() + 60_000 }) } });
    const { user } = renderApp('/review');
    expect(await screen.findByText('Nothing is due for review now.')).toHaveAttribute('role', 'status');
    expect(screen.getByText(/^1 question is in your review schedule\. The next comes back on/)).toBeInTheDocument();
    // Tomorrow's, not the unknown one's due sooner.
    expect(screen.getByText(new RegExp(`comes back on ${formatDate(tomorrow, 'long')}\\.`))).toBeInTheDocument();

    // With a known one due too: asked alone, and the unknown ones stay saved after the answer.
    act(() => useProgress.setState({ reviews: { ...useProgress.getState().reviews, [other.id]: card() } }));
    await user.click(await screen.findByRole('link', { name: 'Review 1 due' }));
    expect(await screen.findByText('1 question due now.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: rightOption(other) }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(await screen.findByText(/^Correct/)).toBeInTheDocument();
    for (let i = 0; i < 50 && useProgress.getState().reviews[other.id]!.reps < 2; i += 1) await new Promise((r) => setTimeout(r, 10));
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as { state?: { reviews?: Record<string, unknown> } };
    expect(Object.keys(saved.state?.reviews ?? {}).sort()).toEqual(['from-a-later-version', other.id, single.id, 'wift-quiz-removed-since'].sort());
  });

  it('with nothing answered yet, says how questions join the review', async () => {
    renderApp('/review');
    expect(await screen.findByText(/Nothing to review yet: answer a lesson’s quiz first\./)).toBeInTheDocument();
  });

  it('catches up questions answered before the schedule existed', async () => {
    useProgress.setState({
      answers: {
        [single.id]: { quiz: 'lesson:what-is-fine-tuning', attempt: 1, fp: 'x', response: null, tries: 1, firstScore: 0, correct: false, hintUsed: false, revealed: false, at: Date.now() - 2 * DAY },
      },
    });
    renderApp('/review');
    expect(await screen.findByText('1 question due now.')).toBeInTheDocument();
    expect(useProgress.getState().reviews[single.id]).toMatchObject({ lastRating: 1, reps: 1 });
  });
});

describe('the header’s count of reviews due', () => {
  it('shows how many are due beside the Review link, and nothing when none is', async () => {
    useProgress.setState({ reviews: { [single.id]: card(), [other.id]: card(), [third.id]: card({ due: Date.now() + DAY }) } });
    renderApp('/');
    expect(await screen.findByRole('link', { name: 'Review 2 due' })).toHaveAttribute('href', '/review');
    useProgress.setState({ reviews: {} });
    expect(await screen.findByRole('link', { name: 'Review' })).toBeInTheDocument();
  });

  it('counts only questions the course has: one removed from a bank, or saved by another version, is not counted', async () => {
    useProgress.setState({ reviews: { [single.id]: card(), 'wift-quiz-removed-since': card(), 'future-course-question': card({ lastRating: 1 }) } });
    renderApp('/');
    expect(await screen.findByRole('link', { name: 'Review 1 due' })).toHaveAttribute('href', '/review');
    act(() => useProgress.setState({ reviews: { 'wift-quiz-removed-since': card() } }));
    expect(await screen.findByRole('link', { name: 'Review' })).toBeInTheDocument();
  });
});
