import { gridFor } from './grid';

describe('gridFor', () => {
  it('gives one funnel the whole panel', () => {
    expect(gridFor(1, 600, 400, 1.4)).toEqual({ columns: 1, rows: 1, cellWidth: 600, cellHeight: 400 });
  });

  it('arranges four funnels 2 × 2 in a 16:9 panel', () => {
    // 1 column: min(1600/1.4, 225) = 225; 2: min(571, 450) = 450; 3: min(381, 450) = 381; 4: min(286, 900) = 286.
    expect(gridFor(4, 1600, 900, 1.4)).toEqual({ columns: 2, rows: 2, cellWidth: 800, cellHeight: 450 });
  });

  it('puts wide horizontal funnels in one column when the panel is tall', () => {
    // 3 funnels, 800 × 900, aspect 2.2: 1 column: min(364, 300) = 300; 2: min(182, 450) = 182.
    expect(gridFor(3, 800, 900, 2.2)).toMatchObject({ columns: 1, rows: 3 });
  });

  it('prefers fewer empty cells when cells are equally large', () => {
    // 3 funnels in 300 × 100 with aspect 1: 3 columns give 100 × 100 cells and no empty cell.
    expect(gridFor(3, 300, 100, 1)).toMatchObject({ columns: 3, rows: 1 });
  });
});
