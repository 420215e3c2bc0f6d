import { useState } from 'react';
import { Notice } from '../ui/notice';
import { downloadText } from '../ui/download';
import { exportProgress } from './progress-file';
import { startFreshKeepingOtherTabs } from './start-fresh';
import { useStorageHealth } from './storage-health';

/** Explains any problem with saving progress, and offers a way on. Shows nothing when all is well. */
export function StorageNotice() {
  const health = useStorageHealth((state) => state.health);
  const [confirming, setConfirming] = useState(false);

  if (health.kind === 'ok') return null;

  if (health.kind === 'unavailable' || health.kind === 'full') {
    return (
      <Notice
        tone="warning"
        urgent
        title="Your progress is not being saved"
        actions={
          <button type="button" className="button button--secondary" onClick={() => void exportProgress()}>
            Download your progress
          </button>
        }
      >
        <p>
          {health.kind === 'full'
            ? 'This browser’s storage for the course is full, so new answers cannot be saved.'
            : 'This browser is not letting the course save anything (private browsing or a privacy setting can do this).'}{' '}
          You can carry on: your answers are kept until you close this tab. To keep them, download your progress before you leave.
        </p>
      </Notice>
    );
  }

  const startFresh = () => {
    setConfirming(false);
    void startFreshKeepingOtherTabs(health.raw);
  };

  return (
    <Notice
      tone="warning"
      urgent
      title="We couldn’t read your saved progress"
      actions={
        confirming ? (
          <>
            <button type="button" className="button" onClick={startFresh}>
              Yes, start fresh
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button button--secondary" onClick={() => downloadText('fine-tuning-course-unreadable-progress.txt', health.raw, 'text/plain')}>
              Download the unreadable data
            </button>
            <button type="button" className="button" onClick={() => setConfirming(true)}>
              Start fresh
            </button>
          </>
        )
      }
    >
      <p>{health.reason} It has not been changed or deleted.</p>
      <p>
        {confirming
          ? 'Starting fresh saves new progress in its place. A copy of the unreadable data stays in this browser, and you can still download it first.'
          : 'You can carry on now; nothing is saved until you choose. Download the data to keep it, then start fresh.'}
      </p>
    </Notice>
  );
}
