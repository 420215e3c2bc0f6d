import { useId } from 'react';
import type { PlaceMark } from '../lib/feedback';
import { markClass, PlaceMarks } from './feedback-list';

interface MatchingInputsProps {
  pairs: readonly { id: string; left: string }[];
  choices: readonly { id: string; text: string }[];
  matches: Readonly<Record<string, string | null>>;
  disabled: boolean;
  onChange: (matches: Record<string, string | null>) => void;
  /** After a check: marks on each item, by its pair id. Leave out for inputs without feedback. */
  marks?: Readonly<Record<string, readonly PlaceMark[]>> | undefined;
}

/**
 * Pair each item with its match using a native select (keyboard, touch and screen readers).
 * A select cuts long text off, so every answer is also listed in full above the items, and the
 * chosen one in full under its select. An answer chosen for two items is pointed out under both.
 */
export function MatchingInputs({ pairs, choices, matches, disabled, onChange, marks }: MatchingInputsProps) {
  const base = useId();
  const usedBy = (choiceId: string) => pairs.filter((pair) => matches[pair.id] === choiceId);
  return (
    <div className="matching">
      <div className="matching__answers">
        <p id={`${base}-answers`} className="matching__answers-title">
          The answers
        </p>
        <ul aria-labelledby={`${base}-answers`}>
          {choices.map((choice) => (
            <li key={choice.id}>{choice.text}</li>
          ))}
        </ul>
      </div>
      {pairs.map((pair, index) => {
        const id = `${base}-${index}`;
        const chosen = matches[pair.id] ?? null;
        const twins = chosen ? usedBy(chosen).filter((other) => other.id !== pair.id) : [];
        const pairMarks = marks?.[pair.id];
        const chosenText = choices.find((choice) => choice.id === chosen)?.text;
        const noteId = `${id}-twice`;
        const markId = `${id}-mark`;
        const describedBy = [twins.length > 0 && !pairMarks ? noteId : null, pairMarks?.length ? markId : null].filter(Boolean).join(' ');
        return (
          <div key={pair.id} className={`matching__row${markClass('matching__row', pairMarks)}`}>
            <label htmlFor={id} className="matching__left">
              {pair.left}
            </label>
            <div className="matching__right">
              <select
                id={id}
                className="matching__select"
                value={chosen ?? ''}
                disabled={disabled}
                aria-describedby={describedBy || undefined}
                onChange={(event) => onChange({ ...matches, [pair.id]: event.target.value || null })}
              >
                <option value="">Choose a match…</option>
                {choices.map((choice) => (
                  <option key={choice.id} value={choice.id}>
                    {choice.text}
                  </option>
                ))}
              </select>
              {/* A closed select cuts a long answer off: the chosen one in full (the select itself is what is read out). */}
              {chosenText ? (
                <p className="matching__chosen" aria-hidden="true">
                  {chosenText}
                </p>
              ) : null}
              {twins.length > 0 && !pairMarks ? (
                <p id={noteId} className="matching__twice">
                  <span aria-hidden="true">! </span>
                  You chose this answer for “{twins.map((t) => t.left).join('” and “')}” too. Each answer fits one item.
                </p>
              ) : null}
              <PlaceMarks id={markId} marks={pairMarks} />
            </div>
          </div>
        );
      })}
    </div>
  );
}
