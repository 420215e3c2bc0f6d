import { lessons } from '../course/lessons';
import { bankLoaders } from '../course/lesson-files';
import type { Question } from '../quiz/lib/question';
import { loadChunk } from '../ui/load-chunk';

/** A question from a lesson's bank (its own chunk), by lesson slug and id; undefined if there is none. */
export async function loadQuestion(lesson: string, id: string): Promise<Question | undefined> {
  const entry = lessons.find((l) => l.slug === lesson);
  const load = entry ? bankLoaders[entry.file.replace(/\.mdx$/, '.questions.ts')] : undefined;
  if (!load) return undefined;
  const bank = await loadChunk(load);
  return bank.default.find((q) => q.id === id);
}
