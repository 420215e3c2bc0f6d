import { useId } from 'react';

interface MatchingInputsProps {
  pairs: readonly { id: string; left: string }[];
  choices: readonly { id: string; text: string }[];
  matches: Readonly<Record<string, string | null>>;
  disabled: boolean;
  onChange: (matches: Record<string, string | null>) => void;
}

/** Pair each item with its match using a native select: works with keyboard, touch and screen readers. */
export function MatchingInputs({ pairs, choices, matches, disabled, onChange }: MatchingInputsProps) {
  const base = useId();
  return (
    <div className="matching">
      {pairs.map((pair, index) => {
        const id = `${base}-${index}`;
        return (
          <div key={pair.id} className="matching__row">
            <label htmlFor={id} className="matching__left">
              {pair.left}
            </label>
            <select
              id={id}
              className="matching__select"
              value={matches[pair.id] ?? ''}
              disabled={disabled}
              onChange={(event) => onChange({ ...matches, [pair.id]: event.target.value || null })}
            >
              <option value="">Choose a match…</option>
              {choices.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.text}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </div>
  );
}
