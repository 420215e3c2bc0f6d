import { act, screen, within } from '@testing-library/react';
import lessonOne from '../../lessons/01-what-is-fine-tuning.questions';
import { checkAnswer } from '../../src/progress/progress-actions';
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

  describe('while offline (the address may exist, but is not saved in this browser)', () => {
    const setOnline = (online: boolean) => {
      jest.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
      window.dispatchEvent(new Event(online ? 'online' : 'offline'));
    };
    afterEach(() => jest.restoreAllMocks());

    it.each(['/nowhere', '/lessons/no-such-lesson'])('%s: says the learner is offline, that the page is not saved for offline use, with Try again and the course map', async (url) => {
      setOnline(false);
      const { user, container } = renderApp(url);
      expect(await screen.findByRole('heading', { level: 1, name: 'You’re offline' })).toBeInTheDocument();
      expect(screen.queryByText(/can’t find that page/i)).not.toBeInTheDocument();
      expect(document.title).toMatch(/^You’re offline/);
      const notice = screen.getByRole('alert', { name: 'Part of the course didn’t load' });
      expect(notice).toHaveTextContent('You are offline, and this page is not saved for offline use in this browser.');
      expect(notice).toHaveTextContent('Your saved progress is safe');
      expect(await axe(container)).toHaveNoViolations();
      // It asks for the address again (a reload: jsdom has none; e2e/offline.spec.ts presses it).
      expect(within(notice).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
      await user.click(within(notice).getByRole('link', { name: 'Go to the course map' }));
      expect(await screen.findByRole('list', { name: 'Lessons' })).toBeInTheDocument();
    }, SLOW_TEST_MS);

    it('back online, it is the not-found page again', async () => {
      setOnline(false);
      renderApp('/nowhere');
      expect(await screen.findByRole('heading', { level: 1, name: 'You’re offline' })).toBeInTheDocument();
      act(() => setOnline(true));
      expect(await screen.findByRole('heading', { level: 1, name: /can’t find that page/i })).toBeInTheDocument();
    });
  });
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
        if (result.status === 'graded') checkAnswer(target, q, response, result);
      });
    });
    renderApp('/');
    const cards = within(await screen.findByRole('list', { name: 'Lessons' })).getAllByRole('listitem');
    const percent = Math.round(((quiz.length - 1) / quiz.length) * 100);
    expect(cards[0]).toHaveTextContent(`Quiz done · best ${percent}%`);
    expect(screen.getByText(`1 of ${lessons.length} lesson quizzes done`)).toBeInTheDocument();
  }, SLOW_TEST_MS);
});
