// Starts the course app once the prerendered page has been painted. Every page arrives as
// readable HTML (scripts/prerender.mjs), so the app's JavaScript waits until then rather than
// sharing the network with the first paint. The build puts this script in each page with the
// app's entry in `data-app`.
(function () {
  var script = document.currentScript;
  var app = script && script.getAttribute('data-app');
  if (!app) return;
  function start() {
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        var entry = document.createElement('script');
        entry.type = 'module';
        entry.crossOrigin = '';
        entry.src = app;
        document.head.appendChild(entry);
      });
    });
  }
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
})();
