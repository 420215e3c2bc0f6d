import { act, screen, within } from '@testing-library/react';
import lessonOne from '../../lessons/01-what-is-fine-tuning.questions';
import { useProgress } from '../../src/progress/progress-store';
import { correctResponse, grade } from '../../src/quiz/lib/grade';
import { axe } from 'jest-axe';
import { lessons } from '../../src/course/lessons';
import { renderApp } from '../support/render-app';
import { SLOW_TEST_MS } from '../support/timeouts';

describe('course home', () => {
  it('lists every lesson in order, with its time, and has the page landmarks', async () => {
    const { container } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const list = screen.getByRole('list', { name: 'Lessons' });
    const titles = within(list)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(titles).toEqual([...lessons].sort((a, b) => a.order - b.order).map((l) => l.title));
    expect(within(list).getAllByText(/\d+ min/)).toHaveLength(lessons.length);
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(await axe(container)).toHaveNoViolations();
  }, SLOW_TEST_MS);

  it('says once what the course is built from, so lessons can speak for the course', async () => {
    renderApp('/');
    const origin = await screen.findByText(/built from a glossary entry on fine-tuning/);
    expect(origin).toHaveTextContent(/adapted and extended with cited sources/);
    expect(within(origin).getByRole('link', { name: 'Further reading' })).toHaveAttribute('href', '/lessons/further-reading');
  });

  it('opens a lesson from the course map', async () => {
    const { user } = renderApp('/');
    const first = lessons[0];
    if (!first) throw new Error('no lessons');
    await user.click(await screen.findByRole('link', { name: first.title }));
    expect(await screen.findByRole('heading', { level: 1, name: first.title })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'In this lesson you will' })).toBeInTheDocument();
  }, SLOW_TEST_MS);
});

describe('not found', () => {
  it.each(['/nowhere', '/lessons/no-such-lesson'])('shows a not-found page with a way home for %s', async (url) => {
    const { user, container } = renderApp(url);
    expect(await screen.findByRole('heading', { level: 1, name: /can’t find that page/i })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
    await user.click(screen.getByRole('link', { name: 'Go to the course map' }));
    expect(await screen.findByRole('list', { name: 'Lessons' })).toBeInTheDocument();
  }, SLOW_TEST_MS);
});

describe('resuming from the course map', () => {
  it('offers to start at lesson 1, then to continue where the learner left off, with each lesson’s status', async () => {
    const first = renderApp('/');
    const start = await screen.findByRole('link', { name: 'Start with lesson 1' });
    await first.user.click(start);
    await screen.findByRole('heading', { level: 1, name: lessons[0]?.title });
    await first.user.click(screen.getByRole('link', { name: /^Next/ }));
    await screen.findByRole('heading', { level: 1, name: lessons[1]?.title });
    first.unmount();

    renderApp('/');
    expect(await screen.findByRole('link', { name: `Continue: ${lessons[1]?.title}` })).toBeInTheDocument();
    const cards = within(screen.getByRole('list', { name: 'Lessons' })).getAllByRole('listitem');
    expect(cards[0]).toHaveTextContent('Started');
    expect(cards[1]).toHaveTextContent('Started');
    expect(cards[2]).toHaveTextContent('Not started');
    expect(screen.getByText(`0 of ${lessons.length} lesson quizzes done`)).toBeInTheDocument();
  }, SLOW_TEST_MS);
});

describe('lesson status on the course map', () => {
  it('shows a finished lesson quiz with its best score', async () => {
    const quiz = lessonOne.filter((q) => q.placement === 'quiz');
    const target = { quizId: 'lesson:what-is-fine-tuning', questions: quiz };
    act(() => {
      quiz.forEach((q, i) => {
        const response = correctResponse(q);
        const result = i === 0 ? ({ status: 'graded', earned: 0, total: 1, correct: false } as const) : grade(q, response);
        if (result.status === 'graded') useProgress.getState().checkAnswer(target, q, response, result);
      });
    });
    renderApp('/');
    const cards = within(await screen.findByRole('list', { name: 'Lessons' })).getAllByRole('listitem');
    const percent = Math.round(((quiz.length - 1) / quiz.length) * 100);
    expect(cards[0]).toHaveTextContent(`Quiz done · best ${percent}%`);
    expect(screen.getByText(`1 of ${lessons.length} lesson quizzes done`)).toBeInTheDocument();
  }, SLOW_TEST_MS);
});
