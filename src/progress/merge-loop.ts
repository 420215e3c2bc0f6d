/**
 * Merging the format 5 data (review schedule, final assessment, certificate name) of two
 * copies of saved progress: part of merge.ts, apart so that each format's rules read on
 * their own. Pure, and the same whichever copy comes first.
 */
import { finalPassed, MAX_FINAL_RESULTS } from '../review/lib/final-rules';
import type { FinalResult, ProgressData } from './progress-types';

export type LoopData = Pick<ProgressData, 'reviews' | 'finalAttempt' | 'finalResults' | 'certificateName'>;

/** For exact ties: an arbitrary but fixed choice, so merge(a, b) equals merge(b, a). */
const tieBreak = (candidate: unknown, current: unknown) => JSON.stringify(candidate) > JSON.stringify(current);

const ratio = (r: FinalResult) => r.score / r.total;

/**
 * The most recent MAX_FINAL_RESULTS results in time order, plus the best pass if it is older
 * (a certificate must not disappear because the learner kept practising).
 */
export function keepFinalResults(results: readonly FinalResult[]): FinalResult[] {
  const byKey = new Map(results.map((r) => [`${r.n}:${r.at}:${r.score}:${r.total}`, r]));
  const all = [...byKey.values()].sort((x, y) => x.at - y.at || x.n - y.n);
  const recent = all.slice(-MAX_FINAL_RESULTS);
  const bestPass = all.filter(finalPassed).reduce<FinalResult | null>((best, r) => (!best || ratio(r) > ratio(best) ? r : best), null);
  return bestPass && !recent.includes(bestPass) ? [bestPass, ...recent] : recent;
}

/** Drops what was recorded at or before a reset. */
export function loopSinceReset(data: LoopData, resetAt: number): LoopData {
  return {
    reviews: Object.fromEntries(Object.entries(data.reviews).filter(([, card]) => card.lastReview > resetAt)),
    finalAttempt: data.finalAttempt && data.finalAttempt.at > resetAt ? data.finalAttempt : null,
    finalResults: data.finalResults.filter((r) => r.at > resetAt),
    certificateName: data.certificateName && data.certificateName.at > resetAt ? data.certificateName : null,
  };
}

/**
 * Per question the card reviewed last wins (more reviews on a tie); the final attempt
 * furthest on wins (then the one changed last); results are united; the name typed last wins.
 */
export function mergeLoop(a: LoopData, b: LoopData): LoopData {
  const reviews = { ...a.reviews };
  for (const [id, card] of Object.entries(b.reviews)) {
    const mine = reviews[id];
    if (!mine || card.lastReview > mine.lastReview || (card.lastReview === mine.lastReview && (card.reps > mine.reps || (card.reps === mine.reps && tieBreak(card, mine))))) {
      reviews[id] = card;
    }
  }
  const [fa, fb] = [a.finalAttempt, b.finalAttempt];
  const finalAttempt = !fa ? fb : !fb ? fa : fb.n > fa.n || (fb.n === fa.n && (fb.at > fa.at || (fb.at === fa.at && tieBreak(fb, fa)))) ? fb : fa;
  const [na, nb] = [a.certificateName, b.certificateName];
  const certificateName = !na ? nb : !nb ? na : nb.at > na.at || (nb.at === na.at && tieBreak(nb, na)) ? nb : na;
  return { reviews, finalAttempt, finalResults: keepFinalResults([...a.finalResults, ...b.finalResults]), certificateName };
}
