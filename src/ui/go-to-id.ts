/**
 * Scrolls to the element with this id and, if it is focusable by script (tabIndex -1), moves
 * focus there without scrolling again, so a screen reader starts there too. Nothing if absent.
 */
export function goToId(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  if (typeof target.scrollIntoView === 'function') target.scrollIntoView(); // jsdom has none
  if (target.tabIndex === -1) target.focus({ preventScroll: true });
  return true;
}
