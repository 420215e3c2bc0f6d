import type { ChoiceOption } from '../lib/question';

interface ChoiceInputsProps {
  name: string;
  options: readonly ChoiceOption[];
  multiple: boolean;
  selected: readonly string[];
  disabled: boolean;
  onChange: (selected: string[]) => void;
}

/** Native radio buttons (one answer) or checkboxes (several), each with a visible label. */
export function ChoiceInputs({ name, options, multiple, selected, disabled, onChange }: ChoiceInputsProps) {
  return (
    <div className="choices">
      {options.map((option) => {
        const checked = selected.includes(option.id);
        return (
          <label key={option.id} className="choice">
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={name}
              value={option.id}
              checked={checked}
              disabled={disabled}
              onChange={() => {
                if (!multiple) onChange([option.id]);
                else onChange(checked ? selected.filter((id) => id !== option.id) : [...selected, option.id]);
              }}
            />
            <span>{option.text}</span>
          </label>
        );
      })}
    </div>
  );
}
