import { describe, expect, it } from 'vitest';
import { addWidget, arrange, move, ordered, resize } from './dashboard-layout.js';
import type { SavedReport, Widget } from './report-types.js';

const report = (name: string) => ({ id: `id-${name}`, name, chart: 'bar' }) as unknown as SavedReport;

function board(...names: string[]): Widget[] {
  return names.reduce<Widget[]>((widgets, name) => addWidget(widgets, report(name), name), []);
}
const names = (widgets: Widget[]) => ordered(widgets).map((w) => w.id);

describe('dashboard layout', () => {
  it('places half-width widgets two to a row, in the order they were added', () => {
    const widgets = board('a', 'b', 'c');
    expect(widgets.map((w) => [w.id, w.layout.x, w.layout.y, w.layout.w])).toEqual([
      ['a', 0, 0, 6],
      ['b', 6, 0, 6],
      ['c', 0, 4, 6],
    ]);
  });

  it('moves a widget to another place and the rest flow around it', () => {
    const widgets = board('a', 'b', 'c', 'd');
    expect(names(move(widgets, 3, 0))).toEqual(['d', 'a', 'b', 'c']);
    expect(names(move(widgets, 0, 1))).toEqual(['b', 'a', 'c', 'd']);
    expect(names(move(widgets, 0, -1))).toEqual(['a', 'b', 'c', 'd']);
    expect(names(move(widgets, 3, 4))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('a full-width widget takes a row of its own', () => {
    const widgets = resize(board('a', 'b', 'c'), 'b');
    expect(widgets.map((w) => [w.id, w.layout.x, w.layout.y, w.layout.w])).toEqual([
      ['a', 0, 0, 6],
      ['b', 0, 4, 12],
      ['c', 0, 8, 6],
    ]);
    expect(arrange(ordered(resize(widgets, 'b'))).map((w) => w.layout.y)).toEqual([0, 0, 4]);
  });

  it('reads widgets placed through the API in rows, whatever their order in the array', () => {
    const [a, b, c] = board('a', 'b', 'c');
    expect(names([c!, b!, a!])).toEqual(['a', 'b', 'c']);
  });
});
