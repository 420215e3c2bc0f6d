/** Shown while a lazily loaded page (a deep-linked lesson, the progress page) arrives on first visit. */
function Loading({ label }: { label: string }) {
  return (
    <p role="status" className="loading">
      {label}
    </p>
  );
}

export const LessonLoading = () => <Loading label="Loading the lesson…" />;
export const PageLoading = () => <Loading label="Loading…" />;
