import { paginate } from '../../src/instructor/paginate';

const blocks = (...heights: number[]) => heights.map((height) => ({ height }));

describe('paginate', () => {
  it('keeps a section that fits on one slide', () => {
    expect(paginate(blocks(100, 100, 100), 500, 20)).toEqual([[0, 1, 2]]);
  });

  it('splits an over-long section over as few slides as it needs, in order, losing nothing', () => {
    const pages = paginate(blocks(...Array.from({ length: 30 }, () => 80)), 500, 20);
    // 500 px holds five 80 px blocks with 20 px gaps (480 px): 30 blocks need 6 slides.
    expect(pages).toHaveLength(6);
    expect(pages.flat()).toEqual(Array.from({ length: 30 }, (_, i) => i));
    for (const page of pages) expect(page.length * 80 + (page.length - 1) * 20).toBeLessThanOrEqual(500);
  });

  it('balances the slides instead of leaving one line on the last', () => {
    // Greedy would give 6 + 1; balanced gives 4 + 3.
    expect(paginate(blocks(60, 60, 60, 60, 60, 60, 60), 400, 0).map((p) => p.length)).toEqual([4, 3]);
  });

  it('keeps a lead-in with the list it introduces', () => {
    const pages = paginate([{ height: 300 }, { height: 50, keepWithNext: true }, { height: 200 }], 400, 0);
    expect(pages).toEqual([[0], [1, 2]]);
  });

  it('gives a block taller than a slide a slide of its own', () => {
    expect(paginate(blocks(100, 900, 100), 500, 0)).toEqual([[0], [1], [2]]);
  });
});
