import { useLoaderData } from 'react-router';
import { loadCourseBank, loadCourseObjectives } from '../../course/course-bank';
import { MasteryPage, type MasteryLesson } from './mastery-page';

/** Every lesson's objectives (they come with the lesson) and every question bank. */
export async function loader() {
  const [banks, objectives] = await Promise.all([loadCourseBank(), loadCourseObjectives()]);
  const lessons: MasteryLesson[] = objectives.map(({ lesson, objectives }) => ({ slug: lesson.slug, order: lesson.order, title: lesson.title, objectives }));
  return { lessons, bank: banks.flatMap((b) => b.questions) };
}

export function Component() {
  const { lessons, bank } = useLoaderData<typeof loader>();
  return <MasteryPage lessons={lessons} bank={bank} />;
}
