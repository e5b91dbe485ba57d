"""Does one altered figure or heading of a real plan give a new finding where it was altered?
(`make robust`)

    python benchmarks/mutants.py [--per-kind 15] [--seed 1] [--variants all|layout,markdown,...] [--verbose]

Mutants of the corpus plans (and of their variants from ../shared/tools/perturb_corpus.py), each
one change to one document, chosen from what the reader read there (never from a list of lines):
- budget: a pagu that is the sum of its children (and is reported as nothing now) gets another
  leading digit: a `rollup` finding is due at its line;
- target: the last yearly target of a rising percentage or index drops below the year before:
  `target_trend` at its line (a count may fall for good reasons);
- percentage: a printed capaian that is realisation / target gets another leading digit: `ratio`
  at its line;
- heading: a body chapter heading is taken out (and its title, on a line of its own): a `chapter`
  finding is due.
A mutant counts as found when the mutated document's report has a finding of that category, not
in the original's, at the altered line (a chapter finding anywhere). Every change keeps the line's
length, so a space-aligned table keeps its columns. Prints the share found per kind and variant.
"""
from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
TOOLS = CORPUS.parent / "tools"
sys.path.insert(0, str(ROOT))

from checker.config import Settings  # noqa: E402
from checker.numbers import parse_number  # noqa: E402
from checker.pipeline import check_file  # noqa: E402
from checker.readers import read_plan  # noqa: E402
from checker.rulebook import load_profile  # noqa: E402

VARIANTS = ["codes", "drop-empty", "footers", "headings", "homoglyph", "layout", "locale", "markdown", "mixed",
            "percent", "split-numbers", "split-words"]
KINDS = {"budget": "rollup", "target": "target_trend", "percentage": "ratio", "heading": "chapter"}


def _other_digit(raw: str, rng: random.Random, lower_than: float | None = None) -> str | None:
    """`raw` with its leading digit changed (the same length), or None."""
    m = re.search(r"\d", raw)
    if not m:
        return None
    digits = [d for d in "123456789" if d != m.group(0)]
    rng.shuffle(digits)
    for d in digits:
        out = raw[:m.start()] + d + raw[m.end():]
        if lower_than is None or _below(out, lower_than):
            return out
    # "100%" below "100%": a whole number under the year before, padded to the same length.
    whole = re.match(r"^(\s*)(\d+)(.*)$", raw)
    if whole and lower_than is not None and lower_than >= 2:
        out = f"{whole.group(1)}{int(lower_than * 0.9)}{whole.group(3)}"
        if len(out) <= len(raw):
            return out.ljust(len(raw))
    return None


def _below(raw: str, limit: float) -> bool:
    """Whether a target as written reads, as the checker reads it, below `limit`."""
    parsed = parse_number(re.sub(r"[^\d,.\-]", "", raw), "number")
    return parsed.ok and float(parsed.value) < limit


def candidates(path: Path, rng: random.Random) -> dict[str, list[tuple]]:
    """Per kind, (line, old text, new text, which occurrence of the old text on the line) changes
    the reader's own reading of `path` allows."""
    plan = read_plan(path, Settings().limits)
    out: dict[str, list[tuple[int, str, str]]] = {k: [] for k in KINDS}
    for table in getattr(plan, "tables", []):
        for node in table.nodes():
            line = node.location.line
            if line is None:
                continue
            if node.children:
                earlier: list = []
                for period, money in node.budgets.items():
                    sums = [c.budgets.get(period) for c in node.children]
                    if money.present and money.amount and all(s is not None and s.present for s in sums) \
                            and sum(s.amount for s in sums) == money.amount:
                        new = _other_digit(money.raw, rng)
                        same = sum(1 for m in earlier if m.raw == money.raw and m.location.line == money.location.line)
                        if new:
                            out["budget"].append((money.location.line, money.raw, new, same))
                        break
                    earlier.append(money)
            for ind in node.indicators:
                values = [v for v in ind.targets.values() if v.present]
                if table.quarterly or len(values) < 2 or ind.polarity == "turun":
                    continue
                if not _level(ind, values):
                    continue  # a count may fall for good reasons: only a level (percentage, index) has a direction
                if all(a.value <= b.value for a, b in zip(values, values[1:])) and values[-1].raw:
                    new = _other_digit(values[-1].raw, rng, lower_than=values[-2].value)
                    if new and values[-1].location.line is not None:
                        # The last of the same text on its line: the year before may read the same.
                        same = sum(1 for v in values[:-1] if v.raw == values[-1].raw
                                   and v.location.line == values[-1].location.line)
                        out["target"].append((values[-1].location.line, values[-1].raw, new, same))
    for table in getattr(plan, "realisations", []):
        for row in table.rows:
            line = row.location.line
            if line is None:
                continue
            before: list = []  # the row's values printed before this capaian, in order
            for cell in row.cells:
                d, b, a = cell.declared, cell.base, cell.actual
                before += [b, a]
                if d.present and b.present and a.present and b.value and d.raw and "%" in d.raw + d.suffix:
                    if abs(a.value / b.value * 100 - d.value * cell.scale) < 0.5:
                        new = _other_digit(d.raw, rng)
                        same = sum(1 for v in before if v.raw == d.raw and v.location.line == d.location.line)
                        if new:
                            out["percentage"].append((d.location.line or line, d.raw, new, same))
                        break
                before.append(d)
    # A heading is due only where the profile names the chapters of that kind of plan (it names
    # none for a Rencana Aksi): taking one out elsewhere is no defect.
    required = load_profile(Settings().profile).outlines.get(plan.doc_type, [])
    for chapter in plan.chapters if required else []:
        if chapter.label.upper().startswith("BAB") and chapter.location.line:
            out["heading"].append((chapter.location.line, chapter.title, None, 0))
    return out


