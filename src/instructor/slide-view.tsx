import { Fragment, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { Slide } from './deck';
import type { PresenterState } from './presenter-state';
import { roomQuestion } from './room-question';
import type { Block, ListKind } from './sections';
import { HandsChart } from './hands-chart';

/** The logical size every slide is laid out at, then scaled to its window: the same layout on any screen. */
export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;

/** Scales a 1280×720 slide to fit the element it sits in. */
export function SlideStage({ children, className = '' }: { children: ReactNode; className?: string }) {
  const outer = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const element = outer.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const fit = () => {
      const { width, height } = element.getBoundingClientRect();
      if (width && height) setScale(Math.min(width / SLIDE_WIDTH, height / SLIDE_HEIGHT));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={outer} className={`slide-stage ${className}`}>
      <div className="slide-stage__canvas" style={{ transform: `translate(-50%, -50%) scale(${scale})` }}>
        {children}
      </div>
    </div>
  );
}

type Group = { kind: 'list'; key: string; listKind: ListKind; start: number; items: Extract<Block, { kind: 'item' }>[] } | Block;

/** Consecutive items of one list are shown as one list (numbered on from where they start). */
function group(blocks: readonly Block[]): Group[] {
  const out: Group[] = [];
  for (const block of blocks) {
    const last = out.at(-1);
    if (block.kind === 'item') {
      if (last?.kind === 'list' && last.key === block.list) last.items.push(block);
      else out.push({ kind: 'list', key: block.list, listKind: block.listKind, start: block.number, items: [block] });
    } else out.push(block);
  }
  return out;
}

/** A list item as its list shows it: `<li>`, or a term and definition in a `<dl>`. */
export function ItemNode({ block }: { block: Extract<Block, { kind: 'item' }> }) {
  return block.listKind === 'dl' ? <>{block.node}</> : <li>{block.node}</li>;
}

export function ListOf({ listKind, start, children }: { listKind: ListKind; start: number; children: ReactNode }) {
  if (listKind === 'ol') return <ol start={start} className="slide-list">{children}</ol>;
  if (listKind === 'dl') return <dl className="slide-list">{children}</dl>;
  return <ul className="slide-list">{children}</ul>;
}

export function Blocks({ blocks }: { blocks: readonly Block[] }) {
  return (
    <>
      {group(blocks).map((g) =>
        g.kind === 'list' ? (
          <div key={g.items[0]?.key} className="slide-block">
            <ListOf listKind={g.listKind} start={g.start}>
              {g.items.map((item) => (
                <Fragment key={item.key}>
                  <ItemNode block={item} />
                </Fragment>
              ))}
            </ListOf>
          </div>
        ) : g.kind === 'node' ? (
          <div key={g.key} className="slide-block">
            {g.node}
          </div>
        ) : null,
      )}
    </>
  );
}

/**
 * The slide's body. Splitting keeps text at full size; only a single block taller than a
 * whole slide (a wide table, a question with every explanation shown) is scaled down to
 * fit, so nothing is ever cut off. `data-fit` records the scale used.
 */
function SlideBody({ children, className = '', fitKey }: { children: ReactNode; className?: string; fitKey: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const body = ref.current;
    if (!body) return;
    body.style.zoom = '';
    let zoom = 1;
    for (let step = 0; step < 12 && body.scrollHeight > body.clientHeight + 1 && body.clientHeight > 0; step += 1) {
      zoom = Math.min(zoom * 0.95, zoom * (body.clientHeight / body.scrollHeight));
      body.style.zoom = String(zoom);
    }
    body.dataset.fit = zoom.toFixed(2);
  }, [fitKey]);
  return (
    <div ref={ref} className={`slide__body ${className}`}>
      {children}
    </div>
  );
}

export function SlideFrame({ eyebrow, title, titleClass = '', children }: { eyebrow: string; title: ReactNode; titleClass?: string; children: ReactNode }) {
  return (
    <>
      <header className="slide__head">
        <p className="slide__eyebrow">{eyebrow}</p>
        <h2 className={`slide__title ${titleClass}`}>{title}</h2>
      </header>
      {children}
    </>
  );
}

