"""Rules a user adds with `--rules DIR` (or the config file's `rules`): the README's worked example,
a built-in rule copied under a new id, and the mistakes a rule author makes."""
import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from conftest import ROOT, SAMPLES
from checker.cli import app

runner = CliRunner()
EXAMPLE = ROOT / "docs" / "contoh-aturan"
WORKBOOK = str(SAMPLES / "renja-sukamaju-2026-salah.xlsx")
TEXT = str(SAMPLES / "renja-sukamaju-2026-salah.txt")


def _findings(args: list[str]) -> list[dict]:
    result = runner.invoke(app, ["check", *args, "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    return [f for d in json.loads(result.stdout)["documents"] for f in d["findings"]]


def test_the_readme_example_rules_find_what_the_readme_says():
    found = [(f["rule"], f["location"]["sheet"], f["location"]["cell"])
             for f in _findings([WORKBOOK, "--rules", str(EXAMPLE), "--select", "KAB"])]
    assert found == [("KAB-001", "Program", "H5"), ("KAB-001", "Program", "H13"),
                     ("KAB-002", "Program", "C17"), ("KAB-002", "Tujuan Sasaran", "C3")]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "--rules docs/contoh-aturan" in readme and "KAB-001 peringatan Program!H5" in readme


def _copy(rule_id: str, new_id: str, folder: Path) -> None:
    text = (ROOT / "rules" / f"{rule_id}.yaml").read_text(encoding="utf-8")
    (folder / f"{new_id}.yaml").write_text(text.replace(f"id: {rule_id}", f"id: {new_id}", 1), encoding="utf-8")


_PREFIXES = sorted({p.stem[:3] for p in (ROOT / "rules").glob("*.yaml")})


def _twin(rule_id: str) -> str:
    """A new id for a copy, unique over the built-in prefixes: ANG-001 -> ZAA-001, BAB-001 -> ZAB-001."""
    k = _PREFIXES.index(rule_id[:3])
    return f"Z{chr(65 + k // 26)}{chr(65 + k % 26)}{rule_id[3:]}"


def test_every_built_in_rule_copied_under_a_new_id_behaves_exactly_like_it(tmp_path):
    folder = tmp_path / "aturan"
    folder.mkdir()
    built_in = sorted(p.stem for p in (ROOT / "rules").glob("*.yaml"))
    for rule_id in built_in:
        _copy(rule_id, _twin(rule_id), folder)
    documents = sorted(str(p) for p in SAMPLES.iterdir() if "salah" in p.name and p.suffix != ".json")
    seen = set()
    for document in documents:
        found = _findings([document, "--rules", str(folder)])
        strip = lambda f: {k: v for k, v in f.items() if k != "rule"}  # noqa: E731
        for rule_id in built_in:
            original = [strip(f) for f in found if f["rule"] == rule_id]
            assert original == [strip(f) for f in found if f["rule"] == _twin(rule_id)], (document, rule_id)
            seen |= {rule_id} if original else set()
    assert len(seen) >= 30  # the faulty samples make most rules speak


def test_added_rules_run_in_batch_and_from_the_config_file(tmp_path, monkeypatch):
    work = tmp_path / "kerja"
    (work / "masuk").mkdir(parents=True)
    shutil.copy(WORKBOOK, work / "masuk")
    shutil.copytree(EXAMPLE, work / "aturan-kab")
    (work / "rencana.toml").write_text('rules = ["aturan-kab"]\nselect = ["KAB"]\n', encoding="utf-8")
    monkeypatch.chdir(work)
    result = runner.invoke(app, ["batch", "masuk", "--out", "laporan", "--format", "json"])
    assert result.exit_code == 0, result.output
    rules = sorted(f["rule"] for d in json.loads(result.stdout)["documents"] for f in d["findings"])
    assert rules == ["KAB-001", "KAB-001", "KAB-002", "KAB-002"]
    listed = runner.invoke(app, ["rules", "list", "--format", "json"])
    assert {"KAB-001", "KAB-002", "ANG-001"} <= {r["id"] for r in json.loads(listed.stdout)}


def test_rule_author_mistakes_are_usage_errors_that_name_the_file_and_key(tmp_path):
    folder = tmp_path / "aturan"
    folder.mkdir()
    _copy("ANG-001", "ANG-001", folder)  # an id the built-in rules already use
    result = runner.invoke(app, ["check", WORKBOOK, "--rules", str(folder)])
    assert result.exit_code == 2 and "ANG-001" in result.output and "sudah dipakai" in result.output
    (folder / "ANG-001.yaml").unlink()
    broken = (EXAMPLE / "KAB-001.yaml").read_text(encoding="utf-8").replace("fail_when: {lt:", "fail_when: {lower:")
    (folder / "KAB-001.yaml").write_text(broken, encoding="utf-8")
    result = runner.invoke(app, ["check", WORKBOOK, "--rules", str(folder), "--lang", "en"])
    assert result.exit_code == 2 and "KAB-001.yaml" in result.output and "fail_when" in result.output \
        and "unknown operator `lower`" in result.output and "the file does not follow the schema" in result.output
    result = runner.invoke(app, ["check", WORKBOOK, "--rules", str(tmp_path / "tidak-ada")])
    assert result.exit_code == 2 and "tidak ditemukan" in result.output


def test_a_rule_may_name_a_list_of_the_profile(tmp_path):
    """`{in: [field, {profile: list}]}`: the list as the run's profile has it, written out for durable."""
    folder = tmp_path / "aturan"
    folder.mkdir()
    text = (EXAMPLE / "KAB-002.yaml").read_text(encoding="utf-8")
    text = text.replace("id: KAB-002", "id: KAB-003").replace(
        "fail_when: {not_in: [unit_key, [dokumen, laporan, orang, \"%\", indeks, desa, kegiatan, paket, bulan]]}",
        "fail_when: {in: [unit_key, {profile: level_units}]}")
    text = text[:text.index("cases:")] if "cases:" in text else text
    (folder / "KAB-003.yaml").write_text(text, encoding="utf-8")
    found = [(f["rule"], f["location"]["cell"]) for f in _findings([WORKBOOK, "--rules", str(folder), "--select", "KAB-003"])]
    assert found and all(rule == "KAB-003" for rule, _ in found)
    units = {f["message"].split("'")[1].lower() for f in _findings([WORKBOOK, "--rules", str(folder), "--select", "KAB-003"])}
    assert units <= {"indeks", "nilai", "skor"}  # the profile's level units, and only they
    broken = tmp_path / "salah"  # another folder: rule files are loaded once per folder and process
    broken.mkdir()
    (broken / "KAB-003.yaml").write_text(text.replace("level_units", "no_such_list"), encoding="utf-8")
    result = runner.invoke(app, ["check", WORKBOOK, "--rules", str(broken)])
    assert result.exit_code == 2 and "no_such_list" in result.output
