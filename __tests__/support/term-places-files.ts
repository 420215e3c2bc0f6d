/** jest's twin of src/course/term-places-files.ts (mapped in jest.config.js), built with the file system. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readFrontmatter } from '../../src/build/frontmatter';
import { parseLessonMeta } from '../../src/build/lesson-meta-schema';
import { termPlaces } from '../../src/build/term-places';
import type { LessonTermPlaces } from '../../src/course/term-places-files';

const lessonsDir = path.resolve(__dirname, '../../lessons');

export const termPlacesByFile: Record<string, LessonTermPlaces> = Object.fromEntries(
  readdirSync(lessonsDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const source = readFileSync(path.join(lessonsDir, f), 'utf8');
      const { slug } = parseLessonMeta(`lessons/${f}`, readFrontmatter(source));
      return [`../../lessons/${f}`, { slug, places: termPlaces(source) }];
    }),
);
