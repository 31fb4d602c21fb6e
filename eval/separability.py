#!/usr/bin/env python3
"""How much more boilerplate can any text-only line classifier remove on a gold folder, after textsweep?

This is an analysis tool, not part of CI or the tests. It asks whether the lines textsweep still keeps
wrongly can be told from content by generic cues at all, or whether the gold's boundary there is a
property of each site's layout that the text does not show.

  pip install scikit-learn numpy      # only this script needs them
  cargo build --release
  python3 eval/separability.py --gold ../shared/corpus/wcxb-dev --bin target/release/textsweep

It runs the CLI once (batch mode) over the folder, maps each removal record to the input lines it
covers, and builds per non-blank line:
  * shape: length, words, end punctuation, digit/letter/upper-case shares, title-case words, "|", links...
  * context: neighbours' length, punctuation and removal, prose density around it (prose = 12+ words
    ending a sentence), distance to the nearest prose line, position before the first or after the last
    prose line, textsweep's removals around it, document size;
  * with --lexical, also the presence of the 400 words that occur on the most documents.
A gradient-boosted classifier (scikit-learn HistGradientBoosting) is trained on content vs boilerplate
lines with 5-fold cross-validation grouped by document (the pages come from ~770 different sites, so
this is close to grouping by site). A line is then dropped when textsweep removed it or the held-out
prediction is at least a threshold; the table shows, for each threshold, the line-level content recall,
content precision and F1 (as score.py counts them for whole lines), and what the classifier adds.

Result on wcxb-dev (2026-11-21, textsweep 6175512, whose output later commits keep byte for byte): see
README "Quality". At content recall >= 0.99 no threshold adds more than ~0.001 F1; the best F1 at any
threshold down to 0.8 (content recall 0.963) is 0.895.
"""
import argparse, bisect, collections, json, math, pathlib, re, subprocess, sys

try:
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.model_selection import GroupKFold
except ImportError:
    sys.exit("separability.py needs numpy and scikit-learn: pip install scikit-learn numpy")

KEEP = ("body", "title", "heading")
PUNCT = re.compile(r'[.!?]["”’)\]]?$')


def load(gold, binary):
    """Per document: its non-blank lines, their gold tags, and which textsweep removed."""
    names = sorted(p.name[: -len(".gold.tsv")] for p in gold.glob("*.gold.tsv"))
    data = []
    for n in names:
        b = (gold / f"{n}.txt").read_bytes()
        data.append(b if b.endswith(b"\n") else b + b"\n")
    out = subprocess.run([binary, "--json"], input=b"\x1e\n".join(data), capture_output=True, check=True).stdout
    parts = re.split(rb"(?m)^\x1e[ \t\r]*\n", out)
    parts = [p for p in parts if p.strip()]
    assert len(parts) == len(names), (len(parts), len(names))
    docs = []
    for n, b, p in zip(names, data, parts):
        removed = json.loads(p)["removed"]
        lines = b.split(b"\n")
        starts, o = [], 0
        for line in lines:
            starts.append(o)
            o += len(line) + 1
        rem = set()
        for r in removed:
            a = bisect.bisect_right(starts, r["start"]) - 1
            z = bisect.bisect_right(starts, max(r["start"], r["end"] - 1)) - 1
            rem.update(range(a, z + 1))
        tags = {}
        for row in (gold / f"{n}.gold.tsv").read_text(encoding="utf-8").splitlines():
            q = row.split("\t")
            if len(q) >= 2 and q[0].isdigit():
                tags[int(q[0]) - 1] = q[1]
        idx = [i for i, line in enumerate(lines) if line.strip()]
        text = [lines[i].decode("utf-8", "replace").strip() for i in idx]
        docs.append((text, [tags.get(i) for i in idx], [i in rem for i in idx]))
    return docs


