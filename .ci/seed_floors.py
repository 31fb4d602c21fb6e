#!/usr/bin/env python3
"""Checks the per-category floors of the issues on ../shared/corpus/seeds, which score.py's
own --min-* flags cannot express: caption dropped >= 0.9, and adblock, share, license,
newsletter, related and comments dropped >= 0.9 taken together. Prints the numbers."""
import json, pathlib, subprocess, sys, tempfile

root = pathlib.Path(__file__).resolve().parent.parent
shared = root.parent / "shared"
with tempfile.NamedTemporaryFile(suffix=".json") as f:
    subprocess.run(
        [sys.executable, str(shared / "eval/score.py"), "--gold", str(shared / "corpus/seeds"),
         "--cmd", str(root / "target/release/textsweep") + " --json", "--quiet", "--json-out", f.name],
        check=False, stdout=subprocess.DEVNULL)
    report = json.load(open(f.name))
cats = {k: tuple(map(int, v.split("/"))) for k, v in report["per_category"].items()}
group = ["adblock", "share", "license", "newsletter", "related", "comments"]
got = sum(cats.get(c, (0, 0))[0] for c in group)
total = sum(cats.get(c, (0, 0))[1] for c in group)
cap = cats.get("caption", (0, 0))
ok = True
for name, (a, b) in [("six categories", (got, total)), ("caption", cap)]:
    share = a / b if b else 1.0
    print(f"{name}: {a}/{b} = {share:.3f} (floor 0.900)")
    ok &= share >= 0.9
sys.exit(0 if ok else 1)
