// Starts the course app once the prerendered page has been painted. Every page arrives as
// readable HTML (scripts/prerender.mjs), so the app's JavaScript waits until then rather than
// sharing the network with the first paint. The build puts this script in each page with the
// app's entry in `data-app`.
//
// If the app's code does not arrive (a failed download, or one that hangs), the page can be
// read but not used: its quiz does not answer and progress is not shown. Say so, in the same
// notice the app uses, rather than leave a page that silently does nothing. The app removes
// this notice when it starts (src/app/main.tsx).
(function () {
  var script = document.currentScript;
  var app = script && script.getAttribute('data-app');
  if (!app) return;
  var SLOW_MS = 6000;

  function started() {
    return document.documentElement.hasAttribute('data-app-started');
  }

  function notice(title, text) {
    if (started() || document.querySelector('.boot-notice')) return;
    var host = document.createElement('div');
    host.className = 'boot-notice';
    host.setAttribute('data-from', 'boot');
    var section = document.createElement('section');
    section.className = 'notice notice--warning';
    section.setAttribute('role', 'alert');
    section.setAttribute('aria-labelledby', 'boot-notice-title');
    var heading = document.createElement('h2');
    heading.className = 'notice__title';
    heading.id = 'boot-notice-title';
    heading.textContent = title;
    var body = document.createElement('div');
    body.className = 'notice__body';
    var p = document.createElement('p');
    p.textContent = text;
    body.appendChild(p);
    var actions = document.createElement('div');
    actions.className = 'notice__actions';
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = 'Try again';
    button.addEventListener('click', function () {
      window.location.reload();
    });
    actions.appendChild(button);
    section.appendChild(heading);
    section.appendChild(body);
    section.appendChild(actions);
    host.appendChild(section);
    document.body.appendChild(host);
  }

  function start() {
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        var entry = document.createElement('script');
        entry.type = 'module';
        entry.crossOrigin = '';
        entry.src = app;
        entry.addEventListener('error', function () {
          notice(
            'Part of the course didn’t load',
            'You can read this page, but its quizzes and your progress need a part of the course that did not download. Your saved progress is safe. Check your connection, then try again.',
          );
        });
        document.head.appendChild(entry);
        setTimeout(function () {
          notice(
            'This is taking longer than usual',
            'Part of the course is still downloading, so this page’s quizzes do not answer yet. Your saved progress is safe. If your connection has dropped, try again once it is back.',
          );
        }, SLOW_MS);
      });
    });
  }
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
})();
