import { SlowNotice } from '../ui/slow-notice';
import { SLOW_LOAD_MS, useAfter } from '../ui/use-after';

/** Shown while a lazily loaded page (a deep-linked lesson, the progress page) arrives on first visit. */
function Loading({ label }: { label: string }) {
  const slow = useAfter(SLOW_LOAD_MS);
  return (
    <>
      <p role="status" className="loading">
        {label}
      </p>
      {slow ? <SlowNotice /> : null}
    </>
  );
}

export const LessonLoading = () => <Loading label="Loading the lesson…" />;
export const PageLoading = () => <Loading label="Loading…" />;
