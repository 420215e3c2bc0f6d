/** Shown while a deep-linked lesson loads on first visit. */
export function LessonLoading() {
  return (
    <p role="status" className="loading">
      Loading the lesson…
    </p>
  );
}

/** Shown while another lazily loaded page arrives on first visit. */
export function PageLoading() {
  return (
    <p role="status" className="loading">
      Loading…
    </p>
  );
}
