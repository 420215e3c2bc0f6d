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
      path: '/quizzes',
      file: 'quizzes.html',
      title: pageTitle('Quizzes'),
      description: 'Test what you know about fine-tuning: every lesson’s quiz and the final assessment, each one link away.',
      indexable: true,
    },
    {
      path: '/glossary',
      file: 'glossary.html',
      title: pageTitle('Glossary'),
      description: 'Every term the fine-tuning course uses, A to Z, with a short definition, its sources and the lesson that teaches it.',
      indexable: true,
    },
    {
      path: '/progress',
      file: 'progress.html',
      title: pageTitle('Your progress'),
      description: 'Your quiz scores in the fine-tuning course, saved in this browser: download a copy, bring one in, or start again.',
      indexable: true,
    },
    // The learning loop: each says "Reading…" until saved progress has been read in the browser.
    {
      path: '/review',
      file: 'review.html',
      title: pageTitle('Review'),
      description: 'The questions you have answered come back when they are due, the ones you missed first, so that what you learnt sticks.',
      indexable: true,
    },
    {
      path: '/mastery',
      file: 'mastery.html',
      title: pageTitle('Mastery by objective'),
      description: 'How well you know each learning objective of the course, as a chart and a table, with a link to practise each.',
      indexable: true,
    },
    {
      path: '/final',
      file: 'final.html',
      title: pageTitle('Final assessment'),
      description: 'Eighteen questions from across the course, marked when you submit; pass with 80% for a certificate you can print.',
      indexable: true,
    },
    // For trainers: the guide and handouts print; the slides are for a room, not for search.
    {
      path: '/guide',
      file: 'guide.html',
      title: pageTitle('Facilitator guide'),
      description: 'Run a 45- or 90-minute class on fine-tuning: objectives, timed plans, talking points, misconceptions and an answer key.',
      indexable: true,
    },
    ...lessons.map((lesson) => ({
      path: `/guide/${lesson.slug}`,
      file: `guide/${lesson.slug}.html`,
      title: pageTitle(`Guide: ${lesson.title}`),
      description: `Teach lesson ${lesson.order}, ${lesson.title}: talking points and discussion questions, misconceptions to watch for, and the answer key.`,
      indexable: true,
    })),
    // The whole guide on one page, for printing: the pages above, together, so not for search.
    {
      path: '/guide/print',
      file: 'guide/print.html',
      title: pageTitle('Facilitator guide, to print'),
      description: 'The whole facilitator guide for the fine-tuning course on one page, to print: plans, talking points, misconceptions and answers.',
      indexable: false,
    },
    ...lessons.map((lesson) => ({
      path: `/handouts/${lesson.slug}`,
      file: `handouts/${lesson.slug}.html`,
      title: pageTitle(`Handout: ${lesson.title}`),
      description: `A one-page handout for lesson ${lesson.order}, ${lesson.title}: key takeaways, the terms it uses and room for notes.`,
      indexable: true,
    })),
    {
      path: '/present',
      file: 'present.html',
      title: pageTitle('Slides: the whole course'),
      description: 'Slides for presenting the whole fine-tuning course to a room.',
      indexable: false,
    },
    ...lessons.map((lesson) => ({
      path: `/present/${lesson.slug}`,
      file: `present/${lesson.slug}.html`,
      title: pageTitle(`Slides: ${lesson.title}`),
      description: `Slides for presenting lesson ${lesson.order}, ${lesson.title}, to a room.`,
      indexable: false,
    })),
    // A live class's join page: for a room, not for search.
    {
      path: '/join',
      file: 'join.html',
      title: pageTitle('Join a live class'),
      description: 'Join your trainer’s live class with its code, and answer the questions on your phone.',
      indexable: false,
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
