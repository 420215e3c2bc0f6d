import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import glossary from '../../lessons/glossary';
import misconceptions from '../../lessons/misconceptions';
import sources from '../../lessons/sources';
import type { CourseFiles } from '../../src/build/content-checks';
import { readFrontmatter } from '../../src/build/frontmatter';

/** Reads every content file from lessons/ (frontmatter and banks unvalidated). */
export function readCourseFiles(): CourseFiles {
  const dir = path.resolve(__dirname, '../../lessons');
  const names = readdirSync(dir).sort();
  return {
    lessons: names
      .filter((n) => n.endsWith('.mdx'))
      .map((n) => {
        const source = readFileSync(path.join(dir, n), 'utf8');
        return { file: `lessons/${n}`, source, frontmatter: readFrontmatter(source) };
      }),
    banks: names
      .filter((n) => n.endsWith('.questions.ts'))
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      .map((n) => ({ file: `lessons/${n}`, questions: (require(path.join(dir, n)) as { default: unknown }).default })),
    sources,
    glossary,
    misconceptions,
  };
}
