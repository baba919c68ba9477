/**
 * Every step as a dot (x: step, y: line) on one canvas, with the current step as a cursor; click or
 * drag to jump. One canvas stays fast for any trace length.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { TraceStep } from '../../../engine/types.js';

export interface TimelineProps {
  steps: readonly TraceStep[];
  current: number;
  onJump: (step: number) => void;
}

const HEIGHT = 44;
const COLORS: Record<string, string> = {
  line: '#5b7fbf',
  call: '#3a9d5d',
  return: '#b07d2b',
  exception: '#c0392b',
};

export function Timeline({ steps, current, onJump }: TimelineProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const maxLine = steps.reduce((most, step) => Math.max(most, step.line), 1);

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const draw = () => {
      const width = element.clientWidth;
      const ratio = window.devicePixelRatio || 1;
      element.width = Math.max(1, Math.floor(width * ratio));
      element.height = Math.floor(HEIGHT * ratio);
      const context = element.getContext('2d');
      if (!context) return;
      context.scale(ratio, ratio);
      context.clearRect(0, 0, width, HEIGHT);
      const span = Math.max(steps.length - 1, 1);
      steps.forEach((step, index) => {
        context.fillStyle = COLORS[step.event] ?? '#888';
        const x = (index / span) * (width - 3);
        const y = 3 + ((step.line - 1) / Math.max(maxLine - 1, 1)) * (HEIGHT - 8);
        context.fillRect(x, y, 2, 2);
      });
      const cursor = (current / span) * (width - 3);
      context.fillStyle = 'rgba(230, 126, 34, 0.9)';
      context.fillRect(cursor, 0, 2, HEIGHT);
    };
    draw();
    const observer = new ResizeObserver(draw);
    observer.observe(element);
    return () => observer.disconnect();
  }, [steps, current, maxLine]);

  const jumpTo = (event: MouseEvent) => {
    const element = canvas.current;
    if (!element || steps.length === 0) return;
    const box = element.getBoundingClientRect();
    const fraction = Math.min(Math.max((event.clientX - box.left) / box.width, 0), 1);
    onJump(Math.round(fraction * (steps.length - 1)));
  };

  return (
    <canvas
      ref={canvas}
      class="timeline"
      style={{ height: `${HEIGHT}px` }}
      aria-label="timeline: click to jump to a step"
      onMouseDown={(event) => jumpTo(event)}
      onMouseMove={(event) => {
        if (event.buttons === 1) jumpTo(event);
      }}
    />
  );
}
