import { createContext, useContext, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { blockKey, buildDeck, sectionKey, type DeckLesson, type Measurements } from './deck';
import type { Block } from './sections';
import { ItemNode, ListOf, SlideFrame } from './slide-view';

/** How the measurer reads sizes. The browser's layout by default; tests substitute their own. */
export interface Metrics {
  height: (element: HTMLElement) => number;
  gap: (body: HTMLElement) => number;
}

export const browserMetrics: Metrics = {
  height: (element) => element.getBoundingClientRect().height,
  gap: (body) => parseFloat(getComputedStyle(body).rowGap) || 0,
};

export const MetricsContext = createContext<Metrics>(browserMetrics);

function MeasuredBlock({ lesson, block }: { lesson: DeckLesson['entry']; block: Block }) {
  if (block.kind === 'question') return null;
  if (block.kind === 'node') {
    return (
      <div className="slide-block" data-measure={blockKey(lesson, block)}>
        {block.node}
      </div>
    );
  }
  // One item alone in a list of its kind: its height is what it adds to the list.
  return (
    <div className="slide-block" data-measure-item={blockKey(lesson, block)}>
      <ListOf listKind={block.listKind} start={block.number}>
        <ItemNode block={block} />
      </ListOf>
    </div>
  );
}

/**
 * Lays every section out once, off screen, on a slide of the real size and styles, and
 * reports each block's height and the room under each section's heading. Every window
 * measures the same fixed-size slide, so every window builds the same deck.
 */
function DeckMeasurer({ lessons, onMeasured }: { lessons: readonly DeckLesson[]; onMeasured: (m: Measurements) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const metrics = useContext(MetricsContext);
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    const measurements: Measurements = { budget: {}, heights: {}, gap: 0 };
    root.querySelectorAll<HTMLElement>('[data-section]').forEach((body) => {
      measurements.budget[body.dataset.section ?? ''] = metrics.height(body) || Infinity;
      measurements.gap = metrics.gap(body);
    });
    root.querySelectorAll<HTMLElement>('[data-measure]').forEach((el) => {
      measurements.heights[el.dataset.measure ?? ''] = metrics.height(el);
    });
    root.querySelectorAll<HTMLElement>('[data-measure-item]').forEach((el) => {
      const item = el.querySelector<HTMLElement>('li, .glossary-item') ?? el;
      measurements.heights[el.dataset.measureItem ?? ''] = metrics.height(item);
    });
    onMeasured(measurements);
  }, [lessons, metrics, onMeasured]);
  return (
    <div ref={ref} className="deck-measurer" aria-hidden="true">
      {lessons.flatMap(({ entry, sections }) =>
        sections
          .filter((section) => section.blocks.some((b) => b.kind !== 'question'))
          .map((section) => (
            <div key={sectionKey(entry, section)} className="slide">
              <SlideFrame eyebrow={`Lesson ${entry.order} · ${entry.title} · part 1 of 2`} title={section.title}>
                <div className="slide__body" data-section={sectionKey(entry, section)}>
                  {section.blocks.map((block) => (
                    <MeasuredBlock key={block.key} lesson={entry} block={block} />
                  ))}
                </div>
              </SlideFrame>
            </div>
          )),
      )}
    </div>
  );
}

/** The deck for these lessons: one slide per section until measured, then split to fit. */
export function useDeck(lessons: readonly DeckLesson[], wholeCourse: boolean) {
  const [measurements, setMeasurements] = useState<Measurements | null>(null);
  const slides = useMemo(() => buildDeck(lessons, measurements, wholeCourse), [lessons, measurements, wholeCourse]);
  const measurer = measurements ? null : <DeckMeasurer lessons={lessons} onMeasured={setMeasurements} />;
  return { slides, ready: measurements !== null, measurer };
}
