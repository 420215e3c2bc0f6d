import { useState } from 'react';
import { Notice } from '../ui/notice';
import './update-notice.css';

interface UpdateNoticeProps {
  /** Lets the new version take over; the page reloads when it has. */
  onUpdate: () => unknown;
  onDismiss: () => void;
}

/**
 * A new version of the course has been downloaded and waits for the learner: it takes over only
 * when they choose Update (a reload), so nothing changes under them mid-question. Progress is in
 * this browser's storage, which a reload keeps.
 */
export function UpdateNotice({ onUpdate, onDismiss }: UpdateNoticeProps) {
  const [updating, setUpdating] = useState(false);
  const update = () => {
    setUpdating(true);
    Promise.resolve()
      .then(onUpdate)
      .catch(() => setUpdating(false));
  };
  return (
    <Notice
      tone="info"
      title="A new version of the course is ready"
      actions={
        <>
          <button type="button" className="button" aria-disabled={updating} onClick={updating ? undefined : update}>
            {updating ? 'Updating…' : 'Update'}
          </button>
          <button type="button" className="button button--secondary" onClick={onDismiss}>
            Later
          </button>
        </>
      }
    >
      <p>Update to use it: the page reloads, and your saved progress stays as it is.</p>
    </Notice>
  );
}
