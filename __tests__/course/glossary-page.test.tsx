import { screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import glossary from '../../lessons/glossary';
import { byLetter, letterOf, termMatches } from '../../src/course/glossary-filter';
import { renderApp } from '../support/render-app';
import { SLOW_TEST_MS } from '../support/timeouts';

describe('glossary filter (pure)', () => {
  const lora = { id: 'lora', term: 'LoRA (low-rank adaptation)' };
  const qlora = { id: 'qlora', term: 'QLoRA' };
  const sft = { id: 'supervised-fine-tuning', term: 'Supervised fine-tuning (SFT)' };

  it('finds a term by any part of its name, ignoring case, accents and punctuation', () => {
    expect(termMatches(lora, 'lora')).toBe(true);
    expect(termMatches(qlora, 'LORA')).toBe(true);
    expect(termMatches(sft, 'fine tun')).toBe(true);
    expect(termMatches(sft, 'fine-tuning sft')).toBe(true);
    expect(termMatches(sft, 'lora')).toBe(false);
    expect(termMatches(lora, '  ')).toBe(true);
  });

  it('groups terms A–Z by their first letter', () => {
    const groups = byLetter([qlora, sft, lora, { id: 'x', term: '4-bit' }]);
    expect(groups.map((g) => g.letter)).toEqual(['#', 'L', 'Q', 'S']);
    expect(letterOf('Épreuve')).toBe('E');
  });
});

describe('/glossary', () => {
  it('lists every term A–Z, each with where it is met in the lessons, with no axe violations', async () => {
    const { container } = renderApp('/glossary');
    expect(await screen.findByRole('heading', { level: 1, name: 'Glossary' })).toBeInTheDocument();
    const terms = container.querySelectorAll('dfn');
    expect(terms).toHaveLength(glossary.length);
    const shown = [...terms].map((t) => t.textContent ?? '');
    expect(shown).toEqual([...shown].sort((a, b) => a.localeCompare(b, 'en-GB')));
    const lora = container.querySelector('#term-lora') as HTMLElement;
    const first = within(lora).getByRole('link', { name: 'lesson 2, The graduate analogy' });
    expect(first.getAttribute('href')).toMatch(/^\/lessons\/graduate-analogy#[a-z0-9-]+$/);
    expect(within(lora).getByRole('link', { name: 'lesson 4' })).toHaveAttribute('href', '/lessons/how-it-works#training-fewer-weights-peft-lora-and-qlora');
    expect(await axe(container)).toHaveNoViolations();
  }, SLOW_TEST_MS);

  it('filters as you type, says how many match, and says so when none does', async () => {
    const { user, container } = renderApp('/glossary');
    const filter = await screen.findByRole('searchbox', { name: 'Filter terms' });
    const count = () => within(screen.getByRole('search')).getByRole('status');
    await user.type(filter, 'lora');
    expect(count()).toHaveTextContent('2 of 25 terms match “lora”.');
    const visible = [...container.querySelectorAll('dfn')].filter((dfn) => !dfn.closest('[hidden]')).map((dfn) => dfn.textContent);
    expect(visible).toEqual(['LoRA (low-rank adaptation)', 'QLoRA (quantised LoRA)']);
    expect(screen.getByRole('navigation', { name: 'Terms by letter' }).querySelectorAll('li:not([hidden])')).toHaveLength(2);
    await user.clear(filter);
    await user.type(filter, 'zebra');
    expect(count()).toHaveTextContent('No term matches “zebra”.');
    await user.clear(filter);
    expect(count()).toHaveTextContent('');
    expect([...container.querySelectorAll('dfn')].filter((dfn) => !dfn.closest('[hidden]'))).toHaveLength(glossary.length);
    expect(await axe(container)).toHaveNoViolations();
  }, SLOW_TEST_MS);
});
