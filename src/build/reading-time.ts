/**
 * How long a lesson takes, computed at build time from what the learner meets in it, so the
 * course map and the lesson never show a hand-written figure that drifts from the text
 * (docs/decisions/012-reading-time-from-the-text.md has the reasoning and the source).
 *
 *   minutes = round(words / 238 + 0.75 × questions + 1.5 × interactives), at least 1
 *
 * - 238 words a minute: the average silent reading rate of adults for English non-fiction in
 *   Brysbaert (2019), "How many words do we read per minute?", Journal of Memory and
 *   Language 109, 104047 (a meta-analysis of 190 studies; most adults read 175–300).
 * - 45 s a question (checkpoints and the quiz): reading the prompt and its options, choosing,
 *   and reading the feedback. An estimate, not a measurement.
 * - 90 s an interactive (a component from src/course/interactives/): trying it out. An estimate.
 *
 * Counted: the prose of the lesson body, headings, callout titles and myth claims. Not
 * counted: frontmatter, imports, tag names and attributes other than text ones, link
 * addresses, and instructor notes (hidden from self-paced learners). Reference lists the
 * lesson only renders (<Glossary />, <SourceList />) are for looking things up, not for
 * reading through, so they add nothing.
 */
export const WORDS_PER_MINUTE = 238;
export const MINUTES_PER_QUESTION = 0.75;
export const MINUTES_PER_INTERACTIVE = 1.5;

export interface LessonWork {
  words: number;
  questions: number;
  interactives: number;
}

export function readingMinutes({ words, questions, interactives }: LessonWork): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + questions * MINUTES_PER_QUESTION + interactives * MINUTES_PER_INTERACTIVE));
}

/** Attributes whose value the learner reads (a callout's title, a myth's claim). */
const TEXT_ATTRIBUTES = /\b(?:title|claim)="([^"]*)"/g;
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** The words a learner reads in a lesson's MDX source. */
export function proseWords(mdx: string): number {
  const text = mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<InstructorNotes\b[\s\S]*?<\/InstructorNotes>/g, '')
    .replace(/^(?:import|export)\s.*$/gm, '')
    // Opening, closing and self-closing tags: keep only the text attributes' values.
    .replace(/<\/?[A-Za-z][^<>]*?\/?>/g, (tag) => [...tag.matchAll(TEXT_ATTRIBUTES)].map((m) => ` ${m[1]} `).join('') || ' ')
    // Markdown links keep their text, not their address.
    .replace(/\]\([^)]*\)/g, ']');
  return text.match(WORD)?.length ?? 0;
}

/** The interactives a lesson uses: components it imports from src/course/interactives/, each time it shows one. */
export function interactivesIn(mdx: string): number {
  const names = [...mdx.matchAll(/^import\s+\{([^}]+)\}\s+from\s+['"][^'"]*\/interactives\/[^'"]+['"]/gm)].flatMap((m) =>
    m[1]!.split(',').map((name) => name.trim()).filter(Boolean),
  );
  return names.reduce((sum, name) => sum + (mdx.match(new RegExp(`<${name}\\b`, 'g'))?.length ?? 0), 0);
}

/**
 * The questions in a bank's source (lessons/NN-slug.questions.ts): one `id:` at the first
 * level of each question object. The content tests check this against the loaded bank.
 */
export function questionsIn(bankSource: string): number {
  return questionIdsIn(bankSource).length;
}

/** The ids of the questions in a bank's source, in order (found as questionsIn finds them). */
export function questionIdsIn(bankSource: string): string[] {
  return [...bankSource.matchAll(/^ {4}id: (['"])(.+?)\1/gm)].map((match) => match[2] as string);
}

/** A lesson's work from its MDX and its bank's source (an empty string when it has none). */
export function lessonWork(mdx: string, bankSource: string): LessonWork {
  return { words: proseWords(mdx), questions: questionsIn(bankSource), interactives: interactivesIn(mdx) };
}
