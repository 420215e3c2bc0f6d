import { MAX_HISTORY_PER_QUIZ, scoreRatio, type AttemptSummary, type ProgressData, type QuizRecord } from './progress-types';
import { mergeTries } from './tries-log';
import { loopSinceReset, mergeLoop } from './merge-loop';

const better = (a: AttemptSummary | null, b: AttemptSummary | null) => {
  if (!a) return b;
  if (!b) return a;
  return scoreRatio(b) > scoreRatio(a) || (scoreRatio(b) === scoreRatio(a) && b.at > a.at) ? b : a;
};
const later = (a: AttemptSummary | null, b: AttemptSummary | null) => (!a ? b : !b ? a : b.at > a.at ? b : a);

function mergeHistory(a: AttemptSummary[], b: AttemptSummary[]) {
  const byAt = new Map([...a, ...b].map((h) => [`${h.at}:${h.score}:${h.total}`, h]));
  return [...byAt.values()].sort((x, y) => x.at - y.at).slice(-MAX_HISTORY_PER_QUIZ);
}

function mergeQuiz(a: QuizRecord, b: QuizRecord): QuizRecord {
  const history = mergeHistory(a.history, b.history);
  // The attempt furthest on wins; the all-time counts take the larger, as both tabs
  // counted the attempts they share, plus any finished only in one.
  const ahead = b.attempt > a.attempt || (b.attempt === a.attempt && b.at > a.at) ? b : a;
  return {
    attempt: Math.max(a.attempt, b.attempt),
    completed: Math.max(a.completed, b.completed, history.length),
    completedAttempt: Math.max(a.completedAttempt, b.completedAttempt),
    last: later(a.last, b.last),
    best: better(a.best, b.best),
    history,
    at: ahead.at,
  };
}

/** For exact ties (same time, same tries): an arbitrary but fixed choice, so merge(a, b) equals merge(b, a). */
const tieBreak = (candidate: unknown, current: unknown) => JSON.stringify(candidate) > JSON.stringify(current);

/** Drops what was recorded before a reset the other copy has seen and this one has not. */
function sinceReset(data: ProgressData, resetAt: number): ProgressData {
  if (data.resetAt >= resetAt) return data;
  const keep = <T,>(record: Record<string, T>, at: (value: T) => number) =>
    Object.fromEntries(Object.entries(record).filter(([, value]) => at(value) > resetAt));
  const lessons = keep(data.lessons, (v) => v.visitedAt);
  return {
    ...loopSinceReset(data, resetAt),
    reading: keep(data.reading, (place) => place.at),
    answers: keep(data.answers, (r) => r.at),
    quizzes: keep(data.quizzes, (q) => q.at),
    tries: data.tries.filter((t) => t.at > resetAt),
    lessons,
    lastLesson: data.lastLesson && lessons[data.lastLesson] ? data.lastLesson : null,
    resetAt,
  };
}

/** Everything saved except the tries log (saved apart since format 4). */
export type ProgressRecords = Omit<ProgressData, 'tries'>;

/**
 * Combines two copies of saved progress (another tab's, or an imported file) so that
 * nothing either holds is lost: for each question the newer record wins, quiz records
 * keep the furthest attempt and the best score, and the logs are united. If one copy
 * has seen a reset the other has not, the other's records from before it are dropped,
 * so a reset in one tab is not undone by another.
 * Pure, and the same whichever argument comes first.
 */
export function mergeProgress(first: ProgressData, second: ProgressData): ProgressData {
  const resetAt = Math.max(first.resetAt, second.resetAt);
  const a = sinceReset(first, resetAt);
  const b = sinceReset(second, resetAt);
  return { ...mergeRecords(a, b), tries: mergeTries(a.tries, b.tries) };
}

/**
 * mergeProgress without the tries log: what another tab's save of everything else needs
 * (its log arrives hour by hour, see tries-log.ts). The caller drops this copy's tries
 * from before a newer reset (`triesSinceReset`).
 */
export function mergeRecords(first: ProgressRecords, second: ProgressRecords): ProgressRecords {
  const resetAt = Math.max(first.resetAt, second.resetAt);
  const a = sinceReset({ ...first, tries: [] }, resetAt);
  const b = sinceReset({ ...second, tries: [] }, resetAt);
  const answers = { ...a.answers };
  for (const [id, record] of Object.entries(b.answers)) {
    const mine = answers[id];
    if (!mine || record.at > mine.at || (record.at === mine.at && (record.tries > mine.tries || (record.tries === mine.tries && tieBreak(record, mine))))) {
      answers[id] = record;
    }
  }
  const quizzes = { ...a.quizzes };
  for (const [id, record] of Object.entries(b.quizzes)) {
    const mine = quizzes[id];
    quizzes[id] = mine ? mergeQuiz(mine, record) : record;
  }
  const lessons = { ...a.lessons };
  for (const [slug, visit] of Object.entries(b.lessons)) {
    const mine = lessons[slug];
    if (!mine || visit.visitedAt > mine.visitedAt) lessons[slug] = visit;
  }
  // Each lesson's reading place: the one read most recently, in whichever tab.
  const reading = { ...a.reading };
  for (const [slug, place] of Object.entries(b.reading)) {
    const mine = reading[slug];
    if (!mine || place.at > mine.at || (place.at === mine.at && tieBreak(place, mine))) reading[slug] = place;
  }
  const visitOf = (slug: string | null) => (slug ? (lessons[slug]?.visitedAt ?? 0) : -1);
  const lastLesson =
    visitOf(b.lastLesson) > visitOf(a.lastLesson) || (visitOf(b.lastLesson) === visitOf(a.lastLesson) && tieBreak(b.lastLesson, a.lastLesson))
      ? b.lastLesson
      : a.lastLesson;
  return { answers, quizzes, lessons, lastLesson, reading, resetAt, ...mergeLoop(a, b) };
}

/** This copy's tries log once a reset at `resetAt` is known: itself if it has seen it. */
export function triesSinceReset(data: ProgressData, resetAt: number): ProgressData['tries'] {
  return data.resetAt >= resetAt ? data.tries : data.tries.filter((t) => t.at > resetAt);
}
