// Before the first paint: applies the colour theme and runs the theme button (see src/app/theme-button.tsx);
// marks <html data-js>, so that layout.css folds the header's links into the Menu only where a script
// can open it, and opens it on a tap that comes before the app has taken the page over (src/app/site-menu.tsx);
// and holds a form sent before then until the app can answer it.
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
  // A form sent before the app has drawn the page ("Check answer", a live class's "Join") would reload
  // the page and lose what was chosen, or reach the app while it is still taking the page over, when
  // it can go unanswered: it is held, and sent again once src/app/main.tsx says "app-started" (a task
  // after the app's first drawing), when the app answers it.
  var started = false;
  var held = null;
  document.addEventListener(
    'submit',
    function (event) {
      if (started) return;
      event.preventDefault();
      event.stopPropagation();
      held = { form: event.target, submitter: event.submitter };
    },
    true,
  );
  document.addEventListener('app-started', function () {
    var form = held && held.form;
    var submitter = held && held.submitter;
    started = true;
    held = null;
    if (!form || !form.isConnected || !form.requestSubmit) return;
    try {
      form.requestSubmit(submitter && submitter.isConnected && submitter.form === form ? submitter : undefined);
    } catch {
      // Not sent: the learner presses again.
    }
  });
  addEventListener('storage', function (event) {
    if (event.key === KEY) apply(event.newValue === 'light' || event.newValue === 'dark' ? event.newValue : 'system');
  });
})();
