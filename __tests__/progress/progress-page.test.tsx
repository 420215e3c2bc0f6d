import { screen, waitFor, within } from '@testing-library/react';
import { dataOf, useProgress } from '../../src/progress/progress-store';
import { checkAnswer, visitLesson } from '../../src/progress/progress-actions';
import { PROGRESS_VERSION } from '../../src/progress/progress-types';
import { captureDownloads } from '../support/downloads';
import { renderApp } from '../support/render-app';
import { single } from '../support/sample-questions';


afterEach(() => jest.restoreAllMocks());

/** Some progress: one checked answer (scheduled for review, which follows the answer a moment later) and one lesson visited. */
async function answerSomething() {
  const target = { quizId: 'quiz:sample', questions: [single] };
  checkAnswer(target, single, { type: 'single', choice: 'pre-trained' }, { status: 'graded', earned: 1, total: 1, correct: true });
  visitLesson('what-is-fine-tuning');
  await waitFor(() => expect(useProgress.getState().reviews[single.id]).toBeDefined());
}

const fileInput = () => screen.getByLabelText('Progress file (.json)');

describe('your progress page', () => {
  it('shows each lesson’s quiz results in a table', async () => {
    renderApp('/progress');
    const table = await screen.findByRole('table', { name: 'Quiz results by lesson' });
    expect(within(table).getByRole('rowheader', { name: /1\. What fine-tuning is/ })).toBeInTheDocument();
  });

  it('puts the table in a named region that Tab reaches, so a phone can scroll it sideways, with the lessons’ hint', async () => {
    const { user } = renderApp('/progress');
    const region = await screen.findByRole('region', { name: 'Quiz results by lesson' });
    expect(within(region).getByRole('table', { name: 'Quiz results by lesson' })).toBeInTheDocument();
    // Tab from the top of the page until the region has focus (or the page runs out of stops).
    const stops: Element[] = [];
    while (document.activeElement !== region && !stops.includes(document.activeElement!) && stops.length < 80) {
      if (document.activeElement && document.activeElement !== document.body) stops.push(document.activeElement);
      await user.tab();
    }
    expect(region).toHaveFocus();
    // The same hint as a lesson's table, above it (shown while the table is wider than the screen).
    expect(region.parentElement).toHaveTextContent(/^Scroll sideways for more →/);
  });

  it('marks resetting as destructive: the button to start it and the one to confirm it', async () => {
    answerSomething();
    const { user } = renderApp('/progress');
    const start = await screen.findByRole('button', { name: 'Reset all progress' });
    expect(start).toHaveClass('button--danger');
    await user.click(start);
    expect(screen.getByRole('button', { name: 'Yes, clear everything' })).toHaveClass('button--danger');
    expect(screen.getByRole('button', { name: 'Cancel' })).not.toHaveClass('button--danger');
  });

  it('round-trips progress: download, reset (after confirming), import, all back', async () => {
    await answerSomething();
    const before = dataOf(useProgress.getState());
    const downloads = captureDownloads();
    const { user } = renderApp('/progress');
    await user.click(await screen.findByRole('button', { name: 'Download your progress' }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const exported = await downloads[0]?.text();
    expect(exported).toContain('"app": "fine-tuning-course"');

    await user.click(screen.getByRole('button', { name: 'Reset all progress' }));
    expect(useProgress.getState().answers[single.id]).toBeDefined(); // nothing until confirmed
    await user.click(screen.getByRole('button', { name: 'Yes, clear everything' }));
    expect(within(screen.getByRole('region', { name: 'Start again' })).getByRole('status')).toHaveTextContent('All progress has been cleared.');
    expect(useProgress.getState().answers).toEqual({});

    await user.upload(fileInput(), new File([exported as string], 'progress.json', { type: 'application/json' }));
    expect(await screen.findByRole('heading', { name: /Progress imported/ })).toBeInTheDocument();
    // Everything is back; only the time of the reset is remembered.
    const { resetAt, ...after } = dataOf(useProgress.getState());
    const { resetAt: neverReset, ...beforeData } = before;
    expect(neverReset).toBe(0);
    expect(after).toEqual(beforeData);
    expect(resetAt).toBeGreaterThan(0);
  });

  it('importing merges with what is already here instead of replacing it', async () => {
    await answerSomething();
    const exported = JSON.stringify({ app: 'fine-tuning-course', version: 2, exportedAt: '2026-11-01T00:00:00Z', state: { ...dataOf(useProgress.getState()), lastLesson: 'graduate-analogy', lessons: { 'graduate-analogy': { visitedAt: 1 } } } });
    const { user } = renderApp('/progress');
    await user.upload(await screen.findByLabelText('Progress file (.json)'), new File([exported], 'p.json', { type: 'application/json' }));
    await screen.findByRole('heading', { name: /Progress imported/ });
    expect(Object.keys(useProgress.getState().lessons).sort()).toEqual(['graduate-analogy', 'what-is-fine-tuning']);
  });

  it.each([
    ['a file over 1 MB', 'x'.repeat(1024 * 1024 + 1), /larger than 1 MB/],
    ['not JSON', '{oops', /not valid JSON/],
    ['another app’s file', JSON.stringify({ app: 'other', version: 2, state: {} }), /not a progress export from this course/],
    ['a newer version', JSON.stringify({ app: 'fine-tuning-course', version: PROGRESS_VERSION + 1, state: {} }), /newer version/],
    ['a __proto__ key', '{"app":"fine-tuning-course","version":2,"state":{"answers":{},"quizzes":{},"tries":[],"lessons":{"__proto__":{"visitedAt":1}},"lastLesson":null}}', /__proto__/],
    ['a constructor key', '{"app":"fine-tuning-course","version":2,"state":{"constructor":{}}}', /constructor/],
    ['the wrong shape', JSON.stringify({ app: 'fine-tuning-course', version: 2, state: { answers: [] } }), /damaged/],
  ])('refuses %s with a message and changes nothing', async (_label, text, reason) => {
    await answerSomething();
    const before = JSON.stringify(dataOf(useProgress.getState()));
    const { user } = renderApp('/progress');
    await user.upload(await screen.findByLabelText('Progress file (.json)'), new File([text], 'p.json', { type: 'application/json' }));
    const notice = (await screen.findByRole('heading', { name: 'That file was not imported' })).closest('section') as HTMLElement;
    expect(notice).toHaveTextContent(reason);
    expect(notice).toHaveTextContent('Nothing was changed.');
    expect(JSON.stringify(dataOf(useProgress.getState()))).toBe(before);
  });
});