def features(docs, lexical):
    """One row per non-blank line; label 1 boilerplate, 0 content, -1 neutral."""
    rows, label, group, removed, words_of = [], [], [], [], []
    for g, (text, tags, rem) in enumerate(docs):
        n = len(text)
        w = [len(t.split()) for t in text]
        ln = [len(t) for t in text]
        ep = [bool(PUNCT.search(t)) for t in text]
        prose = [w[k] >= 12 and ep[k] for k in range(n)]
        pp = [k for k in range(n) if prose[k]]
        first, last = (pp[0], pp[-1]) if pp else (n, -1)
        dist = [99] * n
        at = -99
        for k in range(n):
            at = k if prose[k] else at
            dist[k] = k - at
        at = 10**9
        for k in range(n - 1, -1, -1):
            at = k if prose[k] else at
            dist[k] = min(dist[k], at - k)
        cs = np.cumsum([0] + prose)
        cr = np.cumsum([0] + rem)

        def share(c, k, r):
            a, b = max(0, k - r), min(n, k + r + 1)
            return (c[b] - c[a]) / (b - a)

        for k, t in enumerate(text):
            rows.append([
                math.log1p(ln[k]), w[k], ep[k], t.endswith(":"),
                sum(c.isdigit() for c in t) / ln[k], sum(c.isalpha() for c in t) / ln[k],
                sum(c.isupper() for c in t) / ln[k],
                sum(1 for x in t.split() if x[:1].isupper()) / max(1, w[k]), "|" in t, t.count(","),
                "http" in t or "www." in t, not t[:1].isalnum(),
                k / n, k < first, k > last, min(dist[k], 20), share(cs, k, 3), share(cs, k, 8),
                share(cr, k, 2), share(cr, k, 6), rem[k],
                math.log1p(ln[k - 1]) if k else 0, ep[k - 1] if k else 0, rem[k - 1] if k else 0,
                math.log1p(ln[k + 1]) if k + 1 < n else 0, ep[k + 1] if k + 1 < n else 0,
                rem[k + 1] if k + 1 < n else 0,
                k - last if k > last else 0, first - k if k < first else 0, n, len(pp) / n, sum(rem) / n,
            ])
            tag = tags[k]
            label.append(1 if tag == "boilerplate" else 0 if tag in KEEP else -1)
            group.append(g)
            removed.append(rem[k])
            words_of.append(set(re.findall(r"[a-z]+", t.lower())[:12]))
    x = np.array(rows, dtype=np.float64)
    if lexical:
        docs_with = collections.defaultdict(set)
        for ws, g in zip(words_of, group):
            for word in ws:
                docs_with[word].add(g)
        vocab = sorted(docs_with, key=lambda word: (-len(docs_with[word]), word))[:400]
        at = {word: k for k, word in enumerate(vocab)}
        lex = np.zeros((len(rows), len(vocab)))
        for r, ws in enumerate(words_of):
            for word in ws:
                if word in at:
                    lex[r, at[word]] = 1
        x = np.hstack([x, lex])
    return x, np.array(label), np.array(group), np.array(removed)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=pathlib.Path, required=True)
    ap.add_argument("--bin", default="target/release/textsweep")
    ap.add_argument("--lexical", action="store_true", help="add the 400 most widespread words as features")
    args = ap.parse_args()
    x, y, g, rem = features(load(args.gold, args.bin), args.lexical)
    scored = y >= 0
    p = np.zeros(len(y))
    for train, test in GroupKFold(5).split(x, y, g):
        train = train[scored[train]]
        clf = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.08, max_leaf_nodes=31, random_state=0)
        clf.fit(x[train], y[train])
        p[test] = clf.predict_proba(x[test])[:, 1]
    content = (y == 0).sum()
    print(f"lines: {content} content, {(y == 1).sum()} boilerplate; lexical features: {args.lexical}")
    print("threshold  recall  precision  F1      +boilerplate  -content")
    for th in (None, 0.995, 0.99, 0.98, 0.97, 0.95, 0.9, 0.8):
        drop = rem if th is None else rem | (p >= th)
        kc = ((y == 0) & ~drop).sum()
        kb = ((y == 1) & ~drop).sum()
        r, pr = kc / content, kc / (kc + kb)
        extra_b = 0 if th is None else ((y == 1) & (p >= th) & ~rem).sum()
        extra_c = 0 if th is None else ((y == 0) & (p >= th) & ~rem).sum()
        name = "rules" if th is None else f"{th:.3f}"
        print(f"{name:9s}  {r:.4f}  {pr:.4f}     {2 * pr * r / (pr + r):.4f}  {extra_b:12d}  {extra_c:8d}")


if __name__ == "__main__":
    main()
