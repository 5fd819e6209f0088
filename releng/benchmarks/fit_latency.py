#!/usr/bin/env python3
"""Fits the architecture search's latency model to per-layer instruction counts.

Reads the CSV that LayerInstructionCounts prints (model,layer,op,macs,outputs,instructions) and, per operator
kind, fits instructions = per_mac * MACs + per_output * outputs + per_call by least squares with no negative
coefficient (a regressor whose coefficient comes out negative is dropped and the rest refitted). Writes the
properties file LatencyModel reads to the file named second, and prints predicted against measured instructions
per model and per kind. With --check PROPERTIES instead, it fits nothing and compares the given coefficients with
the CSV, e.g. the layers of a searched network that SearchedNetworkRun measured.
"""
import csv
import itertools
import os
import sys
from collections import defaultdict


def solve(rows, columns):
    """Least squares over the chosen columns (0: MACs, 1: outputs, 2: one) through the normal equations."""
    n = len(columns)
    a = [[0.0] * n for _ in range(n)]
    b = [0.0] * n
    for x, y in rows:
        v = [x[c] for c in columns]
        for i in range(n):
            b[i] += v[i] * y
            for j in range(n):
                a[i][j] += v[i] * v[j]
    for i in range(n):  # Gauss-Jordan with partial pivoting
        pivot = max(range(i, n), key=lambda r: abs(a[r][i]))
        if abs(a[pivot][i]) < 1e-9:
            return None
        a[i], a[pivot] = a[pivot], a[i]
        b[i], b[pivot] = b[pivot], b[i]
        for r in range(n):
            if r != i:
                f = a[r][i] / a[i][i]
                a[r] = [p - f * q for p, q in zip(a[r], a[i])]
                b[r] -= f * b[i]
    return [b[i] / a[i][i] for i in range(n)]


def fit(rows):
    """The non-negative fit with the least squared error over all subsets of the regressors that can be fitted."""
    best = None
    for size in (3, 2, 1):
        for columns in itertools.combinations(range(3), size):
            if len(rows) < size:
                continue
            solution = solve(rows, columns)
            if solution is None or min(solution) < 0:
                continue
            coefficients = [0.0, 0.0, 0.0]
            for c, value in zip(columns, solution):
                coefficients[c] = value
            error = sum((predict(coefficients, x) - y) ** 2 for x, y in rows)
            if best is None or error < best[0]:
                best = (error, coefficients)
    return best[1]


def predict(coefficients, x):
    return sum(c * v for c, v in zip(coefficients, x))


def read_model(path):
    model = {}
    with open(path) as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                kind, values = line.split("=")
                model[kind.strip()] = [float(v) for v in values.split()]
    return model


def main(data, output, check=False):
    by_kind = defaultdict(list)
    by_model = defaultdict(list)
    with open(data) as f:
        for row in csv.DictReader(f):
            x = (float(row["macs"]), float(row["outputs"]), 1.0)
            y = float(row["instructions"])
            by_kind[row["op"]].append((x, y))
            by_model[row["model"]].append((row["op"], x, y))
    if check:
        model = read_model(output)
        report(model, by_kind, by_model)
        return
    model = {kind: fit(rows) for kind, rows in sorted(by_kind.items())}
    core = os.path.basename(output)[len("latency-"):-len(".properties")]
    with open(output, "w") as out:
        out.write("# %s instructions per layer of TinyForge's generated ARM_DSP code (-O2), fitted by\n" % core)
        out.write("# releng/benchmarks/fit_latency.py to releng/benchmarks/latency/%s-layers.csv, which\n" % core)
        out.write("# releng/benchmarks/latency-calibration.sh measured under QEMU on the shared models and the\n")
        out.write("# networks of releng/benchmarks/latency/calibration-networks.tinyml.\n")
        out.write("# KIND = per MAC, per output element, per call\n")
        for kind, c in model.items():
            out.write("%s = %.6g %.6g %.6g\n" % (kind, c[0], c[1], c[2]))
    report(model, by_kind, by_model)


def report(model, by_kind, by_model):
    print("%-28s %14s %14s %7s" % ("model", "measured", "predicted", "error"))
    for name, rows in sorted(by_model.items()):
        measured = sum(y for _, _, y in rows)
        predicted = sum(predict(model[kind], x) for kind, x, _ in rows)
        print("%-28s %14d %14d %+6.1f%%" % (name, measured, predicted, 100 * (predicted - measured) / measured))
    print()
    print("%-18s %6s %14s %14s %7s   coefficients (per MAC, per output, per call)" % (
        "kind", "layers", "measured", "predicted", "error"))
    for kind, rows in sorted(by_kind.items()):
        measured = sum(y for _, y in rows)
        predicted = sum(predict(model[kind], x) for x, _ in rows)
        print("%-18s %6d %14d %14d %+6.1f%%   %s" % (kind, len(rows), measured, predicted,
                                                   100 * (predicted - measured) / measured,
                                                   " ".join("%.4g" % c for c in model[kind])))
    errors = sorted(abs(predict(model[kind], x) - y) / y for kind, rows in by_kind.items() for x, y in rows
                    if y >= 10000)
    print()
    print("layers of at least 10,000 instructions: %d, per-layer error median %.1f%%, 90th percentile %.1f%%" % (
        len(errors), 100 * errors[len(errors) // 2], 100 * errors[int(len(errors) * 0.9)]))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[2] == "--check":
        main(sys.argv[1], sys.argv[3], check=True)
    elif len(sys.argv) == 3:
        main(sys.argv[1], sys.argv[2])
    else:
        sys.exit("usage: fit_latency.py LAYERS.csv OUTPUT.properties | fit_latency.py LAYERS.csv --check PROPERTIES")
