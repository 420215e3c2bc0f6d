import { useEffect, useId, useMemo, useState } from 'react';
import { useLocation } from 'react-router';
import { Notice } from '../ui/notice';
import { usePageTitle } from '../ui/use-page-title';
import { LiveClass } from './live-class';
import { enterSection, formatDuration, inSection, parseClock, startClock, type ClockState } from './clock';
import { plannedMinutes, type Slide } from './deck';
import { sectionLink, toggleFullscreen, usePresentation, type PresentData } from './presentation';
import { QrCode } from './qr-code';
import { roomQuestion } from './room-question';
import { SlideFooter } from './slide-footer';
import { SlideContent, slideLabel, SlideStage } from './slide-view';
import { useOrigin } from './use-origin';
import type { PresenterState, Command } from './presenter-state';

function useClock(deckId: string, section: string | undefined) {
  const key = `fine-tuning-present-clock:${deckId}`;
  const [clock, setClock] = useState<ClockState | null>(() => {
    try {
      return typeof window === 'undefined' ? null : parseClock(sessionStorage.getItem(key));
    } catch {
      return null;
    }
  });
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  // Start on first sight of a slide; bank the time when the section changes.
  const [seen, setSeen] = useState<string | undefined>(undefined);
  if (section && section !== seen) {
    setSeen(section);
    setClock((c) => (c ? enterSection(c, section, Date.now()) : startClock(Date.now(), section)));
  }
  useEffect(() => {
    try {
      if (clock) sessionStorage.setItem(key, JSON.stringify(clock));
    } catch {
      // The clock restarts after a reload: a nuisance, not a loss.
    }
  }, [clock, key]);
  const reset = () => setClock(section ? startClock(Date.now(), section) : null);
  return { clock, now, reset };
}

function SlidePreview({ slide, index, total, state }: { slide: Slide; index: number; total: number; state: PresenterState }) {
  return (
    <SlideStage className="console__stage">
      <div className="slide" data-slide-key={slide.key}>
        <SlideContent slide={slide} state={state} />
        <SlideFooter index={index} total={total} />
      </div>
    </SlideStage>
  );
}

function RoomControls({ slide, state, dispatch }: { slide: Extract<Slide, { kind: 'question' }>; state: PresenterState; dispatch: (c: Command) => void }) {
  const room = roomQuestion(slide.question);
  const id = slide.question.id;
  const revealed = state.revealed.includes(id);
  const chart = state.charts.includes(id);
  const counts = state.hands[id] ?? {};
  return (
    <section className="console__panel" aria-labelledby="room-heading">
      <h2 id="room-heading">Question for the room</h2>
      <p className="console__answer">
        <strong>{room.answer}</strong> (the room sees it only when you reveal it)
      </p>
      <p>
        <button type="button" className="button" aria-pressed={revealed} onClick={() => dispatch({ type: 'reveal', question: id })}>
          {revealed ? 'Hide the answer (R)' : 'Reveal the answer (R)'}
        </button>
      </p>
      {room.countable ? (
        <fieldset className="console__hands">
          <legend>Show of hands: how many chose each option?</legend>
          {room.options.map((option) => (
            <label key={option.id} className="console__count">
              <span>
                {option.letter}. {option.text}
              </span>
              <input
                type="number"
                min={0}
                inputMode="numeric"
                value={counts[option.id] ?? ''}
                onChange={(event) => dispatch({ type: 'hands', question: id, option: option.id, count: Number(event.target.value) })}
              />
            </label>
          ))}
          <button type="button" className="button button--secondary" aria-pressed={chart} onClick={() => dispatch({ type: 'chart', question: id })}>
            {chart ? 'Hide the chart' : 'Show the chart to the room'}
          </button>
        </fieldset>
      ) : (
        <p>The room calls out its answer; there are no options to count hands for.</p>
      )}
    </section>
  );
}

