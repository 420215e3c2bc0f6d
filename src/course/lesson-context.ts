import { createContext, useContext } from 'react';
import type { Question } from '../quiz/lib/question';
import type { LessonMeta } from './lesson-meta';
import type { LessonEntry } from './lessons';

export interface LessonContextValue {
  lesson: LessonEntry & Pick<LessonMeta, 'objectives'>;
  questions: Question[];
}

export const LessonContext = createContext<LessonContextValue | null>(null);

/** The lesson being shown; MDX components use it to find their questions and sources. */
export function useLessonContext(): LessonContextValue {
  const value = useContext(LessonContext);
  if (!value) throw new Error('This component must be used inside a lesson.');
  return value;
}
