// The one MDX configuration, shared by Vite (vite.config.ts) and jest (jest/mdx-transformer.mjs),
// so a lesson compiles the same way in the browser and in the tests.
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';

/** The plain text of an mdast node. */
const textOf = (node) => (typeof node.value === 'string' ? node.value : (node.children ?? []).map(textOf).join(''));

/**
 * Gives every table the text of the heading it comes under, as `data-label`: the MDX `table`
 * component (src/course/mdx/mdx-components.tsx) names its scrolling region with it.
 */
export function remarkTableLabels() {
  return (tree) => {
    let heading = '';
    for (const node of tree.children ?? []) {
      if (node.type === 'heading') heading = textOf(node).trim();
      if (node.type === 'table' && heading) {
        node.data = { ...node.data, hProperties: { ...node.data?.hProperties, dataLabel: heading } };
      }
    }
  };
}

/** @type {import('@mdx-js/mdx').CompileOptions} */
export const mdxOptions = {
  remarkPlugins: [remarkFrontmatter, [remarkMdxFrontmatter, { name: 'frontmatter' }], remarkGfm, remarkTableLabels],
};
