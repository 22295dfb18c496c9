import type { SavedReport, Widget } from './report-types.js';

/**
 * Widgets on the dashboard's 12-column grid, kept as an order: each widget is half (6 columns) or
 * the whole width, placed left to right and top to bottom, so that moving one (by dragging or by the
 * keyboard) only changes the order. No I/O.
 */
export const HALF = 6;
export const FULL = 12;
const HEIGHT = 4;

/** Widgets in reading order: by row, then column. */
export function ordered(widgets: Widget[]): Widget[] {
  return [...widgets].sort((a, b) => a.layout.y - b.layout.y || a.layout.x - b.layout.x);
}

/** Places widgets in the given order, each row filled up to 12 columns. */
export function arrange(widgets: Widget[]): Widget[] {
  let x = 0;
  let y = 0;
  return widgets.map((widget) => {
    const w = widget.layout.w > HALF ? FULL : HALF;
    if (x + w > FULL) {
      x = 0;
      y += HEIGHT;
    }
    const placed = { ...widget, layout: { x, y, w, h: HEIGHT } };
    x += w;
    return placed;
  });
}

/** Moves the widget at `from` to `to` in reading order. */
export function move(widgets: Widget[], from: number, to: number): Widget[] {
  const list = ordered(widgets);
  if (to < 0 || to >= list.length || from === to) return list;
  const [widget] = list.splice(from, 1);
  list.splice(to, 0, widget!);
  return arrange(list);
}

export function resize(widgets: Widget[], id: string): Widget[] {
  return arrange(
    ordered(widgets).map((w) =>
      w.id === id ? { ...w, layout: { ...w.layout, w: w.layout.w > HALF ? HALF : FULL } } : w,
    ),
  );
}

/** A saved report added last, half the width. */
export function addWidget(
  widgets: Widget[],
  report: SavedReport,
  id: string = crypto.randomUUID(),
): Widget[] {
  return arrange([
    ...ordered(widgets),
    {
      id,
      title: report.name,
      chart: report.chart,
      reportId: report.id,
      definition: null,
      layout: { x: 0, y: 0, w: HALF, h: HEIGHT },
    },
  ]);
}
