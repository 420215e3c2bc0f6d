/**
 * The saved-progress reader is its own file, downloaded after the first paint. When it does
 * not arrive: no endless "Reading your progress…", nothing written over what is saved, and
 * "Try again" reads it once the file can be had.
 */
import { act, screen, within } from '@testing-library/react';
import { STORAGE_KEY, useProgress } from '../../src/progress/progress-store';
import { visitLesson } from '../../src/progress/progress-actions';
import { lessons } from '../../src/course/lessons';
import { renderApp } from '../support/render-app';
import { SLOW_TEST_MS } from '../support/timeouts';

const offline = { reader: false };
// Every use of the reader module fails while "offline", as a dynamic import of a file that
// does not arrive would (jest keeps a module once loaded, so failing the load alone is not enough).
jest.mock('../../src/progress/progress-codec', () => {
  const actual = jest.requireActual<object>('../../src/progress/progress-codec');
  return new Proxy(actual, {
    get(target, key) {
      if (offline.reader) throw new TypeError('Failed to fetch dynamically imported module');
      return Reflect.get(target, key) as unknown;
    },
  });
});

const second = lessons[1] ?? (() => { throw new Error('fewer than two lessons'); })();

/** Saved progress with lesson 2 visited, written by a normal visit. */
async function savedProgress(): Promise<string> {
  act(() => visitLesson(second.slug));
  const raw = localStorage.getItem(STORAGE_KEY);
  if (!raw) throw new Error('nothing saved');
  return raw;
}

afterEach(() => {
  offline.reader = false;
});

describe('the saved-progress reader does not download', () => {
  it(
    'course map: says so, keeps what is saved, and Try again reads it',
    async () => {
      const raw = await savedProgress();
      offline.reader = true;
      await act(() => useProgress.persist.rehydrate());
      const { user } = renderApp('/');
      const notice = await screen.findByRole('alert', { name: 'Part of the course didn’t load' });
      expect(notice).toHaveTextContent('Your saved progress is safe');
      expect(screen.queryByText('Reading your progress…')).not.toBeInTheDocument();

      // Working on does not write over saved progress that could not be read.
      act(() => visitLesson('what-is-fine-tuning'));
      expect(localStorage.getItem(STORAGE_KEY)).toBe(raw);

      offline.reader = false;
      await user.click(within(notice).getByRole('button', { name: 'Try again' }));
      expect(await screen.findByRole('link', { name: `Continue: ${second.title}` })).toBeInTheDocument();
      expect(screen.queryByRole('alert', { name: 'Part of the course didn’t load' })).not.toBeInTheDocument();
    },
    SLOW_TEST_MS,
  );
  // The progress page's notice and retry (through the router) are covered in the browser: e2e/chunk-failures.spec.ts.
});