def _level(ind, values) -> bool:
    """A percentage or an index: its targets have a direction (not a change from year to year,
    "Peningkatan ...", "Laju ...", whose size need not grow)."""
    if re.match(r"\W*(peningkatan|penurunan|laju|pertumbuhan|kenaikan)\b", ind.name, re.IGNORECASE):
        return False
    percent = all("%" in v.raw or "persen" in v.raw.lower() for v in values) or \
        ind.unit.strip().lower() in ("%", "persen", "prosen")
    return percent or bool(re.match(r"\W*(indeks|nilai|skor|tingkat kepuasan)\b", ind.name, re.IGNORECASE))


def mutate(lines: list[str], line: int, old: str, new: str | None, occurrence: int = 0) -> list[str] | None:
    text = lines[line - 1]
    if new is None:  # a heading taken out, with its title where that has a line of its own
        out = lines[:line - 1] + [""] + lines[line:]
        if old and old.lower() not in text.lower():
            nxt = next((k for k in range(line, min(line + 3, len(lines))) if lines[k].strip()), None)
            if nxt is not None and lines[nxt].strip(" *#\t").lower() == old.lower():
                out[nxt] = ""
        return out
    else:
        at = -1
        for _ in range(occurrence + 1):
            at = text.find(old, at + 1)
            if at < 0:
                return None
        changed = text[:at] + new + text[at + len(old):]
    return lines[:line - 1] + [changed] + lines[line:]


def findings(path: Path) -> set[tuple[str, int | None, str]]:
    """(category, line, message) of each finding: a finding is new when no such one was there."""
    return {(f.category, f.location.line, f.message) for f in check_file(path, Settings()).findings}


def run(plans: list[Path], per_kind: int, seed: int, verbose: bool = False) -> dict[str, Counter]:
    rng = random.Random(seed)
    tally: dict[str, Counter] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for plan in plans:
            base = findings(plan)
            # Lines as the reader counts them: a form feed (a page break) is no line break.
            lines = plan.read_text(encoding="utf-8").split("\n")
            for kind, changes in candidates(plan, rng).items():
                rng.shuffle(changes)
                # Where the same text stands elsewhere on the line too (a base year, the end of
                # the period), which one was read is not known here: such a change is not made.
                changes = [c for c in changes if c[2] is None or lines[c[0] - 1].count(c[1]) == c[3] + 1]
                for line, old, new, occurrence in changes[:per_kind]:
                    mutated_lines = mutate(lines, line, old, new, occurrence)
                    if mutated_lines is None:
                        continue
                    target = Path(tmp) / plan.name
                    target.write_text("\n".join(mutated_lines) + "\n", encoding="utf-8")
                    new_findings = findings(target) - base
                    want = KINDS[kind]
                    hit = any(c == want and (kind == "heading" or n == line) for c, n, _ in new_findings)
                    tally.setdefault(kind, Counter()).update(mutants=1, found=int(hit))
                    if verbose and not hit:
                        news = sorted((c, n) for c, n, _ in new_findings)[:4]
                        print(f"  missed {kind} {plan.name}:{line} {old!r} -> {new!r}; new: {news}")
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-kind", type=int, default=15)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--variants", default="layout,markdown,split-numbers,drop-empty,mixed")
    parser.add_argument("--verbose", action="store_true", help="print the mutants not found")
    parser.add_argument("plans", nargs="*", type=Path, help="text plans to mutate instead of the corpus (no variants)")
    args = parser.parse_args(argv)
    if args.plans:
        args.variants = ""
    elif not (CORPUS / "expected").is_dir():
        print("../shared/corpus not present: nothing to mutate")
        return 0
    originals = args.plans or sorted(CORPUS.glob("*.txt"))
    groups = {"original": originals}
    with tempfile.TemporaryDirectory() as tmp:
        wanted = [k for k in args.variants.split(",") if k]
        if wanted == ["all"]:
            wanted = VARIANTS
        if wanted:
            for plan in originals:
                subprocess.run([sys.executable, str(TOOLS / "perturb_corpus.py"), str(plan),
                                str(CORPUS / "expected" / f"{plan.stem}.json"), tmp, "--seed", str(args.seed),
                                "--kinds", "all"], check=True, capture_output=True)
        for kind in wanted:
            groups[kind] = sorted(Path(tmp).glob(f"*--{kind}.txt"))
        print(f"mutants found at their line, seed {args.seed}, up to {args.per_kind} per kind and plan")
        print("| plans | " + " | ".join(KINDS) + " |")
        print("|---|" + "---|" * len(KINDS))
        for name, plans in groups.items():
            tally = run(plans, args.per_kind, args.seed, args.verbose)
            cells = []
            for kind in KINDS:
                t = tally.get(kind, Counter())
                cells.append(f"{t['found'] / t['mutants']:.2f} ({t['found']}/{t['mutants']})" if t["mutants"] else "-")
            print(f"| {name} | " + " | ".join(cells) + " |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
