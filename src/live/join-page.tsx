import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { Link, useLocation } from 'react-router';
import { findLesson } from '../course/lessons';
import { FeedbackList } from '../quiz/components/feedback-list';
import type { Question } from '../quiz/lib/question';
import { Notice } from '../ui/notice';
import { usePageTitle } from '../ui/use-page-title';
import { LiveQuestion } from './live-question';
import { loadQuestion } from './load-question';
import { CODE_PATTERN, formatCode, normaliseCode, type RoomState } from './protocol';
import { ResultChart } from './result-chart';
import { chartText, rightAnswer } from './chart-text';
import { explain } from './explain';
import { KeepForReview } from './keep-for-review';
import { useLiveLearner } from './use-live-learner';
import type { Response } from '../quiz/lib/response';
import type { Seat } from './seat';
import './live.css';

const NAME_MAX = 24;
const noSubscription = () => () => undefined;

function JoinForm({ busy, message, onJoin }: { busy: boolean; message?: string; onJoin: (code: string, name: string) => void }) {
  const ids = { code: useId(), name: useId(), codeHelp: useId(), nameHelp: useId(), error: useId() };
  // The page is prerendered without its query: hydrate as that, then take ?code= from the link or QR code.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const linked = new URLSearchParams(useLocation().search).get('code') ?? '';
  const [problem, setProblem] = useState('');
  // Uncontrolled inputs: what someone types before the page has hydrated stays, and the linked
  // code fills the field (through its default value) only if nothing has been typed yet.
  const linkedCode = hydrated ? formatCode(normaliseCode(linked)) : '';
  const errorRef = useRef<HTMLParagraphElement>(null);
  const error = problem || message || '';
  useEffect(() => {
    if (message) errorRef.current?.focus();
  }, [message]);

  return (
    <form
      className="live-join"
      noValidate
      aria-describedby={error ? ids.error : undefined}
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const normal = normaliseCode(String(form.get('code') ?? ''));
        const name = String(form.get('nickname') ?? '');
        if (!CODE_PATTERN.test(normal)) return setProblem('Type the 8-character code your trainer shows, for example ABCD-2345.');
        if (!name.trim()) return setProblem('Type a name for the room to see.');
        setProblem('');
        onJoin(normal, name.trim());
      }}
    >
      <p className="live-join__field">
        <label htmlFor={ids.code}>Class code</label>
        <span id={ids.codeHelp} className="live-join__help">
          8 letters and digits, on the trainer’s screen
        </span>
        <input
          id={ids.code}
          name="code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          inputMode="text"
          maxLength={12}
          aria-describedby={ids.codeHelp}
          className="live-join__code"
          defaultValue={linkedCode}
        />
      </p>
      <p className="live-join__field">
        <label htmlFor={ids.name}>Your name for this class</label>
        <span id={ids.nameHelp} className="live-join__help">
          Up to {NAME_MAX} characters. The room may see it on a scoreboard.
        </span>
        <input
          id={ids.name}
          name="nickname"
          autoComplete="nickname"
          maxLength={NAME_MAX}
          aria-describedby={ids.nameHelp}
        />
      </p>
      {error ? (
        <p id={ids.error} ref={errorRef} tabIndex={-1} className="live-join__error" role="alert">
          {error}
        </p>
      ) : null}
      <p>
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Joining…' : 'Join the class'}
        </button>
      </p>
      <p className="live-join__note">
        A class keeps your name and answers only while it runs, and never changes your own saved progress in this course.
      </p>
    </form>
  );
}

/** The open question of the room, loaded from its lesson's bank. */
function useRoomQuestion(room: RoomState): Question | null | undefined {
  const key = room.question ? `${room.question.lesson}/${room.question.id}` : '';
  const [loaded, setLoaded] = useState<{ key: string; question: Question | null } | null>(null);
  useEffect(() => {
    if (!room.question) return;
    let current = true;
    const { lesson, id } = room.question;
    loadQuestion(lesson, id).then(
      (question) => current && setLoaded({ key: `${lesson}/${id}`, question: question ?? null }),
      () => current && setLoaded({ key: `${lesson}/${id}`, question: null }),
    );
    return () => {
      current = false;
    };
  }, [room.question]);
  if (!key) return null;
  return loaded?.key === key ? loaded.question : undefined;
}

