/**
 * Showing saved data never throws: a record the reader would refuse (but that reached
 * the store some other way) shows as "unknown", and the page around it still works.
 */
import { screen, within } from '@testing-library/react';
import { useProgress } from '../../src/progress/progress-store';
import { formatDate, isoDate } from '../../src/ui/format-date';
import { renderApp } from '../support/render-app';

const badQuiz = (at: number) => ({
  attempt: 1,
  completed: 1,
  completedAttempt: 1,
  last: { score: 3, total: 8, at },
  best: { score: 3, total: 8, at },
  history: [{ score: 3, total: 8, at }],
  at: 1_700_000_000_000,
});

describe('dates from saved data', () => {
  it.each([9e15, -9e15, Number.NaN, Number.POSITIVE_INFINITY])('formats %p as null instead of throwing', (at) => {
    expect(formatDate(at, 'long')).toBeNull();
    expect(isoDate(at)).toBeNull();
  });

  it('formats a real time in British style', () => {
    expect(formatDate(Date.UTC(2026, 10, 25, 12), 'long')).toBe('25 November 2026');
    expect(formatDate(Date.UTC(2026, 10, 25, 12), 'short')).toBe('25 Nov 2026');
    expect(isoDate(Date.UTC(2026, 10, 25, 12))).toBe('2026-11-25T12:00:00.000Z');
  });
});

describe('a quiz record with an impossible date', () => {
  it('does not take the lesson page down (last.at = 9e15)', async () => {
    useProgress.setState({ quizzes: { 'lesson:what-is-fine-tuning': badQuiz(9e15) } });
    renderApp('/lessons/what-is-fine-tuning');
    expect(await screen.findByRole('heading', { level: 1, name: 'What fine-tuning is' })).toBeInTheDocument();
    expect(screen.queryByText(/could not be loaded/)).not.toBeInTheDocument();
    const quiz = await screen.findByRole('region', { name: 'Quiz' });
    expect(within(quiz).getByText('Last taken').nextElementSibling).toHaveTextContent('Unknown date');
  });

  it('does not take the progress page down', async () => {
    useProgress.setState({ quizzes: { 'lesson:what-is-fine-tuning': badQuiz(9e15) } });
    renderApp('/progress');
    const table = await screen.findByRole('table', { name: 'Quiz results by lesson' });
    const row = within(table).getByRole('row', { name: /What fine-tuning is/ });
    expect(row).toHaveTextContent('Unknown date');
  });
});
