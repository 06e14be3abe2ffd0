#!/usr/bin/env python3
"""Turns one size's measurements from bench/run.sh into a Markdown table, prints it and appends
it, with the machine, tool versions and commit, to bench/RESULTS.md.

  report.py RESULTS_DIR --size-mb N --healthsearch PATH [--commit REV] [--append bench/RESULTS.md]

Ratios are healthsearch ÷ peer for every row, so their meaning flips with the unit: above 1 is
better for MB/s and articles/s, worse for seconds, MB and milliseconds.
"""
import argparse
import datetime
import json
import os
import platform
import sqlite3
import subprocess
import sys
from pathlib import Path

RESULTS_HEADER = """# Benchmark results

Speed of healthsearch against omindex, SQLite FTS5 and stock Xapian (issue 6), appended by
`bash bench/run.sh [SIZE_MB...]`, newest last. See the comments at the top of bench/run.sh for
what each tool is given and bench/report.py for how the table is read.
"""


def load(results, name):
    path = results / name
    text = path.read_text().strip()
    return json.loads(text) if text.startswith(("{", "[")) else float(text)


def output_of(*command):
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError:
        return "not found"
    return (result.stdout.strip() or result.stderr.strip()).splitlines()[0] if result.returncode == 0 else "unknown"


def machine():
    model = "unknown CPU"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem_kb = int(next(line for line in f if line.startswith("MemTotal")).split()[1])
    cpus = len(os.sched_getaffinity(0))
    return f"{cpus} CPUs ({model}), {mem_kb / 1024 / 1024:.1f} GiB RAM, {platform.system()} {platform.release()}"


def number(value, unit=""):
    if value is None:
        return ""
    if abs(value) >= 100:
        text = f"{value:,.0f}"
    elif abs(value) >= 10:
        text = f"{value:.1f}"
    else:
        text = f"{value:.2f}"
    return text + unit


def ratio(ours, peer):
    if ours is None or peer is None or peer == 0:
        return ""
    return f"{ours / peer:.2f}"


def table(r):
    files, mb = r["input"]["files"], r["input"]["bytes"] / 1e6
    tools = ("hs", "om", "fts", "sx")
    index = {t: r[f"{t}_index"] for t in tools}
    seconds = {t: index[t]["seconds"] for t in tools}
    rows = [
        ("indexing time (s)", seconds),
        ("indexing MB/s", {t: mb / seconds[t] for t in tools}),
        ("indexing articles/s", {t: files / seconds[t] for t in tools}),
        ("indexing passages/s", {"hs": r["hs_stats"]["passages"] / seconds["hs"]}),
        ("indexing peak memory (MB)", {t: index[t]["peak_mb"] for t in tools}),
        ("index size (MB)", {t: r[f"{t}_bytes"] / 1e6 for t in tools}),
        ("index size ÷ input size", {t: r[f"{t}_bytes"] / 1e6 / mb for t in tools}),
        ("no-change re-index (s)", {"hs": r["hs_noop"]["seconds"], "om": r["om_noop"]["seconds"]}),
    ]
    queries = {"hs": r["q_hs"], "fts": r["q_fts"], "sx": r["q_sx"]}
    for p in ("p50", "p95", "p99"):
        rows.append((f"query {p} (ms), top 10, {r['q_hs']['queries']} queries",
                     {t: q[f"{p}_us"] / 1000 for t, q in queries.items()}))
    rows.append(("hits per query", {t: q["hits_per_query"] for t, q in queries.items()}))
    concurrent = r["q_concurrent"]
    rows.append(("queries/s, one Searcher, 1 thread", {"hs": concurrent["qps_1_thread"]}))
    rows.append(("queries/s, the same Searcher, 2 threads", {"hs": concurrent["qps_2_threads"]}))
    rows.append((f"2 threads ÷ 1 thread (median of {concurrent['rounds']} rounds)", {"hs": concurrent["ratio"]}))
    for p in ("p50", "p95", "p99"):
        rows.append((f"CLI search as a new process {p} (ms), {r['q_cli']['queries']} queries",
                     {"hs": r["q_cli"][f"{p}_us"] / 1000}))

    lines = ["| | healthsearch | omindex | SQLite FTS5 | stock Xapian | hs ÷ omindex | hs ÷ FTS5 | hs ÷ stock Xapian |",
             "|---|--:|--:|--:|--:|--:|--:|--:|"]
    for name, values in rows:
        v = {t: values.get(t) for t in tools}
        lines.append(f"| {name} | " + " | ".join(number(v[t]) for t in tools) + " | "
                     + " | ".join(ratio(v["hs"], v[t]) for t in ("om", "fts", "sx")) + " |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("results", type=Path)
    parser.add_argument("--size-mb", type=int, required=True)
    parser.add_argument("--healthsearch", required=True)
    parser.add_argument("--commit", default="unknown", help="what the binaries were built from")
    parser.add_argument("--append", type=Path)
    args = parser.parse_args()

    names = ["input.json", "hs_index.json", "hs_noop.json", "hs_stats.json", "om_index.json", "om_noop.json",
             "fts_index.json", "sx_index.json", "q_hs.json", "q_sx.json", "q_fts.json", "q_cli.json", "q_concurrent.json",
             "hs_bytes", "om_bytes", "fts_bytes", "sx_bytes"]
    r = {name.split(".")[0]: load(args.results, name) for name in names}
    when = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    files, mb = r["input"]["files"], r["input"]["bytes"] / 1e6
    articles = r["hs_stats"]["articles"]
    # Per-file rates are only comparable if healthsearch took every file as one article.
    coverage = "" if articles == files else f" (healthsearch indexed {articles:,} articles: rates are per file)"
    text = "\n".join([
        f"## {args.size_mb} MB corpus, {when}",
        "",
        f"- corpus: `generate_corpus.py --size-mb {args.size_mb} --seed 1`, .jsonl files set aside: "
        f"{files:,} files, {mb:.1f} MB of .md/.html/.txt, {r['hs_stats']['passages']:,} passages{coverage}",
        f"- machine: {machine()}; load average before the run {(args.results / 'loadavg').read_text().strip()}",
        f"- versions: {output_of(args.healthsearch, '--version')} (Release build), "
        f"{output_of('omindex', '--version')}, {output_of('xapian-config', '--version')}, "
        f"sqlite3 {output_of('sqlite3', '--version').split()[0]} (Python's module: {sqlite3.sqlite_version})",
        f"- commit: {args.commit}",
        "- healthsearch returns passages with highlighted snippets; stock Xapian and FTS5 return document ids "
        "only. Stock Xapian indexes a pre-extracted JSONL of the same files (no HTML parsing).",
        "- ratios are healthsearch ÷ peer: above 1 is better for MB/s and articles/s, worse for s, MB and ms.",
        "",
        table(r),
        "",
    ])
    print(text)
    if args.append:
        if not args.append.exists():
            args.append.write_text(RESULTS_HEADER)
        with args.append.open("a", encoding="utf-8") as f:
            f.write("\n" + text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
