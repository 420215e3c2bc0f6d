import { parse as parseYaml } from 'yaml';

/** The YAML block at the top of an MDX file, parsed; `{}` when there is none. Node/build side only. */
export function readFrontmatter(source: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!match?.[1]) return {};
  return parseYaml(match[1]) as unknown;
}
