"""Trains the neural executor: a small transformer from scratch on (program + input -> trace) pairs.

Started by `semtrace train` (src/neural/train/run-train.ts), which writes `pairs.jsonl` and
`train-config.json` into the model folder first. Talks back through JSON lines on stdout
(`progress`, `dev`, `checkpoint`, `exported`, `done`, `error`). Resumes from `checkpoint.pt` when the
folder holds one for the same config and data; writes `tokenizer.json`, `model.onnx` and, last,
`model.json` (a folder with `model.json` is a finished model).
"""
import json
import math
import os
import random
import sys
import time

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from semtrace_model import LastLogits, TraceModel  # noqa: E402
from semtrace_tokenizer import EOS, PAD, SEP, Tokenizer, train_tokenizer  # noqa: E402

LEVELS = ("single-line", "tutorial", "contest")


def emit(kind, **fields):
    sys.stdout.write(json.dumps({"type": kind, **fields}) + "\n")
    sys.stdout.flush()


class TrainingError(Exception):
    pass


def replace_atomically(write, path):
    temporary = os.path.join(os.path.dirname(path), ".tmp-" + os.path.basename(path))
    write(temporary)
    with open(temporary, "rb") as f:
        os.fsync(f.fileno())
    os.replace(temporary, path)


def read_pairs(path):
    train, dev = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            pair = json.loads(line)
            (train if pair["split"] == "train" else dev).append(pair)
    if not train:
        raise TrainingError(f"{path} has no training pairs: build a dataset with a train split first")
    return train, dev


def encode_pairs(pairs, tokenizer, config, stats):
    encoded = []
    for pair in pairs:
        source = tokenizer.encode(pair["source"])
        if len(source) > config["maxSourceTokens"]:
            stats["skippedLongSource"] += 1
            continue
        target = tokenizer.encode(pair["target"]) + [EOS]
        if len(target) > config["maxTargetTokens"]:
            stats["truncatedTarget"] += 1
            target = target[: config["maxTargetTokens"]]
        encoded.append({"level": pair["level"], "ids": source + [SEP] + target, "source": len(source) + 1})
    return encoded


def stage_at(config, step):
    """CodeExecutor's curriculum: the stage whose share of the steps holds `step`, and its level weights."""
    done = 0.0
    for stage in config["curriculum"]:
        done += stage["fraction"]
        if step < done * config["steps"]:
            return stage
    return config["curriculum"][-1]


def batch_tensors(examples, device):
    width = max(len(e["ids"]) for e in examples)
    ids = torch.full((len(examples), width), PAD, dtype=torch.long)
    labels = torch.full((len(examples), width), -100, dtype=torch.long)
    mask = torch.zeros((len(examples), width), dtype=torch.long)
    for row, example in enumerate(examples):
        seq = torch.tensor(example["ids"], dtype=torch.long)
        ids[row, : len(seq)] = seq
        mask[row, : len(seq)] = 1
        # Predict the target only: position p's label is token p + 1 when that token is in the target.
        labels[row, example["source"] - 1 : len(seq) - 1] = seq[example["source"] :]
    positions = torch.arange(width).unsqueeze(0).expand(len(examples), width)
    return ids.to(device), positions.to(device), mask.to(device), labels.to(device)


def loss_of(model, examples, device, autocast):
    ids, positions, mask, labels = batch_tensors(examples, device)
    past_k, past_v = model.empty_past(len(examples), device)
    with autocast():
        logits, _, _ = model(ids, positions, mask, past_k, past_v)
    return torch.nn.functional.cross_entropy(logits.float().reshape(-1, logits.shape[-1]), labels.reshape(-1))


def draw_batch(rng, by_level, stage, size):
    levels = [lv for lv in LEVELS if by_level.get(lv) and stage["weights"].get(lv, 0) > 0]
    if not levels:  # the stage's levels have no data: fall back to everything there is
        levels = [lv for lv in LEVELS if by_level.get(lv)]
        weights = [1.0] * len(levels)
    else:
        weights = [stage["weights"][lv] for lv in levels]
    chosen = rng.choices(levels, weights=weights, k=size)
    return [rng.choice(by_level[lv]) for lv in chosen]


def learning_rate(config, step):
    warmup = max(1, int(config["warmupFraction"] * config["steps"]))
    if step < warmup:
        return config["lr"] * (step + 1) / warmup
    progress = (step - warmup) / max(1, config["steps"] - warmup)
    return config["lr"] * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(1.0, progress))))


