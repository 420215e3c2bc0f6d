/**
 * Terms and citations in the text open a small dialog beside the sentence: one at a time,
 * closed by Escape, Close, a press outside or tabbing on; focus goes in and comes back.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { MemoryRouter } from 'react-router';
import glossary from '../../lessons/glossary';
import { Cite } from '../../src/course/mdx/cite';
import { Term } from '../../src/course/mdx/term';
import { findSource } from '../../src/course/sources-lookup';

const epoch = glossary.find((entry) => entry.id === 'epoch');
const baseModel = glossary.find((entry) => entry.id === 'base-model');
const guide = findSource('openai-fine-tuning-guide');
if (!epoch || !baseModel || !guide) throw new Error('the test needs the epoch and base-model terms and the OpenAI guide');

function renderText() {
  return render(
    <MemoryRouter>
      <main>
        <p>
          One <Term id="epoch">epoch</Term> is a pass over the data of a <Term id="base-model">base model</Term>{' '}
          <Cite id="openai-fine-tuning-guide" />. <a href="#after">The next link</a>
        </p>
        <button type="button">Elsewhere</button>
      </main>
    </MemoryRouter>,
  );
}

const term = (name: string) => screen.getByRole('button', { name });
const citation = () => screen.getByRole('button', { name: 'Source: OpenAI, 2024' });

it('a term is a button that says it opens a dialog, collapsed until pressed', () => {
  renderText();
  expect(term('epoch')).toHaveAttribute('aria-expanded', 'false');
  expect(term('epoch')).toHaveAttribute('aria-haspopup', 'dialog');
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
});

it('Enter opens the definition in a dialog named by the term, with focus in it; Escape closes it and focus returns', async () => {
  const user = userEvent.setup();
  renderText();
  term('epoch').focus();
  await user.keyboard('{Enter}');
  const dialog = screen.getByRole('dialog', { name: epoch.term });
  expect(term('epoch')).toHaveAttribute('aria-expanded', 'true');
  expect(term('epoch')).toHaveAttribute('aria-controls', dialog.id);
  expect(dialog).toHaveTextContent(epoch.definition);
  expect(within(dialog).getByRole('link', { name: 'In the glossary' })).toHaveAttribute('href', '/glossary#term-epoch');
  expect(dialog).toHaveFocus();
  // A layer beside the text (Floating UI positions it), not a block inside the sentence.
  expect(dialog.style.position).toBe('fixed');
  expect(await axe(document.body)).toHaveNoViolations();

  within(dialog).getByRole('link', { name: 'In the glossary' }).focus();
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(term('epoch')).toHaveAttribute('aria-expanded', 'false');
  expect(term('epoch')).toHaveFocus();
});

it('only one is open at a time, terms and citations together', async () => {
  const user = userEvent.setup();
  renderText();
  await user.click(term('epoch'));
  await user.click(term('base model'));
  expect(screen.getAllByRole('dialog')).toHaveLength(1);
  expect(screen.getByRole('dialog', { name: baseModel.term })).toBeVisible();
  expect(term('epoch')).toHaveAttribute('aria-expanded', 'false');

  await user.click(citation());
  expect(screen.getAllByRole('dialog')).toHaveLength(1);
  expect(screen.getByRole('dialog', { name: 'Source' })).toBeVisible();
  expect(term('base model')).toHaveAttribute('aria-expanded', 'false');
});

it('pressing the term again, a press outside, or Close closes it', async () => {
  const user = userEvent.setup();
  renderText();
  await user.click(term('epoch'));
  await user.click(term('epoch'));
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

  await user.click(term('epoch'));
  await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();

  await user.click(term('epoch'));
  await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' }));
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(term('epoch')).toHaveFocus();
});

it('a press inside the dialog keeps it open', async () => {
  const user = userEvent.setup();
  renderText();
  await user.click(term('epoch'));
  await user.click(screen.getByRole('dialog'));
  expect(screen.getByRole('dialog')).toBeInTheDocument();
});

it('tabbing on from the dialog closes it and carries on through the text', async () => {
  const user = userEvent.setup();
  renderText();
  term('epoch').focus();
  await user.keyboard('{Enter}');
  await user.tab(); // Close
  await user.tab(); // In the glossary
  expect(screen.getByRole('link', { name: 'In the glossary' })).toHaveFocus();
  await user.tab();
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(term('base model')).toHaveFocus();
});

it('a citation opens its source in place: title, author, year, a link to it and to the lesson’s list of sources', async () => {
  const user = userEvent.setup();
  renderText();
  expect(citation()).toHaveTextContent('(OpenAI, 2024)');
  citation().focus();
  await user.keyboard('{Enter}');
  const dialog = screen.getByRole('dialog', { name: 'Source' });
  expect(dialog).toHaveFocus();
  expect(dialog).toHaveTextContent(guide.title);
  expect(dialog).toHaveTextContent(`${guide.author}, ${guide.year}`);
  expect(within(dialog).getByRole('link', { name: /^Open the source/ })).toHaveAttribute('href', guide.url);
  expect(within(dialog).getByRole('link', { name: 'All sources for this lesson' })).toHaveAttribute('href', '#source-openai-fine-tuning-guide');
  expect(await axe(document.body)).toHaveNoViolations();
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(citation()).toHaveFocus();
});
