import { z } from 'zod';
import type { LessonMeta } from '../course/lesson-meta';

/**
 * The frontmatter contract. Used at build time (the Vite plugin that reads frontmatter)
 * and in the tests; never shipped to the browser.
 */
const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const lessonMetaSchema = z.strictObject({
  title: z.string().trim().min(3),
  slug: z.string().regex(kebab, 'must be kebab-case, e.g. what-is-fine-tuning'),
  order: z.number().int().positive(),
  summary: z.string().trim().min(10).max(200),
  objectives: z
    .array(
      z.strictObject({
        id: z.string().regex(kebab, 'must be kebab-case'),
        text: z.string().trim().min(10),
        section: z.string().trim().min(2, 'must name the ## section that teaches it'),
      }),
    )
    .min(1),
  sources: z.array(z.string().regex(kebab, 'must be kebab-case')).default([]),
}) satisfies z.ZodType<LessonMeta, unknown>;

/** "objectives[1].id" from a zod issue path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

/** Lists every problem as "file: field: message" lines. */
export function formatIssues(file: string, issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((issue) => `${file}: ${fieldPath(issue.path) || '(root)'}: ${issue.message}`).join('\n');
}

export class ContentError extends Error {
  override name = 'ContentError';
}

/**
 * Lesson order has two sources, the file name's `NN-` and the frontmatter's `order`; the
 * course map follows `order`, editors see file names. They must agree. Null when they do.
 */
export function orderIssue(file: string, order: number): string | null {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const prefix = /^(\d+)-/.exec(name)?.[1];
  if (prefix === undefined) return `${file}: (file name): must start with the lesson's number, e.g. ${String(order).padStart(2, '0')}-${name}`;
  if (Number(prefix) !== order) return `${file}: order: ${order} does not match the number ${prefix} in the file name; make them the same`;
  return null;
}

/** Validates one lesson's frontmatter; throws a ContentError naming the file and each bad field. */
export function parseLessonMeta(file: string, data: unknown): LessonMeta {
  const result = lessonMetaSchema.safeParse(data ?? {});
  if (!result.success) throw new ContentError(formatIssues(file, result.error.issues));
  const issue = orderIssue(file, result.data.order);
  if (issue) throw new ContentError(issue);
  return result.data;
}
