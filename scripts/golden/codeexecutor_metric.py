"""Runs CodeExecutor's released metric (`CodeExecutor/inference/metric.py`) on the agreement inputs.

Nothing of CodeExecutor is in this file: `metric.py` is imported from the folder given on the command
line. For every prediction set and item it records the per-item counts `compute_metrics` sums, taken from
the released functions themselves (`parse_text_into_sent`, `parse_gold_into_sent`, `same_sent` with its
global identifier counter, `get_identifier_num`, `get_output_from_trace`), and per set the metric list
`compute_metrics` returns (null where it divides by zero). For every gold trace it records how the
metric reads it: its steps and its printed outputs.

    python3 codeexecutor_metric.py --metric <folder with metric.py> \
        --inputs test/fixtures/golden/codeexecutor/inputs.json \
        --out test/fixtures/golden/codeexecutor/released-metric.json
"""

import argparse
import json
import os
import sys


def item_counts(metric, prediction, gold):
    text = prediction.strip()
    gold = gold.strip()
    text_list = metric.parse_text_into_sent(text)
    gold_list = metric.parse_gold_into_sent(gold)
    metric.correct_identifier_num = 0
    same = 0
    for index in range(len(gold_list)):
        if index < len(text_list) and metric.same_sent(text_list[index], gold_list[index]):
            same += 1
    gold_outputs = metric.get_output_from_trace(gold)
    predicted_outputs = metric.get_output_from_trace(text)
    return {
        "goldSteps": len(gold_list),
        "predSteps": len(text_list),
        "sameSteps": same,
        "goldIds": metric.get_identifier_num(gold_list),
        "predIds": metric.get_identifier_num(text_list),
        "correctIds": metric.correct_identifier_num,
        "hasOutput": int(len(gold_outputs) > 0),
        "outputMatch": int(len(gold_outputs) > 0 and gold_outputs == predicted_outputs),
        "exact": int(same == len(gold_list) and len(text_list) == len(gold_list)),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--metric", required=True)
    parser.add_argument("--inputs", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    sys.path.insert(0, os.path.abspath(args.metric))
    import metric

    with open(args.inputs) as handle:
        inputs = json.load(handle)
    golds = [item["gold"] for item in inputs["items"]]
    sets = []
    for prediction_set in inputs["sets"]:
        predictions = prediction_set["predictions"]
        counts = [item_counts(metric, p, g) for p, g in zip(predictions, golds)]
        try:
            metrics = metric.compute_metrics(predictions, golds)
        except ZeroDivisionError:
            metrics = None
        sets.append({"name": prediction_set["name"], "counts": counts, "computeMetrics": metrics})
    read = [
        {"steps": metric.parse_gold_into_sent(gold.strip()), "outputs": metric.get_output_from_trace(gold.strip())}
        for gold in golds
    ]
    with open(args.out, "w") as handle:
        json.dump({"goldRead": read, "sets": sets}, handle, indent=1)
        handle.write("\n")


if __name__ == "__main__":
    main()
