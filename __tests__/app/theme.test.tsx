import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThemeButton } from '../../src/app/theme-button';
import { STORAGE_KEY } from '../../src/progress/storage-keys';

const THEME_KEY = 'fine-tuning-course:theme';
const script = readFileSync(path.resolve(__dirname, '../../public/theme.js'), 'utf8');
const root = document.documentElement;

/** Listeners the script adds, removed after each test so that each test runs it afresh. */
const added: [EventTarget, string, EventListenerOrEventListenerObject][] = [];
function runThemeScript() {
  for (const target of [document, window]) {
    const original = target.addEventListener.bind(target);
    jest.spyOn(target, 'addEventListener').mockImplementation((type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
      added.push([target, type, listener]);
      original(type, listener, options);
    });
  }
  // The file as the browser runs it: a classic script in <head>.
  new Function(script)();
  jest.restoreAllMocks();
}

afterEach(() => {
  for (const [target, type, listener] of added.splice(0)) target.removeEventListener(type, listener);
  root.removeAttribute('data-theme');
  root.removeAttribute('data-theme-choice');
  jest.restoreAllMocks();
});

describe('public/theme.js: the theme before the first paint', () => {
  it('follows the system when nothing was chosen', () => {
    runThemeScript();
    expect(root).toHaveAttribute('data-theme-choice', 'system');
    expect(root).not.toHaveAttribute('data-theme');
  });

  it.each(['light', 'dark'])('applies a remembered choice of %s at once', (choice) => {
    localStorage.setItem(THEME_KEY, choice);
    runThemeScript();
    expect(root).toHaveAttribute('data-theme', choice);
    expect(root).toHaveAttribute('data-theme-choice', choice);
  });

  it('ignores a remembered value it does not know', () => {
    localStorage.setItem(THEME_KEY, 'purple');
    runThemeScript();
    expect(root).toHaveAttribute('data-theme-choice', 'system');
    expect(root).not.toHaveAttribute('data-theme');
  });
});

describe('the theme button', () => {
  it('goes Auto → Light → Dark → Auto, remembered in its own key, never in saved progress', async () => {
    const user = userEvent.setup();
    localStorage.setItem(STORAGE_KEY, '{"saved":"progress"}');
    runThemeScript();
    render(<ThemeButton />);
    const button = screen.getByRole('button', { name: /Theme:/ });
    await user.click(button);
    expect(root).toHaveAttribute('data-theme', 'light');
    expect(localStorage.getItem(THEME_KEY)).toBe('light');
    await user.click(button);
    expect(root).toHaveAttribute('data-theme', 'dark');
    expect(root).toHaveAttribute('data-theme-choice', 'dark');
    expect(localStorage.getItem(THEME_KEY)).toBe('dark');
    await user.click(button);
    expect(root).not.toHaveAttribute('data-theme');
    expect(root).toHaveAttribute('data-theme-choice', 'system');
    expect(localStorage.getItem(THEME_KEY)).toBeNull();
    expect(localStorage.getItem(STORAGE_KEY)).toBe('{"saved":"progress"}');
  });

  it('still changes the theme when storage refuses to remember it', async () => {
    const user = userEvent.setup();
    runThemeScript();
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    render(<ThemeButton />);
    await user.click(screen.getByRole('button', { name: /Theme:/ }));
    expect(root).toHaveAttribute('data-theme', 'light');
  });

  it('follows a choice made in another tab', () => {
    runThemeScript();
    window.dispatchEvent(new StorageEvent('storage', { key: THEME_KEY, newValue: 'dark' }));
    expect(root).toHaveAttribute('data-theme', 'dark');
    window.dispatchEvent(new StorageEvent('storage', { key: THEME_KEY, newValue: null }));
    expect(root).not.toHaveAttribute('data-theme');
  });
});

describe('src/ui/theme.css', () => {
  it('has the same dark colours for "dark chosen" as for "dark system, light not chosen"', () => {
    const css = readFileSync(path.resolve(__dirname, '../../src/ui/theme.css'), 'utf8');
    const declarations = (block: string) => [...block.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => `${m[1]}: ${m[2]}`);
    const system = /@media \(prefers-color-scheme: dark\) \{\s*:root:not\(\[data-theme='light'\]\) \{([^}]*)\}/.exec(css)?.[1] ?? '';
    const chosen = /:root\[data-theme='dark'\] \{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(declarations(system).length).toBeGreaterThan(10);
    expect(declarations(chosen)).toEqual(declarations(system));
  });
});
