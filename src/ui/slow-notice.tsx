import { Notice } from './notice';

/**
 * A download that has neither arrived nor failed after several seconds (the connection may
 * hang rather than drop). Says so, says saved progress is safe, and offers a reload.
 */
export function SlowNotice() {
  return (
    <Notice
      tone="info"
      title="This is taking longer than usual"
      actions={
        <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      }
    >
      <p>
        Part of the course is still downloading. Your saved progress is safe. If your connection has dropped, reload the page once it is
        back.
      </p>
    </Notice>
  );
}
