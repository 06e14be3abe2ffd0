#!/usr/bin/env python3
"""Python halves of the speed benchmark (bench/run.sh): the SQLite FTS5 peer, the JSONL that
stock Xapian indexes, and the latency of the healthsearch CLI as a fresh process.

  peers.py fts5-load   DB CORPUS_DIR          index .md/.html/.txt into FTS5 (porter unicode61)
  peers.py fts5-query  DB QUERIES.txt         query latency, JSON on stdout
  peers.py jsonl       CORPUS_DIR OUT.jsonl   the same documents as BEIR JSONL for stock_xapian
  peers.py cli-latency HEALTHSEARCH DB QUERIES.txt [--count 100]

The FTS5 peer is what an application would write in an afternoon: a regex strips HTML tags and
the title is the <title>, the first Markdown heading or the first line. It does not remove site
chrome or split passages, so it does less work than healthsearch; that is the point of a peer.
Latency percentiles use the nearest rank, as bench/latency.hpp does for the C++ drivers.
"""
import argparse
import html
import json
import math
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

SUFFIXES = {".md", ".html", ".htm", ".txt"}
TAG = re.compile(r"<[^>]+>")
SCRIPT = re.compile(r"<(script|style)\b.*?</\1>", re.S | re.I)
TITLE = re.compile(r"<title>(.*?)</title>", re.S | re.I)
WORD = re.compile(r"\w+")


def documents(corpus):
    """Yields (path relative to corpus, title, body), in sorted order like the other indexers."""
    for path in sorted(p for p in corpus.rglob("*") if p.suffix in SUFFIXES and p.is_file()):
        raw = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix in (".html", ".htm"):
            match = TITLE.search(raw)
            title = html.unescape(match.group(1).strip()) if match else ""
            body = html.unescape(TAG.sub(" ", SCRIPT.sub(" ", raw)))
        else:
            first = next((line for line in raw.splitlines() if line.strip()), "")
            title = first.lstrip("# ").strip()
            body = raw
        yield str(path.relative_to(corpus)), title, body


def fts5_load(db_path, corpus):
    db = sqlite3.connect(db_path)
    db.execute("CREATE VIRTUAL TABLE t USING fts5(path UNINDEXED, title, body, tokenize='porter unicode61')")
    with db:  # one transaction, as healthsearch and omindex commit once per run
        db.executemany("INSERT INTO t (path, title, body) VALUES (?, ?, ?)", documents(corpus))
    db.close()


def write_jsonl(corpus, out):
    with open(out, "w", encoding="utf-8") as f:
        for path, title, body in documents(corpus):
            f.write(json.dumps({"_id": path, "title": title, "text": body}, ensure_ascii=False) + "\n")


def percentile(samples, p):
    ordered = sorted(samples)
    return ordered[max(math.ceil(p / 100 * len(ordered)), 1) - 1]


def summary(label, micros, hits, hits_key="hits_per_query"):
    return json.dumps({"label": label, "queries": len(micros),
                       "p50_us": round(percentile(micros, 50), 1), "p95_us": round(percentile(micros, 95), 1),
                       "p99_us": round(percentile(micros, 99), 1),
                       "mean_us": round(sum(micros) / len(micros), 1),
                       hits_key: round(hits / len(micros), 2)})


def read_queries(path):
    return [line.strip() for line in open(path, encoding="utf-8") if line.strip()]


def fts5_match(query):
    # Any word may match, as in the other engines; quoting keeps FTS5 syntax (AND, NOT, -, :)
    # in user text from being read as operators.
    return " OR ".join(f'"{word}"' for word in WORD.findall(query))


def fts5_query(db_path, queries_path):
    db = sqlite3.connect(db_path)
    sql = "SELECT path, bm25(t) FROM t WHERE t MATCH ? ORDER BY bm25(t) LIMIT 10"
    queries = [fts5_match(q) for q in read_queries(queries_path)]
    for query in queries:  # warm-up pass, as for the library and stock Xapian
        db.execute(sql, (query,)).fetchall()
    micros, hits = [], 0
    for query in queries:
        start = time.perf_counter()
        hits += len(db.execute(sql, (query,)).fetchall())
        micros.append((time.perf_counter() - start) * 1e6)
    print(summary("SQLite FTS5", micros, hits))


def cli_latency(healthsearch, db, queries_path, count):
    """Start to last byte of output of `healthsearch search`, as a shell script would see it."""
    queries = read_queries(queries_path)[:count]
    command = [healthsearch, "search", "--db", db]
    # One run first so the binary and shared libraries are in the page cache; a process per
    # query is still the point, so nothing else is warmed.
    subprocess.run(command + [queries[0]], stdout=subprocess.DEVNULL, check=False)
    micros, hits = [], 0
    for query in queries:
        start = time.perf_counter()
        result = subprocess.run(command + [query], stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
        micros.append((time.perf_counter() - start) * 1e6)
        if result.returncode not in (0, 1):  # 1 is "found nothing", a valid answer
            sys.exit(f"cli-latency: exit {result.returncode} for {query!r}: {result.stderr.decode()}")
        hits += result.returncode == 0
    print(summary("healthsearch CLI", micros, hits, hits_key="answered_fraction"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("fts5-load")
    p.add_argument("db")
    p.add_argument("corpus", type=Path)
    p = sub.add_parser("fts5-query")
    p.add_argument("db")
    p.add_argument("queries")
    p = sub.add_parser("jsonl")
    p.add_argument("corpus", type=Path)
    p.add_argument("out")
    p = sub.add_parser("cli-latency")
    p.add_argument("healthsearch")
    p.add_argument("db")
    p.add_argument("queries")
    p.add_argument("--count", type=int, default=100)
    args = parser.parse_args()
    if args.command == "fts5-load":
        fts5_load(args.db, args.corpus)
    elif args.command == "fts5-query":
        fts5_query(args.db, args.queries)
    elif args.command == "jsonl":
        write_jsonl(args.corpus, args.out)
    else:
        cli_latency(args.healthsearch, args.db, args.queries, args.count)
    return 0


if __name__ == "__main__":
    sys.exit(main())
