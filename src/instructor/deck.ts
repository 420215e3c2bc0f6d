/**
 * The slide deck: lessons' sections laid out as slides. Pure: given the sections and the
 * measured heights of their blocks, returns the same deck in every window, so the
 * presenter console and the audience window agree on "slide 12" and on its key.
 */
import type { LoadedLesson } from '../course/lessons';
import type { Question } from '../quiz/lib/question';
import { paginate } from './paginate';
import type { Block, Section, SectionNotes } from './sections';

/** A lesson with its whole frontmatter (objectives come with the lesson's own chunk). */
export type LessonEntry = LoadedLesson['entry'];

export interface DeckLesson {
  entry: LessonEntry;
  sections: Section[];
  questions: Question[];
}

interface SlideBase {
  /** Stable across windows and reloads: "what-is-fine-tuning/the-definition/2". */
  key: string;
  lesson?: LessonEntry;
  /** The section the slide belongs to (for notes, timing and the section link). */
  sectionKey: string;
  sectionId?: string;
  sectionTitle: string;
  notes?: SectionNotes;
}

export type Slide = SlideBase &
  (
    | { kind: 'course'; lessons: LessonEntry[] }
    | { kind: 'title'; lesson: LessonEntry }
    | { kind: 'content'; lesson: LessonEntry; blocks: Block[]; part: number; parts: number }
    | { kind: 'question'; lesson: LessonEntry; question: Question; position?: { index: number; total: number } }
  );

/** Heights (logical px on the 1280×720 slide) measured in the browser. */
export interface Measurements {
  /** The room a section's slide body has under its heading. */
  budget: Record<string, number>;
  /** Each content block's height, by `blockKey`. */
  heights: Record<string, number>;
  /** The space between blocks. */
  gap: number;
}

export const blockKey = (lesson: LessonEntry, block: Block) => `${lesson.slug}/${block.key}`;
export const sectionKey = (lesson: LessonEntry, section: Section) => `${lesson.slug}/${section.id}`;

/** Runs of content blocks, split by the question blocks between them. */
function runs(blocks: Block[]): (Block[] | Extract<Block, { kind: 'question' }>)[] {
  const out: (Block[] | Extract<Block, { kind: 'question' }>)[] = [];
  let run: Block[] = [];
  for (const block of blocks) {
    if (block.kind === 'question') {
      if (run.length) out.push(run);
      run = [];
      out.push(block);
    } else run.push(block);
  }
  if (run.length) out.push(run);
  return out;
}

/** Splits a run into slides by measured height; unmeasured, the run is one slide. */
function pagesOf(lesson: LessonEntry, section: Section, run: Block[], m: Measurements | null): Block[][] {
  if (!m) return [run];
  const budget = m.budget[sectionKey(lesson, section)] ?? Infinity;
  const pages = paginate(
    run.map((block) => ({ height: m.heights[blockKey(lesson, block)] ?? 0, keepWithNext: block.kind === 'node' && block.leadIn })),
    budget,
    m.gap,
  );
  return pages.map((indices) => indices.map((i) => run[i]).filter((b): b is Block => Boolean(b)));
}

export function buildDeck(lessons: readonly DeckLesson[], measurements: Measurements | null, wholeCourse: boolean): Slide[] {
  const slides: Slide[] = [];
  if (wholeCourse) {
    slides.push({ kind: 'course', key: 'course', sectionKey: 'course', sectionTitle: 'Fine-tuning', lessons: lessons.map((l) => l.entry) });
  }
  for (const { entry: lesson, sections } of lessons) {
    const intro = sections.find((s) => s.kind === 'intro');
    slides.push({ kind: 'title', key: `${lesson.slug}/title`, lesson, sectionKey: `${lesson.slug}/introduction`, sectionTitle: lesson.title, notes: intro?.notes });
    for (const section of sections) {
      const base = {
        lesson,
        sectionKey: sectionKey(lesson, section),
        sectionId: section.kind === 'section' || section.kind === 'takeaways' ? section.id : undefined,
        sectionTitle: section.title,
        notes: section.notes,
      };
      type Part = { page: Block[] } | { question: Question };
      const parts = runs(section.blocks).flatMap((r): Part[] =>
        Array.isArray(r) ? pagesOf(lesson, section, r, measurements).map((page) => ({ page })) : [{ question: r.question }],
      );
      const contentCount = parts.filter((p) => 'page' in p).length;
      const quizQuestions = section.kind === 'quiz' ? section.blocks.length : 0;
      let part = 0;
      let q = 0;
      for (const item of parts) {
        if ('page' in item) {
          part += 1;
          slides.push({ ...base, kind: 'content', key: `${base.sectionKey}/${part}`, blocks: item.page, part, parts: contentCount });
        } else {
          q += 1;
          slides.push({
            ...base,
            kind: 'question',
            key: `${lesson.slug}/q/${item.question.id}`,
            question: item.question,
            ...(quizQuestions ? { position: { index: q, total: quizQuestions } } : {}),
          });
        }
      }
    }
  }
  return slides;
}

/** Planned minutes per section key, from the notes. */
export function plannedMinutes(slides: readonly Slide[]): Map<string, number> {
  const planned = new Map<string, number>();
  for (const slide of slides) if (slide.notes) planned.set(slide.sectionKey, slide.notes.minutes);
  return planned;
}
