import { lessons } from '../course/lessons';
import { pageTitle } from '../ui/use-page-title';

/** One page written at build time: where it lives, and what its <head> says about it. */
export interface PrerenderedPage {
  /** The address the page answers, e.g. "/lessons/what-is-fine-tuning". */
  path: string;
  /** Where the build writes it, relative to the output folder. */
  file: string;
  title: string;
  description: string;
  /** Listed in sitemap.xml and given a canonical link; the not-found page is neither. */
  indexable: boolean;
}

export const COURSE_DESCRIPTION =
  'An interactive course on fine-tuning: what it is, how it works, when to use it, and the myths around it.';

/** The address the not-found page is rendered at; it matches the router's catch-all route. */
export const NOT_FOUND_PATH = '/404';

/** Every page of the course, in the order a learner meets them. Adding a lesson adds a page. */
export function prerenderedPages(): PrerenderedPage[] {
  return [
    { path: '/', file: 'index.html', title: pageTitle(), description: COURSE_DESCRIPTION, indexable: true },
    ...lessons.map((lesson) => ({
      path: `/lessons/${lesson.slug}`,
      file: `lessons/${lesson.slug}.html`,
      title: pageTitle(lesson.title),
      description: lesson.summary,
      indexable: true,
    })),
    {
      path: '/progress',
      file: 'progress.html',
      title: pageTitle('Your progress'),
      description: 'Your quiz scores in the fine-tuning course, saved in this browser: download a copy, bring one in, or start again.',
      indexable: true,
    },
    {
      path: NOT_FOUND_PATH,
      file: '404.html',
      title: pageTitle('Page not found'),
      description: 'This address is not part of the fine-tuning course.',
      indexable: false,
    },
  ];
}
