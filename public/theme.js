// Before the first paint: applies the colour theme and runs the theme button (see src/app/theme-button.tsx);
// marks <html data-js>, so that layout.css folds the header's links into the Menu only where a script
// can open it, and opens it on a tap that comes before the app has taken the page over (src/app/site-menu.tsx).
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
  root.setAttribute('data-js', '');
  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target : null;
    var menu = target && target.closest('[data-menu-button]');
    if (menu && !root.hasAttribute('data-app-started')) menu.setAttribute('aria-expanded', String(menu.getAttribute('aria-expanded') !== 'true'));
    if (!(target && target.closest('[data-theme-button]'))) return;
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
