/** The true trace of an item as text in the format predictions are written in (the scoring reference). */
import type { FormatName } from '../../../dataset/types.js';
import { SemtraceError } from '../../../errors.js';
import { getRenderer } from '../../../formats/index.js';
import type { TaskItem } from '../../../tasks/types.js';

/** Trace formats whose predictions this package can parse and score. */
export const SCORABLE_TRACE_FORMATS: readonly FormatName[] = ['codeexecutor'];

export function assertScorableTraceFormat(format: FormatName): void {
  if (!SCORABLE_TRACE_FORMATS.includes(format)) {
    throw new SemtraceError(
      'SEMTRACE_UNKNOWN_FORMAT',
      `trace predictions can be scored in the ${SCORABLE_TRACE_FORMATS.join(', ')} format, not '${format}'; ask the model for that format`,
    );
  }
}

export function goldTraceText(item: TaskItem, format: FormatName = 'codeexecutor'): string {
  if (!item.trace) {
    throw new SemtraceError(
      'SEMTRACE_BAD_DATA',
      `item ${item.id} has no trace to score against; load trace items with loadTaskItems, which runs the program when the data has no trace`,
    );
  }
  const status = item.status ?? 'ok';
  const exception = item.exception ? { ...item.exception, traceback: [] } : null;
  const text = getRenderer(format).render({
    code: item.code,
    mode: item.mode,
    input: item.input,
    result: {
      status,
      stdout: item.mode === 'script' ? item.output : '',
      returnRepr: item.mode === 'call' && status === 'ok' ? item.output : null,
      returnType: null,
      exception,
      steps: item.trace,
    },
  });
  return text ?? '';
}
