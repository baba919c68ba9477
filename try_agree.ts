import { createEngine } from './src/engine/engine.js';
import { compareWithPdb } from './test/debug/pdb-oracle.js';
import { loadCruxeval } from './test/support/cruxeval.js';
import { readDemoCorpus } from './test/corpus/demo-corpus.js';
const engine = await createEngine({ backend: 'native', isolation: 'basic' });
const programs: { label: string; code: string; call?: string; stdin?: string }[] = [];
for (const p of readDemoCorpus().programs) {
  const input = p.inputs[0]!;
  programs.push({ label: p.path, code: p.code, ...(input.kind === 'call' ? { call: input.call } : { stdin: input.stdin }) });
}
const limit = Number(process.argv[2] ?? 300);
for (const c of loadCruxeval().slice(0, 120)) programs.push({ label: c.id, code: c.code, call: `f(${c.input})` });
const totals = new Map<string, [number, number]>();
let stopsAgree = 0, used = 0;
const t0 = Date.now();
for (const p of programs.slice(0, limit)) {
  const r = await engine.run({ code: p.code, mode: p.call ? 'call' : 'script', call: p.call, stdin: p.stdin });
  if (r.status !== 'ok' && r.status !== 'error') continue;
  if (r.steps.length > 3000) { console.log('skip long', p.label, r.steps.length); continue; }
  used++;
  const c = await compareWithPdb(p, r.steps, 1, r.steps.length <= 200 ? 1e9 : 25);
  if (c.stopsAgree) stopsAgree++; else console.log('STOPS', p.label, JSON.stringify(c.firstStopDifference));
  let shown = 0;
  for (const probe of c.probes) {
    const t = totals.get(probe.label) ?? [0, 0];
    t[1]++;
    if (probe.landing === probe.expected) t[0]++;
    else if (shown++ < 2) console.log('DIFF', p.label, probe.label, JSON.stringify(probe.action), 'at', probe.at, 'bps', probe.breakpoints, 'ours', probe.expected, 'pdb', probe.landing);
    totals.set(probe.label, t);
  }
}
console.log('programs', used, 'stops agree', stopsAgree, 'secs', (Date.now() - t0) / 1000);
for (const [k, [a, n]] of totals) console.log(k, a, n, (100 * a / n).toFixed(2));
await engine.close();
