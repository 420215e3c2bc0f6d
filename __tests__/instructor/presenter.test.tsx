import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import type { MDXComponents, MDXContent } from 'mdx/types';
import type { ElementType } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { findLesson, lessons, loadLesson } from '../../src/course/lessons';
import type { LessonEntry } from '../../src/instructor/deck';
import { AudienceView } from '../../src/instructor/audience-view';
import { ConsoleView } from '../../src/instructor/console-view';
import type { PresentData } from '../../src/instructor/presentation';
import { extractSections } from '../../src/instructor/sections';
import { MetricsContext, type Metrics } from '../../src/instructor/use-deck';
import { useProgress } from '../../src/progress/progress-store';
import { checkAnswer } from '../../src/progress/progress-actions';
import { checkpointQuizId } from '../../src/progress/quiz-ids';
import { correctResponse, grade } from '../../src/quiz/lib/grade';
import type { Question } from '../../src/quiz/lib/question';

/** jsdom has no layout: a block is as tall as its text is long; a slide body holds 400 px. */
const metrics: Metrics = {
  height: (el) => (el.dataset.section ? 400 : Math.ceil((el.textContent?.length ?? 0) / 40) * 40),
  gap: () => 10,
};

const checkpoint: Question = {
  id: 'long-check',
  lesson: 'long',
  objective: 'o',
  difficulty: 'easy',
  placement: 'checkpoint',
  type: 'single',
  title: 'Item one',
  prompt: 'Which is item one?',
  hint: 'The first.',
  options: [
    { id: 'one', text: 'Item one', correct: true, explanation: 'Yes: it comes first.' },
    { id: 'two', text: 'Item two', correct: false, explanation: 'No: it comes second.' },
    { id: 'three', text: 'Item three', correct: false, explanation: 'No: it comes third.' },
  ],
};

/** A lesson with one over-long section (30 list items), written as MDX compiles it. */
const LongLesson: MDXContent = ({ components = {} }: { components?: MDXComponents }) => {
  const c = components as Record<string, ElementType>;
  const H2 = c.h2 ?? 'h2';
  const Notes = c.InstructorNotes as ElementType;
  const Check = c.Checkpoint as ElementType;
  return (
    <>
      <H2>A very long section</H2>
      <Notes minutes={5} discussion="What would you put first?">
        <ul>
          <li>Walk through the items.</li>
        </ul>
      </Notes>
      <p>Thirty things to know:</p>
      <ul>
        {Array.from({ length: 30 }, (_, i) => (
          <li key={i}>Item number {i + 1} of the long list, long enough to take a line of its own.</li>
        ))}
      </ul>
      <H2>A short section</H2>
      <Notes minutes={3} discussion="Any questions?">
        <ul>
          <li>Check understanding.</li>
        </ul>
      </Notes>
      <p>One short paragraph.</p>
      <Check id="long-check" />
    </>
  );
};

const longEntry: LessonEntry = {
  title: 'A long lesson',
  slug: 'long',
  order: 1,
  summary: 'Long.',
  minutes: 5,
  objectives: [{ id: 'o', text: 'Know the items.', section: 'Items' }],
  sources: [],
  file: 'long.mdx',
};

const longData: PresentData = {
  deckId: 'long',
  title: 'A long lesson',
  wholeCourse: false,
  lessons: [{ entry: longEntry, questions: [checkpoint], sections: extractSections(LongLesson, [checkpoint], longEntry.title) }],
};

function renderPresenter(data: PresentData, view: 'audience' | 'console' = 'audience') {
  const user = userEvent.setup();
  const router = createMemoryRouter(
    [
      { path: '/present/:slug', element: view === 'console' ? <ConsoleView data={data} /> : <AudienceView data={data} /> },
      { path: '/lessons/:slug', element: <h1>Lesson page</h1> },
    ],
    { initialEntries: [`/present/${data.deckId}`] },
  );
  const utils = render(
    <MetricsContext.Provider value={metrics}>
      <RouterProvider router={router} />
    </MetricsContext.Provider>,
  );
  return { user, router, ...utils };
}

