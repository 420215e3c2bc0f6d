import type { Question } from '../quiz/lib/question';
import { formatCode } from '../live/protocol';
import { ResultChart } from '../live/result-chart';
import { chartText } from '../live/chart-text';
import type { HostKey } from '../live/host-key';
import { useLiveHost } from '../live/use-live-host';
import { useOrigin } from './use-origin';

/**
 * The live class on the projector (the audience window, in the trainer's browser, with its host
 * key): how to join, the count of answers while a question is open, and the room's chart after
 * the reveal. Loaded only while a live class runs.
 */
export default function LiveOverlay({ hostKey, question }: { hostKey: HostKey; question: Question | undefined }) {
  const { stage } = useLiveHost(hostKey.deck, hostKey);
  const origin = useOrigin();
  if (stage.kind !== 'running') return null;
  const { state } = stage;
  const here = question && state.question?.id === question.id ? state : null;
  return (
    <aside className="live-overlay" aria-label="Live class">
      <p>
        Join at <strong>{`${origin}/join`}</strong> with <strong className="live-code">{formatCode(state.code)}</strong>
      </p>
      {here?.phase === 'open' ? (
        <p role="status">
          <span className="live-panel__count">{here.answered}</span> of {here.learners} answered
        </p>
      ) : null}
      {here?.phase === 'revealed' && here.result && question ? (
        <ResultChart chart={chartText(question, here.result.bars)} answered={here.result.answered} right={here.result.right} revealed />
      ) : null}
    </aside>
  );
}
