/**
 * Greedy decoding of the exported model in Node (onnxruntime-node, CPU): a batch of sources is
 * left-padded and run once (prefill), then one token per step for every row still going, reusing the
 * keys and values of earlier positions (the KV cache the graph takes and returns). Rows that finish
 * are dropped from the batch and from the cache, so a long trace does not make short ones pay.
 */
import type * as Ort from 'onnxruntime-node';
import { SemtraceError } from '../errors.js';
import type { ModelFiles } from './model-files.js';

type Runtime = typeof Ort;

/** ONNX Runtime, loaded on first use: an optional dependency (a large native package) that only `onnx:`
 * models need. */
async function loadRuntime(): Promise<Runtime> {
  try {
    return (await import('onnxruntime-node')) as Runtime;
  } catch (error) {
    throw new SemtraceError(
      'SEMTRACE_INFERENCE_UNAVAILABLE',
      'onnx: models run on ONNX Runtime, which is not installed (the optional dependency onnxruntime-node): run `npm install onnxruntime-node` in the project, then try again',
      { cause: error },
    );
  }
}

export interface DecoderOptions {
  /** Threads of one inference (default: onnxruntime's choice, all cores). */
  threads?: number;
}

export interface Generation {
  ids: number[];
  /** Why the row stopped: the end token, the token budget, or a source too long to fit at all. */
  stop: 'eos' | 'max_tokens' | 'source_too_long';
}

interface Row {
  index: number;
  out: number[];
  /** Position of the row's last token. */
  position: number;
  budget: number;
}

export class OnnxDecoder {
  private constructor(
    private readonly ort: Runtime,
    private readonly session: Ort.InferenceSession,
    readonly files: ModelFiles,
  ) {}

  static async open(files: ModelFiles, options: DecoderOptions = {}): Promise<OnnxDecoder> {
    const ort = await loadRuntime();
    const session = await ort.InferenceSession.create(files.onnxPath, {
      ...(options.threads !== undefined && { intraOpNumThreads: options.threads }),
      graphOptimizationLevel: 'all',
    });
    return new OnnxDecoder(ort, session, files);
  }

  async close(): Promise<void> {
    await this.session.release();
  }

  /** Greedy continuations of token sequences (each gets the separator appended), at most `maxNew` tokens. */
  async generate(sources: readonly number[][], maxNew: number): Promise<Generation[]> {
    const { architecture: arch, tokens, config } = this.files.info;
    const results: Generation[] = sources.map(() => ({ ids: [], stop: 'max_tokens' }));
    const fits = sources
      .map((source, index) => ({ source: [...source, tokens.sep], index }))
      .filter(({ source, index }) => {
        const ok = source.length <= config.maxSourceTokens + 1;
        if (!ok) results[index]!.stop = 'source_too_long';
        return ok;
      });
    if (fits.length === 0) return results;

    const width = Math.max(...fits.map((f) => f.source.length));
    const batch = fits.length;
    const inputIds = new BigInt64Array(batch * width);
    const positions = new BigInt64Array(batch * width);
    const mask = new BigInt64Array(batch * width);
    let rows: Row[] = fits.map(({ source, index }, b) => {
      const pad = width - source.length;
      source.forEach((token, j) => {
        inputIds[b * width + pad + j] = BigInt(token);
        positions[b * width + pad + j] = BigInt(j);
        mask[b * width + pad + j] = 1n;
      });
      return {
        index,
        out: [],
        position: source.length - 1,
        budget: Math.max(0, Math.min(maxNew, arch.maxPositions - source.length)),
      };
    });
    const ort = this.ort;
    let attention: BigInt64Array = mask;
    let total = width;
    const empty = [arch.layers, batch, arch.heads, 0, arch.headDim];
    let pastKey: Ort.Tensor = new ort.Tensor('float32', new Float32Array(0), empty);
    let pastValue: Ort.Tensor = new ort.Tensor('float32', new Float32Array(0), empty);
    let feed = {
      input_ids: new ort.Tensor('int64', inputIds, [batch, width]),
      position_ids: new ort.Tensor('int64', positions, [batch, width]),
    };
    while (rows.length > 0) {
      const output = await this.session.run({
        ...feed,
        attention_mask: new ort.Tensor('int64', attention, [rows.length, total]),
        past_key: pastKey,
        past_value: pastValue,
      });
      const logits = output.logits!.data as Float32Array;
      const vocab = arch.vocabSize;
      const keep: number[] = [];
      rows.forEach((row, b) => {
        if (row.budget === 0) return;
        const token = argmax(logits, b * vocab, vocab);
        row.out.push(token);
        if (token === tokens.eos) results[row.index]!.stop = 'eos';
        else if (row.out.length < row.budget) keep.push(b);
      });
      for (const row of rows) results[row.index]!.ids = row.out.filter((t) => t !== tokens.eos);
      if (keep.length === 0) break;
      pastKey = keepRows(ort, output.present_key!, keep);
      pastValue = keepRows(ort, output.present_value!, keep);
      const nextAttention = new BigInt64Array(keep.length * (total + 1));
      keep.forEach((b, r) => {
        nextAttention.set(attention.subarray(b * total, (b + 1) * total), r * (total + 1));
        nextAttention[r * (total + 1) + total] = 1n;
      });
      attention = nextAttention;
      total += 1;
      rows = keep.map((b) => rows[b]!);
      const nextIds = new BigInt64Array(rows.length);
      const nextPositions = new BigInt64Array(rows.length);
      rows.forEach((row, r) => {
        row.position += 1;
        nextIds[r] = BigInt(row.out.at(-1)!);
        nextPositions[r] = BigInt(row.position);
      });
      feed = {
        input_ids: new ort.Tensor('int64', nextIds, [rows.length, 1]),
        position_ids: new ort.Tensor('int64', nextPositions, [rows.length, 1]),
      };
    }
    return results;
  }
}

function argmax(values: Float32Array, offset: number, length: number): number {
  let best = 0;
  let bestValue = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < length; i++) {
    const value = values[offset + i]!;
    if (value > bestValue) {
      bestValue = value;
      best = i;
    }
  }
  return best;
}

/** The cache [layers, batch, heads, positions, headDim] restricted to the batch rows in `keep`. */
function keepRows(ort: Runtime, tensor: Ort.Tensor, keep: readonly number[]): Ort.Tensor {
  const [layers, batch, heads, positions, headDim] = tensor.dims as number[];
  if (keep.length === batch) return tensor;
  const data = tensor.data as Float32Array;
  const block = heads! * positions! * headDim!;
  const out = new Float32Array(layers! * keep.length * block);
  for (let l = 0; l < layers!; l++) {
    keep.forEach((b, r) => {
      const from = (l * batch! + b) * block;
      out.set(data.subarray(from, from + block), (l * keep.length + r) * block);
    });
  }
  return new ort.Tensor('float32', out, [layers!, keep.length, heads!, positions!, headDim!]);
}
