import { useId, useState } from 'react';
import type { Question } from '../quiz/lib/question';
import { formatCode } from '../live/protocol';
import { ResultChart } from '../live/result-chart';
import { chartText, rightAnswer } from '../live/chart-text';
import type { HostKey } from '../live/host-key';
import { useLiveHost } from '../live/use-live-host';
import { QrCode } from './qr-code';
import { useOrigin } from './use-origin';

interface LivePanelProps {
  deck: string;
  saved: HostKey | null;
  /** The question on the current slide, if it is a question slide. */
  question: Question | undefined;
  onOver: () => void;
}

/**
 * The console's live class (loaded only when a trainer starts or resumes one, with
 * socket.io-client): the join code, link and QR code; who has joined; the current slide's
 * question asked live, its answers counted as they arrive, and the reveal on every device.
 */
export default function LivePanel({ deck, saved, question, onOver }: LivePanelProps) {
  const host = useLiveHost(deck, saved);
  const origin = useOrigin();
  const [confirmEnd, setConfirmEnd] = useState(false);
  const [word, setWord] = useState('');
  const [copied, setCopied] = useState('');
  const ids = { scoreboard: useId(), word: useId() };
  const { stage } = host;
  const run = (action: Promise<unknown>) => {
    action.catch(() => undefined);
  };

  if (stage.kind === 'connecting') return <p role="status">Starting the live class…</p>;
  if (stage.kind === 'over') {
    return (
      <>
        <p role="status">{stage.message}</p>
        <button type="button" className="button button--secondary" onClick={onOver}>
          Done
        </button>
      </>
    );
  }

  const { state, key } = stage;
  const joinUrl = `${origin}/join?code=${formatCode(key.code)}`;
  const here = question && state.question?.id === question.id ? state : null;
  const copy = () =>
    navigator.clipboard.writeText(joinUrl).then(
      () => setCopied('Join link copied.'),
      () => setCopied('Could not copy: select the link and copy it yourself.'),
    );

  return (
    <>
      {stage.online ? null : <p role="status">Connection lost: reconnecting… The class keeps running on the server.</p>}
      <div className="live-panel__join">
        <div>
          <p>
            Learners open <strong>{`${origin}/join`}</strong> and type the code:
          </p>
          <p className="live-panel__code live-code" aria-label={`Join code ${key.code.split('').join(' ')}`}>
            {formatCode(key.code)}
          </p>
          <p className="console__url">{joinUrl}</p>
          <p className="console__buttons">
            <button type="button" className="button button--secondary" onClick={() => run(copy())}>
              Copy the join link
            </button>
            <span role="status">{copied}</span>
          </p>
        </div>
        <QrCode text={joinUrl} label={`QR code to join the class: ${joinUrl}`} />
      </div>

      <p>
        <span className="live-panel__count">{state.learners}</span> {state.learners === 1 ? 'learner has' : 'learners have'} joined
      </p>
      {state.names.length ? (
        <details>
          <summary>Who has joined</summary>
          <p className="live-panel__names">{state.names.join(', ')}</p>
        </details>
      ) : null}

      <h3>This slide’s question</h3>
      {!question ? (
        <p>Go to a question slide to ask it live.{state.phase === 'open' ? ' A question from another slide is still open.' : ''}</p>
      ) : here && here.phase !== 'lobby' ? (
        <>
          <p>
            <span className="live-panel__count">{here.answered}</span> of {here.learners} answered
            {here.phase === 'revealed' ? ' (revealed)' : ''}
          </p>
          {here.phase === 'open' ? (
            <p className="console__buttons">
              <button type="button" className="button" onClick={() => run(host.reveal())}>
                Reveal the answer on every device
              </button>
              <button type="button" className="button button--secondary" onClick={() => run(host.close())}>
                Close without revealing
              </button>
            </p>
          ) : null}
          {here.phase === 'revealed' && here.result ? (
            <>
              <p>
                <strong>{rightAnswer(question)}</strong>
              </p>
              <ResultChart chart={chartText(question, here.result.bars)} answered={here.result.answered} right={here.result.right} revealed />
              <p className="console__buttons">
                <button type="button" className="button button--secondary" onClick={() => run(host.open(question))}>
                  Ask it again
                </button>
                <button type="button" className="button button--secondary" onClick={() => run(host.close())}>
                  Back to waiting
                </button>
              </p>
            </>
          ) : null}
        </>
      ) : (
        <p>
          <button type="button" className="button" onClick={() => run(host.open(question))}>
            Ask this question live
          </button>
        </p>
      )}
      {host.message ? (
        <p role="alert" className="live-join__error">
          {host.message}
        </p>
      ) : null}

      <h3>Settings</h3>
      <p className="live-panel__row">
        <input
          id={ids.scoreboard}
          type="checkbox"
          checked={state.scoreboard}
          onChange={(event) => run(host.settings({ scoreboard: event.target.checked }))}
        />
        <label htmlFor={ids.scoreboard}>Show a scoreboard of display names after each reveal</label>
      </p>
      <form
        className="live-panel__row"
        onSubmit={(event) => {
          event.preventDefault();
          if (!word.trim()) return;
          run(host.settings({ blocklist: [...state.blocklist, word.trim()] }));
          setWord('');
        }}
      >
        <label htmlFor={ids.word}>Block a word in display names</label>
        <input id={ids.word} type="text" maxLength={40} value={word} onChange={(event) => setWord(event.target.value)} />
        <button type="submit" className="button button--secondary">
          Block it
        </button>
      </form>
      {state.blocklist.length ? <p>Blocked by you: {state.blocklist.join(', ')}. Anyone already using one has been removed.</p> : null}

      <p className="console__buttons">
        {confirmEnd ? (
          <>
            <button type="button" className="button" onClick={() => run(host.end())}>
              End it and delete every answer
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirmEnd(false)}>
              Keep the class running
            </button>
          </>
        ) : (
          <button type="button" className="button button--quiet" onClick={() => setConfirmEnd(true)}>
            End the live class
          </button>
        )}
      </p>
    </>
  );
}
