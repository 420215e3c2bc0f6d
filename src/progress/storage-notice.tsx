import { useState } from 'react';
import { Notice } from '../ui/notice';
import { downloadText } from '../ui/download';
import { DownloadProgressButton } from './download-progress-button';
import { startFreshKeepingOtherTabs } from './start-fresh';
import { useStorageHealth } from './storage-health';

/** Tells this tab what another tab did to its progress, until the learner dismisses it. */
function OtherTabNotice() {
  const news = useStorageHealth((state) => state.otherTab);
  const dismiss = useStorageHealth((state) => state.setOtherTab);
  if (!news) return null;
  return (
    <Notice
      tone="info"
      urgent
      title={news === 'reset' ? 'Progress was reset in another tab' : 'A quiz was restarted in another tab'}
      actions={
        <button type="button" className="button button--secondary" onClick={() => dismiss(null)}>
          OK
        </button>
      }
    >
      <p>
        {news === 'reset'
          ? 'All answers and scores were cleared in another tab of this course, so they have been cleared in this tab too.'
          : 'You started a quiz again in another tab of this course, so its answers in this tab were cleared for the new attempt. Your earlier scores are kept.'}
      </p>
    </Notice>
  );
}

/** Explains any problem with saving progress, and what another tab did; offers a way on. Shows nothing when all is well. */
export function StorageNotice() {
  return (
    <>
      <HealthNotice />
      <OtherTabNotice />
    </>
  );
}

function HealthNotice() {
  const health = useStorageHealth((state) => state.health);
  const [confirming, setConfirming] = useState(false);
  const [downloaded, setDownloaded] = useState(false);
  const [failed, setFailed] = useState(false);

  if (health.kind === 'ok') return null;

  if (health.kind === 'unavailable' || health.kind === 'full') {
    return (
      <Notice
        tone="warning"
        urgent
        title="Your progress is not being saved"
        actions={
          <DownloadProgressButton secondary />
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

  const { raw, keptAside } = health;
  const downloadUnreadable = () => {
    downloadText('fine-tuning-course-unreadable-progress.txt', raw, 'text/plain');
    setDownloaded(true);
  };
  const startFresh = () => {
    setConfirming(false);
    setFailed(false);
    startFreshKeepingOtherTabs(raw, { downloaded }).catch(() => setFailed(true));
  };
  // Starting fresh overwrites the unreadable value: only offered once a copy exists.
  const hasCopy = keptAside || downloaded;

  let explanation: string;
  if (!confirming) {
    explanation = keptAside
      ? 'You can carry on now; nothing is saved until you choose. Download the data to keep it, then start fresh.'
      : 'There is no room in this browser to keep a copy of it, so download it before you start fresh. You can carry on now; nothing is saved until you choose.';
  } else if (keptAside) {
    explanation = 'Starting fresh saves new progress in its place. A copy of the unreadable data stays in this browser, and you can still download it first.';
  } else if (downloaded) {
    explanation = 'There is no room in this browser to keep a copy, so the file you downloaded is the only copy. Starting fresh saves new progress in place of the unreadable data. Check the file is in your downloads first.';
  } else {
    explanation = 'There is no room in this browser to keep a copy, so starting fresh would delete it for good. Download the unreadable data first.';
  }

  return (
    <Notice
      tone="warning"
      urgent
      title="We couldn’t read your saved progress"
      actions={
        confirming ? (
          <>
            {hasCopy ? (
              <button type="button" className="button" onClick={startFresh}>
                {keptAside ? 'Yes, start fresh' : 'I have the file: start fresh'}
              </button>
            ) : (
              <button type="button" className="button" onClick={downloadUnreadable}>
                Download the unreadable data
              </button>
            )}
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button button--secondary" onClick={downloadUnreadable}>
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
      <p>{explanation}</p>
      {failed ? <p>Starting fresh did not work, and nothing was changed. Reload the page and try again.</p> : null}
    </Notice>
  );
}