@torch.no_grad()
def greedy(model, source_ids, new_tokens, device):
    """Reference greedy decoding with the cache, one sequence: the Node decoder must give the same ids."""
    ids = torch.tensor([source_ids + [SEP]], device=device)
    positions = torch.arange(ids.shape[1], device=device).unsqueeze(0)
    mask = torch.ones_like(ids)
    past_k, past_v = model.empty_past(1, device)
    out = []
    for _ in range(new_tokens):
        logits, past_k, past_v = model(ids, positions, mask, past_k, past_v)
        token = int(logits[0, -1].argmax())
        out.append(token)
        if token == EOS:
            break
        at = int(positions[0, -1]) + 1
        ids = torch.tensor([[token]], device=device)
        positions = torch.tensor([[at]], device=device)
        mask = torch.ones((1, at + 1), dtype=torch.long, device=device)
    return out


def export_onnx(model, path):
    wrapper = LastLogits(model).eval()
    cfg = model
    b, t, p = 2, 3, 2
    shape = (cfg.layers, b, cfg.heads, p, cfg.head_dim)
    args = (
        torch.ones((b, t), dtype=torch.long),
        torch.arange(p, p + t).unsqueeze(0).expand(b, t).contiguous(),
        torch.ones((b, p + t), dtype=torch.long),
        torch.zeros(shape),
        torch.zeros(shape),
    )

    def write(target):
        torch.onnx.export(
            wrapper,
            args,
            target,
            input_names=["input_ids", "position_ids", "attention_mask", "past_key", "past_value"],
            output_names=["logits", "present_key", "present_value"],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "new"},
                "position_ids": {0: "batch", 1: "new"},
                "attention_mask": {0: "batch", 1: "total"},
                "past_key": {1: "batch", 3: "past"},
                "past_value": {1: "batch", 3: "past"},
                "logits": {0: "batch"},
                "present_key": {1: "batch", 3: "total"},
                "present_value": {1: "batch", 3: "total"},
            },
            opset_version=14,
        )

    replace_atomically(write, path)


