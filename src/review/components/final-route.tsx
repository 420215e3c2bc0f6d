import { useLoaderData } from 'react-router';
import { loadCourseBank } from '../../course/course-bank';
import { FinalPage } from './final-page';
import type { ReviewItem } from './review-page';

/** Every question of the course, with its lesson: the final assessment draws from them all. */
export async function loader(): Promise<{ items: ReviewItem[] }> {
  const banks = await loadCourseBank();
  return { items: banks.flatMap(({ lesson, questions }) => questions.map((question) => ({ question, lesson: { slug: lesson.slug, title: lesson.title, order: lesson.order } }))) };
}

export function Component() {
  const { items } = useLoaderData<typeof loader>();
  return <FinalPage items={items} />;
}