function SectionLink({ slide }: { slide: Slide | undefined }) {
  const [copied, setCopied] = useState<{ url: string; ok: boolean } | null>(null);
  const [showQr, setShowQr] = useState(false);
  const path = sectionLink(slide);
  const url = `${useOrigin()}${path}`;
  // The message belongs to the link it was about: moving on to another section clears it.
  const status = copied?.url === url ? (copied.ok ? 'Link copied.' : 'Could not copy: select the link and copy it yourself.') : '';
  const copy = () => {
    navigator.clipboard.writeText(url).then(
      () => setCopied({ url, ok: true }),
      () => setCopied({ url, ok: false }),
    );
  };
  return (
    <section className="console__panel" aria-labelledby="link-heading">
      <h2 id="link-heading">Send the room here</h2>
      <p className="console__url">{url}</p>
      <p className="console__buttons">
        <button type="button" className="button button--secondary" onClick={copy}>
          Copy the link
        </button>
        <button type="button" className="button button--secondary" aria-expanded={showQr} onClick={() => setShowQr((v) => !v)}>
          {showQr ? 'Hide the QR code' : 'Show a QR code'}
        </button>
        <span role="status">{status}</span>
      </p>
      {showQr ? <QrCode text={url} label={`QR code for ${url}`} /> : null}
    </section>
  );
}

