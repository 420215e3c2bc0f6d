import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../../src/app/routes';

/** Renders the whole app at a URL, as the browser router would. */
export function renderApp(url = '/') {
  const user = userEvent.setup();
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const utils = render(<RouterProvider router={router} />);
  return { user, router, ...utils };
}
