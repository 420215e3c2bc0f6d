/**
 * One home for each rule: written twice, a rule drifts (renaming one copy of the quiz id
 * would orphan saved progress). These rules live in one module each; elsewhere, code calls it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mjs)$/.test(entry.name) ? [full] : [];
  });
}
const files = [...sourceFiles(path.join(root, 'src')), ...sourceFiles(path.join(root, 'scripts'))];

/** Files (relative to the project) whose code matches `pattern`. */
const filesMatching = (pattern: RegExp) =>
  files.filter((file) => pattern.test(readFileSync(file, 'utf8'))).map((file) => path.relative(root, file));

describe('one home for each rule', () => {
  it('"answered" (checked at least once, or its answer shown) is decided in one place', () => {
    expect(filesMatching(/tries\s*>\s*0\s*\|\|[^;]*revealed|revealed\s*\|\|[^;]*tries\s*>\s*0/)).toEqual(['src/progress/quiz-progress.ts']);
  });

  it('a lesson quiz id ("lesson:" + slug) is built in one place', () => {
    expect(filesMatching(/[`'"]lesson:(\$\{|[`'"]\s*\+)/)).toEqual(['src/progress/quiz-ids.ts']);
  });

  it('dates are formatted in one place', () => {
    expect(filesMatching(/toLocaleDateString|Intl\.DateTimeFormat/)).toEqual(['src/ui/format-date.ts']);
  });
});