/** The presenter console: current and next slide, notes, clock, room controls; drives the audience window. */
export function ConsoleView({ data }: { data: PresentData }) {
  const { slides, ready, measurer, state, dispatch, slide, typed } = usePresentation(data);
  usePageTitle(`Presenter console: ${data.title}`);
  const { clock, now, reset } = useClock(data.deckId, slide?.sectionKey);
  const planned = useMemo(() => plannedMinutes(slides), [slides]);
  const [popup, setPopup] = useState<'idle' | 'open' | 'blocked'>('idle');
  const gotoId = useId();
  const [goto, setGoto] = useState('');
  const next = slides[state.index + 1];
  const origin = useOrigin();
  const audienceUrl = `${useLocation().pathname}?slide=${state.index + 1}`;

  const openAudience = () => {
    const opened = window.open(audienceUrl, `fine-tuning-audience-${data.deckId}`, 'popup,width=1280,height=720');
    setPopup(opened ? 'open' : 'blocked');
  };

  const plannedHere = slide ? planned.get(slide.sectionKey) : undefined;
  const sectionMs = clock ? inSection(clock, now) : 0;
  const over = plannedHere !== undefined && plannedHere > 0 && sectionMs > plannedHere * 60_000;
  const totalPlanned = [...planned.values()].reduce((a, b) => a + b, 0);

  return (
    <div className="console">
      <header className="console__bar">
        <h1>Presenter console: {data.title}</h1>
        <div className="console__buttons">
          <button type="button" className="button" onClick={openAudience}>
            Open the audience window
          </button>
          <button type="button" className="button button--secondary" aria-pressed={state.blackout} onClick={() => dispatch({ type: 'blackout' })}>
            Black out (B)
          </button>
          <button type="button" className="button button--secondary" onClick={toggleFullscreen}>
            Full screen (F)
          </button>
        </div>
      </header>
      {popup === 'blocked' ? (
        <Notice tone="warning" title="The browser blocked the audience window" urgent>
          <p>
            Allow pop-ups for this site (the icon at the end of the address bar), then press “Open the audience window” again. Or open a new
            window yourself at <strong>{`${origin}${audienceUrl}`}</strong>: it joins this console on its own.
          </p>
        </Notice>
      ) : null}
      {!ready || !slide ? (
        <p role="status">Preparing the slides…</p>
      ) : (
        <main className="console__grid">
          <section className="console__current" aria-labelledby="now-heading">
            <h2 id="now-heading">
              Now: slide {state.index + 1} of {slides.length}, {slideLabel(slide)}
              {state.blackout ? ' (blacked out)' : ''}
            </h2>
            <SlidePreview slide={slide} index={state.index} total={slides.length} state={state} />
            <nav className="console__nav" aria-label="Slides">
              <button type="button" className="button button--secondary" disabled={state.index === 0} onClick={() => dispatch({ type: 'previous' })}>
                Previous
              </button>
              <button type="button" className="button" disabled={state.index >= slides.length - 1} onClick={() => dispatch({ type: 'next' })}>
                Next
              </button>
              <form
                className="console__goto"
                onSubmit={(event) => {
                  event.preventDefault();
                  if (goto) dispatch({ type: 'goto', index: Number(goto) - 1 });
                  setGoto('');
                }}
              >
                <label htmlFor={gotoId}>Go to slide</label>
                <input id={gotoId} type="number" min={1} max={slides.length} value={goto} onChange={(e) => setGoto(e.target.value)} />
                <button type="submit" className="button button--secondary">
                  Go
                </button>
              </form>
              {typed ? <span role="status">Go to slide {typed}: press Enter</span> : null}
            </nav>
          </section>

          <aside className="console__side" aria-label="Next slide, notes and timing">
            <section className="console__panel" aria-labelledby="next-heading">
              <h2 id="next-heading">Next: {next ? slideLabel(next) : 'the end'}</h2>
              {next ? <SlidePreview slide={next} index={state.index + 1} total={slides.length} state={state} /> : <p>This is the last slide.</p>}
            </section>
            <section className="console__panel console__notes" aria-labelledby="notes-heading">
              <h2 id="notes-heading">Instructor notes: {slide.sectionTitle}</h2>
              {slide.notes ? (
                <>
                  <p className="console__timing">About {slide.notes.minutes} min</p>
                  {slide.notes.points}
                  <p>
                    <strong>Discuss:</strong> {slide.notes.discussion}
                  </p>
                </>
              ) : slide.kind === 'title' ? (
                <p>Introduce the lesson: read out what the room will be able to do by the end.</p>
              ) : (
                <p>No notes for this part.</p>
              )}
            </section>

            <section className="console__panel console__clock" aria-labelledby="clock-heading">
              <h2 id="clock-heading">Time</h2>
              <p>
                Elapsed <strong className="console__time">{clock ? formatDuration(now - clock.startedAt) : '0:00'}</strong> of {totalPlanned} min
                planned
              </p>
              <p className={over ? 'console__over' : undefined}>
                This section <strong className="console__time">{formatDuration(sectionMs)}</strong>
                {plannedHere !== undefined ? ` of ${plannedHere} min planned` : ''}
                {over ? (
                  <strong>
                    {' '}
                    <span aria-hidden="true">⚠ </span>running over by {formatDuration(sectionMs - (plannedHere ?? 0) * 60_000)}
                  </strong>
                ) : null}
              </p>
              <button type="button" className="button button--quiet" onClick={reset}>
                Restart the clock
              </button>
            </section>
          </aside>

          {slide.kind === 'question' ? <RoomControls slide={slide} state={state} dispatch={dispatch} /> : null}
          <LiveClass deck={data.deckId} question={slide.kind === 'question' ? slide.question : undefined} />
          <SectionLink slide={slide} />

          <section className="console__panel console__keys" aria-labelledby="keys-heading">
            <h2 id="keys-heading">Keys (in either window)</h2>
            <dl>
              <dt>→ or Space</dt>
              <dd>next slide</dd>
              <dt>←</dt>
              <dd>previous slide</dd>
              <dt>Home / End</dt>
              <dd>first / last slide</dd>
              <dt>number, Enter</dt>
              <dd>go to that slide</dd>
              <dt>R</dt>
              <dd>reveal the answer</dd>
              <dt>B</dt>
              <dd>black out the screen</dd>
              <dt>F</dt>
              <dd>full screen</dd>
              <dt>Esc</dt>
              <dd>leave, to this section of the lesson</dd>
            </dl>
          </section>
        </main>
      )}
      {measurer}
    </div>
  );
}
