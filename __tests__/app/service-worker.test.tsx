/**
 * A new version of the course, downloaded by the service worker, waits for the learner: a polite
 * status says it is ready, Update lets it take over (the page reloads), Later puts it away.
 */
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { startServiceWorker } from '../../src/app/service-worker';
import { registered } from '../support/pwa-register';

const notice = () => screen.queryByRole('heading', { name: 'A new version of the course is ready' });

function newVersionReady() {
  act(() => registered.options?.onNeedRefresh?.());
}

afterEach(() => {
  document.body.replaceChildren();
});

it('says nothing until a new version is waiting, then says so in a polite status with Update and Later', async () => {
  startServiceWorker();
  expect(notice()).not.toBeInTheDocument();

  newVersionReady();
  const status = screen.getByRole('status');
  expect(within(status).getByRole('heading', { name: 'A new version of the course is ready' })).toBeVisible();
  expect(status).toHaveTextContent('your saved progress stays as it is');
  expect(within(status).getByRole('button', { name: 'Update' })).toBeVisible();
  expect(within(status).getByRole('button', { name: 'Later' })).toBeVisible();
  expect(await axe(document.body)).toHaveNoViolations();
});

it('Update asks the waiting version to take over and reload, once, and says it is updating', async () => {
  const user = userEvent.setup();
  registered.update.mockReturnValue(new Promise(() => undefined)); // the page reloads before it settles
  startServiceWorker();
  newVersionReady();

  await user.click(screen.getByRole('button', { name: 'Update' }));
  expect(registered.update).toHaveBeenCalledWith(true);
  const updating = screen.getByRole('button', { name: 'Updating…' });
  expect(updating).toHaveAttribute('aria-disabled', 'true');
  await user.click(updating);
  expect(registered.update).toHaveBeenCalledTimes(1);
});

it('Later puts the notice away; a later "new version" shows it again', async () => {
  const user = userEvent.setup();
  startServiceWorker();
  newVersionReady();
  await user.click(screen.getByRole('button', { name: 'Later' }));
  expect(notice()).not.toBeInTheDocument();
  expect(screen.queryByRole('status')).not.toBeInTheDocument();

  newVersionReady();
  expect(notice()).toBeInTheDocument();
});

it('a service worker that cannot register (blocked, unsupported) is not the learner’s problem: nothing is shown', () => {
  startServiceWorker();
  act(() => registered.options?.onRegisterError?.(new Error('blocked')));
  expect(screen.queryByRole('status')).not.toBeInTheDocument();
});
