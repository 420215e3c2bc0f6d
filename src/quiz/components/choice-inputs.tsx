import { useId } from 'react';
import type { PlaceMark } from '../lib/feedback';
import type { ChoiceOption } from '../lib/question';
import { markClass, PlaceMarks } from './feedback-list';

interface ChoiceInputsProps {
  name: string;
  options: readonly Pick<ChoiceOption, 'id' | 'text'>[];
  multiple: boolean;
  selected: readonly string[];
  disabled: boolean;
  onChange: (selected: string[]) => void;
  /** After a check: marks shown on the options themselves, by option id. Leave out for inputs without feedback. */
  marks?: Readonly<Record<string, readonly PlaceMark[]>> | undefined;
}

/**
 * Native radio buttons (one answer) or checkboxes (several), each with a visible label and,
 * after a check, its marks ("Your answer: not right", "Correct answer") beneath it.
 */
export function ChoiceInputs({ name, options, multiple, selected, disabled, onChange, marks }: ChoiceInputsProps) {
  const base = useId();
  return (
    <div className="choices">
      {options.map((option, index) => {
        const checked = selected.includes(option.id);
        const optionMarks = marks?.[option.id];
        const markId = `${base}-mark-${index}`;
        return (
          <div key={option.id} className={`choice${markClass('choice', optionMarks)}`}>
            <label className="choice__label">
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={name}
                value={option.id}
                checked={checked}
                disabled={disabled}
                aria-describedby={optionMarks?.length ? markId : undefined}
                onChange={() => {
                  if (!multiple) onChange([option.id]);
                  else onChange(checked ? selected.filter((id) => id !== option.id) : [...selected, option.id]);
                }}
              />
              <span>{option.text}</span>
            </label>
            <PlaceMarks id={markId} marks={optionMarks} />
          </div>
        );
      })}
    </div>
  );
}
