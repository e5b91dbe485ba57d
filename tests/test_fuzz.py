"""Fuzzing the readers with mutated files (hypothesis), and the crashes it found.

Workbooks are mutated inside their zip parts; published texts (the text samples, and the
corpus when ../shared is present) line by line: cells dropped, inserted, cut or repeated, lines
moved. A short fixed run of the text mutations is part of `make test`.

`make fuzz` runs the mutation test with RENCANA_FUZZ=1 for FUZZ_EXAMPLES mutated workbooks
(default 3000) or FUZZ_SECONDS (default 120), whichever ends first; in
`make test` it is skipped. A mutated workbook that makes the checker raise anything but its own
ReadError is saved to tests/fuzz_crashes/, and every file there is replayed by
`test_saved_crashes_stay_fixed` on every test run. A mutated text is saved as its recipe (the
seed's name and the edits), never as text: a corpus plan is not ours to copy into the project,
so its crashes are replayed from ../shared when it is there.
"""
import hashlib
import io
import json
import os
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from checker.config import Limits, Settings
from checker.pipeline import check_file
from checker.readers import ReadError, read_plan

from conftest import CORPUS, SAMPLES

CRASHES = Path(__file__).parent / "fuzz_crashes"
SEEDS = [SAMPLES / "renja-sukamaju-2026-salah.xlsx", SAMPLES / "rencana-aksi-sukamaju-2026-salah.xlsx",
         SAMPLES / "renstra-sukamaju-2025-2029-salah.xlsx"]
BUDGET = float(os.environ.get("FUZZ_SECONDS", "120"))
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "3000"))
FUZZING = os.environ.get("RENCANA_FUZZ") == "1"
_START = time.monotonic()

# A mutation: which seed, which part (or the zip bytes themselves), what to do where.
MUTATION = st.tuples(
    st.integers(0, len(SEEDS) - 1), st.integers(0, 40),
    st.sampled_from(["flip", "cut", "insert", "delete", "swap_tag", "zip_flip", "zip_cut"]),
    st.floats(0, 1), st.binary(min_size=1, max_size=16),
    st.sampled_from([b"<", b">", b'"', b"&amp;", b"<f>1/0</f>", b"t=\"s\"", b"<v>99999</v>", b"r=\"ZZZ9\"",
                     b"\x00", b"\xff\xfe", b"<row r=\"0\">", b"<c r=\"A1\" t=\"e\"><v>#REF!</v></c>"]))


def mutate(seed: int, part_index: int, op: str, where: float, noise: bytes, token: bytes) -> bytes:
    raw = SEEDS[seed].read_bytes()
    if op == "zip_flip":
        pos = int(where * (len(raw) - 1))
        return raw[:pos] + bytes([raw[pos] ^ noise[0]]) + raw[pos + 1:]
    if op == "zip_cut":
        return raw[: int(where * len(raw))]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        names = zin.namelist()
        target = names[part_index % len(names)]
        for name in names:
            data = zin.read(name)
            if name == target and data:
                pos = int(where * (len(data) - 1))
                if op == "flip":
                    data = data[:pos] + bytes([data[pos] ^ noise[0]]) + data[pos + 1:]
                elif op == "cut":
                    data = data[:pos]
                elif op == "insert":
                    data = data[:pos] + noise + data[pos:]
                elif op == "delete":
                    data = data[:pos] + data[pos + len(noise):]
                else:
                    data = data[:pos] + token + data[pos:]
            zout.writestr(name, data)
    return out.getvalue()


TEXT_SEEDS = sorted(SAMPLES.glob("*.txt")) + (sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else [])
TOKENS = ["", "-", "0", "12", "1.000.000", "TW I", "JUMLAH", "PROGRAM X", "7.01.01", "N/A", "100%", "BAB II",
          "Kemungkinan", "Rp", "2026", "(1)", "…", "Sub Kegiatan"]
TEXT_EDIT = st.tuples(st.sampled_from(["drop", "insert", "cut", "repeat", "delete", "move"]),
                      st.floats(0, 1), st.floats(0, 1), st.sampled_from(TOKENS))
TEXT_MUTATION = st.tuples(st.integers(0, 1_000), st.lists(TEXT_EDIT, min_size=1, max_size=40))


def mutate_text(seed: int, edits: list) -> str:
    return mutate_lines(TEXT_SEEDS[seed % len(TEXT_SEEDS)], edits)


def text_recipe(seed: int, edits: list) -> dict:
    """How to make a mutated text again: its seed, by folder and name, and the edits."""
    path = TEXT_SEEDS[seed % len(TEXT_SEEDS)]
    return {"seed": path.name, "from": "corpus" if path.parent == CORPUS else "samples", "edits": edits}


