/**
 * System programs some tests need beyond Node and npm. Where one is missing, the tests that need it are
 * skipped and the run's summary says so (see global-setup.ts); under CI=true a missing one fails the run,
 * so CI can never pass by skipping.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { probeBubblewrap } from '../../src/engine/sandbox/bubblewrap.js';
import type { IsolationLevel } from '../../src/engine/types.js';

export interface Requirement {
  readonly name: string;
  readonly available: boolean;
  /** Why it is unavailable, when it is. */
  readonly reason: string;
  /** What the tests that need it check. */
  readonly needed: string;
  readonly install: string;
  /** CI must have it. Not so for what neither npm nor Debian offers. */
  readonly mandatoryInCi: boolean;
}

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** The Python that reads Parquet shards with pyarrow (pandas and Hugging Face `datasets` stand on it). */
export const pyarrowPython = process.env.SEMTRACE_TEST_PYARROW_PYTHON ?? 'python3';

/** The Redis server the queue tests start on a loopback port (Debian's redis-server package). */
export const REDIS_SERVER = process.env.SEMTRACE_TEST_REDIS_SERVER ?? 'redis-server';

function redisServerAvailable(): boolean {
  return spawnSync(REDIS_SERVER, ['--version'], { encoding: 'utf8' }).status === 0;
}

/** A Python that has PyTorch and ONNX, among those `semtrace train` tries (found, not imported: fast). */
function torchAvailable(): boolean {
  const candidates = [process.env.SEMTRACE_PYTHON, 'python3', '/usr/bin/python3'].filter(
    (candidate): candidate is string => !!candidate,
  );
  const probe =
    'import importlib.util as u, sys; sys.exit(0 if u.find_spec("torch") and u.find_spec("onnx") else 1)';
  return candidates.some(
    (candidate) => spawnSync(candidate, ['-c', probe], { encoding: 'utf8' }).status === 0,
  );
}

function pyarrowAvailable(): boolean {
  return spawnSync(pyarrowPython, ['-c', 'import pyarrow.parquet'], { encoding: 'utf8' }).status === 0;
}

export function probeRequirements(): Requirement[] {
  const bubblewrap = probeBubblewrap();
  return [
    {
      name: 'bubblewrap',
      available: bubblewrap.available,
      reason: bubblewrap.reason,
      needed: 'the strict sandbox (adversarial programs, Pyodide under bubblewrap)',
      install: 'apt-get install bubblewrap',
      mandatoryInCi: true,
    },
    {
      name: 'chromium',
      available: existsSync(CHROMIUM_PATH),
      reason: `${CHROMIUM_PATH} does not exist`,
      needed: 'the viewer in a real browser',
      install: 'apt-get install chromium',
      mandatoryInCi: true,
    },
    {
      name: 'redis-server',
      available: redisServerAvailable(),
      reason: `${REDIS_SERVER} --version does not run`,
      needed: 'builds spread over workers on a BullMQ queue (a real Redis on a loopback port)',
      install: 'apt-get install redis-server',
      mandatoryInCi: true,
    },
    {
      name: 'torch',
      available: torchAvailable(),
      reason: 'no python3 (nor SEMTRACE_PYTHON) has PyTorch and ONNX',
      needed: 'the neural executor (training, ONNX export, inference)',
      install: 'apt-get install --no-install-recommends python3-torch python3-onnx libopenblas0-pthread',
      mandatoryInCi: true,
    },
    {
      name: 'pyarrow',
      available: pyarrowAvailable(),
      reason: `${pyarrowPython} cannot import pyarrow`,
      needed: 'Parquet shards read back by the Python data stack',
      install: 'pip install pyarrow, or name a Python that has it in SEMTRACE_TEST_PYARROW_PYTHON',
      mandatoryInCi: false,
    },
  ];
}

const available = new Map(
  probeRequirements().map((requirement) => [requirement.name, requirement.available]),
);

export const hasBubblewrap = available.get('bubblewrap') === true;
export const hasChromium = available.get('chromium') === true;
export const hasPyarrow = available.get('pyarrow') === true;
export const hasRedisServer = available.get('redis-server') === true;
export const hasTorch = available.get('torch') === true;

/**
 * The isolation for tests about what programs do rather than about the sandbox: strict where the machine
 * offers it, so they also exercise the sandbox, and basic elsewhere, so they still run.
 */
export const testIsolation: IsolationLevel = hasBubblewrap ? 'strict' : 'basic';
