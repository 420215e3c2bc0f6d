import type { RouteObject } from 'react-router';
import { progressHydrated } from '../progress/progress-store';
import { Layout } from './layout';
import { LessonLoading, PageLoading } from './lesson-loading';
import { NotFound } from './not-found';
import { PageError } from './page-error';
import { retryableRoute } from './retryable-route';
import { RouteError } from './route-error';

/** A page of the learning loop: the three share one lazily loaded module, and wait for saved progress. */
const loopPage = (page: 'review' | 'mastery' | 'final') => retryableRoute(() => import('../review/components/loop-routes').then((m) => m[page]), progressHydrated);

/** The app's routes, shared by the browser router and the tests' memory router. */
export const routes: RouteObject[] = [
  // Slides fill the window: no site header or footer. Loaded only when a trainer opens them.
  {
    path: '/present/:slug?',
    HydrateFallback: PageLoading,
    errorElement: (
      <main className="site-main">
        <PageError />
      </main>
    ),
    ...retryableRoute(() => import('../instructor/present-route')),
  },
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        // Pages fail inside the shell: the header and navigation stay.
        errorElement: <PageError />,
        children: [
          // The course map loads like any other page: its code is not on every page's first download.
          { index: true, HydrateFallback: PageLoading, ...retryableRoute(() => import('../course/course-home')) },
          { path: 'lessons/:slug', HydrateFallback: LessonLoading, ...retryableRoute(() => import('../course/lesson-route')) },
          { path: 'glossary', HydrateFallback: PageLoading, ...retryableRoute(() => import('../course/glossary-route')) },
          // For trainers: the facilitator guide and a printable handout per lesson.
          // The guide's front page, a page per lesson (small, so quick to open), and the whole guide to print.
          { path: 'guide', HydrateFallback: PageLoading, ...retryableRoute(() => import('../instructor/guide-route')) },
          { path: 'guide/print', HydrateFallback: PageLoading, ...retryableRoute(() => import('../instructor/guide-print-route')) },
          { path: 'guide/:slug', HydrateFallback: PageLoading, ...retryableRoute(() => import('../instructor/guide-lesson-route')) },
          { path: 'handouts/:slug', HydrateFallback: PageLoading, ...retryableRoute(() => import('../instructor/handout-route')) },
          // Every quiz in one list, for people who come to test themselves. It shares the progress
          // page's chunk (both show saved scores): one more route costs the first page less that way.
          { path: 'quizzes', HydrateFallback: PageLoading, ...retryableRoute(() => import('./progress-route').then((m) => ({ Component: m.Quizzes })), progressHydrated) },
          // A live class: learners join with the trainer's code and answer on their phones.
          { path: 'join', ...retryableRoute(() => import('../live/join-route')) },
          // Scores must not show "Not started" before saved progress has been read.
          { path: 'progress', HydrateFallback: PageLoading, ...retryableRoute(() => import('./progress-route'), progressHydrated) },
          // The learning loop (issue 11): spaced review, mastery, the final assessment and its certificate.
          { path: 'review', HydrateFallback: PageLoading, ...loopPage('review') },
          { path: 'mastery', HydrateFallback: PageLoading, ...loopPage('mastery') },
          { path: 'final', HydrateFallback: PageLoading, ...loopPage('final') },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];
