import { useState } from 'react';
import { exportProgress } from './progress-file';

/**
 * "Download your progress", with its failure shown: the file writer loads on demand and
 * may not arrive (offline, or a newer version of the course replaced it).
 */
export function DownloadProgressButton({ secondary = false }: { secondary?: boolean }) {
  const [failed, setFailed] = useState(false);
  const download = () => {
    setFailed(false);
    exportProgress().catch(() => setFailed(true));
  };
  return (
    <>
      <button type="button" className={secondary ? 'button button--secondary' : 'button'} onClick={download}>
        Download your progress
      </button>
      {/* An alert is announced when it appears, so it is only in the page while there is something to say. */}
      {failed ? (
        <p role="alert" className="download-failed">
          Your progress could not be downloaded: part of the course did not load (you may be offline). Your progress is safe in this
          browser. Check your connection and try again.
        </p>
      ) : null}
    </>
  );
}
