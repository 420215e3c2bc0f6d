import { data, isRouteErrorResponse, Link, useLoaderData, useRouteError, type LoaderFunctionArgs } from 'react-router';
import { NotFound } from '../app/not-found';
import { progressHydrated } from '../progress/progress-store';
import { findLesson, loadLesson, neighbours } from './lessons';
import { LessonView } from './lesson-view';

/** Loads the lesson body and its question bank before the page shows, so it never flashes empty. */
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

export function ErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return (
    <>
      <h1>This lesson could not be loaded</h1>
      <p>Check your connection and reload the page. Your saved progress has not been changed.</p>
      <p>
        <Link className="button" to="/">
          Go to the course map
        </Link>
      </p>
    </>
  );
}

