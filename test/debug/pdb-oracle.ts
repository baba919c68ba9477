/**
 * Runs test/fixtures/pdb_driver.py (the real pdb) over a program and compares where each pdb command
 * lands with src/debug's actions over the native backend's trace of the same program and input.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sampleIndices, seededRandom } from '../../src/common/random.js';
import { applyAction } from '../../src/debug/actions/index.js';
import { reverseNext } from '../../src/debug/actions/reverse-next.js';
import { buildTimeline, type Timeline } from '../../src/debug/timeline.js';
import type { DebugAction } from '../../src/debug/types.js';
import type { TraceStep } from '../../src/engine/types.js';

const DRIVER = fileURLToPath(new URL('../fixtures/pdb_driver.py', import.meta.url));

export interface PdbStop {
  event: string;
  line: number;
  func: string;
  depth: number;
}

export interface PdbCommand {
  cmd: string;
  breaks?: number[];
}

export interface PdbResult {
  at: number;
  cmd: string;
  breaks: number[];
  landing: number;
  error?: string;
}

export interface PdbAnswer {
  stops: PdbStop[];
  /** Stops in a generator's frame (pdb treats those frames specially; see docs/debug.md). */
  generatorStops: number[];
  results: PdbResult[];
}

export interface PdbRequest {
  code: string;
  call?: string;
  stdin?: string;
  probes: { at: number; commands: PdbCommand[] }[];
}

/** One pdb process answers every request in turn (one JSON line each way). */
export function runPdb(requests: readonly PdbRequest[]): Promise<PdbAnswer[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', [DRIVER], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`pdb driver exited ${code}: ${err.slice(-2000)}`));
      else
        resolve(
          out
            .trim()
            .split('\n')
            .map((line) => JSON.parse(line) as PdbAnswer),
        );
    });
    child.stdin.end(requests.map((request) => JSON.stringify(request)).join('\n'));
  });
}

/** The pdb command for one of our forward actions. */
export function pdbCommand(action: DebugAction): string {
  switch (action.name) {
    case 'finish':
      return 'return';
    case 'until':
      return action.line === undefined ? 'until' : `until ${action.line}`;
    default:
      return action.name;
  }
}

export interface Probe {
  /** Stop ordinal the action starts from. */
  at: number;
  action: DebugAction;
  breakpoints: number[];
  /** Which figure it counts towards: the action's name, or `reverse-next (round trip)`. */
  label: string;
  /** Stop ordinal we predict (-1: the run ends), compared with pdb's landing. */
  expected: number;
}

export interface Comparison {
  stopsAgree: boolean;
  stopCount: number;
  firstStopDifference?: { index: number; ours?: PdbStop; pdb?: PdbStop };
  probes: (Probe & { landing: number | undefined; inGenerator: boolean })[];
}

function describeStop(step: TraceStep): PdbStop {
  return { event: step.event, line: step.line, func: step.func, depth: step.depth };
}

function ordinalOf(timeline: Timeline, position: number): number {
  return position >= timeline.steps.length ? -1 : timeline.stopOrdinal[position]!;
}

/**
 * Probes for one trace: every forward action from every stop (or from `sampleStops` seeded stops when
 * there are more), with and without breakpoints, plus `next` from where `reverse-next` lands, which must
 * lead back (a round trip) whenever reverse-next stayed in the same frame.
 */
export function planProbes(timeline: Timeline, seed: number, sampleStops: number): Probe[] {
  const random = seededRandom(seed);
  const { stops, steps } = timeline;
  const ranLines = [...new Set(steps.filter((s) => s.event === 'line').map((s) => s.line))].sort(
    (a, b) => a - b,
  );
  const breakpoints = sampleIndices(ranLines.length, 2, random).map((i) => ranLines[i]!);
  const chosen = sampleIndices(stops.length, sampleStops, random);
  const probes: Probe[] = [];
  const add = (at: number, action: DebugAction, bps: number[], label = action.name): void => {
    const landing = applyAction(timeline, { position: stops[at]!, breakpoints: bps }, action);
    probes.push({ at, action, breakpoints: bps, label, expected: ordinalOf(timeline, landing.position) });
  };
  for (const at of chosen) {
    const here = steps[stops[at]!]!;
    for (const name of ['step', 'next', 'finish', 'until'] as const) add(at, { name }, []);
    const later = ranLines.filter((line) => line > here.line);
    if (later.length > 0) add(at, { name: 'until', line: later[Math.floor(random() * later.length)]! }, []);
    for (const name of ['continue', 'next', 'finish'] as const) add(at, { name }, breakpoints);
    if (at > 0) {
      const from = reverseNext(timeline, { position: stops[at]!, breakpoints: [] });
      if (timeline.frameOf[from] === timeline.frameOf[stops[at]!]) {
        probes.push({
          at: timeline.stopOrdinal[from]!,
          action: { name: 'next' },
          breakpoints: [],
          label: 'reverse-next (round trip)',
          expected: at,
        });
      }
    }
  }
  return probes;
}

export interface OracleProgram {
  code: string;
  call?: string;
  stdin?: string;
  steps: readonly TraceStep[];
}

/** Compares each program's actions with pdb's: `stopsFor(stopCount)` says how many stops to probe. */
export async function compareWithPdb(
  programs: readonly OracleProgram[],
  seed: number,
  stopsFor: (stopCount: number) => number,
): Promise<Comparison[]> {
  const planned = programs.map((program) => {
    const timeline = buildTimeline(program.steps);
    const probes = planProbes(timeline, seed, stopsFor(timeline.stops.length));
    const byStop = new Map<number, PdbCommand[]>();
    for (const probe of probes) {
      const commands = byStop.get(probe.at) ?? [];
      commands.push({ cmd: pdbCommand(probe.action), breaks: probe.breakpoints });
      byStop.set(probe.at, commands);
    }
    const request: PdbRequest = {
      code: program.code,
      ...(program.call !== undefined ? { call: program.call } : {}),
      ...(program.stdin !== undefined ? { stdin: program.stdin } : {}),
      probes: [...byStop].map(([at, commands]) => ({ at, commands })),
    };
    return { timeline, probes, request };
  });
  const answers = await runPdb(planned.map((plan) => plan.request));
  return planned.map(({ timeline, probes }, index) => compareOne(timeline, probes, answers[index]!));
}

function compareOne(timeline: Timeline, probes: Probe[], answer: PdbAnswer): Comparison {
  const ours = timeline.stops.map((index) => describeStop(timeline.steps[index]!));
  let firstStopDifference: Comparison['firstStopDifference'];
  const length = Math.max(ours.length, answer.stops.length);
  for (let index = 0; index < length; index++) {
    if (JSON.stringify(ours[index]) !== JSON.stringify(answer.stops[index])) {
      firstStopDifference = { index, ours: ours[index], pdb: answer.stops[index] };
      break;
    }
  }
  const inGenerator = new Set(answer.generatorStops);
  const landings = new Map<string, number>();
  for (const result of answer.results)
    landings.set(`${result.at}|${result.cmd}|${result.breaks.join(',')}`, result.landing);
  return {
    stopsAgree: firstStopDifference === undefined,
    stopCount: ours.length,
    firstStopDifference,
    probes: probes.map((probe) => ({
      ...probe,
      inGenerator: inGenerator.has(probe.at),
      landing: landings.get(`${probe.at}|${pdbCommand(probe.action)}|${probe.breakpoints.join(',')}`),
    })),
  };
}
