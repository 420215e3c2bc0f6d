/**
 * jest's twin of src/course/lesson-files.ts (mapped in jest.config.js): the same shapes,
 * built with the file system, because `import.meta.glob` exists only in Vite.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Question } from '../../src/quiz/lib/question';
import { readFrontmatter } from '../../src/build/frontmatter';
import { toLessonCard, type LessonCard } from '../../src/course/lesson-meta';
import type { LessonModule } from '../../src/course/lesson-files';
import { parseLessonMeta } from '../../src/build/lesson-meta-schema';
import { lessonWork, readingMinutes } from '../../src/build/reading-time';

const lessonsDir = path.resolve(__dirname, '../../lessons');
const key = (file: string) => `../../lessons/${file}`;
const files = readdirSync(lessonsDir).sort();

/** As the lesson-frontmatter plugin makes it: the validated card, with minutes from the text. */
function card(file: string): LessonCard {
  const source = readFileSync(path.join(lessonsDir, file), 'utf8');
  const bank = path.join(lessonsDir, file.replace(/\.mdx$/, '.questions.ts'));
  const minutes = readingMinutes(lessonWork(source, existsSync(bank) ? readFileSync(bank, 'utf8') : ''));
  return toLessonCard(parseLessonMeta(`lessons/${file}`, readFrontmatter(source)), minutes);
}

export const frontmatterByFile: Record<string, LessonCard> = Object.fromEntries(
  files.filter((f) => f.endsWith('.mdx')).map((f) => [key(f), card(f)]),
);

export const lessonLoaders: Record<string, () => Promise<LessonModule>> = Object.fromEntries(
  files
    .filter((f) => f.endsWith('.mdx'))
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    .map((f) => [key(f), () => Promise.resolve(require(path.join(lessonsDir, f)) as LessonModule)]),
);

export const bankLoaders: Record<string, () => Promise<{ default: Question[] }>> = Object.fromEntries(
  files
    .filter((f) => f.endsWith('.questions.ts'))
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    .map((f) => [key(f), () => Promise.resolve(require(path.join(lessonsDir, f)) as { default: Question[] })]),
);
