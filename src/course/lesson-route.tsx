import { data, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { progressHydrated } from '../progress/progress-store';
import { findLesson, loadLesson, neighbours } from './lessons';
import { LessonView } from './lesson-view';

/**
 * Loads the lesson body and its question bank before the page shows, so it never flashes empty.
 * Not found, and files that do not download, are shown by the route's error element (app/page-error).
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const entry = params.slug ? findLesson(params.slug) : undefined;
  if (!entry) throw data(null, { status: 404, statusText: 'Lesson not found' });
  // Saved answers must be in place before the quiz renders its first state.
  const [lesson] = await Promise.all([loadLesson(entry), progressHydrated()]);
  return lesson;
}

export function Component() {
  const lesson = useLoaderData<typeof loader>();
  return <LessonView lesson={lesson} {...neighbours(lesson.entry.slug)} />;
}
