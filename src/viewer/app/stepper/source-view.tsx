/**
 * A program listing: line numbers, the current line highlighted and the next one marked, lines that
 * never ran dimmed, marks (e.g. a mutation's edit), and clickable lines.
 */
import { useEffect, useRef } from 'preact/hooks';

export interface LineMark {
  kind: 'edit' | 'breakpoint';
  note: string;
}

export interface SourceViewProps {
  code: string | null;
  /** Shown when `code` is null: how many line slots to draw. */
  lineCount?: number;
  current?: number;
  next?: number;
  covered?: Set<number>;
  /** Text shown after the current line, e.g. what it changes. */
  annotation?: string;
  marks?: Map<number, LineMark>;
  onLineClick?: (line: number) => void;
  label?: string;
}

export function SourceView(props: SourceViewProps) {
  const lines =
    props.code === null ? Array.from({ length: props.lineCount ?? 0 }, () => '') : props.code.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const container = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = container.current?.querySelector('.src-line.current');
    if (element) element.scrollIntoView({ block: 'nearest' });
  }, [props.current]);
  return (
    <section class="source" ref={container} aria-label={props.label ?? 'source'}>
      {props.code === null && <div class="source-missing">source not available: pass --source FILE</div>}
      {lines.map((text, index) => {
        const line = index + 1;
        const mark = props.marks?.get(line);
        const classes = ['src-line'];
        if (line === props.current) classes.push('current');
        if (line === props.next && line !== props.current) classes.push('next');
        if (props.covered && !props.covered.has(line)) classes.push('not-run');
        if (mark) classes.push(`mark-${mark.kind}`);
        const onLineClick = props.onLineClick;
        const content = (
          <>
            <span class="gutter">
              <span class="marker">{line === props.current ? '▶' : line === props.next ? '▷' : ''}</span>
              {line}
            </span>
            <span class="code">{text || ' '}</span>
            {line === props.current && props.annotation && (
              <span class="annotation"># {props.annotation}</span>
            )}
            {mark && <span class="mark-note">{mark.note}</span>}
          </>
        );
        if (!onLineClick) {
          return (
            <div key={line} class={classes.join(' ')} data-line={line} title={mark?.note}>
              {content}
            </div>
          );
        }
        classes.push('clickable');
        return (
          // biome-ignore lint/a11y/useSemanticElements: a <button>'s text cannot be selected, and the code must stay selectable for copying
          <div
            key={line}
            class={classes.join(' ')}
            data-line={line}
            title={mark?.note}
            role="button"
            tabIndex={0}
            onClick={() => onLineClick(line)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter' && event.key !== ' ') return;
              event.preventDefault();
              onLineClick(line);
            }}
          >
            {content}
          </div>
        );
      })}
    </section>
  );
}