def main(out_dir):
    with open(os.path.join(out_dir, "train-config.json"), encoding="utf-8") as f:
        setup = json.load(f)
    config, fingerprint = setup["config"], setup["fingerprint"]
    random.seed(config["seed"])
    torch.manual_seed(config["seed"])
    # Debian's torch starts with one thread; 0 means every core.
    torch.set_num_threads(config["threads"] or os.cpu_count() or 1)
    device = config["device"]
    if device == "auto":
        device = "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cuda" and not torch.cuda.is_available():
        raise TrainingError("--device cuda was asked for, but this torch sees no CUDA device")

    def autocast():
        if device == "cuda":
            return torch.autocast("cuda", dtype=torch.bfloat16)
        return torch.autocast("cpu", enabled=False)

    train_pairs, dev_pairs = read_pairs(os.path.join(out_dir, "pairs.jsonl"))
    tokenizer_path = os.path.join(out_dir, "tokenizer.json")
    if os.path.exists(tokenizer_path):
        tokenizer = Tokenizer.load(tokenizer_path)
    else:
        texts = [p["source"] for p in train_pairs] + [p["target"] for p in train_pairs]
        tokenizer = train_tokenizer(texts, config["vocabSize"])
        replace_atomically(lambda target: tokenizer.save(target), tokenizer_path)
    stats = {"skippedLongSource": 0, "truncatedTarget": 0}
    train = encode_pairs(train_pairs, tokenizer, config, stats)
    dev = encode_pairs(dev_pairs, tokenizer, config, {"skippedLongSource": 0, "truncatedTarget": 0})
    if not train:
        raise TrainingError(
            f"every training program is longer than --max-source-tokens {config['maxSourceTokens']}: raise it"
        )
    by_level = {}
    for example in train:
        by_level.setdefault(example["level"], []).append(example)

    max_positions = config["maxSourceTokens"] + config["maxTargetTokens"] + 1
    model = TraceModel(tokenizer.size, config["layers"], config["width"], config["heads"], config["ffn"], max_positions)
    model.to(device)
    optimizer = torch.optim.AdamW(model.parameters(), lr=config["lr"], weight_decay=0.01, betas=(0.9, 0.98))
    rng = random.Random(config["seed"])
    step, history, seconds_before = 0, [], 0.0
    checkpoint_path = os.path.join(out_dir, "checkpoint.pt")
    if os.path.exists(checkpoint_path):
        state = torch.load(checkpoint_path, map_location=device)
        if state["fingerprint"] != fingerprint:
            raise TrainingError(f"{checkpoint_path} is from another config or dataset")
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        rng.setstate(state["rng"])
        torch.set_rng_state(state["torch_rng"])
        step, history, seconds_before = state["step"], state["history"], state["seconds"]
        emit("resumed", step=step)
    parameters = sum(p.numel() for p in model.parameters())
    emit(
        "start",
        device=device,
        parameters=parameters,
        vocab=tokenizer.size,
        train=len(train),
        dev=len(dev),
        levels={lv: len(v) for lv, v in by_level.items()},
        threads=torch.get_num_threads(),
        **stats,
    )

    def dev_loss():
        if not dev:
            return None
        model.eval()
        with torch.no_grad():
            chunk = dev[: config["devPairs"]]
            losses = [
                float(loss_of(model, chunk[i : i + config["batch"]], device, autocast))
                for i in range(0, len(chunk), config["batch"])
            ]
        model.train()
        return sum(losses) / len(losses)

    def save_checkpoint(seconds):
        state = {
            "fingerprint": fingerprint,
            "model": model.state_dict(),
            "optimizer": optimizer.state_dict(),
            "rng": rng.getstate(),
            "torch_rng": torch.get_rng_state(),
            "step": step,
            "history": history,
            "seconds": seconds,
        }
        replace_atomically(lambda target: torch.save(state, target), checkpoint_path)
        emit("checkpoint", step=step)

    started, first_step = time.time(), step
    log_every = max(1, config["steps"] // 200)
    running = []
    model.train()
    while step < config["steps"]:
        stage = stage_at(config, step)
        for group in optimizer.param_groups:
            group["lr"] = learning_rate(config, step)
        loss = loss_of(model, draw_batch(rng, by_level, stage, config["batch"]), device, autocast)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        step += 1
        running.append(float(loss))
        if step % log_every == 0 or step == config["steps"]:
            mean = sum(running) / len(running)
            running = []
            history.append([step, mean])
            elapsed = time.time() - started
            eta = elapsed / (step - first_step) * (config["steps"] - step)
            emit("progress", step=step, steps=config["steps"], loss=mean, stage=stage["name"], eta_s=eta,
                 elapsed_s=seconds_before + elapsed, lr=learning_rate(config, step - 1))
        if step % config["checkpointEvery"] == 0 and step < config["steps"]:
            emit("dev", step=step, loss=dev_loss())
            save_checkpoint(seconds_before + time.time() - started)
    seconds = seconds_before + time.time() - started
    final_dev = dev_loss()
    emit("dev", step=step, loss=final_dev)
    save_checkpoint(seconds)

    model.eval()
    cpu_model = model.to("cpu").float()
    onnx_path = os.path.join(out_dir, "model.onnx")
    export_onnx(cpu_model, onnx_path)
    emit("exported", path=onnx_path)
    # Reference decodes the Node side must reproduce token for token (checked by the tests).
    checks = []
    for example in (dev or train)[:2]:
        source = example["ids"][: example["source"] - 1]
        checks.append({"source": source, "greedy": greedy(cpu_model, source, 24, "cpu")})
    first = history[: max(1, len(history) // 10)]
    last = history[-max(1, len(history) // 10):]
    info = {
        "format": "semtrace-neural-model",
        "version": 1,
        "onnx": "model.onnx",
        "tokenizer": "tokenizer.json",
        "config": config,
        "fingerprint": fingerprint,
        "architecture": {
            "layers": model.layers,
            "heads": model.heads,
            "headDim": model.head_dim,
            "vocabSize": tokenizer.size,
            "maxPositions": max_positions,
            "parameters": parameters,
        },
        "tokens": {"pad": PAD, "sep": SEP, "eos": EOS},
        "training": {
            "steps": step,
            "seconds": round(seconds, 1),
            "device": device,
            "torch": torch.__version__,
            "threads": torch.get_num_threads(),
            "trainPairs": len(train),
            "devPairs": len(dev),
            **stats,
            "firstLoss": sum(v for _, v in first) / len(first),
            "lastLoss": sum(v for _, v in last) / len(last),
            "devLoss": final_dev,
            "history": history,
        },
        "checks": checks,
    }

    def write_info(target):
        with open(target, "w", encoding="utf-8") as f:
            json.dump(info, f, indent=1)

    replace_atomically(write_info, os.path.join(out_dir, "model.json"))
    emit("done", steps=step, seconds=seconds, firstLoss=info["training"]["firstLoss"],
         lastLoss=info["training"]["lastLoss"], devLoss=final_dev)


if __name__ == "__main__":
    try:
        main(sys.argv[1])
    except TrainingError as error:
        emit("error", message=str(error))
        sys.exit(2)
