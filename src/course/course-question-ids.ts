import { questionIdsByFile } from './question-id-files';

/**
 * The id of every question the course has now (about 3 KB, no question banks): saved progress
 * may name others (a question since removed, or one from another version of the course),
 * which are kept but not counted or shown. Only for lazily loaded pages and parts: not the first page.
 */
export const courseQuestionIds: ReadonlySet<string> = new Set(Object.values(questionIdsByFile).flat());
