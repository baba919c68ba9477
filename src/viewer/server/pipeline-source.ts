/** A `semtrace synth`, `annotate` or `debugdata` output folder as the viewer reads it, page by page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SemtraceError } from '../../errors.js';
import type { AnnotateEntry } from '../../synth/annotate/annotate-unit.js';
import type { DebugEntry } from '../../synth/debugdata/debug-unit.js';
import type { SynthEntry } from '../../synth/program/synth-unit.js';
import type { Page, PipelineItemSummary, PipelineItemView } from '../api-types.js';
import { findRecord, jsonRecords, pageOf } from './jsonl-pages.js';

type Command = PipelineItemView['command'];

/** The file with every item: the journal for synth (rejected seeds too), the full records otherwise. */
const ITEMS_FILE: Record<Command, string> = {
  synth: 'synth.journal.jsonl',
  annotate: 'annotations.jsonl',
  debugdata: 'debugdata.jsonl',
};

export function summarizePipelineItem(command: Command, record: unknown): PipelineItemSummary {
  if (command === 'synth') {
    const entry = record as SynthEntry;
    return {
      id: entry.key,
      label: entry.record?.entryPoint ?? entry.key,
      status:
        entry.outcome === 'kept'
          ? `kept · ${entry.record!.inputs.length} inputs`
          : (entry.reason ?? 'rejected'),
      ok: entry.outcome === 'kept',
    };
  }
  if (command === 'annotate') {
    const entry = record as AnnotateEntry;
    const mark = (accepted: number | null) => (accepted === null ? 'no' : `ok@${accepted + 1}`);
    return {
      id: entry.key,
      label: entry.call,
      status: `fwd ${mark(entry.forward.accepted)} · bwd ${mark(entry.backward.accepted)}`,
      ok: entry.forward.accepted !== null && entry.backward.accepted !== null,
    };
  }
  const entry = record as DebugEntry;
  const fixed = entry.cases.filter((c) => c.accepted !== null).length;
  return {
    id: entry.key,
    label: /def\s+(\w+)/.exec(entry.code)?.[1] ?? entry.key,
    status: `${fixed}/${entry.cases.length} fixed · ${entry.killed}/${entry.mutantsTried} mutants failing`,
    ok: entry.cases.length > 0 && fixed === entry.cases.length,
  };
}

export class PipelineSource {
  readonly command: Command;
  readonly manifest: Record<string, unknown>;
  private readonly items: string;

  constructor(dir: string) {
    const path = join(dir, 'manifest.json');
    try {
      this.manifest = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new SemtraceError(
        'SEMTRACE_BAD_DATA',
        `${path} cannot be read as JSON (${(error as Error).message})`,
      );
    }
    this.command = this.manifest.command as Command;
    this.items = join(dir, ITEMS_FILE[this.command]);
  }

  page(offset: number, limit: number): Promise<Page<PipelineItemSummary>> {
    return pageOf<unknown, PipelineItemSummary>(
      jsonRecords(this.items),
      () => true,
      (record) => summarizePipelineItem(this.command, record),
      offset,
      limit,
    );
  }

  async item(id: string): Promise<unknown> {
    const found = await findRecord<{ key: string }>(jsonRecords(this.items), (record) => record.key === id);
    if (!found) throw new SemtraceError('SEMTRACE_BAD_REQUEST', `no item ${id} in ${this.items}`);
    return found;
  }
}
