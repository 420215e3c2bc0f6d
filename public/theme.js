// Applies the colour theme before the first paint and runs the theme button (see src/app/theme-button.tsx).
(function () {
  var KEY = 'fine-tuning-course:theme';
  var NEXT = { system: 'light', light: 'dark', dark: 'system' };
  var root = document.documentElement;
  var choice = 'system';
  try {
    var saved = localStorage.getItem(KEY);
    if (saved === 'light' || saved === 'dark') choice = saved;
  } catch {
    // Storage blocked: follow the system.
  }
  function apply(next) {
    choice = next;
    root.setAttribute('data-theme-choice', next);
    if (next === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', next);
  }
  apply(choice);
  document.addEventListener('click', function (event) {
    if (!(event.target instanceof Element && event.target.closest('[data-theme-button]'))) return;
    apply(NEXT[choice]);
    try {
      if (choice === 'system') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, choice);
    } catch {
      // Not remembered, but applied to this page.
    }
  });
  addEventListener('storage', function (event) {
    if (event.key === KEY) apply(event.newValue === 'light' || event.newValue === 'dark' ? event.newValue : 'system');
  });
})();
