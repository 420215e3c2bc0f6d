import type { RouteObject } from 'react-router';
import { CourseHome } from '../course/course-home';
import { Layout } from './layout';
import { LessonLoading, PageLoading } from './lesson-loading';
import { NotFound } from './not-found';
import { RouteError } from './route-error';

/** The app's routes, shared by the browser router and the tests' memory router. */
export const routes: RouteObject[] = [
  // Slides fill the window: no site header or footer. Loaded only when a trainer opens them.
  { path: '/present/:slug?', HydrateFallback: PageLoading, lazy: () => import('../instructor/present-route') },
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <CourseHome /> },
      { path: 'lessons/:slug', HydrateFallback: LessonLoading, lazy: () => import('../course/lesson-route') },
      { path: 'guide', HydrateFallback: PageLoading, lazy: () => import('../instructor/guide-route') },
      { path: 'handouts/:slug', HydrateFallback: PageLoading, lazy: () => import('../instructor/handout-route') },
      { path: 'progress', HydrateFallback: PageLoading, lazy: () => import('../progress/progress-page') },
      { path: '*', element: <NotFound /> },
    ],
  },
];