const slide = () => screen.getByRole('region', { name: /^\d+ of \d+/ });

beforeEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('splitting sections into slides', () => {
  it('spreads an over-long section over several slides, every item once and in order, nothing cut', async () => {
    const { user } = renderPresenter(longData);
    expect(await screen.findByRole('region', { name: /^1 of \d+: Lesson 1: A long lesson$/ })).toBeInTheDocument();
    const seen: string[] = [];
    const parts = new Set<string>();
    for (let i = 0; i < 12; i += 1) {
      await user.keyboard('{ArrowRight}');
      const current = slide();
      const label = current.getAttribute('aria-label') ?? '';
      if (!label.includes('A very long section')) continue;
      parts.add(label);
      seen.push(...within(current).queryAllByRole('listitem').map((li) => li.textContent ?? ''));
    }
    // 30 items of 80 px (two lines of text) with 10 px gaps: four fit in 400 px, so the section needs 8 slides.
    expect(parts.size).toBeGreaterThan(1);
    expect([...parts][0]).toMatch(/A very long section \(1 of \d+\)/);
    expect(seen).toEqual(Array.from({ length: 30 }, (_, i) => `Item number ${i + 1} of the long list, long enough to take a line of its own.`));
    // The lead-in stays with the first item.
    await user.keyboard('{Home}{ArrowRight}');
    expect(within(slide()).getByText('Thirty things to know:')).toBeInTheDocument();
    expect(within(slide()).getAllByRole('listitem')[0]).toHaveTextContent('Item number 1 ');
  });
});

describe('keyboard navigation', () => {
  it('moves with arrows and Space, Home and End, a number and Enter; B blacks out; R reveals', async () => {
    const { user, router } = renderPresenter(longData);
    await screen.findByRole('region', { name: /^1 of / });
    const total = Number(/of (\d+)/.exec(slide().getAttribute('aria-label') ?? '')?.[1]);
    await user.keyboard('{ArrowRight}');
    expect(slide()).toHaveAccessibleName(/^2 of /);
    await user.keyboard(' ');
    expect(slide()).toHaveAccessibleName(/^3 of /);
    await user.keyboard('{ArrowLeft}');
    expect(slide()).toHaveAccessibleName(/^2 of /);
    await user.keyboard('{End}');
    expect(slide()).toHaveAccessibleName(new RegExp(`^${total} of ${total}: Checkpoint`));
    expect(screen.getByText(`Slide ${total} of ${total}`)).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Progress through the slides' })).toHaveAttribute('value', String(total));
    // The room sees the options, not the answer, until R.
    expect(within(slide()).queryByText(/Answer: /)).not.toBeInTheDocument();
    await user.keyboard('r');
    expect(within(slide()).getByText('Answer: A')).toBeInTheDocument();
    expect(within(slide()).getByText('No: it comes second.')).toBeInTheDocument();
    await user.keyboard('{Home}');
    expect(slide()).toHaveAccessibleName(/^1 of /);
    await user.keyboard('3');
    expect(screen.getByRole('status')).toHaveTextContent('Go to slide 3: press Enter');
    await user.keyboard('{Enter}');
    expect(slide()).toHaveAccessibleName(/^3 of /);
    await user.keyboard('b');
    expect(screen.queryByRole('region', { name: /^3 of / })).not.toBeInTheDocument();
    expect(screen.getByText(/screen is blacked out/)).toBeInTheDocument();
    await user.keyboard('b');
    expect(slide()).toHaveAccessibleName(/^3 of /);
    // The place is in the URL, so a reload comes back here.
    expect(window.location.search).toBe('?slide=3');
    await user.keyboard('{Escape}');
    expect(router.state.location.pathname).toBe('/lessons/long');
    expect(router.state.location.hash).toBe('#a-very-long-section');
  });
});

