/**
 * A page that throws while rendering never leaves a blank screen: inside the shell it says the
 * page could not be shown; anywhere else the last line of defence says so. Both offer the way home.
 */
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { PageError } from '../../src/app/page-error';
import { RouteError } from '../../src/app/route-error';

function Broken(): never {
  throw new Error('a fault while rendering');
}

function renderAt(errorElement: React.ReactNode) {
  const router = createMemoryRouter([{ path: '/', element: <Broken />, errorElement }], { initialEntries: ['/'] });
  render(<RouterProvider router={router} />);
}

beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

it('inside the shell: says the page could not be shown, that progress is unchanged, and links home', async () => {
  renderAt(<PageError />);
  expect(await screen.findByRole('heading', { level: 1, name: 'This page could not be shown' })).toBeInTheDocument();
  expect(screen.getByText(/Your saved progress has not been changed/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Go to the course map' })).toHaveAttribute('href', '/');
});

it('the last line of defence: a main landmark that says something went wrong, and links home', async () => {
  renderAt(<RouteError />);
  expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
  expect(screen.getByRole('main')).toHaveTextContent('This page could not be shown. Your saved progress has not been changed.');
  expect(screen.getByRole('link', { name: 'Go to the course map' })).toHaveAttribute('href', '/');
});
