/** A list that renders only the rows in view, so a trace of 100,000 steps scrolls like one of 10. */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export interface VirtualListProps {
  count: number;
  rowHeight: number;
  renderRow: (index: number) => ComponentChildren;
  /** Keep this row in view when it changes. */
  follow?: number;
  class?: string;
  label?: string;
}

const OVERSCAN = 8;

export function VirtualList(props: VirtualListProps) {
  const box = useRef<HTMLElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(200);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    const element = box.current;
    if (!element || props.follow === undefined) return;
    const top = props.follow * props.rowHeight;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + props.rowHeight > element.scrollTop + element.clientHeight) {
      element.scrollTop = top + props.rowHeight - element.clientHeight;
    }
  }, [props.follow, props.rowHeight]);
  const first = Math.max(0, Math.floor(scrollTop / props.rowHeight) - OVERSCAN);
  const last = Math.min(props.count, Math.ceil((scrollTop + height) / props.rowHeight) + OVERSCAN);
  const rows: ComponentChildren[] = [];
  for (let index = first; index < last; index++) {
    rows.push(
      <div
        key={index}
        class="vrow"
        style={{ top: `${index * props.rowHeight}px`, height: `${props.rowHeight}px` }}
      >
        {props.renderRow(index)}
      </div>,
    );
  }
  return (
    <section
      ref={box}
      class={`vlist ${props.class ?? ''}`}
      aria-label={props.label}
      onScroll={(event) => setScrollTop((event.currentTarget as HTMLElement).scrollTop)}
    >
      <div class="vspace" style={{ height: `${props.count * props.rowHeight}px` }}>
        {rows}
      </div>
    </section>
  );
}
