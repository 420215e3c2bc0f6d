import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { CourseHome } from '../../src/course/course-home';
import { lessonSections } from '../../src/course/lesson-sections';
import { LessonView } from '../../src/course/lesson-view';
import { findLesson, lessons, loadLesson } from '../../src/course/lessons';
import { SAVE_AFTER_MS } from '../../src/course/reading-place';
import { sectionId } from '../../src/course/section-id';
import { useProgress } from '../../src/progress/progress-store';
import { readCourseFiles } from '../support/course-files';

const files = readCourseFiles();

/**
 * jsdom has no IntersectionObserver: this one lets a test say which headings have passed the
 * reading line, as the browser's would when the learner scrolls.
 */
class FakeObserver {
  static current: FakeObserver | null = null;
  targets: Element[] = [];
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.current = this;
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  disconnect() {
    this.targets = [];
  }
  unobserve() {}
  takeRecords() {
    return [];
  }
  /** Every heading up to and including `id` has passed the line; the rest have not. */
  readTo(id: string) {
    const index = this.targets.findIndex((t) => t.id === id);
    const entries = this.targets.map((target, i) => ({ target, isIntersecting: i <= index }) as IntersectionObserverEntry);
    act(() => this.callback(entries, this as unknown as IntersectionObserver));
  }
}

beforeEach(() => {
  (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver = FakeObserver;
});
afterEach(() => {
  delete (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver;
  jest.useRealTimers();
});

/** The menu beside the text (the phone's folded copy comes first in the page). */
const wideMenu = () => screen.getAllByRole('navigation', { name: 'In this lesson' }).at(-1)!;

async function renderLesson(slug: string) {
  const loaded = await loadLesson(findLesson(slug)!);
  render(
    <MemoryRouter initialEntries={[`/lessons/${slug}`]}>
      <LessonView lesson={loaded} />
    </MemoryRouter>,
  );
  return loaded;
}

describe('section ids', () => {
  it.each(lessons.map((l) => [l.slug, l] as const))('%s: one menu entry per ## heading, with the id its heading has', async (_slug, entry) => {
    const source = files.lessons.find((l) => entry.file.endsWith(l.file))?.source ?? '';
    const headings = [...source.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
    const { Content } = await loadLesson(entry);
    const sections = lessonSections(Content);
    expect(sections.filter((s) => s.id !== 'key-takeaways' && s.id !== 'quiz').map((s) => s.id)).toEqual(headings.map(sectionId));
    expect(new Set(sections.map((s) => s.id)).size).toBe(sections.length);
    expect(sections.at(-1)).toEqual({ id: 'quiz', title: 'Quiz' });
  });

  it('keeps the ids that links already use (renaming a heading breaks them: change links too)', async () => {
    const { Content } = await loadLesson(findLesson('related-terms')!);
    expect(lessonSections(Content).map((s) => s.id)).toEqual([
      'how-a-model-is-built-and-used',
      'ways-to-adapt-a-model',
      'alternatives-that-change-no-weights',
      'risks-and-checks',
      'the-full-glossary',
      'key-takeaways',
      'quiz',
    ]);
    expect(sectionId('What goes in: your data')).toBe('what-goes-in-your-data');
    expect(sectionId('Don’t “over-fit”, café')).toBe('dont-over-fit-cafe');
  });
});

describe('the section menu of a lesson', () => {
  it('lists every section, each linking to a heading on the page, and "Jump to quiz" links to the quiz', async () => {
    await renderLesson('related-terms');
    const wide = wideMenu();
    const links = within(wide).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'How a model is built and used',
      'Ways to adapt a model',
      'Alternatives that change no weights',
      'Risks and checks',
      'The full glossary',
      'Key takeaways',
      'Quiz',
    ]);
    for (const link of links) expect(document.getElementById(link.getAttribute('href')!.slice(1))).not.toBeNull();
    const jump = screen.getByRole('link', { name: 'Jump to quiz' });
    expect(document.getElementById(jump.getAttribute('href')!.slice(1))).toContainElement(screen.getByRole('heading', { name: 'Quiz', level: 2 }));
  });

  it('on a phone, folds into an "In this lesson" disclosure that opens and closes', async () => {
    const user = userEvent.setup();
    await renderLesson('related-terms');
    const summary = screen.getByText('In this lesson', { selector: 'summary' });
    const details = summary.closest('details')!;
    expect(details.open).toBe(false);
    await user.click(summary);
    expect(details.open).toBe(true);
    await user.click(within(details).getByRole('link', { name: 'Risks and checks' }));
    expect(details.open).toBe(false);
  });

  it('marks the section being read, and shows how far into the lesson it is', async () => {
    await renderLesson('related-terms');
    const bar = screen.getByRole('progressbar', { name: 'Your place in this lesson' });
    expect(bar).toHaveAttribute('aria-valuenow', '0');
    FakeObserver.current!.readTo('alternatives-that-change-no-weights');
    const wide = wideMenu();
    expect(within(wide).getByRole('link', { name: 'Alternatives that change no weights' })).toHaveAttribute('aria-current', 'location');
    expect(within(wide).getByRole('link', { name: 'Ways to adapt a model' })).not.toHaveAttribute('aria-current');
    expect(bar).toHaveAttribute('aria-valuenow', '3');
    expect(bar).toHaveAttribute('aria-valuetext', 'Section 3 of 7: Alternatives that change no weights');
    expect(screen.getByText('3 of 7')).toBeInTheDocument();
  });
});

describe('saving the reading place', () => {
  it('saves a section once it has been read for a moment, not each one scrolled past', async () => {
    await renderLesson('related-terms');
    jest.useFakeTimers();
    const saves = jest.fn();
    const unsubscribe = useProgress.subscribe((state, before) => state.reading !== before.reading && saves(state.reading));
    FakeObserver.current!.readTo('how-a-model-is-built-and-used');
    FakeObserver.current!.readTo('ways-to-adapt-a-model');
    act(() => jest.advanceTimersByTime(SAVE_AFTER_MS - 1));
    FakeObserver.current!.readTo('alternatives-that-change-no-weights');
    act(() => jest.advanceTimersByTime(SAVE_AFTER_MS - 1));
    expect(saves).not.toHaveBeenCalled();
    act(() => jest.advanceTimersByTime(1));
    unsubscribe();
    expect(saves).toHaveBeenCalledTimes(1);
    expect(useProgress.getState().reading['related-terms']).toEqual({ section: 'alternatives-that-change-no-weights', at: expect.any(Number) });
  });

  it('saves at once when the page is left or hidden (a reload, a closed tab)', async () => {
    await renderLesson('related-terms');
    FakeObserver.current!.readTo('risks-and-checks');
    expect(useProgress.getState().reading['related-terms']).toBeUndefined();
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(useProgress.getState().reading['related-terms']?.section).toBe('risks-and-checks');
  });

  it('"Continue" on the course map links to the section last read', () => {
    useProgress.setState({
      lessons: { 'related-terms': { visitedAt: 5 } },
      lastLesson: 'related-terms',
      reading: { 'related-terms': { section: 'risks-and-checks', at: 5 } },
    });
    render(
      <MemoryRouter>
        <CourseHome />
      </MemoryRouter>,
    );
    // Shown once saved progress has been read; the store is marked read in these tests by persist.
    const link = screen.queryByRole('link', { name: 'Continue: Related terms' });
    if (link) expect(link).toHaveAttribute('href', '/lessons/related-terms#risks-and-checks');
    else throw new Error('No Continue link: saved progress was not read');
  });
});
