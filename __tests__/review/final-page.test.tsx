/**
 * The final assessment (/final): a balanced draw, answers saved as they are given with no
 * marking, submission with a warning for what is unanswered, the result with its date, every
 * question explained, a different set on retake, and the certificate after a pass.
 */
import { screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { useProgress } from '../../src/progress/progress-store';
import { correctResponse } from '../../src/quiz/lib/grade';
import type { Question } from '../../src/quiz/lib/question';
import { renderApp } from '../support/render-app';

const lessonsDir = path.resolve(__dirname, '../../lessons');
const bank = new Map<string, Question>(
  readdirSync(lessonsDir)
    .filter((file) => file.endsWith('.questions.ts'))
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    .flatMap((file) => (require(path.join(lessonsDir, file)) as { default: Question[] }).default)
    .map((q) => [q.id, q]),
);

const attempt = () => useProgress.getState().finalAttempt!;
/** Answers every question of the open attempt rightly but `wrong` of them (which are left out). */
function answerAllBut(wrong: number) {
  const a = attempt();
  const responses = Object.fromEntries(a.questions.slice(wrong).map((id) => [id, correctResponse(bank.get(id)!)]));
  useProgress.setState({ finalAttempt: { ...a, responses: { ...a.responses, ...responses } } });
}

describe('the final assessment', () => {
  it('starts with 18 questions, marks nothing while answering, and keeps each answer', async () => {
    const { user, container } = renderApp('/final');
    await user.click(await screen.findByRole('button', { name: 'Start the final assessment' }));
    expect(attempt().questions).toHaveLength(18);
    expect(screen.getAllByRole('heading', { level: 2, name: /^Question \d+ of 18$/ })).toHaveLength(18);
    expect(screen.getByText(/^Attempt 1: 0 of 18 questions answered\./)).toHaveAttribute('role', 'status');
    expect(await axe(container)).toHaveNoViolations();

    const firstChoice = attempt().questions.map((id) => bank.get(id)!).find((q) => q.type === 'single')!;
    const group = screen.getByRole('group', { name: firstChoice.prompt });
    const wrong = 'options' in firstChoice ? firstChoice.options.find((o) => !o.correct)! : null;
    await user.click(within(group).getByRole('radio', { name: wrong!.text }));
    expect(attempt().responses[firstChoice.id]).toEqual({ type: 'single', choice: wrong!.id });
    expect(screen.getByText(/^Attempt 1: 1 of 18 questions answered/)).toBeInTheDocument();
    // No verdict, no check button: nothing is marked before submission.
    expect(screen.queryByText(/Correct|Incorrect/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Check answer' })).not.toBeInTheDocument();
  });

  it('warns before submitting with questions unanswered; then shows the score, the date and every question explained', async () => {
    const { user, container } = renderApp('/final');
    await user.click(await screen.findByRole('button', { name: 'Start the final assessment' }));
    answerAllBut(4);
    await user.click(await screen.findByRole('button', { name: 'Submit your answers' }));
    expect(screen.getByRole('heading', { name: /4 questions not answered/ })).toBeInTheDocument();
    expect(attempt().result).toBeNull();
    expect(await axe(container)).toHaveNoViolations();
    await user.click(screen.getByRole('button', { name: 'Submit anyway' }));

    // 14 of 18 is 78%: under the pass mark.
    expect(await screen.findByRole('heading', { name: 'Not passed yet: 78%' })).toBeInTheDocument();
    expect(useProgress.getState().finalResults).toEqual([expect.objectContaining({ n: 1, score: 14, total: 18 })]);
    const review = screen.getByRole('region', { name: 'Every question, explained' });
    expect(within(review).getAllByRole('heading', { level: 3 })).toHaveLength(18);
    expect(within(review).getAllByText('Not answered')).toHaveLength(4);
    expect(within(review).getAllByText('Correct')).toHaveLength(14);
    expect(screen.queryByRole('region', { name: 'Your certificate' })).not.toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Every final assessment you have submitted' })).toHaveTextContent('Not yet passed');
    expect(await axe(container)).toHaveNoViolations();

    // A retake asks a different set.
    const first = attempt().questions;
    await user.click(screen.getByRole('button', { name: 'Take it again (new questions)' }));
    expect(attempt().n).toBe(2);
    expect(attempt().questions.filter((id) => first.includes(id))).toEqual([]);
  });

  it('after a pass, offers the certificate with the name typed, the course, the date and the score, printed by the browser', async () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user, container } = renderApp('/final');
    await user.click(await screen.findByRole('button', { name: 'Start the final assessment' }));
    answerAllBut(2);
    await user.click(await screen.findByRole('button', { name: 'Submit your answers' }));
    await user.click(screen.getByRole('button', { name: 'Submit anyway' }));
    expect(await screen.findByRole('heading', { name: 'Passed: 89%' })).toBeInTheDocument();

    const section = screen.getByRole('region', { name: 'Your certificate' });
    await user.type(within(section).getByRole('textbox', { name: 'Your name, as it should appear' }), 'Ada Lovelace');
    const certificate = within(section).getByRole('img', { name: /^Certificate: Ada Lovelace completed Fine-tuning: an interactive course on \d+ \w+ \d{4} with 89%$/ });
    expect(certificate).toHaveTextContent('Ada Lovelace');
    await user.click(within(section).getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(useProgress.getState().certificateName).toEqual({ name: 'Ada Lovelace', at: expect.any(Number) });
    expect(await axe(container)).toHaveNoViolations();
  });

  it('lists past results in a named region the keyboard reaches, so a phone can scroll it sideways', async () => {
    useProgress.setState({ finalResults: [{ n: 1, score: 14, total: 18, at: Date.now() }] });
    renderApp('/final');
    const scroller = await screen.findByRole('region', { name: 'Every final assessment you have submitted' });
    expect(scroller).toHaveAttribute('tabindex', '0');
    expect(within(scroller).getByRole('table', { name: 'Every final assessment you have submitted' })).toHaveTextContent('Not yet passed');
  });
});
