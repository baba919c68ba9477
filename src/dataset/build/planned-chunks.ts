/**
 * The planning stream: sources → decontamination → program and input mutation → dedupe by normalised
 * program + input, cut into chunks of whole programs. Deterministic, so a resumed build cuts the same
 * chunks and skips the finished ones.
 */
import { readSources, type SourceProgram } from '../sources/index.js';
import type { SourceProblem } from '../types.js';
import type { BuildConfig } from './config.js';
import { planProgram, type WorkItem } from './plan.js';
import { bump, type PlanningStats } from './stats.js';

export interface PlannedChunk {
  index: number;
  items: WorkItem[];
  /** The source programs the items come from, in order (those with nothing left to run are left out). */
  sources: SourceProgram[];
}

export interface PlanningInputs {
  config: BuildConfig;
  paths: string[];
  chunkSize: number;
  stats: PlanningStats;
  /** Most problems listed in full (all are counted). */
  problemList: SourceProblem[];
  maxListedProblems: number;
  isContaminated?: (code: string) => boolean;
}

export async function* plannedChunks(inputs: PlanningInputs): AsyncGenerator<PlannedChunk> {
  const { config, stats } = inputs;
  const seen = new Set<string>();
  const onProblem = (problem: SourceProblem) => {
    bump(stats.sourceProblems, problem.reason);
    if (inputs.problemList.length < inputs.maxListedProblems) inputs.problemList.push(problem);
  };
  let index = 0;
  let items: WorkItem[] = [];
  let sources: SourceProgram[] = [];
  let programs = 0;
  for await (const source of readSources(inputs.paths, { onProblem })) {
    stats.sourcePrograms += 1;
    stats.sourceInputs += source.inputs.length;
    programs += 1;
    if (inputs.isContaminated?.(source.code)) {
      stats.decontaminatedPrograms += 1;
    } else {
      const plan = await planProgram(source, config);
      if ('problem' in plan) {
        onProblem(plan.problem);
      } else {
        const before = items.length;
        for (const item of plan.items) {
          if (seen.has(item.key)) {
            stats.dedupedProgramInput += 1;
            continue;
          }
          seen.add(item.key);
          stats.planned += 1;
          for (const edit of item.mutant?.edits ?? []) bump(stats.operatorsPlanned, edit.operator);
          items.push(item);
        }
        if (items.length > before) sources.push(source);
      }
    }
    if (programs === inputs.chunkSize) {
      yield { index, items, sources };
      index += 1;
      items = [];
      sources = [];
      programs = 0;
    }
  }
  if (programs > 0) yield { index, items, sources };
}
