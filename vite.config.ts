import { readFileSync } from 'node:fs';
import path from 'node:path';
import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { mdxOptions } from './mdx.config.js';
import { readFrontmatter } from './src/course/frontmatter.ts';
import { toLessonCard } from './src/course/lesson-meta.ts';
import { parseLessonMeta } from './src/course/lesson-meta-schema.ts';
import { cspValue } from './server/headers.mjs';

const FRONTMATTER_PREFIX = '\0lesson-frontmatter:';

/**
 * `lessons/x.mdx?frontmatter` resolves to a tiny module exporting only the lesson's
 * card (title, slug, order, summary, minutes) from its validated frontmatter, so the course map can list every lesson without pulling the
 * lessons themselves into the first page. The virtual id ends in `.js` because
 * @mdx-js/rollup strips queries and would otherwise compile it as MDX.
 */
function lessonFrontmatter(): Plugin {
  return {
    name: 'lesson-frontmatter',
    enforce: 'pre',
    resolveId(id, importer) {
      const [file, query] = id.split('?');
      if (query !== 'frontmatter' || !file?.endsWith('.mdx')) return null;
      const absolute = path.isAbsolute(file) && !file.startsWith('/lessons/')
        ? file
        : path.resolve(importer ? path.dirname(importer) : process.cwd(), file.startsWith('/lessons/') ? `.${file}` : file);
      return `${FRONTMATTER_PREFIX}${absolute}.js`;
    },
    load(id) {
      if (!id.startsWith(FRONTMATTER_PREFIX)) return null;
      const file = id.slice(FRONTMATTER_PREFIX.length, -'.js'.length);
      this.addWatchFile(file);
      const meta = parseLessonMeta(path.relative(process.cwd(), file), readFrontmatter(readFileSync(file, 'utf8')));
      return `export default ${JSON.stringify(toLessonCard(meta))};`;
    },
  };
}

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

export default defineConfig({
  plugins: [lessonFrontmatter(), { enforce: 'pre', ...mdx(mdxOptions) }, react({ include: /\.(mdx|tsx?)$/ }), contentSecurityPolicy()],
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
});
