#!/usr/bin/env python3
"""Generates a deterministic bilingual corpus of a requested size for benchmarks.

Text comes from word-bigram chains trained per language on the bundled corpus (and on
../shared/data/xquad when present), so term statistics look like real German and English health
text. Articles have 3-6 sections, lengths drawn around the bundled corpus' own, and are written
as Markdown, HTML, scraped plain text with site chrome, and BEIR JSON Lines, spread over folders
of at most 1000 files. The same seed and size always give the same bytes.

  generate_corpus.py OUT_DIR --size-mb 100 [--seed 1]
  generate_corpus.py OUT_DIR --mutate 0.01 [--seed 2]   # change 1% of the files in place
"""
import argparse
import json
import os
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CHROME_DE = ["top of page", "Startseite", "Gruppen", "Forum", "Mitglieder",
             "Selbsthilfe Leben mit Krebs", "Öffentlich · {n} Mitglieder", "Redaktion",
             "{d}. März 2024", "{n} Ansichten"]
CHROME_DE_END = ["{n} Kommentare", "Gefällt mir", "Beitrag teilen", "Impressum · Datenschutz",
                 "© 2024 Selbsthilfe Leben mit Krebs. Alle Rechte vorbehalten.", "bottom of page"]


def training_texts():
    texts = {"de": [], "en": []}
    for lang in ("de", "en"):
        for path in sorted((REPO / "corpus" / lang).glob("*")):
            raw = path.read_text(encoding="utf-8")
            raw = re.sub(r"<script.*?</script>|<style.*?</style>|<[^>]+>", " ", raw, flags=re.S)
            texts[lang].append(re.sub(r"[#*`|]", " ", raw))
    shared = REPO.parent / "shared" / "data" / "xquad"
    for lang in ("de", "en"):
        corpus = shared / lang / "corpus.jsonl"
        if corpus.exists():
            with corpus.open(encoding="utf-8") as f:
                texts[lang].extend(json.loads(line)["text"] for line in f if line.strip())
    return texts


class Chain:
    """Word bigrams; a sentence starts at a capitalised word and ends at one with a full stop."""

    def __init__(self, texts):
        self.next = defaultdict(list)
        self.starts = []
        for text in texts:
            words = text.split()
            for a, b in zip(words, words[1:]):
                self.next[a].append(b)
                if a.endswith((".", "?", "!")) and b[:1].isupper():
                    self.starts.append(b)
        self.keys = sorted(self.next)
        self.starts.sort()

    def sentence(self, rng):
        word = rng.choice(self.starts)
        out = [word]
        while len(out) < 40:
            followers = self.next.get(word)
            if not followers:
                break
            word = rng.choice(followers)
            out.append(word)
            if word.endswith((".", "?", "!")) and len(out) >= 6:
                return " ".join(out)
        return " ".join(out).rstrip(",;:") + "."

    def paragraph(self, rng, words):
        out, count = [], 0
        while count < words:
            s = self.sentence(rng)
            out.append(s)
            count += s.count(" ") + 1
        return " ".join(out)

    def heading(self, rng):
        return " ".join(self.sentence(rng).split()[:rng.randint(2, 5)]).rstrip(".,;:?!")


def article(rng, chain):
    title = chain.heading(rng)
    sections = []
    for _ in range(rng.randint(3, 6)):
        paragraphs = [chain.paragraph(rng, rng.randint(40, 110)) for _ in range(rng.randint(1, 3))]
        sections.append((chain.heading(rng), paragraphs))
    return title, sections


def render(kind, lang, title, sections, rng):
    if kind == "md":
        body = "".join(f"## {h}\n\n" + "".join(p + "\n\n" for p in ps) for h, ps in sections)
        return f"# {title}\n\n{body}"
    if kind == "html":
        body = "".join(f"<h2>{h}</h2>\n" + "".join(f"<p>{p}</p>\n" for p in ps) for h, ps in sections)
        return (f'<!doctype html><html lang="{lang}"><head><title>{title}</title><script>var t=1;</script>'
                f"</head><body><nav><a href='/'>Home</a></nav><main><article><h1>{title}</h1>\n{body}"
                f"</article></main><footer>Impressum</footer></body></html>\n")
    n, d = rng.randint(2, 400), rng.randint(1, 28)
    head = "\n".join(line.format(n=n, d=d) for line in CHROME_DE)
    tail = "\n".join(line.format(n=n, d=d) for line in CHROME_DE_END)
    body = "".join(f"{h}\n\n" + "".join(p + "\n\n" for p in ps) for h, ps in sections)
    return f"{head}\n\n{title}\n\n{body}{tail}\n"


def generate(out, size_mb, seed):
    rng = random.Random(seed)
    texts = training_texts()
    chains = {lang: Chain(texts[lang]) for lang in ("de", "en")}
    target = size_mb * 1_000_000
    written, count = 0, 0
    jsonl = None
    while written < target:
        lang = "de" if rng.random() < 0.5 else "en"
        kind = rng.choices(["md", "html", "txt", "jsonl"], weights=[3, 3, 3, 1])[0]
        title, sections = article(rng, chains[lang])
        folder = out / lang / f"{count // 1000:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        if kind == "jsonl":
            if jsonl is None or jsonl.tell() > 5_000_000:
                if jsonl:
                    jsonl.close()
                jsonl = open(folder / f"records-{count:07d}.jsonl", "w", encoding="utf-8")
            text = "\n\n".join(p for _, ps in sections for p in ps)
            line = json.dumps({"_id": f"rec-{count:07d}", "title": title, "text": text}, ensure_ascii=False) + "\n"
            jsonl.write(line)
            written += len(line.encode("utf-8"))
        else:
            data = render(kind, lang, title, sections, rng)
            (folder / f"article-{count:07d}.{kind}").write_text(data, encoding="utf-8")
            written += len(data.encode("utf-8"))
        count += 1
    if jsonl:
        jsonl.close()
    print(f"generated {count} articles, {written / 1e6:.1f} MB in {out}")


def mutate(out, fraction, seed):
    rng = random.Random(seed)
    files = sorted(p for p in out.rglob("article-*") if p.is_file())
    chosen = rng.sample(files, max(1, int(len(files) * fraction)))
    for path in chosen:
        text = path.read_text(encoding="utf-8")
        extra = f"Updated note {rng.randint(0, 10**9)} for this article."
        if path.suffix == ".html":
            text = text.replace("</article>", f"<p>{extra}</p></article>", 1)
        else:
            text = text.replace("\n\n", f"\n\n{extra}\n\n", 2)
        path.write_text(text, encoding="utf-8")
    print(f"changed {len(chosen)} of {len(files)} files in {out}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--size-mb", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--mutate", type=float, help="change this fraction of the files in place")
    args = parser.parse_args()
    if args.mutate:
        mutate(args.out, args.mutate, args.seed)
    else:
        generate(args.out, args.size_mb, args.seed)


if __name__ == "__main__":
    sys.exit(main())
