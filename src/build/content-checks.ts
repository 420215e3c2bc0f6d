/**
 * Whole-course content checks, run by the tests (never shipped): every lesson's frontmatter,
 * every question bank, and every reference between them. Each problem is one line that
 * names the file and the field, e.g. `lessons/02-x.questions.ts: [3].options[1].explanation: …`.
 */
import type { GlossaryEntry } from '../course/glossary-entry';
import { formatIssues, lessonMetaSchema, orderIssue } from './lesson-meta-schema';
import type { LessonMeta } from '../course/lesson-meta';
import type { Misconception } from '../course/misconception';
import type { Source } from '../course/source';
import { questionBankSchema } from './question-schema';
import { sectionId } from '../course/section-id';
import type { Question } from '../quiz/lib/question';

export interface CourseFiles {
  /** lessons/NN-name.mdx → its source text and parsed (unvalidated) frontmatter */
  lessons: { file: string; source: string; frontmatter: unknown }[];
  /** lessons/NN-name.questions.ts → its default export (unvalidated) */
  banks: { file: string; questions: unknown }[];
  sources: Source[];
  glossary: GlossaryEntry[];
  /** lessons/misconceptions.ts (unvalidated) */
  misconceptions: Misconception[];
}

export const MIN_QUIZ_QUESTIONS = 6;

/**
 * Where a distractor without a `misconception` tag is an error: the slugs of the lessons whose banks
 * are fully tagged, or 'every-lesson'. An unknown tag is an error everywhere, whatever this says.
 * Switch to 'every-lesson' once every bank is tagged; then a new untagged distractor fails the tests.
 */
export const MISCONCEPTION_TAGS_REQUIRED_IN: 'every-lesson' | readonly string[] = 'every-lesson';

/**
 * Where an ordering question must be one chain of steps: the slugs of the lessons whose ordering
 * questions state, for every step after the first, what it `needs` from the step before (words found in
 * that step's text and in this step's explanation), or 'every-lesson'.
 */
export const ORDERING_LINKS_REQUIRED_IN: 'every-lesson' | readonly string[] = 'every-lesson';

export interface CheckOptions {
  /** Defaults to MISCONCEPTION_TAGS_REQUIRED_IN. */
  misconceptionTagsRequiredIn?: 'every-lesson' | readonly string[];
  /** Defaults to ORDERING_LINKS_REQUIRED_IN. */
  orderingLinksRequiredIn?: 'every-lesson' | readonly string[];
}

