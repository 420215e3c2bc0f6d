import { useSyncExternalStore } from 'react';
import { data, useLoaderData, useLocation, type LoaderFunctionArgs } from 'react-router';
import { findLesson, lessons } from '../course/lessons';
import { AudienceView } from './audience-view';
import { ConsoleView } from './console-view';
import type { PresentData } from './presentation';
import { loadSections } from './course-sections';
import { PresentStyles } from './present-styles';

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

const noSubscription = () => () => undefined;

export function Component() {
  const presentData = useLoaderData<typeof loader>();
  // useLocation, not useSearchParams: the router is on the first page, and this hook would add to it.
  const wantsConsole = new URLSearchParams(useLocation().search).get('view') === 'console';
  // The page is prerendered without its query (as the audience window): hydrate as that, then switch.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const isConsole = hydrated && wantsConsole;
  return (
    <>
      <PresentStyles />
      {isConsole ? <ConsoleView data={presentData} /> : <AudienceView data={presentData} />}
    </>
  );
}
