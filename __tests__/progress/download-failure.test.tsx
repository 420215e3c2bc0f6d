/**
 * Downloading progress loads the file writer on demand. If that file does not arrive
 * (offline, or a newer version of the course replaced it), the learner is told, and
 * nothing else changes.
 */
import { screen, within } from '@testing-library/react';
import { renderApp } from '../support/render-app';
import { SLOW_TEST_MS } from '../support/timeouts';

jest.mock('../../src/progress/progress-codec', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

describe('downloading progress when the writer does not download', () => {
  it(
    'says so on the progress page, that progress is safe, and the button still works after',
    async () => {
      const { user } = renderApp('/progress');
      const button = await screen.findByRole('button', { name: 'Download your progress' });
      await user.click(button);
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('Your progress could not be downloaded');
      expect(alert).toHaveTextContent('Your progress is safe in this browser');
      expect(within(screen.getByRole('region', { name: 'Keep a copy' })).getByRole('button', { name: 'Download your progress' })).toBeEnabled();
    },
    SLOW_TEST_MS,
  );
});
