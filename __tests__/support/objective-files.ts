/** jest's twin of src/course/objective-files.ts (mapped in jest.config.js), built with the file system. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readFrontmatter } from '../../src/build/frontmatter';
import { parseLessonMeta } from '../../src/build/lesson-meta-schema';
import type { Objective } from '../../src/course/lesson-meta';

const lessonsDir = path.resolve(__dirname, '../../lessons');

export const objectivesByFile: Record<string, Objective[]> = Object.fromEntries(
  readdirSync(lessonsDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => [`../../lessons/${f}`, parseLessonMeta(`lessons/${f}`, readFrontmatter(readFileSync(path.join(lessonsDir, f), 'utf8'))).objectives]),
);
