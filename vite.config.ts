import { fileURLToPath } from 'node:url';
import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { mdxOptions } from './mdx.config.js';
import { lessonFrontmatter } from './src/build/lesson-frontmatter-plugin.ts';
import { pwa } from './src/build/pwa.ts';
import { cspValue } from './server/headers.mjs';

/** The CSP as a meta tag in the built HTML too, for hosts that send no headers. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml() {
      return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: cspValue() }, injectTo: 'head-prepend' }];
    },
  };
}

export default defineConfig(({ mode, isSsrBuild }) => ({
  // react-router's package exports only its development build (with dev-only warnings and
  // checks); the production build it also ships is 3 KB smaller gzipped on the first page.
  // socket.io-client's own one-file ESM build (the live class): its module build needs a bundler
  // helper, which would split out of the react chunk and add a file to every lazy route's preload list.
  resolve:
    mode === 'production' && !isSsrBuild
      ? {
          alias: [
            { find: /^react-router$/, replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url)) },
            { find: /^socket\.io-client$/, replacement: fileURLToPath(new URL('./node_modules/socket.io-client/dist/socket.io.esm.min.js', import.meta.url)) },
          ],
        }
      : {},
  plugins: [lessonFrontmatter(), { enforce: 'pre', ...mdx(mdxOptions) }, react({ include: /\.(mdx|tsx?)$/ }), contentSecurityPolicy(), ...(isSsrBuild ? [] : pwa())],
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    manifest: true,
    // Every browser the course supports has modulepreload; the polyfill would cost 0.5 KB.
    modulePreload: { polyfill: false },
    // One stylesheet for the whole course, which the prerender inlines into every page (with its
    // hash in the CSP): the first paint waits for nothing but the HTML.
    cssCodeSplit: false,
  },
}));
