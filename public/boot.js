// Starts the app once the prerendered page has painted; says so if its code fails or hangs (see src/app/main.tsx).
(function () {
  var script = document.currentScript;
  var app = script && script.getAttribute('data-app');
  if (!app) return;
  var SAFE = ' Your saved progress is safe. ';
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }
  function notice(title, text, urgent) {
    if (document.documentElement.hasAttribute('data-app-started') || document.querySelector('.boot-notice')) return;
    var host = el('div', 'boot-notice');
    var section = el('section', 'notice notice--warning');
    var heading = el('h2', 'notice__title', title);
    var body = el('div', 'notice__body');
    var actions = el('div', 'notice__actions');
    var button = el('button', 'button', 'Try again');
    host.setAttribute('data-from', 'boot');
    if (urgent) section.setAttribute('role', 'alert');
    section.setAttribute('aria-labelledby', (heading.id = 'boot-notice-title'));
    button.type = 'button';
    button.addEventListener('click', function () {
      location.reload();
    });
    body.appendChild(el('p', '', text));
    actions.appendChild(button);
    section.append(heading, body, actions);
    host.appendChild(section);
    document.body.appendChild(host);
  }
  // The page inlines only the styles its own markup uses: the whole stylesheet comes with the app,
  // which waits for it before it hydrates (its state says when: loading, loaded or failed).
  function addWholeStylesheet() {
    var href = script.getAttribute('data-style');
    if (!href) return;
    var link = el('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.setAttribute('data-whole-styles', 'loading');
    link.addEventListener('load', function () {
      link.setAttribute('data-whole-styles', 'loaded');
    });
    link.addEventListener('error', function () {
      link.setAttribute('data-whole-styles', 'failed');
    });
    var inline = document.querySelector('head > style');
    if (inline) inline.after(link);
    else document.head.appendChild(link);
  }
  // The page's largest paint has been shown (not only drawn: a frame is shown a little after its
  // requestAnimationFrame), or there is none to wait for. Requests started before it would share the
  // connection with it on a slow phone (and a measure such as Lighthouse counts them before it).
  function afterLargestPaint(callback) {
    var done = false;
    function go() {
      if (done) return;
      done = true;
      callback();
    }
    try {
      var observer = new PerformanceObserver(function () {
        observer.disconnect();
        go();
      });
      observer.observe({ type: 'largest-contentful-paint', buffered: true });
    } catch {
      go();
      return;
    }
    // A page with no text or image to paint reports none.
    setTimeout(go, 1000);
  }
  function start() {
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        afterLargestPaint(begin);
      });
    });
  }
  function begin() {
    addWholeStylesheet();
    // What makes the course installable; not needed for the first paint (see scripts/prerender.mjs).
    var manifest = script.getAttribute('data-manifest');
    if (manifest) {
      var link = el('link');
      link.rel = 'manifest';
      link.href = manifest;
      document.head.appendChild(link);
    }
    var entry = el('script');
    entry.type = 'module';
    entry.crossOrigin = '';
    entry.src = app;
    entry.addEventListener('error', function () {
      notice('Part of the course didn’t load', 'You can read this page, but its quizzes need a part of the course that did not download.' + SAFE + 'Check your connection, then try again.', true);
    });
    document.head.appendChild(entry);
    setTimeout(function () {
      notice('This is taking longer than usual', 'Part of the course is still downloading, so this page’s quizzes do not answer yet.' + SAFE + 'If your connection has dropped, try again once it is back.');
    }, 6000);
  }
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
})();
