/**
 * Splits a run of blocks into slides that fit. Pure: heights in, page breaks out.
 * Blocks keep their order and are never cut; a block taller than a whole slide gets a
 * slide to itself (the slide then shrinks it to fit, see `SlideBody`).
 */
export interface PageBlock {
  height: number;
  /** Keep on the same slide as the block after it (a lead-in such as "Three kinds:"). */
  keepWithNext?: boolean;
}

/** Greedy fill at a given capacity; returns the indices on each page. */
function fill(blocks: readonly PageBlock[], capacity: number, gap: number): number[][] {
  const pages: number[][] = [];
  let page: number[] = [];
  let used = 0;
  let i = 0;
  while (i < blocks.length) {
    // A block and whatever it must stay with form one unit (unless the unit alone overflows).
    let end = i;
    while (blocks[end]?.keepWithNext && end + 1 < blocks.length) end += 1;
    const unit = blocks.slice(i, end + 1);
    const unitHeight = unit.reduce((sum, b) => sum + b.height, 0) + gap * (unit.length - 1);
    const indices = unit.map((_, k) => i + k);
    const needed = page.length ? used + gap + unitHeight : unitHeight;
    if (needed <= capacity || page.length === 0) {
      if (unitHeight > capacity && unit.length > 1 && page.length === 0) {
        // The lead-in and its follower cannot share a slide: let them part.
        page.push(i);
        used = blocks[i]?.height ?? 0;
        i += 1;
        continue;
      }
      page.push(...indices);
      used = needed;
      i = end + 1;
    } else {
      pages.push(page);
      page = [];
      used = 0;
    }
  }
  if (page.length) pages.push(page);
  return pages;
}

/**
 * The fewest slides that hold every block within `budget`, balanced: seven equal items
 * become 4 + 3, not 6 + 1. Found by narrowing the capacity while the slide count holds.
 */
export function paginate(blocks: readonly PageBlock[], budget: number, gap = 0): number[][] {
  if (blocks.length === 0) return [];
  const pages = fill(blocks, budget, gap);
  if (pages.length === 1) return pages;
  let low = Math.max(...blocks.map((b) => b.height));
  let high = budget;
  let best = pages;
  while (high - low > 1) {
    const mid = (low + high) / 2;
    const trial = fill(blocks, mid, gap);
    if (trial.length <= pages.length) {
      best = trial;
      high = mid;
    } else {
      low = mid;
    }
  }
  return best;
}
