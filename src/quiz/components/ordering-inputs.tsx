import { useId, useRef, useState } from 'react';
import type { PlaceMark } from '../lib/feedback';
import { markClass, PlaceMarks } from './feedback-list';

interface OrderingInputsProps {
  items: readonly { id: string; text: string }[];
  order: readonly string[];
  disabled: boolean;
  onChange: (order: string[]) => void;
  /** After a check: marks on each step, by step id. Leave out for inputs without feedback. */
  marks?: Readonly<Record<string, readonly PlaceMark[]>> | undefined;
}

/**
 * Put steps in order without dragging: each step has "Move up" and "Move down" buttons
 * (reachable with Tab, pressed with Enter or Space); focus follows the moved step and a
 * live message says where it went. The step's text has the full width of the list; the
 * buttons sit beside it on wide screens and under it on narrow ones.
 */
export function OrderingInputs({ items, order, disabled, onChange, marks }: OrderingInputsProps) {
  const [announcement, setAnnouncement] = useState('');
  const base = useId();
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const textOf = (id: string) => items.find((item) => item.id === id)?.text ?? id;

  const move = (index: number, delta: -1 | 1) => {
    const target = index + delta;
    if (target < 0 || target >= order.length) return;
    const next = [...order];
    const [moved] = next.splice(index, 1);
    if (moved === undefined) return;
    next.splice(target, 0, moved);
    onChange(next);
    setAnnouncement(`“${textOf(moved)}” moved to position ${target + 1} of ${order.length}.`);
    // Keep focus on the moved step; at either end, on the button that can still move it.
    const direction = target === 0 ? 'down' : target === order.length - 1 ? 'up' : delta < 0 ? 'up' : 'down';
    requestAnimationFrame(() => buttons.current.get(`${moved}:${direction}`)?.focus());
  };

  return (
    <>
      <ol className="ordering">
        {order.map((id, index) => {
          const stepMarks = marks?.[id];
          return (
            <li key={id} className={`ordering__item${markClass('ordering__item', stepMarks)}`}>
              <span className="ordering__position" aria-hidden="true">
                {index + 1}
              </span>
              <span className="ordering__text">{textOf(id)}</span>
              {disabled ? null : (
                <span className="ordering__buttons">
                  <button
                    type="button"
                    className="icon-button"
                    ref={(el) => {
                      buttons.current.set(`${id}:up`, el);
                    }}
                    aria-label={`Move “${textOf(id)}” up`}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    ref={(el) => {
                      buttons.current.set(`${id}:down`, el);
                    }}
                    aria-label={`Move “${textOf(id)}” down`}
                    disabled={index === order.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    <span aria-hidden="true">↓</span>
                  </button>
                </span>
              )}
              {stepMarks?.length ? (
                <div className="ordering__marks">
                  <PlaceMarks id={`${base}-${index}`} marks={stepMarks} />
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
