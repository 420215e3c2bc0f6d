import { VitePWA, type VitePluginPWAAPI } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';

/**
 * The course offline and installable (vite-plugin-pwa, Workbox's generateSW): a web manifest with
 * the icons in public/, and a service worker that precaches every file of the build, so that after
 * one visit every page, lesson and quiz opens offline. See docs/decisions/013-offline-with-vite-plugin-pwa.md.
 *
 * The pages are prerendered after Vite's build (scripts/build.mjs), so the service worker the plugin
 * writes at the end of the client build would miss them: the build writes it again once they exist,
 * through `serviceWorkerApi` (the same options, the same Workbox).
 */
export function pwa(): Plugin[] {
  return VitePWA({
    // The app asks the learner before a new version takes over (src/offline/), and registers the
    // worker itself, lazily, after the page has started: nothing is injected into the HTML.
    registerType: 'prompt',
    injectRegister: false,
    includeAssets: ['favicon.svg', 'icon.svg', 'apple-touch-icon.png'],
    manifest: {
      id: '/',
      name: 'Fine-tuning: an interactive course',
      short_name: 'Fine-tuning',
      description: 'An interactive course on fine-tuning: what it is, how it works, when to use it, and the myths around it.',
      lang: 'en-GB',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#fbfaf7',
      theme_color: '#2f4fbf',
      icons: [
        { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ],
    },
    workbox: {
      // Every page (prerendered HTML), every chunk (lessons, question banks, routes), the icons.
      // The .br/.gz copies are the server's business, not the cache's.
      globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}'],
      globIgnores: ['**/node_modules/**', 'sw.js', 'workbox-*.js', '404.html'],
      // Hashed files never change: no revision needed. Pages are matched without ".html"
      // (/lessons/x → lessons/x.html) and whatever their query (?view=console).
      dontCacheBustURLsMatching: /^assets\//,
      ignoreURLParametersMatching: [/./],
      // A page that is not cached goes to the network; offline, the course map's page stands in
      // as the shell, and the app renders the address asked for, or says what did not load,
      // with a Retry. (Not the not-found page: the server answers /404.html with a 404, which
      // Workbox would refuse to precache.)
      navigateFallback: null,
      runtimeCaching: [
        {
          urlPattern: ({ request }) => request.mode === 'navigate',
          handler: 'NetworkOnly',
          options: { precacheFallback: { fallbackURL: '/index.html' } },
        },
      ],
      cleanupOutdatedCaches: true,
      clientsClaim: false,
      skipWaiting: false,
    },
  });
}

/** The plugin's API, from a resolved Vite config (scripts/build.mjs writes the service worker with it). */
export function serviceWorkerApi(plugins: readonly { name: string; api?: unknown }[]): VitePluginPWAAPI | undefined {
  return plugins.find((plugin) => plugin.name === 'vite-plugin-pwa')?.api as VitePluginPWAAPI | undefined;
}
