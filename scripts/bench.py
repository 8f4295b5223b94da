#!/usr/bin/env python3
"""The timing half of scripts/bench.sh: run each tool on each corpus in interleaved
rounds (the order alternating from round to round) and print, for each, the median wall
time, MB/s, documents/s, peak memory (the child's maximum resident set) and the ratio of
claimcheck's MB/s to each peer's.

    bench.py --rounds N --tool NAME=COMMAND... --corpus NAME=PATH...
             [--stages BIN] [--skip NAME:TOOL...]

A COMMAND is a shell-free command line; `{}` in it stands for the corpus's input paths
(a folder, or a file listing the inputs one a line prefixed with @). A tool whose name
starts with "claimcheck" is the one compared against the others.
"""

import argparse
import os
import shlex
import statistics
import subprocess
import sys
import time


def corpus_inputs(path):
    """The paths a corpus stands for, and its size in bytes and documents."""
    if path.startswith("@"):
        with open(path[1:], encoding="utf-8") as f:
            files = [line.rstrip("\n") for line in f if line.strip()]
    else:
        files = []
        for root, _, names in os.walk(path):
            files += [os.path.join(root, n) for n in names if n.endswith(".txt")]
        files.sort()
    size = sum(os.path.getsize(f) for f in files)
    inputs = files if path.startswith("@") else [path]
    return inputs, size, len(files)


def run_once(argv, env=None):
    """Wall seconds and peak resident memory (MB) of one run; stdout is thrown away."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"bench: {argv[0]} exited with {proc.returncode}:\n{err[-2000:]}")
    return wall, usage.ru_maxrss / 1024, err


def expand(command, inputs):
    out = []
    for word in shlex.split(command):
        out += inputs if word == "{}" else [word]
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--tool", action="append", default=[], help="NAME=COMMAND")
    ap.add_argument("--corpus", action="append", default=[], help="NAME=PATH")
    ap.add_argument("--skip", action="append", default=[], help="CORPUS:TOOL not run")
    ap.add_argument("--stages", help="a claimcheck binary run once more per corpus with CLAIMCHECK_TIMINGS=1")
    ap.add_argument("--stages-args", default="--format json --fail-on none")
    a = ap.parse_args()
    tools = [t.split("=", 1) for t in a.tool]
    skip = set(a.skip)
    print(f"{a.rounds} interleaved rounds; wall time is the median, min-max in brackets; "
          f"load average {os.getloadavg()[0]:.2f} at the start")
    for corpus in a.corpus:
        cname, path = corpus.split("=", 1)
        inputs, size, docs = corpus_inputs(path)
        mb = size / 1e6
        print(f"\n## {cname}: {docs} documents, {mb:.2f} MB")
        active = [(n, c) for n, c in tools if f"{cname}:{n}" not in skip]
        times = {n: [] for n, _ in active}
        peaks = {n: [] for n, _ in active}
        for r in range(a.rounds):
            order = active if r % 2 == 0 else active[::-1]
            for name, command in order:
                wall, peak, _ = run_once(expand(command, inputs))
                times[name].append(wall)
                peaks[name].append(peak)
                print(f"  round {r + 1}: {name} {wall:.3f} s, {peak:.0f} MB", file=sys.stderr, flush=True)
        med = {n: statistics.median(times[n]) for n in times}
        print(f"| tool | wall s (min-max) | MB/s | docs/s | peak MB | claimcheck / tool |")
        print(f"|---|---|---|---|---|---|")
        mine = [n for n in med if n.startswith("claimcheck")]
        for name in med:
            t = med[name]
            ratios = ", ".join(
                f"{m}: {med[name] / med[m]:.2f}x" for m in mine if m != name
            ) if not name.startswith("claimcheck") else "-"
            print(f"| {name} | {t:.3f} ({min(times[name]):.3f}-{max(times[name]):.3f}) | {mb / t:.2f} | "
                  f"{docs / t:.0f} | {max(peaks[name]):.0f} | {ratios} |")
        skipped = [n for n, _ in tools if f"{cname}:{n}" in skip]
        if skipped:
            print(f"(not run on this corpus: {', '.join(skipped)})")
        if a.stages:
            env = dict(os.environ, CLAIMCHECK_TIMINGS="1")
            wall, peak, err = run_once([a.stages, *shlex.split(a.stages_args), *inputs], env)
            print(f"\nclaimcheck stages (one run, {wall:.3f} s wall; extractor figures are summed over threads):")
            for line in err.splitlines():
                if line.startswith("claimcheck: timing"):
                    print("    " + line)


if __name__ == "__main__":
    main()
