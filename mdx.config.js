// The one MDX configuration, shared by Vite (vite.config.ts) and jest (jest/mdx-transformer.mjs),
// so a lesson compiles the same way in the browser and in the tests.
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';

/** @type {import('@mdx-js/mdx').CompileOptions} */
export const mdxOptions = {
  remarkPlugins: [remarkFrontmatter, [remarkMdxFrontmatter, { name: 'frontmatter' }], remarkGfm],
};
