import { useEffect, useState } from 'react';

/** True once `active` has stayed true for `ms` milliseconds; false again when it ends. */
export function useAfter(ms: number, active = true): boolean {
  const [since, setSince] = useState<number | null>(null);
  useEffect(() => {
    if (!active) return;
    const id = setTimeout(() => setSince(Date.now()), ms);
    return () => {
      clearTimeout(id);
      setSince(null);
    };
  }, [ms, active]);
  return active && since !== null;
}

/** How long a download may take before the page says it is taking longer than usual. */
export const SLOW_LOAD_MS = 6_000;
