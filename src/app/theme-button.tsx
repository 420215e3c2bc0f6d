const CHOICES = [
  ['system', '◐', 'Auto'],
  ['light', '☀', 'Light'],
  ['dark', '☾', 'Dark'],
] as const;

/**
 * The colour theme button: each press goes Auto (as the system) → Light → Dark → Auto. Only
 * markup: public/theme.js, which applies the theme before the first paint, runs it (a click
 * anywhere on it) and marks the choice on <html> as data-theme-choice; layout.css then shows the
 * label of that choice, so the button's name says the theme in use ("Theme: Dark"). An icon
 * on screen (◐ auto, ☀ light, ☾ dark), with its name in words for screen readers and as a tooltip.
 */
export function ThemeButton() {
  return (
    <button type="button" className="theme-button" data-theme-button title="Colour theme: auto (as your system), light or dark">
      {CHOICES.map(([choice, icon, label]) => (
        <span key={choice} data-choice={choice}>
          <span aria-hidden="true">{icon}</span>
          <span className="visually-hidden">Theme: {label}</span>
        </span>
      ))}
    </button>
  );
}
