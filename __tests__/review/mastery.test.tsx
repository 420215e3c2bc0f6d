/**
 * Mastery per objective: the figures (pure), the evidence each question's latest answer
 * gives, and the page: an SVG chart and a table with the same numbers, a link to practise.
 */
import { screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { latestScore } from '../../src/progress/mastery-evidence';
import { useProgress } from '../../src/progress/progress-store';
import { emptyProgress, type QuestionRecord } from '../../src/progress/progress-types';
import { reviewQuizId } from '../../src/progress/review-ids';
import { fingerprint } from '../../src/quiz/lib/fingerprint';
import type { Question } from '../../src/quiz/lib/question';
import { masteryByObjective } from '../../src/review/lib/mastery';
import { renderApp } from '../support/render-app';
import { multiple, single } from '../support/sample-questions';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const lesson1 = (require('../../lessons/01-what-is-fine-tuning.questions.ts') as { default: Question[] }).default;

const record = (question: Question, over: Partial<QuestionRecord> = {}): QuestionRecord => ({
  quiz: 'lesson:x',
  attempt: 1,
  fp: fingerprint(question),
  response: null,
  tries: 1,
  firstScore: 1,
  correct: true,
  hintUsed: false,
  revealed: false,
  at: 1_000,
  ...over,
});

describe('mastery figures', () => {
  it('averages the latest score of the answered questions, per objective, and counts what is answered', () => {
    const bank = [
      { ...single, id: 'a', objective: 'define' },
      { ...single, id: 'b', objective: 'define' },
      { ...single, id: 'c', objective: 'define' },
      { ...multiple, id: 'd', objective: 'compare' },
    ] as Question[];
    const scores: Record<string, number | null> = { a: 1, b: 0.5, c: null, d: null };
    const rows = masteryByObjective(
      [
        { lesson: 'sample', objective: 'define' },
        { lesson: 'sample', objective: 'compare' },
        { lesson: 'sample', objective: 'untested' },
      ],
      bank,
      (q) => scores[q.id] ?? null,
    );
    expect(rows).toEqual([
      { lesson: 'sample', objective: 'define', questions: 3, answered: 2, score: 0.75 },
      { lesson: 'sample', objective: 'compare', questions: 1, answered: 0, score: null },
      { lesson: 'sample', objective: 'untested', questions: 0, answered: 0, score: null },
    ]);
  });

  it('takes a question’s latest answer: lesson quiz, review or final assessment; a changed question’s old answer does not count', () => {
    const data = { ...emptyProgress(), answers: { [single.id]: record(single, { firstScore: 0, at: 1_000 }) } };
    expect(latestScore(data, single)).toBe(0);
    const reviewed = { ...data, answers: { ...data.answers, [reviewQuizId(single.id)]: record(single, { firstScore: 1, at: 2_000 }) } };
    expect(latestScore(reviewed, single)).toBe(1);
    const finalled = { ...reviewed, finalAttempt: { n: 1, questions: [single.id], responses: {}, startedAt: 0, at: 3_000, result: { n: 1, score: 0.5, total: 1, at: 3_000, scores: { [single.id]: 0.5 } } } };
    expect(latestScore(finalled, single)).toBe(0.5);
    expect(latestScore({ ...emptyProgress(), answers: { [single.id]: record(single, { fp: 'old' }) } }, single)).toBeNull();
    expect(latestScore({ ...emptyProgress(), answers: { [single.id]: record(single, { tries: 0, revealed: true }) } }, single)).toBe(0);
  });
});

describe('the mastery page', () => {
  it('shows each objective as a bar and, with the same numbers, in a table with a link to practise', async () => {
    const define = lesson1.filter((q) => q.objective === 'define');
    useProgress.setState({ answers: { [define[0]!.id]: record(define[0]!, { firstScore: 1 }), [define[1]!.id]: record(define[1]!, { firstScore: 0.5 }) } });
    const { container } = renderApp('/mastery');
    const section = await screen.findByRole('region', { name: '1. What fine-tuning is' });
    expect(within(section).getByRole('img', { name: /^Lesson 1, average score by objective: objective 1, 75%; objective 2, not answered yet; objective 3, not answered yet$/ })).toBeInTheDocument();
    const table = within(section).getByRole('table', { name: /Lesson 1: each objective/ });
    const row = within(table).getByRole('row', { name: /Define fine-tuning in one sentence/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual([`2 of ${define.length}`, '75%']);
    expect(within(row).getByRole('link', { name: 'Practise objective 1 of lesson 1' })).toHaveAttribute('href', '/lessons/what-is-fine-tuning#lesson%3Awhat-is-fine-tuning-heading');
    expect(screen.getAllByRole('region', { name: /^\d\. / })).toHaveLength(9);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('puts each lesson’s table in a named region the keyboard reaches, so a phone can scroll it sideways', async () => {
    renderApp('/mastery');
    const section = await screen.findByRole('region', { name: '1. What fine-tuning is' });
    const scroller = within(section).getByRole('region', { name: 'Lesson 1: each objective’s questions answered and average score' });
    expect(scroller).toHaveAttribute('tabindex', '0');
    expect(within(scroller).getByRole('table')).toBeInTheDocument();
  });
});
