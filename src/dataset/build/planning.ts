/**
 * The planning stream of a build, ready to be walked as often as needed: each walk cuts the same chunks
 * (planning is deterministic and cheap next to execution), with fresh counts.
 */
import { fileURLToPath } from 'node:url';
import { loadDecontaminator } from '../decontaminate/index.js';
import type { SourceProblem } from '../types.js';
import type { BuildConfig } from './config.js';
import { type PlannedChunk, plannedChunks } from './planned-chunks.js';
import { emptyPlanningStats, type PlanningStats } from './stats.js';

/** Source problems listed in full in the manifest (all are counted). */
const LISTED_PROBLEMS = 200;

export interface PlanningWalk {
  /** Filled in as `chunks` is walked: complete once it is exhausted. */
  stats: PlanningStats;
  problems: SourceProblem[];
  chunks: AsyncGenerator<PlannedChunk>;
}

/** The bundled starter corpus (`--demo`), shipped with the package. */
export function demoCorpusPath(): string {
  return fileURLToPath(new URL('../../../corpus/demo', import.meta.url));
}

export async function buildPlanning(config: BuildConfig, chunkSize: number): Promise<() => PlanningWalk> {
  const decontaminator = config.decontaminate
    ? await loadDecontaminator(config.decontaminate, { threshold: config.decontaminateThreshold })
    : undefined;
  const paths = [...config.sources, ...(config.demo ? [demoCorpusPath()] : [])];
  return () => {
    const stats = emptyPlanningStats();
    const problems: SourceProblem[] = [];
    const chunks = plannedChunks({
      config,
      paths,
      chunkSize,
      stats,
      problemList: problems,
      maxListedProblems: LISTED_PROBLEMS,
      ...(decontaminator
        ? { isContaminated: (code: string) => decontaminator.check(code).contaminated }
        : {}),
    });
    return { stats, problems, chunks };
  };
}