def mutate_lines(seed_path: Path, edits: list) -> str:
    lines = seed_path.read_text(encoding="utf-8").splitlines()
    for op, where, other, token in edits:
        i = int(where * (len(lines) - 1))
        cells = lines[i].split("\t")
        k = int(other * len(cells))
        if op == "drop" and len(cells) > 1:
            del cells[min(k, len(cells) - 1)]
        elif op == "insert":
            cells.insert(k, token)
        elif op == "cut":
            cells = [c[: int(other * len(c))] for c in cells]
        elif op == "repeat":
            lines.insert(i, lines[int(other * (len(lines) - 1))])
            continue
        elif op == "delete" and len(lines) > 1:
            del lines[i]
            continue
        elif op == "move":
            j = int(other * (len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
            continue
        lines[i] = "\t".join(cells)
    return "\n".join(lines) + "\n"


def survives_text(text: str, tmp: Path, recipe: dict | None = None) -> None:
    """A mutated published plan is read or refused for a reason; an exception the reader did not
    foresee (which read_plan would report as 'tidak dapat dibaca (TypeError ...)') is a crash,
    and its recipe is saved."""
    path = tmp / "fuzz.txt"
    path.write_text(text, encoding="utf-8")
    try:
        read_plan(path)
    except ReadError as e:
        if "tidak dapat dibaca (" not in str(e):
            return
        if recipe is not None:
            CRASHES.mkdir(exist_ok=True)
            (CRASHES / f"{hashlib.sha1(text.encode()).hexdigest()[:12]}.json").write_text(
                json.dumps(recipe, ensure_ascii=False), encoding="utf-8")
        raise AssertionError(f"the text reader crashed: {e}") from e
    check_file(path, Settings())


def survives(data: bytes, tmp: Path) -> None:
    """The reader refuses with a ReadError or reads; check_file never raises."""
    path = tmp / "fuzz.xlsx"
    path.write_bytes(data)
    try:
        read_plan(path, Limits(max_rows=20_000))
    except ReadError:
        pass
    except Exception:
        CRASHES.mkdir(exist_ok=True)
        (CRASHES / f"{hashlib.sha1(data).hexdigest()[:12]}.xlsx").write_bytes(data)
        raise
    check_file(path, Settings())


@pytest.mark.skipif(not FUZZING, reason="fuzzing runs in `make fuzz`")
@settings(max_examples=EXAMPLES, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
@given(MUTATION)
def test_mutated_workbooks(tmp_path_factory, mutation):
    if time.monotonic() - _START > BUDGET:
        return
    survives(mutate(*mutation), tmp_path_factory.mktemp("fuzz"))


@pytest.mark.skipif(not FUZZING, reason="fuzzing runs in `make fuzz`")
@settings(max_examples=EXAMPLES, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
@given(TEXT_MUTATION)
def test_mutated_texts(tmp_path_factory, mutation):
    if time.monotonic() - _START > 2 * BUDGET:
        return
    survives_text(mutate_text(*mutation), tmp_path_factory.mktemp("fuzz"), text_recipe(*mutation))


@settings(max_examples=25, deadline=None, database=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
@given(TEXT_MUTATION)
def test_a_few_mutated_texts_every_run(tmp_path_factory, mutation):
    survives_text(mutate_text(*mutation), tmp_path_factory.mktemp("fuzz"), text_recipe(*mutation))


@pytest.mark.parametrize("path", sorted([*CRASHES.glob("*.xlsx"), *CRASHES.glob("*.json")]), ids=lambda p: p.name)
def test_saved_crashes_stay_fixed(path, tmp_path):
    if path.suffix == ".json":  # a text's recipe: made again from its seed
        recipe = json.loads(path.read_text(encoding="utf-8"))
        seed = (CORPUS if recipe["from"] == "corpus" else SAMPLES) / recipe["seed"]
        if not seed.exists():
            pytest.skip(f"{recipe['seed']} is not here (../shared/corpus)")
        path = tmp_path / "fuzz.txt"
        path.write_text(mutate_lines(seed, recipe["edits"]), encoding="utf-8")
    result = check_file(path, Settings())
    assert result.status in ("checked", "unreadable")
    assert "tidak dapat dibaca (" not in (result.error or "")


def test_a_text_recipe_makes_the_same_text_again():
    edits = [("insert", 0.3, 0.5, "JUMLAH"), ("repeat", 0.6, 0.2, ""), ("cut", 0.8, 0.4, "")]
    for seed in range(len(TEXT_SEEDS)):
        recipe = json.loads(json.dumps(text_recipe(seed, edits)))  # as saved and read back
        origin = CORPUS if recipe["from"] == "corpus" else SAMPLES
        assert mutate_lines(origin / recipe["seed"], recipe["edits"]) == mutate_text(seed, edits)
