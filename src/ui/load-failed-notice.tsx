import { useState, type ReactNode } from 'react';
import { Notice } from './notice';

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

interface LoadFailedNoticeProps {
  /** What could not be shown, as the start of a sentence ("This page", "The part of the course that reads your saved progress"). */
  what: string;
  /** Tries the download again; the notice shows "Trying again…" until it settles. */
  onRetry: () => unknown;
  /**
   * The browser is offline and `what` is not kept for offline use (the service worker does not
   * have it): says so plainly, rather than "you may be offline".
   */
  offline?: boolean;
  /** The second way on, instead of "Reload the page" (offline, a reload only shows this again): e.g. a link to the course map. */
  onward?: ReactNode;
}

/**
 * A part of the course (a lazily loaded file) did not arrive. Says so, says that saved
 * progress is safe, and offers two ways on: try the download again (offline for a moment),
 * or reload the page (a new version of the course replaced the file).
 */
export function LoadFailedNotice({ what, onRetry, offline = false, onward }: LoadFailedNoticeProps) {
  const [retrying, setRetrying] = useState(false);
  const retry = () => {
    setRetrying(true);
    // A retry that fails again shows this notice again (its caller decides); here it only has to settle.
    Promise.resolve()
      .then(onRetry)
      .catch(() => undefined)
      .finally(() => setRetrying(false));
  };
  return (
    <Notice
      tone="warning"
      urgent
      title="Part of the course didn’t load"
      actions={
        <>
          <button type="button" className="button" aria-disabled={retrying} onClick={retrying ? undefined : retry}>
            {retrying ? 'Trying again…' : 'Try again'}
          </button>
          {onward ?? (
            <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
              Reload the page
            </button>
          )}
        </>
      }
    >
      {offline ? (
        <>
          <p>You are offline, and {lowerFirst(what)} is not saved for offline use in this browser.</p>
          <p>Your saved progress is safe: nothing has been changed. Try again once you are back online.</p>
        </>
      ) : (
        <>
          <p>{what} could not be downloaded. You may be offline, or the course may have been updated since you opened this page.</p>
          <p>Your saved progress is safe: nothing has been changed. Try again, or reload the page.</p>
        </>
      )}
    </Notice>
  );
}
