/**
 * jest's twin of src/course/lesson-files.ts (mapped in jest.config.js): the same shapes,
 * built with the file system, because `import.meta.glob` exists only in Vite.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Question } from '../../src/quiz/lib/question';
import { readFrontmatter } from '../../src/build/frontmatter';
import { toLessonCard, type LessonCard } from '../../src/course/lesson-meta';
import type { LessonModule } from '../../src/course/lesson-files';
import { parseLessonMeta } from '../../src/build/lesson-meta-schema';

const lessonsDir = path.resolve(__dirname, '../../lessons');
const key = (file: string) => `../../lessons/${file}`;
const files = readdirSync(lessonsDir).sort();

export const frontmatterByFile: Record<string, LessonCard> = Object.fromEntries(
  files
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => [key(f), toLessonCard(parseLessonMeta(`lessons/${f}`, readFrontmatter(readFileSync(path.join(lessonsDir, f), 'utf8'))))]),
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
