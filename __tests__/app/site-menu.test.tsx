/**
 * The site header on a narrow screen: the six main links fold into a "Menu" disclosure
 * (layout.css shows it below 50rem once public/theme.js has marked <html data-js>; jsdom
 * applies no CSS, so these tests check what a screen reader hears and where focus goes, and
 * e2e/site-menu.spec.ts checks what shows). With scripts off the links stay in view.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { courseQuestionIds } from '../../src/course/course-question-ids';
import { useProgress } from '../../src/progress/progress-store';
import { renderApp } from '../support/render-app';
import { reviewCard } from '../support/review-card';
import { SLOW_TEST_MS } from '../support/timeouts';

const DAY = 86_400_000;
const LINKS = ['Course map', 'Quizzes', 'Glossary', 'Review', 'Your progress', 'For trainers'];

const card = (due: number) => reviewCard(due);

const mainNav = () => screen.getByRole('navigation', { name: 'Main' });
const menuButton = () => within(mainNav()).getByRole('button', { name: /^Menu/ });

describe('the header’s Menu on a narrow screen', () => {
  it('is a button in the main navigation that opens and closes the six links it controls', async () => {
    const { user, container } = renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    const button = menuButton();
    expect(button).toHaveAccessibleName('Menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(panel).not.toBeNull();
    expect(
      within(panel!)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(LINKS);

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(await axe(container)).toHaveNoViolations();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
  }, SLOW_TEST_MS);

  it('opens from the keyboard, leads into its links, and Escape closes it with focus back on the button', async () => {
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    const button = menuButton();
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    expect(within(mainNav()).getByRole('link', { name: 'Course map' })).toHaveFocus();
    await user.tab();
    expect(within(mainNav()).getByRole('link', { name: 'Quizzes' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('closes when focus moves on past its last link, so it never covers what has focus', async () => {
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    const button = menuButton();
    await user.click(button);
    within(mainNav()).getByRole('link', { name: 'For trainers' }).focus();
    await user.tab();
    expect(screen.getByRole('button', { name: /^Theme:/ })).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes when a link is chosen, which then marks its page as the current one', async () => {
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    const button = menuButton();
    expect(within(mainNav()).getByRole('link', { name: 'Course map' })).toHaveAttribute('aria-current', 'page');
    await user.click(button);
    await user.click(within(mainNav()).getByRole('link', { name: 'Glossary' }));
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(await screen.findByRole('heading', { level: 1, name: /glossary/i })).toBeInTheDocument();
    expect(within(mainNav()).getByRole('link', { name: 'Glossary' })).toHaveAttribute('aria-current', 'page');
    expect(within(mainNav()).getByRole('link', { name: 'Course map' })).not.toHaveAttribute('aria-current');
  }, SLOW_TEST_MS);

  it('choosing the page already open closes it and gives focus back to the button, not to a hidden link', async () => {
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    const button = menuButton();
    await user.click(button);
    await user.click(within(mainNav()).getByRole('link', { name: 'Course map' }));
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('says how many reviews are due in its name, without being opened', async () => {
    // Questions the course has: the count leaves out any it does not.
    const [a = '', b = '', c = ''] = courseQuestionIds;
    useProgress.setState({ reviews: { [a]: card(Date.now() - DAY), [b]: card(Date.now() - DAY), [c]: card(Date.now() + DAY) } });
    renderApp('/');
    const button = await within(mainNav()).findByRole('button', { name: 'Menu 2 reviews due' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    useProgress.setState({ reviews: { [a]: card(Date.now() - DAY) } });
    expect(await within(mainNav()).findByRole('button', { name: 'Menu 1 review due' })).toBe(button);
    useProgress.setState({ reviews: {} });
    expect(await within(mainNav()).findByRole('button', { name: 'Menu' })).toBe(button);
  });
});

describe('before the app takes the page over (public/theme.js)', () => {
  const script = readFileSync(path.resolve(__dirname, '../../public/theme.js'), 'utf8');
  const root = document.documentElement;
  const added: [string, EventListenerOrEventListenerObject][] = [];

  afterEach(() => {
    for (const [type, listener] of added.splice(0)) document.removeEventListener(type, listener);
    for (const name of ['data-js', 'data-app-started', 'data-theme-choice', 'data-theme']) root.removeAttribute(name);
    document.body.replaceChildren();
    jest.restoreAllMocks();
  });

  function runScript() {
    const original = document.addEventListener.bind(document);
    jest.spyOn(document, 'addEventListener').mockImplementation((type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
      added.push([type, listener]);
      original(type, listener, options);
    });
    new Function(script)();
    jest.restoreAllMocks();
  }

  it('marks the page as running scripts, so the CSS folds the links only when the Menu can open them', () => {
    runScript();
    expect(root).toHaveAttribute('data-js');
  });

  it('opens and closes the prerendered Menu on a tap, until the app has started', () => {
    runScript();
    document.body.innerHTML = '<nav aria-label="Main"><button type="button" data-menu-button aria-expanded="false" aria-controls="site-menu">Menu</button><ul id="site-menu"></ul></nav>';
    const button = screen.getByRole('button', { name: 'Menu' });
    button.click();
    expect(button).toHaveAttribute('aria-expanded', 'true');
    button.click();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    // Once React has the page, the button is its own: the script leaves it alone.
    root.setAttribute('data-app-started', '');
    button.click();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });
});
