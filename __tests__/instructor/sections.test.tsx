import { lessons, loadLesson } from '../../src/course/lessons';
import { sectionId } from '../../src/course/section-id';
import { buildDeck } from '../../src/instructor/deck';
import { extractSections } from '../../src/instructor/sections';
import { readCourseFiles } from '../support/course-files';

const files = readCourseFiles();

describe.each(lessons.map((lesson) => [lesson.order, lesson] as const))('lesson %i read for presenting', (_order, entry) => {
  const source = files.lessons.find((l) => l.file.endsWith(entry.file.replace('../../', '')))?.source ?? '';

  it('has one section per ## heading of its file, in order, with the notes’ minutes and discussion', async () => {
    const { Content, questions } = await loadLesson(entry);
    const sections = extractSections(Content, questions, entry.title);
    const headings = [...source.matchAll(/^## (.+)$/gm)].map((m) => m[1] ?? '');
    const minutes = [...source.matchAll(/<InstructorNotes minutes=\{(\d+)\}/g)].map((m) => Number(m[1]));
    const body = sections.filter((s) => s.kind === 'section');
    expect(body.map((s) => s.id)).toEqual(headings.map((h) => sectionId(h.replace(/<[^>]+>/g, ''))));
    expect(body.map((s) => s.notes?.minutes)).toEqual(minutes);
    expect(body.every((s) => (s.notes?.discussion.length ?? 0) > 10)).toBe(true);
  });

  it('puts every question of its bank on a slide, each once', async () => {
    const { Content, questions, entry: full } = await loadLesson(entry);
    const deck = buildDeck([{ entry: full, questions, sections: extractSections(Content, questions, entry.title) }], null, false);
    const shown = deck.flatMap((slide) => (slide.kind === 'question' ? [slide.question.id] : []));
    const checkpoints = [...source.matchAll(/<Checkpoint id="([^"]+)"/g)].map((m) => m[1]);
    expect(shown.sort()).toEqual([...checkpoints, ...questions.filter((q) => q.placement === 'quiz').map((q) => q.id)].sort());
  });
});
