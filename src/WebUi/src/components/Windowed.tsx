import { ReactNode, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

/** Lists longer than this render only the rows in view (plus a few); shorter ones render whole. */
export const WindowFrom = 150;

type Props<T> = {
  items: T[];
  label: string;
  rowHeight: number;
  /** Height of the scrolling box when the list is windowed. */
  height?: number;
};

/**
 * Rows of a long list, windowed by @tanstack/react-virtual: the box scrolls and only the rows in view are in the DOM.
 * The box is focusable (arrow keys scroll it) and labelled, for keyboard and screen reader users.
 */
export function useWindow<T>({ items, rowHeight, height = 560 }: Props<T>) {
  const box = useRef<HTMLDivElement>(null);
  const windowed = items.length > WindowFrom;
  const virtualizer = useVirtualizer({
    count: windowed ? items.length : 0,
    getScrollElement: () => box.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    initialRect: { width: 0, height },
  });
  const rows = virtualizer.getVirtualItems();
  const before = rows.length > 0 ? rows[0].start : 0;
  const after = rows.length > 0 ? virtualizer.getTotalSize() - rows[rows.length - 1].end : 0;
  return {
    box,
    windowed,
    height,
    /** Ref for a rendered row (with data-index) so that rows taller than rowHeight are measured. */
    measure: windowed ? virtualizer.measureElement : undefined,
    /** The items to render, with their index in the whole list. */
    visible: windowed ? rows.map(r => ({ item: items[r.index], index: r.index })) : items.map((item, index) => ({ item, index })),
    before,
    after,
  };
}

/** A plain list (glossary terms, subjects, object errors) that windows itself when long. */
export function WindowedList<T>(props: Props<T> & { className?: string; itemKey: (item: T) => string; render: (item: T) => ReactNode }) {
  const w = useWindow(props);
  const list = (
    <ul className={props.className ?? 'plain'} style={w.windowed ? { paddingTop: w.before, paddingBottom: w.after, margin: 0 } : undefined}>
      {w.visible.map(({ item }) => (
        <li key={props.itemKey(item)} style={w.windowed ? { height: props.rowHeight, boxSizing: 'border-box', overflow: 'hidden' } : undefined}>
          {props.render(item)}
        </li>
      ))}
    </ul>
  );
  if (!w.windowed) return list;
  return (
    <div ref={w.box} className="windowed" style={{ maxHeight: w.height }} tabIndex={0} role="region" aria-label={`${props.label} (${props.items.length.toLocaleString('en-US')}, scrolls)`}>
      {list}
    </div>
  );
}
