import { lazy, Suspense, useSyncExternalStore } from 'react';
import { hostKeySnapshot, readHostKey, subscribeHostKey } from '../live/host-key';
import { usePageTitle } from '../ui/use-page-title';
import { usePresentation, type PresentData } from './presentation';
import { SlideFooter } from './slide-footer';
import { SlideContent, slideLabel, SlideStage } from './slide-view';

// The live class's count and chart, when the console has one running (socket.io-client comes with it).
const LiveOverlay = lazy(() => import('./live-overlay'));

/** The audience window: only the slide, full window, following the console. */
export function AudienceView({ data }: { data: PresentData }) {
  const { slides, ready, measurer, state, slide, typed } = usePresentation(data);
  // Read after hydration (the page is prerendered); a class started in the console shows up here by itself.
  const liveKey = useSyncExternalStore(subscribeHostKey, hostKeySnapshot, () => null);
  const hostKey = liveKey ? readHostKey() : null;
  usePageTitle(`Slides: ${data.title}`);
  const label = slide ? `${state.index + 1} of ${slides.length}: ${slideLabel(slide)}` : '';
  return (
    <div className="presenter">
      <main className="presenter__main" aria-describedby="presenter-keys">
        <h1 className="visually-hidden">Slides: {data.title}</h1>
        <p id="presenter-keys" className="visually-hidden">
          Keys: right arrow or Space for the next slide, left arrow for the previous one, Home and End, a slide number then Enter to jump,
          F for full screen, B to black out the screen, R to reveal a question’s answer, Escape to leave.
        </p>
        {ready && slide ? (
          <section className="presenter__slide" aria-roledescription="slide" aria-label={label} hidden={state.blackout}>
            <SlideStage>
              <div className="slide" data-slide-key={slide.key}>
                <SlideContent slide={slide} state={state} />
                <SlideFooter index={state.index} total={slides.length} />
              </div>
            </SlideStage>
          </section>
        ) : (
          <p role="status" className="presenter__status">
            Preparing the slides…
          </p>
        )}
        {state.blackout ? (
          <div className="presenter__blackout">
            <p className="visually-hidden">The screen is blacked out. Press B to show the slide again.</p>
          </div>
        ) : null}
        <p className="visually-hidden" aria-live="polite">
          {ready && slide && !state.blackout ? `Slide ${label}` : ''}
        </p>
        {hostKey && ready && !state.blackout ? (
          <Suspense fallback={null}>
            <LiveOverlay key={hostKey.code} hostKey={hostKey} question={slide?.kind === 'question' ? slide.question : undefined} />
          </Suspense>
        ) : null}
        {typed ? (
          <p className="presenter__goto" role="status">
            Go to slide {typed}: press Enter
          </p>
        ) : null}
      </main>
      {measurer}
    </div>
  );
}
