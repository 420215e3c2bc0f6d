/** jest's twin of src/course/question-id-files.ts (mapped in jest.config.js), built with the file system. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { questionIdsIn } from '../../src/build/reading-time';

const lessonsDir = path.resolve(__dirname, '../../lessons');

export const questionIdsByFile: Record<string, string[]> = Object.fromEntries(
  readdirSync(lessonsDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const bank = path.join(lessonsDir, f.replace(/\.mdx$/, '.questions.ts'));
      return [`../../lessons/${f}`, existsSync(bank) ? questionIdsIn(readFileSync(bank, 'utf8')) : []];
    }),
);
