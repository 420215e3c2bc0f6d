import { screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { lessons } from '../../src/course/lessons';
import { renderApp } from '../support/render-app';

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
  });

  it('opens a lesson from the course map', async () => {
    const { user } = renderApp('/');
    const first = lessons[0];
    if (!first) throw new Error('no lessons');
    await user.click(await screen.findByRole('link', { name: first.title }));
    expect(await screen.findByRole('heading', { level: 1, name: first.title })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'In this lesson you will' })).toBeInTheDocument();
  });
});

describe('not found', () => {
  it.each(['/nowhere', '/lessons/no-such-lesson'])('shows a not-found page with a way home for %s', async (url) => {
    const { user, container } = renderApp(url);
    expect(await screen.findByRole('heading', { level: 1, name: /can’t find that page/i })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
    await user.click(screen.getByRole('link', { name: 'Go to the course map' }));
    expect(await screen.findByRole('list', { name: 'Lessons' })).toBeInTheDocument();
  });
});