/** Lower case, letters and digits only: "Which approach fits best?" and "which approach fits best" are one prompt. */
export function normalisePrompt(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** What a learner reads as the question: a scenario's situation and prompt together, otherwise the prompt. */
function questionText(q: Question): string {
  return q.type === 'scenario' ? `${q.scenario} ${q.prompt}` : q.prompt;
}

const inList = (list: 'every-lesson' | readonly string[], slug: string) => list === 'every-lesson' || list.includes(slug);

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MISCONCEPTIONS_FILE = 'lessons/misconceptions.ts';

const attr = (source: string, tag: string) =>
  [...source.matchAll(new RegExp(`<${tag}\\s[^>]*?\\bid="([^"]+)"`, 'g'))].map((m) => m[1] as string);

function lineOf(source: string, index: number) {
  return source.slice(0, index).split('\n').length;
}

export function checkCourse(files: CourseFiles, options: CheckOptions = {}): string[] {
  const errors: string[] = [];
  const tagsRequiredIn = options.misconceptionTagsRequiredIn ?? MISCONCEPTION_TAGS_REQUIRED_IN;
  const linksRequiredIn = options.orderingLinksRequiredIn ?? ORDERING_LINKS_REQUIRED_IN;
  const sourceIds = new Set(files.sources.map((s) => s.id));
  const glossaryIds = new Set(files.glossary.map((g) => g.id));

  // Sources and glossary.
  const seenSources = new Set<string>();
  files.sources.forEach((s, i) => {
    if (seenSources.has(s.id)) errors.push(`lessons/sources.ts: [${i}].id: duplicate source id "${s.id}"`);
    seenSources.add(s.id);
    if (!/^https:\/\//.test(s.url)) errors.push(`lessons/sources.ts: [${i}].url: must be an https link`);
  });
  const seenTerms = new Set<string>();
  files.glossary.forEach((g, i) => {
    if (seenTerms.has(g.id)) errors.push(`lessons/glossary.ts: [${i}].id: duplicate term id "${g.id}"`);
    seenTerms.add(g.id);
    if (g.sources.length === 0) errors.push(`lessons/glossary.ts: [${i}].sources: cite at least one source`);
    g.sources.forEach((id, j) => {
      if (!sourceIds.has(id)) errors.push(`lessons/glossary.ts: [${i}].sources[${j}]: unknown source "${id}"`);
    });
    (g.related ?? []).forEach((id, j) => {
      if (!glossaryIds.has(id)) errors.push(`lessons/glossary.ts: [${i}].related[${j}]: unknown term "${id}"`);
    });
  });

  // Frontmatter.
  const metas = new Map<string, LessonMeta>();
  const slugs = new Map<string, string>();
  const orders = new Map<number, string>();
  for (const lesson of files.lessons) {
    const result = lessonMetaSchema.safeParse(lesson.frontmatter ?? {});
    if (!result.success) {
      errors.push(formatIssues(lesson.file, result.error.issues));
      continue;
    }
    const meta = result.data;
    metas.set(lesson.file, meta);
    if (slugs.has(meta.slug)) errors.push(`${lesson.file}: slug: "${meta.slug}" is also used by ${slugs.get(meta.slug)}`);
    slugs.set(meta.slug, lesson.file);
    const misnumbered = orderIssue(lesson.file, meta.order);
    if (misnumbered) errors.push(misnumbered);
    if (orders.has(meta.order)) errors.push(`${lesson.file}: order: ${meta.order} is also used by ${orders.get(meta.order)}`);
    orders.set(meta.order, lesson.file);
    meta.sources.forEach((id, j) => {
      if (!sourceIds.has(id)) errors.push(`${lesson.file}: sources[${j}]: unknown source "${id}"`);
    });
    const objectiveIds = new Set<string>();
    const sections = new Set([...lesson.source.matchAll(/^## (.+)$/gm)].map((m) => sectionId(m[1] as string)));
    meta.objectives.forEach((o, j) => {
      if (objectiveIds.has(o.id)) errors.push(`${lesson.file}: objectives[${j}].id: duplicate objective id "${o.id}"`);
      objectiveIds.add(o.id);
      if (!sections.has(sectionId(o.section))) errors.push(`${lesson.file}: objectives[${j}].section: "${o.section}" is not a ## section of this lesson`);
    });
  }
  const metaBySlug = new Map([...metas.values()].map((m) => [m.slug, m]));

  // Question banks.
  const questionsByLessonFile = new Map<string, Question[]>();
  const questionFile = new Map<string, string>();
  for (const bank of files.banks) {
    const result = questionBankSchema.safeParse(bank.questions);
    if (!result.success) {
      errors.push(formatIssues(bank.file, result.error.issues));
      continue;
    }
    const lessonFile = bank.file.replace(/\.questions\.ts$/, '.mdx');
    const meta = metas.get(lessonFile);
    if (!files.lessons.some((l) => l.file === lessonFile)) errors.push(`${bank.file}: (file): no lesson ${lessonFile} beside it`);
    questionsByLessonFile.set(lessonFile, result.data);
    result.data.forEach((q, i) => {
      if (questionFile.has(q.id)) errors.push(`${bank.file}: [${i}].id: duplicate question id "${q.id}" (also in ${questionFile.get(q.id)})`);
      questionFile.set(q.id, bank.file);
      const owner = metaBySlug.get(q.lesson);
      if (!owner) errors.push(`${bank.file}: [${i}].lesson: unknown lesson "${q.lesson}"`);
      else if (meta && owner.slug !== meta.slug) errors.push(`${bank.file}: [${i}].lesson: "${q.lesson}" but this bank belongs to "${meta.slug}"`);
      if (owner && !owner.objectives.some((o) => o.id === q.objective)) {
        errors.push(`${bank.file}: [${i}].objective: "${q.objective}" is not an objective of lesson "${q.lesson}"`);
      }
    });
  }

  // Misconceptions: the list itself, then every tag in the banks.
  const misconceptionIds = new Set<string>();
  files.misconceptions.forEach((m, i) => {
    if (!KEBAB.test(m.id)) errors.push(`${MISCONCEPTIONS_FILE}: [${i}].id: "${m.id}" must be kebab-case`);
    if (misconceptionIds.has(m.id)) errors.push(`${MISCONCEPTIONS_FILE}: [${i}].id: duplicate misconception id "${m.id}"`);
    misconceptionIds.add(m.id);
    if (!m.belief || m.belief.trim().length < 10) errors.push(`${MISCONCEPTIONS_FILE}: [${i}].belief: state the belief in one sentence`);
    if (!metaBySlug.has(m.correctedIn)) errors.push(`${MISCONCEPTIONS_FILE}: [${i}].correctedIn: unknown lesson "${m.correctedIn}"`);
  });
  for (const bank of files.banks) {
    const questions = questionsByLessonFile.get(bank.file.replace(/\.questions\.ts$/, '.mdx'));
    if (!questions) continue; // the schema errors are already reported
    questions.forEach((q, i) => {
      const required = inList(tagsRequiredIn, q.lesson);
      const checkTag = (field: string, tag: string | undefined, mustHave: boolean, what: string) => {
        if (tag === undefined) {
          if (mustHave && required) errors.push(`${bank.file}: [${i}].${field}: ${what} needs a misconception tag (an id from ${MISCONCEPTIONS_FILE})`);
        } else if (!misconceptionIds.has(tag)) {
          errors.push(`${bank.file}: [${i}].${field}: unknown misconception "${tag}" (not in ${MISCONCEPTIONS_FILE})`);
        }
      };
      switch (q.type) {
        case 'single':
        case 'multiple':
        case 'scenario':
          q.options.forEach((o, j) => {
            const field = `options[${j}].misconception`;
            if (o.correct && o.misconception !== undefined) {
              errors.push(`${bank.file}: [${i}].${field}: a correct option reveals no misconception; remove the tag`);
            } else checkTag(field, o.misconception, !o.correct, 'an incorrect option');
          });
          break;
        case 'myth-or-reality':
          checkTag('misconception', q.misconception, true, 'a myth-or-reality question');
          break;
        case 'ordering':
        case 'matching':
          checkTag('misconception', q.misconception, false, 'this question');
          break;
      }
    });
  }

  // No two questions ask the same thing in the same words.
  const prompts = new Map<string, { id: string; file: string }>();
  for (const bank of files.banks) {
    const questions = questionsByLessonFile.get(bank.file.replace(/\.questions\.ts$/, '.mdx')) ?? [];
    questions.forEach((q, i) => {
      const key = normalisePrompt(questionText(q));
      const first = prompts.get(key);
      const field = q.type === 'scenario' ? 'scenario and prompt' : 'prompt';
      if (first) errors.push(`${bank.file}: [${i}].prompt: the same ${field} as question "${first.id}" (${first.file}); ask something else, or word it differently`);
      else prompts.set(key, { id: q.id, file: bank.file });
    });
  }

  // No two questions share a title: titles name questions in lists (results, review, the quizzes page).
  const titles = new Map<string, { id: string; file: string }>();
  for (const bank of files.banks) {
    const questions = questionsByLessonFile.get(bank.file.replace(/\.questions\.ts$/, '.mdx')) ?? [];
    questions.forEach((q, i) => {
      const key = normalisePrompt(q.title);
      const first = titles.get(key);
      if (first) errors.push(`${bank.file}: [${i}].title: the same title as question "${first.id}" (${first.file}); give each question its own`);
      else titles.set(key, { id: q.id, file: bank.file });
    });
  }

  // Ordering questions: one chain, each step naming what it needs from the step before.
  for (const bank of files.banks) {
    const questions = questionsByLessonFile.get(bank.file.replace(/\.questions\.ts$/, '.mdx')) ?? [];
    questions.forEach((q, i) => {
      if (q.type !== 'ordering') return;
      const required = inList(linksRequiredIn, q.lesson);
      q.items.forEach((item, j) => {
        const field = `${bank.file}: [${i}].items[${j}].needs`;
        const previous = q.items[j - 1];
        if (!previous) {
          if (item.needs !== undefined) errors.push(`${field}: the first step needs nothing from an earlier one; remove it`);
          return;
        }
        if (item.needs === undefined) {
          if (required) errors.push(`${field}: say what this step needs from "${previous.id}" (words from that step's text, repeated in this step's explanation)`);
          return;
        }
        const needs = normalisePrompt(item.needs);
        if (!normalisePrompt(previous.text).includes(needs)) errors.push(`${field}: "${item.needs}" is not in the text of the step before ("${previous.id}")`);
        if (!normalisePrompt(item.explanation).includes(needs)) errors.push(`${field}: "${item.needs}" is not in this step's explanation; say why it needs it`);
      });
    });
  }

  // References inside lesson bodies.
  for (const lesson of files.lessons) {
    const meta = metas.get(lesson.file);
    if (!meta) continue;
    const body = lesson.source;
    const bank = questionsByLessonFile.get(lesson.file) ?? [];
    const checkpoints = attr(body, 'Checkpoint');
    checkpoints.forEach((id) => {
      const q = bank.find((x) => x.id === id);
      if (!q) errors.push(`${lesson.file}: <Checkpoint id="${id}">: no such question in its bank`);
      else if (q.placement !== 'checkpoint') errors.push(`${lesson.file}: <Checkpoint id="${id}">: question's placement is "${q.placement}", not "checkpoint"`);
    });
    bank
      .filter((q) => q.placement === 'checkpoint' && !checkpoints.includes(q.id))
      .forEach((q) => errors.push(`${lesson.file}: <Checkpoint>: checkpoint question "${q.id}" is never placed in the text`));
    if (checkpoints.length === 0) errors.push(`${lesson.file}: <Checkpoint>: a lesson needs at least one checkpoint question`);
    if (!/<LessonQuiz\s*\/>/.test(body)) errors.push(`${lesson.file}: <LessonQuiz>: the lesson has no end-of-lesson quiz`);
    const quizCount = bank.filter((q) => q.placement === 'quiz').length;
    if (quizCount < MIN_QUIZ_QUESTIONS) errors.push(`${lesson.file}: <LessonQuiz>: ${quizCount} quiz questions; at least ${MIN_QUIZ_QUESTIONS} needed`);
    if (!/<KeyTakeaways>/.test(body)) errors.push(`${lesson.file}: <KeyTakeaways>: the lesson has no key takeaways`);
    attr(body, 'Term').forEach((id) => {
      if (!glossaryIds.has(id)) errors.push(`${lesson.file}: <Term id="${id}">: no such glossary term`);
    });
    // A reference the checks cannot read (no id, or id={…} / id='…') would go unchecked: reject it.
    for (const tag of ['Cite', 'Term', 'Checkpoint']) {
      for (const match of body.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))) {
        if (!new RegExp(`^<${tag}\\s[^>]*?\\bid="[^"]+"`).test(match[0])) {
          errors.push(`${lesson.file}: line ${lineOf(body, match.index ?? 0)}: ${match[0]} has no id="…" the checks can read`);
        }
      }
    }
    attr(body, 'Cite').forEach((id) => {
      if (!sourceIds.has(id)) errors.push(`${lesson.file}: <Cite id="${id}">: no such source`);
      else if (!meta.sources.includes(id)) errors.push(`${lesson.file}: <Cite id="${id}">: not listed in the frontmatter's sources`);
    });
    for (const match of body.matchAll(/\]\((\/[^)\s]*)\)/g)) {
      const [pathname, hash] = (match[1] as string).split('#');
      const line = lineOf(body, match.index ?? 0);
      const lessonMatch = /^\/lessons\/([^/]+)$/.exec(pathname ?? '');
      if (pathname === '/') continue;
      if (!lessonMatch || !metaBySlug.has(lessonMatch[1] as string)) {
        errors.push(`${lesson.file}: line ${line}: link "${match[1]}" goes to no lesson`);
      } else if (hash?.startsWith('term-') && !glossaryIds.has(hash.slice(5))) {
        errors.push(`${lesson.file}: line ${line}: link "${match[1]}" goes to no glossary term`);
      }
    }
    // Every ## section carries instructor notes right under its heading.
    const sections = body.split(/^## /m).slice(1);
    sections.forEach((section) => {
      const heading = section.split('\n')[0];
      if (!/^[^\n]*\n\s*<InstructorNotes\b/.test(section)) errors.push(`${lesson.file}: ## ${heading}: no <InstructorNotes> under this heading`);
    });
    if (/^# /m.test(body.replace(/^---[\s\S]*?---/, '').replace(/```[\s\S]*?```/g, ''))) {
      errors.push(`${lesson.file}: (body): do not write an h1; the page renders the title`);
    }
  }
  return errors;
}
