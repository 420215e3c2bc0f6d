import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { MemoryRouter } from 'react-router';
import glossary from '../../lessons/glossary';
import { lessons, loadLesson } from '../../src/course/lessons';
import { PresenterContext } from '../../src/course/mdx/instructor-notes';
import { LessonView } from '../../src/course/lesson-view';
import { renderApp } from '../support/render-app';
import { readCourseFiles } from '../support/course-files';
import { SLOW_TEST_MS } from '../support/timeouts';

const files = readCourseFiles();

describe.each(lessons.map((lesson) => [lesson.order, lesson.slug, lesson] as const))('lesson %i (%s)', (_order, slug, entry) => {
  const source = files.lessons.find((l) => l.file.endsWith(entry.file.replace('../../', '')))?.source ?? '';
  const checkpointIds = [...source.matchAll(/<Checkpoint id="([^"]+)"/g)].map((m) => m[1]);

  it('renders its title, objectives, checkpoints, quiz and sources, with no axe violations', async () => {
    const { container } = renderApp(`/lessons/${slug}`);
    expect(await screen.findByRole('heading', { level: 1, name: entry.title })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const objectives = screen.getByRole('region', { name: 'In this lesson you will' });
    const { entry: full } = await loadLesson(entry);
    expect(within(objectives).getAllByRole('listitem')).toHaveLength(full.objectives.length);
    expect(screen.getAllByText('Checkpoint')).toHaveLength(checkpointIds.length);
    const quiz = screen.getByRole('region', { name: 'Quiz' });
    expect(within(quiz).getByText(/^Question 1 of \d+/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Key takeaways' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Sources and further reading' })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  }, SLOW_TEST_MS);

  it('keeps instructor notes out of the self-paced page, and shows them when presenting', async () => {
    const loaded = await loadLesson(entry);
    const { unmount } = render(
      <MemoryRouter>
        <LessonView lesson={loaded} />
      </MemoryRouter>,
    );
    expect(screen.queryByRole('note', { name: 'Instructor notes' })).not.toBeInTheDocument();
    unmount();
    render(
      <MemoryRouter>
        <PresenterContext.Provider value>
          <LessonView lesson={loaded} />
        </PresenterContext.Provider>
      </MemoryRouter>,
    );
    const sections = (source.match(/^## /gm) ?? []).length;
    expect(screen.getAllByRole('note', { name: 'Instructor notes' })).toHaveLength(sections);
    expect(screen.getAllByText(/^Discuss:/).length).toBe(sections);
  });
});

describe('glossary terms in the text', () => {
  it('open their definition beside the text by keyboard, close with Escape, and link to the glossary', async () => {
    const user = userEvent.setup();
    renderApp('/lessons/what-is-fine-tuning');
    const entry = glossary.find((g) => g.id === 'pre-training');
    if (!entry) throw new Error('no pre-training term');
    const term = (await screen.findAllByRole('button', { name: 'pre-training' }))[0] as HTMLElement;
    expect(term).toHaveAttribute('aria-expanded', 'false');
    term.focus();
    await user.keyboard('{Enter}');
    expect(term).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('dialog', { name: entry.term });
    expect(term).toHaveAttribute('aria-controls', panel.id);
    expect(panel).toHaveTextContent(entry.definition);
    expect(within(panel).getByRole('link', { name: 'In the glossary' })).toHaveAttribute('href', '/glossary#term-pre-training');
    await user.keyboard('{Escape}');
    expect(term).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // From the link inside the panel too, with focus back on the term.
    await user.keyboard('{Enter}');
    within(screen.getByRole('dialog', { name: entry.term })).getByRole('link', { name: 'In the glossary' }).focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(term).toHaveFocus();
  }, SLOW_TEST_MS);

  it('are all defined in the glossary lesson, each with an anchor', async () => {
    renderApp('/lessons/related-terms');
    await screen.findByRole('heading', { level: 1, name: 'Related terms' });
    for (const entry of glossary) {
      const item = document.getElementById(`term-${entry.id}`);
      expect(item).toHaveTextContent(entry.term);
      expect(item).toHaveTextContent(entry.definition);
    }
  }, SLOW_TEST_MS);
});