function QuestionSlide({ slide, state }: { slide: Extract<Slide, { kind: 'question' }>; state: PresenterState }) {
  const { question } = slide;
  const room = roomQuestion(question);
  const revealed = state.revealed.includes(question.id);
  const counts = state.hands[question.id] ?? {};
  const chart = room.countable && state.charts.includes(question.id);
  const where = slide.position ? `Quiz · question ${slide.position.index} of ${slide.position.total}` : 'Checkpoint';
  return (
    <SlideFrame eyebrow={`Lesson ${slide.lesson.order} · ${where}`} title={question.prompt} titleClass={`slide__title--question${revealed || question.prompt.length > 110 ? ' slide__title--revealed' : ''}`}>
      <SlideBody className={`slide__body--question${chart ? ' slide__body--with-chart' : ''}`} fitKey={`${slide.key}:${String(revealed)}:${String(chart)}`}>
        <div className="room-question">
          {question.type === 'scenario' && !revealed ? <p className="room-question__scenario">{question.scenario}</p> : null}
          {revealed ? (
            <>
              <p className="room-question__answer">
                <span aria-hidden="true">✓ </span>
                {room.answer}
              </p>
              <ul className="room-question__explained">
                {room.explained.map((line) => (
                  <li key={line.label} data-correct={question.type === 'ordering' || question.type === 'matching' ? undefined : String(line.correct)}>
                    <span className="room-question__label">
                      {question.type === 'ordering' || question.type === 'matching' ? null : (
                        <span className="room-question__mark">{line.correct ? '✓ Right: ' : '✗ Not right: '}</span>
                      )}
                      {line.label}
                    </span>
                    <span className="room-question__why">{line.explanation}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <div className={room.items ? 'room-question room-question--matching' : 'room-question'}>
              <p className="room-question__instruction">{room.instruction}</p>
              {room.items ? (
                <ol className="room-question__items">
                  {room.items.map((item) => (
                    <li key={item.id}>{item.text}</li>
                  ))}
                </ol>
              ) : null}
              <ul className="room-question__options">
                {room.options.map((option) => (
                  <li key={option.id}>
                    <span className="room-question__letter" aria-hidden="true">
                      {option.letter}
                    </span>
                    <span className="visually-hidden">{option.letter}. </span>
                    {option.text}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
        {chart ? <HandsChart options={room.options} counts={counts} revealed={revealed} /> : null}
      </SlideBody>
    </SlideFrame>
  );
}

/** One slide's content on the 1280×720 canvas (no counter: the window adds its own chrome). */
export function SlideContent({ slide, state }: { slide: Slide; state: PresenterState }) {
  switch (slide.kind) {
    case 'course':
      return (
        <SlideFrame eyebrow={`A course in ${slide.lessons.length} lessons`} title="Fine-tuning" titleClass="slide__title--hero">
          <SlideBody fitKey={slide.key}>
            <ol className="slide-list slide-list--lessons">
              {slide.lessons.map((lesson) => (
                <li key={lesson.slug}>{lesson.title}</li>
              ))}
            </ol>
          </SlideBody>
        </SlideFrame>
      );
    case 'title':
      return (
        <SlideFrame eyebrow={`Lesson ${slide.lesson.order} · ${slide.lesson.minutes} min`} title={slide.lesson.title} titleClass="slide__title--hero">
          <SlideBody fitKey={slide.key}>
            <p className="slide__lead">In this lesson you will</p>
            <ul className="slide-list">
              {slide.lesson.objectives.map((objective) => (
                <li key={objective.id}>{objective.text}</li>
              ))}
            </ul>
          </SlideBody>
        </SlideFrame>
      );
    case 'content':
      return (
        <SlideFrame
          eyebrow={`Lesson ${slide.lesson.order} · ${slide.lesson.title}${slide.parts > 1 ? ` · part ${slide.part} of ${slide.parts}` : ''}`}
          title={slide.sectionTitle}
        >
          <SlideBody fitKey={slide.key}>
            <Blocks blocks={slide.blocks} />
          </SlideBody>
        </SlideFrame>
      );
    case 'question':
      return <QuestionSlide slide={slide} state={state} />;
  }
}

/** A short label for a slide: "The definition (2 of 3)", "Quiz: question 2 of 6". */
export function slideLabel(slide: Slide): string {
  switch (slide.kind) {
    case 'course':
      return 'Fine-tuning: the course';
    case 'title':
      return `Lesson ${slide.lesson.order}: ${slide.lesson.title}`;
    case 'content':
      return slide.parts > 1 ? `${slide.sectionTitle} (${slide.part} of ${slide.parts})` : slide.sectionTitle;
    case 'question':
      return slide.position ? `Quiz: question ${slide.position.index} of ${slide.position.total}` : `Checkpoint: ${slide.question.prompt}`;
  }
}
