import { data, isRouteErrorResponse, Link, useLoaderData, useRouteError, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { findLesson, lessons } from '../course/lessons';
import { AudienceView } from './audience-view';
import { ConsoleView } from './console-view';
import type { PresentData } from './presentation';
import { loadSections } from './course-sections';

/** `/present` (the whole course) or `/present/:slug` (one lesson): the lessons and their sections. */
export async function loader({ params }: LoaderFunctionArgs): Promise<PresentData> {
  const entries = params.slug ? [findLesson(params.slug)] : lessons;
  const found = entries.filter((entry) => entry !== undefined);
  if (found.length === 0 || found.length < entries.length) throw data(null, { status: 404, statusText: 'Lesson not found' });
  const loaded = await loadSections(found);
  return {
    deckId: params.slug ?? 'course',
    title: params.slug ? (found[0]?.title ?? '') : 'the whole course',
    wholeCourse: !params.slug,
    lessons: loaded.map(({ entry, questions, sections }) => ({ entry, questions, sections })),
  };
}

// The slide is kept in the URL with history.replaceState, not by navigating: nothing to reload.
export const shouldRevalidate = () => false;

export function Component() {
  const presentData = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return params.get('view') === 'console' ? <ConsoleView data={presentData} /> : <AudienceView data={presentData} />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const missing = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main className="presenter-error">
      <h1>{missing ? 'There is no lesson at this address' : 'The slides could not be loaded'}</h1>
      <p>{missing ? 'Check the link, or choose a lesson from the course map.' : 'Check your connection and reload the page.'}</p>
      <p>
        <Link className="button" to="/">
          Go to the course map
        </Link>
      </p>
    </main>
  );
}
