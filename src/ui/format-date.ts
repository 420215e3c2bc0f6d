/**
 * Dates from saved data, shown without ever throwing: a time no Date can hold (such as
 * 9e15 ms, NaN or Infinity) gives null, and the caller shows "Unknown date".
 */
const valid = (at: number): Date | null => {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** "25 Nov 2026" (short) or "25 November 2026" (long), or null. */
export function formatDate(at: number, month: 'short' | 'long'): string | null {
  return valid(at)?.toLocaleDateString('en-GB', { day: 'numeric', month, year: 'numeric' }) ?? null;
}

/** The machine-readable form for <time dateTime>, or null. */
export function isoDate(at: number): string | null {
  return valid(at)?.toISOString() ?? null;
}

export const UNKNOWN_DATE = 'Unknown date';
