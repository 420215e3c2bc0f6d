/** @jest-environment node */
import { readCourseFiles } from '../support/course-files';
import { prerenderedPages, renderPage } from '../../src/app/entry-server';
import { lessons } from '../../src/course/lessons';

/** Text content of prerendered markup, roughly: tags dropped, entities for quotes undone. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;|&#39;/g, '’').replace(/\s+/g, ' ');

describe('the prerendered pages', () => {
  it('lists the course map, every lesson, the quizzes page, the glossary, the progress page, review, mastery and the final assessment, the trainers’ pages, the live class’s join page and the not-found page, each with its own title and description', () => {
    const pages = prerenderedPages();
    expect(pages.map((p) => p.path)).toEqual([
      '/',
      ...lessons.map((l) => `/lessons/${l.slug}`),
      '/quizzes',
      '/glossary',
      '/progress',
      '/review',
      '/mastery',
      '/final',
      '/guide',
      ...lessons.map((l) => `/guide/${l.slug}`),
      '/guide/print',
      ...lessons.map((l) => `/handouts/${l.slug}`),
      '/present',
      ...lessons.map((l) => `/present/${l.slug}`),
      '/join',
      '/404',
    ]);
    expect(new Set(pages.map((p) => p.title)).size).toBe(pages.length);
    expect(new Set(pages.map((p) => p.file)).size).toBe(pages.length);
    for (const lesson of lessons) {
      expect(pages.find((p) => p.path === `/lessons/${lesson.slug}`)).toMatchObject({ description: lesson.summary, indexable: true });
    }
    expect(pages.find((p) => p.path === '/404')?.indexable).toBe(false);
  });

  it.each([
    ['/review', 'Reading your progress…'],
    ['/mastery', 'Reading…'],
    ['/final', 'Reading your progress…'],
  ])('prerenders %s as a shell that says it is reading progress, never an untrue empty state', async (path, reading) => {
    const { status, html } = await renderPage(path);
    expect(status).toBe(200);
    const text = textOf(html);
    expect(text).toContain(reading);
    expect(text).not.toMatch(/Nothing is due|Nothing to review yet|Start the final assessment|Not yet/);
  });

  it.each([
    ['/review', 'Questions you have answered come back here when they are due'],
    ['/final', 'questions drawn from every lesson'],
  ])('prerenders %s with its introduction, so the first paint has the page’s main text', async (path, intro) => {
    const { html } = await renderPage(path);
    expect(textOf(html)).toContain(intro);
  });

  it('renders a lesson with its text, its objectives and its quiz’s first question, and nothing inline that the CSP blocks', async () => {
    const lesson = lessons[0];
    if (!lesson) throw new Error('no lessons');
    const { status, html } = await renderPage(`/lessons/${lesson.slug}`);
    expect(status).toBe(200);
    const text = textOf(html);
    expect(text).toContain(lesson.title);
    expect(text).toContain('In this lesson you will');
    // A sentence of the body, as written in the MDX file.
    const source = readCourseFiles().lessons.find((l) => l.file.endsWith(lesson.file.replace('../../', '')))?.source ?? '';
    const sentence = /^[A-Z][^<>*_`{}[\]|#\n]{60,}$/m.exec(source.split(/^---$/m)[2] ?? '')?.[0].slice(0, 50);
    expect(sentence).toBeTruthy();
    expect(text).toContain(sentence);
    expect(text).toMatch(/Question 1 of \d+/);
    expect(html).not.toMatch(/<script|\sstyle="/);
  });

  it('renders the course map with every lesson and the first visit’s “Start with lesson 1”', async () => {
    const { html } = await renderPage('/');
    const text = textOf(html);
    for (const lesson of lessons) expect(text).toContain(lesson.title);
    expect(text).toContain('Start with lesson 1');
    expect(text).toContain('Reading your progress…');
    // The progress bar's width is set through the DOM: a style attribute here is blocked by the CSP.
    expect(html).not.toMatch(/<script|\sstyle="/);
  });

  it('renders the progress page without claiming a status it has not read yet', async () => {
    const { html } = await renderPage('/progress');
    const text = textOf(html);
    for (const lesson of lessons) expect(text).toContain(lesson.title);
    // Saved progress is read in the browser: before that, "Not started" would be untrue for a learner who has started.
    expect(text).not.toContain('Not started');
    expect(text).toContain('Reading…');
  });

  it.each(['/guide', '/guide/what-is-fine-tuning', '/guide/print', '/handouts/what-is-fine-tuning', '/present', '/present/what-is-fine-tuning'])(
    'renders the trainers’ page %s ahead of time, with nothing inline that the CSP blocks',
    async (path) => {
      const { status, html } = await renderPage(path);
      expect(status).toBe(200);
      expect(textOf(html)).toMatch(path.startsWith('/present') ? /Slides: .*Preparing the slides/ : /Facilitator guide|Key takeaways/);
      expect(html).not.toMatch(/<script|\sstyle="/);
    },
  );

  it('renders the not-found page for an address the course does not have', async () => {
    const { html } = await renderPage('/404');
    expect(textOf(html)).toContain('We can’t find that page');
  });
});
