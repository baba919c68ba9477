/**
 * Finds a Python that can train: `--python`, else $SEMTRACE_PYTHON, else `python3` on the PATH, else the
 * system's /usr/bin/python3 (where Debian's python3-torch installs, which a version manager's python3
 * on the PATH does not see). Each candidate must import torch and onnx.
 */
import { spawnSync } from 'node:child_process';
import { SemtraceError } from '../../errors.js';

export interface TorchPython {
  executable: string;
  python: string;
  torch: string;
  onnx: string;
  cuda: boolean;
}

const PROBE =
  'import json, sys, platform\n' +
  'info = {"executable": sys.executable, "python": platform.python_version()}\n' +
  'try:\n import torch; info["torch"] = torch.__version__; info["cuda"] = torch.cuda.is_available()\n' +
  'except Exception as e: info["missing"] = "torch (%s)" % e\n' +
  'try:\n import onnx; info["onnx"] = onnx.__version__\n' +
  'except Exception as e: info.setdefault("missing", "onnx (%s)" % e)\n' +
  'print(json.dumps(info))';

export const INSTALL_HINT =
  'install PyTorch and ONNX for the system Python (Debian/Ubuntu: apt-get install python3-torch python3-onnx ' +
  'libopenblas0-pthread; elsewhere: pip install torch onnx), or name a Python that has them with --python';

export function findTorchPython(explicit?: string): TorchPython {
  const candidates = explicit
    ? [explicit]
    : [
        ...new Set(
          [process.env.SEMTRACE_PYTHON, 'python3', '/usr/bin/python3'].filter((c): c is string => !!c),
        ),
      ];
  const problems: string[] = [];
  for (const candidate of candidates) {
    const probe = spawnSync(candidate, ['-c', PROBE], { encoding: 'utf8', timeout: 60_000 });
    if (probe.error || probe.status !== 0) {
      problems.push(
        `${candidate}: cannot run (${probe.error?.message ?? probe.stderr.trim().split('\n').at(-1)})`,
      );
      continue;
    }
    const info = JSON.parse(probe.stdout) as Partial<TorchPython> & { missing?: string };
    if (info.missing) {
      problems.push(`${candidate} (Python ${info.python}): no ${info.missing}`);
      continue;
    }
    return info as TorchPython;
  }
  throw new SemtraceError(
    'SEMTRACE_TRAINING_UNAVAILABLE',
    `no Python with PyTorch and ONNX found (${problems.join('; ')}): ${INSTALL_HINT}`,
  );
}
