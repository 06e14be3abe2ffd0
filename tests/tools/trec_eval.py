#!/usr/bin/env python3
"""An independent trec_eval-style scorer, to check `healthsearch eval` against.

Follows trec_eval's definitions: the run is re-sorted by score (descending), ties broken by
document id (descending); ndcg_cut.10 uses the grade as gain and log2(rank + 1) as discount with
the ideal ranking of all judged relevant documents; recall_100 counts documents of grade >= 1;
recip_rank is cut at 10 here to give MRR@10. Queries in the qrels without a run score zero
(trec_eval -c). Prints one JSON object.

usage: trec_eval.py QRELS RUN
"""
import json
import math
import sys
from collections import defaultdict


def load_qrels(path):
    qrels = defaultdict(dict)
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts or parts[0] == "query-id":
                continue
            if len(parts) == 4:
                qid, _, doc, grade = parts
            else:
                qid, doc, grade = parts
            qrels[qid][doc] = int(grade)
    return qrels


def load_run(path):
    run = defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 5:
                continue
            run[parts[0]].append((float(parts[4]), parts[2]))
    for qid in run:
        run[qid].sort(key=lambda entry: (entry[0], entry[1]), reverse=True)
    return run


def main():
    qrels, run = load_qrels(sys.argv[1]), load_run(sys.argv[2])
    totals = {"ndcg_cut_10": 0.0, "recall_100": 0.0, "recip_rank_10": 0.0}
    n = 0
    for qid, judged in qrels.items():
        relevant = [g for g in judged.values() if g > 0]
        if not relevant:
            continue
        n += 1
        docs = [doc for _, doc in run.get(qid, [])]
        dcg = sum(judged.get(d, 0) / math.log2(i + 2) for i, d in enumerate(docs[:10]) if judged.get(d, 0) > 0)
        ideal = sorted(relevant, reverse=True)[:10]
        idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
        totals["ndcg_cut_10"] += dcg / idcg
        totals["recall_100"] += sum(1 for d in docs[:100] if judged.get(d, 0) > 0) / len(relevant)
        for i, d in enumerate(docs[:10]):
            if judged.get(d, 0) > 0:
                totals["recip_rank_10"] += 1.0 / (i + 1)
                break
    print(json.dumps({"queries": n, **{k: (v / n if n else 0.0) for k, v in totals.items()}}))


if __name__ == "__main__":
    main()
