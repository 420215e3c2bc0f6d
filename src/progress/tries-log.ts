/**
 * The tries log, saved apart from the rest of progress (format 4): one storage key per
 * hour in which answers were checked, so recording an answer rewrites one small key (the
 * current hour's) instead of the whole log, and another tab merges only that hour.
 * Pure functions; the storage adapter does the reading and writing.
 *
 * Every function keeps the entry objects it does not change, so "what changed" can be
 * found by identity (changedHours) without comparing contents.
 */
import { MAX_TRIES_LOGGED, type TryLogEntry } from './progress-types';

export const HOUR_MS = 3_600_000;

/** The hour (since 1970) an entry belongs to: its storage key's suffix. */
export const hourOf = (at: number) => Math.floor(at / HOUR_MS);

/** The log's order: by time, then question id. */
export const compareTries = (a: TryLogEntry, b: TryLogEntry) => a.at - b.at || (a.q < b.q ? -1 : a.q > b.q ? 1 : 0);

/** For exact ties (same question, same time): an arbitrary but fixed choice, so merging is symmetric. */
const tieBreak = (candidate: unknown, current: unknown) => JSON.stringify(candidate) > JSON.stringify(current);

/**
 * The hours whose entries differ between two versions of the log (both in log order).
 * Walks both once, comparing entries by identity: an append touches one hour, dropping
 * the oldest entry another, a reset every hour there was.
 */
export function changedHours(before: readonly TryLogEntry[], after: readonly TryLogEntry[]): Set<number> {
  const dirty = new Set<number>();
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    const a = before[i];
    const b = after[j];
    if (a !== undefined && a === b) {
      i += 1;
      j += 1;
    } else if (b !== undefined && (a === undefined || compareTries(b, a) <= 0)) {
      dirty.add(hourOf(b.at));
      j += 1;
    } else if (a !== undefined) {
      dirty.add(hourOf(a.at));
      i += 1;
    }
  }
  return dirty;
}

/** The entries of the given hours, by hour (an hour with none maps to an empty list). */
export function entriesOfHours(log: readonly TryLogEntry[], hours: ReadonlySet<number>): Map<number, TryLogEntry[]> {
  const out = new Map<number, TryLogEntry[]>();
  if (hours.size === 0) return out;
  if (inTimeOrder(log)) {
    // An hour's entries lie together: find them by binary search.
    for (const hour of hours) out.set(hour, log.slice(firstAtOrAfter(log, hour * HOUR_MS), firstAtOrAfter(log, (hour + 1) * HOUR_MS)));
    return out;
  }
  for (const hour of hours) out.set(hour, []);
  for (const entry of log) out.get(hourOf(entry.at))?.push(entry);
  return out;
}

/** The whole log, by hour: what a first save in format 4 writes. */
export function splitByHour(log: readonly TryLogEntry[]): Map<number, TryLogEntry[]> {
  const out = new Map<number, TryLogEntry[]>();
  for (const entry of log) {
    const hour = hourOf(entry.at);
    const list = out.get(hour);
    if (list) list.push(entry);
    else out.set(hour, [entry]);
  }
  return out;
}

/** The union of two logs (one entry per question and time), newest MAX_TRIES_LOGGED, in log order. */
export function mergeTries(a: readonly TryLogEntry[], b: readonly TryLogEntry[]): TryLogEntry[] {
  const byKey = new Map<string, TryLogEntry>();
  for (const t of a) byKey.set(`${t.q}@${t.at}`, t);
  for (const t of b) {
    const key = `${t.q}@${t.at}`;
    const mine = byKey.get(key);
    if (!mine || tieBreak(t, mine)) byKey.set(key, t);
  }
  return [...byKey.values()].sort(compareTries).slice(-MAX_TRIES_LOGGED);
}

/**
 * Merges another copy of one hour of the log (another tab's) into this log: only that
 * hour's entries are looked at and sorted, the rest are kept as they are (same objects).
 * Their entries from before this log's last reset are left out: the other tab may not
 * have seen the reset yet (its own merge of the reset then rewrites that hour).
 * Returns this log itself when nothing changes.
 */
export function mergeHour(log: readonly TryLogEntry[], hour: number, theirs: readonly TryLogEntry[], resetAt: number): readonly TryLogEntry[] {
  const start = hour * HOUR_MS;
  const end = start + HOUR_MS;
  const theirsHere = theirs.filter((t) => hourOf(t.at) === hour && t.at > resetAt);
  if (!inTimeOrder(log)) {
    // Out of order (a clock set back): merge the whole log, which puts it in order.
    const merged = mergeTries(log, theirsHere);
    return merged.length === log.length && merged.every((t, k) => t === log[k]) ? log : merged;
  }
  // In time order, the hour's entries lie together: find them by binary search, not by a pass over all.
  const from = firstAtOrAfter(log, start);
  const to = firstAtOrAfter(log, end);
  const inside = log.slice(from, to);
  const merged = mergeTries(inside, theirsHere);
  if (merged.length === inside.length && merged.every((t, k) => t === inside[k])) return log;
  const result = [...log.slice(0, from), ...merged, ...log.slice(to)];
  return result.length > MAX_TRIES_LOGGED ? result.slice(-MAX_TRIES_LOGGED) : result;
}

const checkedOrder = new WeakMap<readonly TryLogEntry[], boolean>();

/** Whether the log is in time order (it is unless a clock was set back); remembered per array. */
export function inTimeOrder(log: readonly TryLogEntry[]): boolean {
  let ordered = checkedOrder.get(log);
  if (ordered === undefined) {
    ordered = log.every((t, i) => i === 0 || log[i - 1]!.at <= t.at);
    checkedOrder.set(log, ordered);
  }
  return ordered;
}

/** The index of the first entry at or after `at` in a log in time order (its length if none). */
function firstAtOrAfter(log: readonly TryLogEntry[], at: number): number {
  let lo = 0;
  let hi = log.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (log[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
