import { lazy, Suspense, useState } from 'react';
import type { Question } from '../quiz/lib/question';
import { readHostKey, type HostKey } from '../live/host-key';

// socket.io-client comes with the panel, only when a trainer starts or resumes a live class.
const LivePanel = lazy(() => import('./live-panel'));

/**
 * The console's "Live class" panel: a button to start one, or the running class (resumed by
 * itself after a reload, or in another window of this browser, from the host key it keeps).
 */
export function LiveClass({ deck, question }: { deck: string; question: Question | undefined }) {
  const [saved, setSaved] = useState<HostKey | null>(() => readHostKey());
  const [on, setOn] = useState(saved !== null);
  return (
    <section className="console__panel live-panel" aria-labelledby="live-heading">
      <h2 id="live-heading">Live class</h2>
      {on ? (
        <Suspense fallback={<p role="status">Loading the live class…</p>}>
          <LivePanel deck={deck} saved={saved} question={question} onOver={() => {
              setSaved(null);
              setOn(false);
            }} />
        </Suspense>
      ) : (
        <>
          <p>Learners answer on their own phones; you see the room’s answers as they arrive, and reveal them on every device.</p>
          <button type="button" className="button" onClick={() => setOn(true)}>
            Start a live class
          </button>
        </>
      )}
    </section>
  );
}
