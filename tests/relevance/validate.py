#!/usr/bin/env python3
"""Validates the relevance collection against the corpus.
Checks: queries.jsonl is valid JSON with the required fields; ids unique;
language/category values; answer_phrase length 3-8 words and no line breaks;
qrels headers and rows; every corpus-id exists under corpus/; grades in {1,2};
every query is judged in exactly one split and has a grade-2 article;
answer_phrase occurs verbatim exactly once in a grade-2 article of the answer's language
(metadata.answer_language, which is the query's own language unless the query is answered
only in the other one); `short` queries have 1-3 words.
Article languages come from build_collection.py (folder, else its TEXT_LANGUAGE table)."""
import json, os, sys, collections

sys.dont_write_bytecode = True
import build_collection

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, '..', '..', 'corpus'))
CATS = set(build_collection.CATS)
errors, warnings = [], []

corpus_ids = set()
for root, _, files in os.walk(CORPUS):
    for fn in files:
        corpus_ids.add(os.path.relpath(os.path.join(root, fn), CORPUS).replace(os.sep, '/'))
print(f'corpus files: {len(corpus_ids)}')

queries = {}
with open(os.path.join(HERE, 'queries.jsonl'), encoding='utf-8') as f:
    for n, line in enumerate(f, 1):
        try:
            q = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f'queries.jsonl line {n}: invalid JSON ({e})'); continue
        qid = q.get('_id'); md = q.get('metadata', {})
        if not qid or not q.get('text'):
            errors.append(f'line {n}: missing _id or text')
        if qid in queries:
            errors.append(f'duplicate id {qid}')
        if md.get('language') not in ('en', 'de'):
            errors.append(f'{qid}: bad language {md.get("language")}')
        if md.get('category') not in CATS:
            errors.append(f'{qid}: bad category {md.get("category")}')
        ph = md.get('answer_phrase', '')
        if not (3 <= len(ph.split()) <= 8) or '\n' in ph or '<' in ph:
            errors.append(f'{qid}: answer_phrase not 3-8 plain words: {ph!r}')
        if md.get('answer_language') not in ('en', 'de'):
            errors.append(f'{qid}: bad answer_language {md.get("answer_language")}')
        if md.get('category') == 'short' and not 1 <= len(q.get('text', '').split()) <= 3:
            errors.append(f'{qid}: a short query has 1-3 words: {q.get("text")!r}')
        queries[qid] = q
print(f'queries: {len(queries)}')

judg = collections.defaultdict(dict)   # qid -> {doc: grade}
where = collections.defaultdict(set)   # qid -> splits
for split in ('dev', 'test'):
    path = os.path.join(HERE, 'qrels', f'{split}.tsv')
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    if lines[0] != 'query-id\tcorpus-id\tscore':
        errors.append(f'{split}.tsv: bad header {lines[0]!r}')
    rows = 0
    for n, line in enumerate(lines[1:], 2):
        if not line:
            continue
        parts = line.split('\t')
        if len(parts) != 3:
            errors.append(f'{split}.tsv line {n}: not 3 columns'); continue
        qid, doc, g = parts
        rows += 1
        if qid not in queries:
            errors.append(f'{split}.tsv line {n}: unknown query {qid}')
        if doc not in corpus_ids:
            errors.append(f'{split}.tsv line {n}: corpus-id does not exist: {doc}')
        if g not in ('1', '2'):
            errors.append(f'{split}.tsv line {n}: bad score {g}')
        if doc in judg[qid]:
            errors.append(f'{split}.tsv line {n}: duplicate judgment {qid} {doc}')
        judg[qid][doc] = int(g)
        where[qid].add(split)
    print(f'{split}.tsv: {rows} judgments, {len({l.split(chr(9))[0] for l in lines[1:] if l})} queries')

def pdf_text(path):
    """A PDF's text layer as pdftotext (poppler-utils) reads it; joined lines, so that a phrase
    across a line break is found."""
    import shutil, subprocess
    if not shutil.which('pdftotext'):
        warnings.append(f'{path}: pdftotext (poppler-utils) missing, its answer phrases are not checked')
        return None
    out = subprocess.run(['pdftotext', '-enc', 'UTF-8', path, '-'], capture_output=True, text=True).stdout
    return ' '.join(out.replace('-\n', '').split())

cache = {}
def text(doc):
    if doc not in cache:  # a missing article is already named as an error above
        path = os.path.join(CORPUS, doc)
        if not os.path.isfile(path):
            cache[doc] = ''
        elif doc.endswith('.pdf'):
            cache[doc] = pdf_text(path)
        else:
            cache[doc] = open(path, encoding='utf-8').read()
    return cache[doc]

phrase_ok = 0
extra_languages = {}
for _, _, _, languages, _ in build_collection.load_extra_sets():
    extra_languages.update(languages)
for qid, q in queries.items():
    if len(where[qid]) != 1:
        errors.append(f'{qid}: judged in {sorted(where[qid]) or "no"} split(s)')
    g2 = [d for d, g in judg[qid].items() if g == 2]
    if not g2:
        errors.append(f'{qid}: no grade-2 judgment'); continue
    ph = q['metadata']['answer_phrase']
    answer_language = q['metadata'].get('answer_language')
    in_language = [d for d in g2 if build_collection.article_language(d, extra_languages) == answer_language]
    if answer_language == q['metadata']['language'] and len(in_language) != len(g2):
        errors.append(f'{qid}: answered in its own language, yet other-language articles have grade 2')
    if any(text(d) is None for d in in_language):
        continue  # a PDF that cannot be read here
    hits = {d: text(d).count(ph) for d in in_language if ph in text(d)}
    if not hits:
        errors.append(f'{qid}: answer_phrase {ph!r} not found in a grade-2 article in {answer_language}')
    elif 1 not in hits.values():
        errors.append(f'{qid}: answer_phrase occurs more than once: {hits}')
    else:
        phrase_ok += 1

print(f'answer phrases found verbatim (once) in a grade-2 article: {phrase_ok}/{len(queries)}')
for w in warnings: print('WARNING', w)
for e in errors: print('ERROR', e)
print('OK' if not errors else f'{len(errors)} error(s)')
sys.exit(1 if errors else 0)
