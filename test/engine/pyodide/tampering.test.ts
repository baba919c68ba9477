import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostClient, request } from './host-client.js';

const PROBE = request(
  'import json, os\nprint(len([1, 2, 3]), json.dumps({"a": 1}), sorted(os.listdir(".")), os.getcwd())\n',
);

describe('Pyodide per-run isolation', () => {
  let host: HostClient;
  let expected: string;
  beforeAll(async () => {
    host = await HostClient.start('basic');
    expected = JSON.stringify((await host.run(PROBE)).result);
  });
  afterAll(() => host.close());

  const tamperings: [string, string][] = [
    ['replacing a builtin', 'import builtins\nbuiltins.len = None\n'],
    ['replacing a module function', 'import json\njson.dumps = None\n'],
    ['replacing a module by an alias', 'import json as j\nj.dumps = lambda *a, **k: "evil"\n'],
    ['replacing sys.modules entries', 'import sys\nsys.modules["json"] = 1\n'],
    ['writing a file in the working directory', 'open("left.txt", "w").write("x")\n'],
    ['importing the JavaScript bridge', 'import js\n'],
    ['importing pyodide', 'import pyodide_js\n'],
    ['changing a stdlib class', 'import json\njson.JSONEncoder.encode = lambda self, o: "evil"\n'],
    ['changing the environment and cwd', 'import os\nos.environ["X"] = "1"\nos.mkdir("d")\nos.chdir("d")\n'],
    ['changing the recursion limit', 'import sys\nsys.setrecursionlimit(50)\n'],
    [
      'reflective tampering',
      'import importlib\nm = importlib.import_module("js" + "on")\nsetattr(m, "dumps", 0)\n',
    ],
    ['gc introspection', 'import gc\nobjs = gc.get_objects()\n'],
    ['adding an audit hook', 'import sys\nsys.addaudithook(lambda *a: None)\n'],
  ];

  it.each(tamperings)('%s does not change the next program', async (_name, code) => {
    await host.run(request(code));
    const after = await host.run(PROBE);
    expect(JSON.stringify(after.result)).toBe(expected);
  });

  it('refuses processes, the JS bridge and gc introspection', async () => {
    for (const code of [
      'import os\nos.system("echo hi")\n',
      'import js\n',
      'import gc\ngc.get_objects()\n',
    ]) {
      const { result, recycled } = await host.run(request(code));
      expect(result.status).toBe('error');
      expect(['PermissionError', 'ImportError']).toContain(result.exception?.type);
      expect(recycled).toBe(true);
    }
  });
});