describe('a class run', () => {
  it('never reads or writes the presenter’s own saved progress', async () => {
    // The presenter has answered a question of lesson 1 as a learner.
    const entry = findLesson('what-is-fine-tuning');
    if (!entry) throw new Error('no lesson 1');
    const { Content, questions, entry: full } = await loadLesson(entry);
    const question = questions.find((q) => q.placement === 'checkpoint');
    if (!question) throw new Error('no checkpoint');
    const response = correctResponse(question);
    const result = grade(question, response);
    act(() => {
      if (result.status === 'graded') checkAnswer({ quizId: checkpointQuizId(question.id), questions: [question] }, question, response, result);
    });
    // The answer joins the review schedule a moment later (the scheduler loads after it).
    await waitFor(() => expect(useProgress.getState().reviews[question.id]).toBeDefined());
    const savedBefore = { ...localStorage };
    const answersBefore = useProgress.getState().answers;
    expect(Object.keys(savedBefore).length).toBeGreaterThan(0);

    const data: PresentData = { deckId: entry.slug, title: entry.title, wholeCourse: false, lessons: [{ entry: full, questions, sections: extractSections(Content, questions, entry.title) }] };
    const { user } = renderPresenter(data, 'console');
    await screen.findByRole('heading', { name: /^Now: slide 1 of/ });
    // Go through every slide, revealing and counting hands on each question.
    const total = Number(/of (\d+)/.exec(screen.getByRole('heading', { name: /^Now:/ }).textContent ?? '')?.[1]);
    let charts = 0;
    for (let i = 1; i < total; i += 1) {
      const reveal = screen.queryByRole('button', { name: /Reveal the answer/ });
      if (reveal) {
        await user.click(reveal);
        const counts = screen.queryAllByRole('spinbutton', { name: /^[A-E]\. / });
        for (const [k, input] of counts.entries()) await user.type(input, String(k + 2));
        const chart = screen.queryByRole('button', { name: 'Show the chart to the room' });
        if (chart) {
          await user.click(chart);
          // The chart on the current slide carries the counts typed in, as text.
          const total = counts.reduce((sum, _, k) => sum + k + 2, 0);
          expect(screen.getAllByRole('img', { name: new RegExp(`^Show of hands, ${total} in all\\. A: 2, B: 3`) }).length).toBeGreaterThan(0);
          charts += 1;
        }
      }
      await user.click(screen.getByRole('button', { name: 'Next' }));
    }
    expect(charts).toBeGreaterThan(3);
    expect({ ...localStorage }).toEqual(savedBefore);
    expect(useProgress.getState().answers).toBe(answersBefore);
  }, 60_000);

  it('shows the console with notes, next slide, clock and a section link, with no axe violations', async () => {
    const { container, user } = renderPresenter(longData, 'console');
    await screen.findByRole('heading', { name: /^Now: slide 1 of/ });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { name: /^Instructor notes: A very long section/ })).toBeInTheDocument();
    expect(screen.getByText('Walk through the items.')).toBeInTheDocument();
    expect(screen.getByText(/What would you put first\?/)).toBeInTheDocument();
    expect(screen.getByText(/of 5 min planned/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /^Next: A very long section \(2 of/ })).toBeInTheDocument();
    expect(screen.getByText('http://localhost/lessons/long#a-very-long-section')).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });
});

it('marks a section that runs over its planned time', async () => {
  jest.useFakeTimers();
  try {
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const router = createMemoryRouter([{ path: '/present/:slug', element: <ConsoleView data={longData} /> }], { initialEntries: ['/present/long'] });
    render(
      <MetricsContext.Provider value={metrics}>
        <RouterProvider router={router} />
      </MetricsContext.Provider>,
    );
    await screen.findByRole('heading', { name: /^Now: slide 1 of/ });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText(/of 5 min planned/)).not.toHaveTextContent('running over');
    act(() => jest.advanceTimersByTime(5 * 60_000 + 30_000));
    expect(screen.getByText(/of 5 min planned/)).toHaveTextContent(/running over by 0:3\d/);
  } finally {
    jest.useRealTimers();
  }
});

it('every lesson builds a deck in jsdom without errors', async () => {
  for (const entry of lessons) {
    const { Content, questions } = await loadLesson(entry);
    expect(extractSections(Content, questions, entry.title).length).toBeGreaterThan(2);
  }
});
