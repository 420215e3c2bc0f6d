/**
 * Lesson discovery, tested for real. Everywhere else jest swaps src/course/lesson-files.ts
 * for a stand-in (import.meta.glob exists only in Vite), so a typo in its globs, or a
 * broken frontmatter plugin, would leave every other test green and the course empty.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PluginContext } from 'rollup';
import { lessonFrontmatter } from '../../src/build/lesson-frontmatter-plugin';

const root = path.resolve(__dirname, '../..');
const lessonsDir = path.join(root, 'lessons');
const onDisk = (suffix: string) =>
  readdirSync(lessonsDir)
    .filter((name) => name.endsWith(suffix) && (suffix !== '.mdx' || !name.endsWith('.questions.mdx')))
    .sort();

/** The glob patterns and options written in lesson-files.ts, read from its source. */
function globsIn(file: string): { pattern: string; query?: string; eager: boolean }[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/import\.meta\.glob(?:<[^>]*>)?\(\s*'([^']+)'\s*(?:,\s*\{([^}]*)\})?/gs)].map((m) => ({
    pattern: m[1] as string,
    query: /query:\s*'([^']+)'/.exec(m[2] ?? '')?.[1],
    eager: /eager:\s*true/.test(m[2] ?? ''),
  }));
}

/** What Vite's glob would match: `*` within one path segment, relative to the importing file. */
function expand(pattern: string, from: string): string[] {
  const absolute = path.resolve(path.dirname(from), pattern);
  const dir = path.dirname(absolute);
  const base = path.basename(absolute);
  if (base.includes('/') || dir.includes('*')) throw new Error(`Unsupported glob ${pattern}`);
  const regex = new RegExp(`^${base.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((name) => regex.test(name)).map((name) => path.join(dir, name));
}

describe('lesson-files.ts globs', () => {
  const file = path.join(root, 'src/course/lesson-files.ts');
  const globs = globsIn(file);
  const rel = (files: string[]) => files.map((f) => path.relative(lessonsDir, f)).sort();

  it('has the three globs: eager frontmatter, lazy lesson bodies, lazy question banks', () => {
    expect(globs.map(({ query, eager }) => ({ query, eager }))).toEqual([
      { query: '?frontmatter', eager: true },
      { query: undefined, eager: false },
      { query: undefined, eager: false },
    ]);
  });

  it('finds every lesson file on disk, for the course map and for the lesson bodies', () => {
    const lessons = onDisk('.mdx');
    expect(lessons.length).toBeGreaterThan(0);
    expect(rel(expand(globs[0]?.pattern ?? '', file))).toEqual(lessons);
    expect(rel(expand(globs[1]?.pattern ?? '', file))).toEqual(lessons);
  });

  it('finds every question bank on disk, one beside each lesson', () => {
    const banks = onDisk('.questions.ts');
    expect(rel(expand(globs[2]?.pattern ?? '', file))).toEqual(banks);
    expect(banks.map((b) => b.replace('.questions.ts', '.mdx'))).toEqual(onDisk('.mdx'));
  });
});

describe('the lesson-frontmatter Vite plugin', () => {
  const plugin = lessonFrontmatter(root);
  const watched: string[] = [];
  const context = { addWatchFile: (f: string) => watched.push(f) } as unknown as PluginContext;
  const callOn = (on: typeof plugin, hook: 'resolveId' | 'load', ...args: unknown[]) => {
    const h = on[hook] as unknown as ((...a: unknown[]) => unknown) | { handler: (...a: unknown[]) => unknown };
    return (typeof h === 'function' ? h : h.handler).apply(context, args);
  };
  const call = (hook: 'resolveId' | 'load', ...args: unknown[]) => callOn(plugin, hook, ...args);

  it.each(onDisk('.mdx'))('serves only the validated frontmatter of %s', async (name) => {
    const id = (await call('resolveId', `../../lessons/${name}?frontmatter`, path.join(root, 'src/course/lesson-files.ts'), {})) as string;
    expect(id).toMatch(/\.js$/);
    const code = (await call('load', id)) as string;
    expect(code).toMatch(/^export default \{/);
    const meta = JSON.parse(code.replace(/^export default /, '').replace(/;$/, '')) as { order: number; slug: string; title: string };
    expect(meta.order).toBe(Number(name.slice(0, 2)));
    expect(meta.slug).toMatch(/^[a-z0-9-]+$/);
    expect(code).not.toMatch(/<LessonQuiz|import /); // never the lesson body
    expect(watched).toContain(path.join(lessonsDir, name));
  });

  /** Loads `lessons/<name>?<query>` through the plugin and returns what it exports. */
  const served = async (name: string, query: string) => {
    const id = (await call('resolveId', `../../lessons/${name}?${query}`, path.join(root, 'src/course/lesson-files.ts'), {})) as string;
    const code = (await call('load', id)) as string;
    expect(code).not.toMatch(/<LessonQuiz|import /); // never the lesson body or its bank
    return JSON.parse(code.replace(/^export default /, '').replace(/;$/, '')) as unknown;
  };

  it.each(onDisk('.mdx'))('serves the ids of the questions in the bank of %s (the header’s review count knows the course by them)', async (name) => {
    const bank = (await import(path.join(lessonsDir, name.replace(/\.mdx$/, '.questions.ts')))) as { default: { id: string }[] };
    expect(await served(name, 'question-ids')).toEqual(bank.default.map((q) => q.id));
  });

  it.each(onDisk('.mdx'))('serves the objectives of %s as its own chunk has them (for /mastery)', async (name) => {
    const lesson = (await import(path.join(lessonsDir, name))) as { frontmatter: { objectives: unknown[] } };
    expect(lesson.frontmatter.objectives.length).toBeGreaterThan(0);
    expect(await served(name, 'objectives')).toEqual(lesson.frontmatter.objectives);
  });

  it('leaves every other import alone', async () => {
    expect(await call('resolveId', '../../lessons/01-what-is-fine-tuning.mdx', path.join(root, 'src/course/lesson-files.ts'), {})).toBeNull();
    expect(await call('load', path.join(lessonsDir, '01-what-is-fine-tuning.mdx'))).toBeNull();
    expect(await call('resolveId', '../../lessons/01-what-is-fine-tuning.mdx?toString', path.join(root, 'src/course/lesson-files.ts'), {})).toBeNull();
  });

  it('resolves a root-relative id to the file under the project root', async () => {
    const id = (await call('resolveId', '/lessons/01-what-is-fine-tuning.mdx?frontmatter', undefined, {})) as string;
    expect(id).toContain(path.join(lessonsDir, '01-what-is-fine-tuning.mdx'));
  });

  it('fails the build on a lesson with a bad field, naming the file and the field', async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'lessons-'));
    mkdirSync(path.join(tmp, 'lessons'));
    const source = readFileSync(path.join(lessonsDir, '01-what-is-fine-tuning.mdx'), 'utf8');
    writeFileSync(path.join(tmp, 'lessons', '01-x.mdx'), source.replace(/^order: 1$/m, 'order: 2'));
    const own = lessonFrontmatter(tmp);
    const id = callOn(own, 'resolveId', '/lessons/01-x.mdx?frontmatter', undefined, {});
    expect(() => callOn(own, 'load', id)).toThrow('lessons/01-x.mdx: order: 2 does not match the number 01 in the file name');
  });
});
