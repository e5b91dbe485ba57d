"""How well the text reader generalises: the corpus plans rewritten with other plans' extraction
artefacts, checked and scored against the auditors' lists (`make robust`).

    python benchmarks/robust.py [--seeds 1,2,3] [--kinds all] [--verbose] [--check]

For each seed, `../shared/tools/perturb_corpus.py` writes every variant of every corpus plan
(the auditors' lists moved with them); each document is checked in this process and scored with
`../shared/tools/score_corpus.py`, and the pooled recall and precision are printed per variant,
the original first. `--check` exits 1 when a variant falls more than --margin (0.03) below the
original's recall or precision. Nothing from the corpus is written into the project: the
variants live in a temporary folder.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
TOOLS = SHARED / "tools"
sys.path.insert(0, str(ROOT))

from checker.config import Settings  # noqa: E402
from checker.pipeline import check_file  # noqa: E402


def _scorer():
    spec = importlib.util.spec_from_file_location("score_corpus", TOOLS / "score_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def perturb(plan: Path, expected: Path, out: Path, seed: int, kinds: str = "all") -> None:
    """Write `plan`'s variants (and its moved defect list, under out/expected) into `out`."""
    subprocess.run([sys.executable, str(TOOLS / "perturb_corpus.py"), str(plan), str(expected), str(out),
                    "--seed", str(seed), "--kinds", kinds], check=True, capture_output=True)


def scorable(result) -> list[dict]:
    """A document's findings as score_corpus.py reads them."""
    return [{"category": f.category, "line": f.location.line, "rule": f.rule, "message": f.message}
            for f in result.findings]


def planted(folder: Path, out: Path) -> list[tuple[Path, Path]]:
    """The team's plans of `folder` (an expected.json of planted (rule, line) pairs, as in
    tests/data/forms) with their defect lists written as the auditors' are, for the scorer and
    the perturbation tool: each planted finding a certain defect of its rule's category."""
    from checker.rulebook import load_rules
    category = {rule.id: rule.category for rule in load_rules()}
    lists = out / "planted"
    lists.mkdir(parents=True, exist_ok=True)
    pairs = []
    for name, found in sorted(json.loads((folder / "expected.json").read_text(encoding="utf-8")).items()):
        plan = folder / name
        # (A chapter left out has no line: it matches a chapter finding wherever the reader
        # places it, as the scorer reads a chapter defect without one.)
        defects = [{"category": category[rule], "line": line, "certainty": "certain", "detail": rule}
                   for rule, line in found]
        expected = lists / f"{plan.stem}.json"
        expected.write_text(json.dumps({"document": name, "defects": defects}), encoding="utf-8")
        pairs.append((plan, expected))
    return pairs


def variants(seed: int, kinds: str, out: Path, plans: Path | None = None) -> list[tuple[Path, Path]]:
    """(plan, expected list) of every variant of every corpus plan (or of the team's planted
    plans in `plans`) for one seed, originals included."""
    pairs = []
    sources = planted(plans, out) if plans else [(plan, CORPUS / "expected" / f"{plan.stem}.json")
                                                 for plan in sorted(CORPUS.glob("*.txt"))]
    for plan, expected in sources:
        perturb(plan, expected, out, seed, kinds)
        pairs.append((plan, expected))
    pairs += [(p, out / "expected" / f"{p.stem}.json") for p in sorted(out.glob("*--*.txt"))]
    return pairs


def score(seeds: list[int], kinds: str, verbose: bool = False, plans: Path | None = None) -> dict[str, Counter]:
    """Pooled counts per variant kind: defects counted, found, findings scored, false findings."""
    scorer = _scorer()
    settings = Settings()
    pooled: dict[str, Counter] = {}
    for seed in seeds:
        with tempfile.TemporaryDirectory() as tmp:
            for plan, expected in variants(seed, kinds, Path(tmp), plans):
                kind = plan.stem.split("--", 1)[1] if "--" in plan.stem else "original"
                if kind == "original" and seed != seeds[0]:
                    continue  # the original is the same for every seed
                findings = scorable(check_file(plan, settings))
                pos, found, missed, scored, fps = scorer.score_document(findings, json.loads(expected.read_text()), 3)
                pooled.setdefault(kind, Counter()).update(pos=len(pos), found=len(found), scored=len(scored), fp=len(fps))
                if verbose:
                    for d in missed:
                        print(f"  {plan.stem} seed {seed} missed {d['category']} line {d.get('line')}: {d.get('detail', '')[:90]}")
                    for f in fps:
                        print(f"  {plan.stem} seed {seed} false+ {f['category']} line {f['line']}: {f['rule']} {f['message'][:90]}")
    return pooled


def rates(t: Counter) -> tuple[float, float]:
    recall = t["found"] / t["pos"] if t["pos"] else 0.0
    precision = (t["scored"] - t["fp"]) / t["scored"] if t["scored"] else 0.0
    return recall, precision


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--kinds", default="all")
    parser.add_argument("--margin", type=float, default=0.03)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--plans", type=Path, help="the team's planted plans (tests/data/forms) instead of the corpus")
    args = parser.parse_args(argv)
    if not (TOOLS / "perturb_corpus.py").is_file() or (not args.plans and not CORPUS.is_dir()):
        print(f"no corpus or tools at {SHARED}: nothing to measure")
        return 0
    seeds = [int(s) for s in args.seeds.split(",")]
    pooled = score(seeds, args.kinds, args.verbose, args.plans)
    base_r, base_p = rates(pooled["original"])
    count = len(json.loads((args.plans / "expected.json").read_text())) if args.plans else len(list(CORPUS.glob("*.txt")))
    print(f"seeds {args.seeds}, pooled over {count} {'team-written' if args.plans else 'corpus'} plans")
    print("| variant | recall | precision |\n|---|---|---|")
    worst = []
    for kind in sorted(pooled, key=lambda k: (k != "original", k)):
        r, p = rates(pooled[kind])
        t = pooled[kind]
        print(f"| {kind} | {r:.3f} ({t['found']}/{t['pos']}) | {p:.3f} ({t['fp']} false of {t['scored']}) |")
        if kind != "original" and (r < base_r - args.margin or p < base_p - args.margin):
            worst.append(kind)
    if worst:
        print(f"more than {args.margin} below the original: {', '.join(worst)}")
    return 1 if args.check and worst else 0


if __name__ == "__main__":
    sys.exit(main())
