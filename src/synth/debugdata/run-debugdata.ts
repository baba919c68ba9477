/**
 * `semtrace debugdata`, the library call: PYX-R debugging data from programs with tests. Writes
 * `debugdata.jsonl` (every case with its verdicts), `pyxr.jsonl` (SemCoder's layout), `chat.jsonl` and
 * `manifest.json`; resumable through `debugdata.journal.jsonl`.
 */
import { join } from 'node:path';
import type { BackendName } from '../../engine/types.js';
import type { SamplingParams } from '../../eval/client/types.js';
import { writeJsonlAtomic } from '../common/journal.js';
import type { ModelConfig } from '../common/model.js';
import {
  manifestHead,
  modelFingerprintParts,
  type PipelineHooks,
  requestCounts,
  withPipelineSession,
} from '../common/pipeline-session.js';
import { type ProgramRecord, readProgramRecords } from '../common/program-records.js';
import { fingerprintOf, prepareRunFolder, writeJsonAtomic } from '../common/run-folder.js';
import { runUnits } from '../common/run-units.js';
import { loadPipelineTemplate } from '../common/templates.js';
import { type DebugEntry, debugUnit } from './debug-unit.js';
import { toDebugChatRows, toPyxrRows } from './layouts.js';

export interface DebugDataConfig {
  programs: string;
  outDir: string;
  model: ModelConfig;
  sampling: Omit<SamplingParams, 'n'>;
  attempts: number;
  maxMutants: number;
  casesPerProgram: number;
  seed: number;
  concurrency: number;
  backend: BackendName;
  workers: number;
  timeoutMs: number;
  templateDir?: string;
}

export const DEBUGDATA_DEFAULTS = {
  sampling: {},
  attempts: 2,
  maxMutants: 8,
  casesPerProgram: 1,
  seed: 0,
  concurrency: 4,
  timeoutMs: 3000,
};

export function summarizeDebugData(entries: readonly DebugEntry[]) {
  const cases = entries.flatMap((e) => e.cases);
  const attempts = cases.flatMap((c) => c.attempts);
  return {
    programs: entries.length,
    mutantsTried: entries.reduce((n, e) => n + e.mutantsTried, 0),
    killed: entries.reduce((n, e) => n + e.killed, 0),
    survived: entries.reduce((n, e) => n + e.survived, 0),
    onlyTimeouts: entries.reduce((n, e) => n + e.onlyTimeouts, 0),
    cases: cases.length,
    fixesAsked: attempts.length,
    noCode: attempts.filter((a) => a.rejected === 'no_code').length,
    fixesFailingTests: attempts.filter((a) => a.rejected === 'fails_tests').length,
    fixesPassing: attempts.filter((a) => a.rejected === null).length,
    accepted: cases.filter((c) => c.accepted !== null).length,
    failedTestStatus: Object.fromEntries(
      [...new Set(cases.map((c) => c.failedStatus))].map((s) => [
        s,
        cases.filter((c) => c.failedStatus === s).length,
      ]),
    ),
  };
}

export async function runDebugData(config: DebugDataConfig, hooks: PipelineHooks = {}) {
  const log = hooks.log ?? (() => {});
  const template = loadPipelineTemplate('debug-fix', config.templateDir);
  const programs = (await readProgramRecords(config.programs, log)).filter((p) => {
    if (p.tests.length === 0) log(`${p.id}: skipped: no tests`);
    return p.tests.length > 0;
  });
  prepareRunFolder(
    config.outDir,
    'debugdata',
    fingerprintOf([
      ...modelFingerprintParts(config.model),
      config.sampling,
      config.attempts,
      config.maxMutants,
      config.casesPerProgram,
      config.seed,
      [...template.file.sections],
    ]),
  );
  const paths = {
    journal: join(config.outDir, 'debugdata.journal.jsonl'),
    records: join(config.outDir, 'debugdata.jsonl'),
    pyxr: join(config.outDir, 'pyxr.jsonl'),
    chat: join(config.outDir, 'chat.jsonl'),
    manifest: join(config.outDir, 'manifest.json'),
  };
  return withPipelineSession(config, log, async (session) => {
    const { model, engine } = session;
    const loop = await runUnits<ProgramRecord, DebugEntry>({
      units: programs,
      keyOf: (p) => p.id,
      journal: paths.journal,
      concurrency: config.concurrency,
      work: (program) =>
        debugUnit(program, {
          engine,
          completer: model.completer,
          template,
          sampling: config.sampling,
          attempts: config.attempts,
          maxMutants: config.maxMutants,
          casesPerProgram: config.casesPerProgram,
          seed: config.seed,
          limits: { timeoutMs: config.timeoutMs },
        }),
      counters: (entries) => ({
        cases: entries.reduce((n, e) => n + e.cases.length, 0),
        kept: entries.reduce((n, e) => n + e.cases.filter((c) => c.accepted !== null).length, 0),
        requests: model.stats.requests,
      }),
      onProgress: hooks.onProgress,
      log,
    });
    const pyxr = loop.entries.flatMap(toPyxrRows);
    const chat = loop.entries.flatMap(toDebugChatRows);
    writeJsonlAtomic(paths.records, loop.entries);
    writeJsonlAtomic(paths.pyxr, pyxr);
    writeJsonlAtomic(paths.chat, chat);
    const manifest = {
      ...manifestHead('debugdata', config.model, session),
      settings: {
        attempts: config.attempts,
        maxMutants: config.maxMutants,
        casesPerProgram: config.casesPerProgram,
        seed: config.seed,
      },
      counts: { ...summarizeDebugData(loop.entries), failedRequests: loop.failed, pyxrRows: pyxr.length },
      requests: requestCounts(model.stats, loop.resumed),
    };
    writeJsonAtomic(paths.manifest, manifest);
    return { entries: loop.entries, manifest, paths };
  });
}
