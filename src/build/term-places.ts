import { sectionId } from '../course/section-id';

/**
 * Where a lesson's MDX source uses each glossary term (<Term id="…">): the id of the `##`
 * section of its first use, or null before the first section. Build-time only (the
 * lesson-frontmatter plugin serves it as `lessons/x.mdx?terms`); the glossary page links
 * each term to where it is taught.
 */
export function termPlaces(mdx: string): Record<string, string | null> {
  const places: Record<string, string | null> = {};
  let section: string | null = null;
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/<InstructorNotes\b[\s\S]*?<\/InstructorNotes>/g, '');
  for (const line of body.split('\n')) {
    const heading = /^## (.+)$/.exec(line);
    if (heading) section = sectionId(heading[1]!.replace(/<[^>]+>/g, ''));
    for (const match of line.matchAll(/<Term\s+id="([^"]+)"/g)) {
      const id = match[1]!;
      if (!(id in places)) places[id] = section;
    }
  }
  return places;
}