function Reveal({ question, room, answer }: { question: Question; room: RoomState; answer: Response | null }) {
  const result = room.result;
  if (!result) return null;
  const explained = explain(question, answer);
  return (
    <section className="live-reveal" aria-labelledby="reveal-heading">
      <h2 id="reveal-heading" tabIndex={-1}>
        {explained.verdict ? `Your answer: ${explained.verdict.toLowerCase()}` : 'The answer'}
      </h2>
      <p className="live-reveal__prompt">{question.prompt}</p>
      {/* Partial credit says something; "the right answer is…" is said just below. */}
      {explained.summary && question.type !== 'single' && question.type !== 'scenario' && question.type !== 'myth-or-reality' ? <p>{explained.summary}</p> : null}
      {!answer ? <p>You did not answer this one.</p> : null}
      <p className="live-reveal__answer">
        <strong>{rightAnswer(question)}</strong>
      </p>
      <h3>How the room answered</h3>
      <ResultChart chart={chartText(question, result.bars)} answered={result.answered} right={result.right} revealed />
      <h3>Why</h3>
      <FeedbackList lines={explained.lines} />
      {result.scoreboard ? (
        <>
          <h3>Scoreboard</h3>
          <ol className="live-scoreboard">
            {result.scoreboard.map((row) => (
              <li key={row.name}>
                <span>{row.name}</span> <span>{row.score}</span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <KeepForReview key={question.id} question={question} answer={answer} />
      <p>
        To practise on your own later:{' '}
        <Link to={`/lessons/${question.lesson}`} target="_blank" rel="noopener">
          {findLesson(question.lesson)?.title ?? 'the lesson'} (opens in a new tab)
        </Link>
      </p>
    </section>
  );
}

function Room({ seat, room, answer, online, onAnswer, onLeave }: { seat: Seat; room: RoomState; answer: Response | null; online: boolean; onAnswer: (r: Response) => Promise<string | null>; onLeave: () => void }) {
  const question = useRoomQuestion(room);
  return (
    <>
      <p className="live-room__who">
        Class <strong className="live-code">{formatCode(seat.code)}</strong>, as <strong>{seat.name}</strong>
      </p>
      <p role="status" className={online ? 'live-room__online' : 'live-room__offline'}>
        {online ? '' : 'Connection lost: reconnecting… Your answers are kept.'}
      </p>
      {room.phase === 'lobby' || !room.question ? (
        <p className="live-room__wait">You are in. Wait for the trainer’s question: it appears here.</p>
      ) : question === undefined ? (
        <p role="status">Loading the question…</p>
      ) : question === null ? (
        <Notice tone="warning" title="This question could not be shown">
          <p>This version of the course does not have it. Reload the page to get the latest course.</p>
        </Notice>
      ) : room.phase === 'open' ? (
        <section aria-labelledby="question-heading">
          <h2 id="question-heading">Question {room.round}</h2>
          <LiveQuestion key={room.round} question={question} seed={`${seat.token}#${room.round}`} sent={answer} disabled={false} onSend={onAnswer} />
        </section>
      ) : (
        <Reveal question={question} room={room} answer={answer} />
      )}
      <p className="live-room__leave">
        <button type="button" className="button button--quiet" onClick={onLeave}>
          Leave the class
        </button>
      </p>
    </>
  );
}

/** `/join`: a learner joins a live class with its code and a name, then answers on this device. */
export function JoinPage() {
  const { stage, join, answer, leave, again } = useLiveLearner();
  usePageTitle(stage.kind === 'in' ? `Live class ${formatCode(stage.seat.code)}` : 'Join a live class');
  return (
    <div className="live-page">
      <h1>{stage.kind === 'in' ? 'Live class' : 'Join a live class'}</h1>
      {stage.kind === 'form' || stage.kind === 'joining' ? (
        <>
          <p>Your trainer is running a class quiz: answer the questions on this device.</p>
          <JoinForm busy={stage.kind === 'joining'} message={stage.kind === 'form' ? stage.message : undefined} onJoin={join} />
        </>
      ) : stage.kind === 'in' ? (
        <Room seat={stage.seat} room={stage.room} answer={stage.answer} online={stage.online} onAnswer={answer} onLeave={() => {
            leave().catch(() => undefined);
          }} />
      ) : (
        <Notice
          tone="info"
          title={stage.title}
          actions={
            <button type="button" className="button" onClick={again}>
              Join a class
            </button>
          }
        >
          <p>{stage.message}</p>
        </Notice>
      )}
    </div>
  );
}
