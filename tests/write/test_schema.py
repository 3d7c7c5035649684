"""`targets schema`: JSON Schemas generated from the models, committed, and used by editors."""

from __future__ import annotations

import copy
import fnmatch
import json
import re
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from songlo_targets.check import check
from songlo_targets.cli import main
from songlo_targets.read.yaml_tree import read
from songlo_targets.write import schemas

from support.gitrepo import CONFIG, TASKS, UNIT, YEAR, write

PROJECT = Path(__file__).resolve().parents[2]
KIND_OF = {"targets.yaml": "targets.schema.json"}

# Every key of every file kind (SPEC §3), as a clerk could write them.
FULL = {
    "targets.yaml": CONFIG + """\
language: vi
rating:
  levels:
    - {key: xuat-sac, name: Hoàn thành xuất sắc nhiệm vụ, when: {done: 1.0, exceeded: 0.5}}
    - {key: tot, name: Hoàn thành tốt nhiệm vụ, when: {done: 1.0, on_time: 0.8}}
    - {key: khong-hoan-thanh, name: Không hoàn thành nhiệm vụ, when: {done_below: 0.5}}
  quota: {level: xuat-sac, at_most: 0.2, of: tot, within: group}
""",
    "units/duc-bac.yaml": UNIT + """\
code: '08854'
order: 6
active: {from: 2008-12-23, until: 2025-06-30}
evaluations:
  2021:
    computed: tot
    final: tot
    decision: 15-QĐ/HU
    date: 2022-01-20
    heads: {chu-tich: {computed: tot, final: tot}}
""",
    "targets/2022/_year.yaml": YEAR + """\
goals:
  - {key: gpmb, name: Giải phóng mặt bằng, measure: {unit: ha, target: 120}}
""",
    "targets/2022/duc-bac.yaml": TASKS + """\
    basis: nq-huyen-iii
    supervisor: le-dang-tam
    categories: [viec-moi]
    carried_from: 2021/duc-bac/04
    amendments:
      - {date: 2022-05-10, decision: 38-QĐ/HU, note: Điều chỉnh thời hạn}
    progress:
      - {date: 2022-03-31, status: in-progress, percent: 25, note: Đang triển khai}
      - date: 2022-06-30
        status: done
        result: Đã hoàn thành
        exceeded: true
        evidence:
          - {title: Báo cáo, number: 15/BC-UBND, date: 2022-06-28}
          - {title: Ảnh, file: evidence/2022/anh.pdf, url: 'https://example.org/a'}
""",
    "targets/2021/_year.yaml": """\
supervisors:
  - {key: le-dang-tam, name: Lê Đăng Tâm, units: [duc-bac]}
""",
    "targets/2021/duc-bac.yaml": """\
tasks:
  - id: '04'
    title: Việc năm trước
    deadline: 2021-12-31
""",
    "evidence/2022/anh.pdf": "%PDF-1.4\n",
}


def record_files(root: Path) -> list[Path]:
    """The files the loader reads: targets.yaml, units/*.yaml, people/*.yaml,
    targets/<year>/*.yaml."""
    years = [p for p in sorted((root / "targets").glob("*")) if re.fullmatch(r"\d{4}", p.name)]
    return [root / "targets.yaml", *sorted((root / "units").glob("*.yaml")),
            *sorted((root / "people").glob("*.yaml")),
            *(f for year in years for f in sorted(year.glob("*.yaml")))]


def kind_of(path: str) -> str:
    if path == "targets.yaml":
        return "targets.schema.json"
    if path.startswith("units/"):
        return "unit.schema.json"
    if path.startswith("people/"):
        return "person.schema.json"
    return "year.schema.json" if path.endswith("/_year.yaml") else "tasks.schema.json"


def validator(name: str) -> Draft202012Validator:
    schema = json.loads(schemas.documents()[name])
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def failed(name: str, tree: Any) -> list[tuple[str, str]]:
    """(keyword, message) of every error, inside `anyOf` branches too."""
    found: list[tuple[str, str]] = []
    pending = list(validator(name).iter_errors(tree))
    while pending:
        error = pending.pop(0)
        if error.context:
            pending += error.context
        else:
            found.append((str(error.validator), error.message))
    return found


def instance(path: str, data: bytes) -> Any:
    """The file as an editor's YAML server hands it to JSON Schema: keys as text."""
    result = read(path, data)
    assert result.ok, result.diagnostics
    return json.loads(json.dumps(result.tree))


def errors(root: Path) -> list[tuple[str, str]]:
    found = []
    for file in record_files(root):
        rel = file.relative_to(root).as_posix()
        for error in validator(kind_of(rel)).iter_errors(instance(rel, file.read_bytes())):
            found.append((rel, error.message))
    return found


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    write(tmp_path, FULL)
    return tmp_path


def test_the_sample_is_valid_records(sample: Path) -> None:
    result = check(sample, year=None)
    assert [d.code for d in result.diagnostics] == []
    assert result.records.files == 6


def test_schemas_accept_every_file_of_the_sample(sample: Path) -> None:
    assert errors(sample) == []


def test_schemas_accept_every_bundled_record_file() -> None:
    if not (PROJECT / "targets.yaml").is_file():
        pytest.skip("the bundled Sông Lô records are not in this checkout yet")
    assert len(record_files(PROJECT)) > 10
    assert errors(PROJECT) == []


@pytest.mark.parametrize(("path", "where"), [
    ("targets.yaml", []),
    ("units/duc-bac.yaml", ["evaluations", "2021"]),
    ("targets/2022/_year.yaml", ["goals", 0]),
    ("targets/2022/duc-bac.yaml", ["tasks", 1, "progress", 1, "evidence", 0]),
])
def test_an_unknown_key_is_refused(sample: Path, path: str, where: list[str | int]) -> None:
    tree = instance(path, (sample / path).read_bytes())
    node = tree
    for part in where:
        node = node[part]
    node["colour"] = "đỏ"
    found = [(keyword, message) for keyword, message in failed(kind_of(path), tree)
             if not message.endswith("is not of type 'null'")]  # the other anyOf branch
    assert [keyword for keyword, _message in found] == ["additionalProperties"]
    assert "colour" in found[0][1]


@pytest.mark.parametrize(("path", "change", "keyword"), [
    ("units/duc-bac.yaml", lambda t: t.update(group="Xã Thị Trấn"), "pattern"),
    ("targets/2022/duc-bac.yaml", lambda t: t["tasks"][0].update(id=1), "type"),
    ("targets/2022/duc-bac.yaml", lambda t: t["tasks"][0].update(title="  "), "pattern"),
    ("targets/2022/duc-bac.yaml", lambda t: t["tasks"][0].pop("deadline"), "required"),
    ("targets/2022/duc-bac.yaml",
     lambda t: t["tasks"][1]["progress"][0].update(percent=120), "maximum"),
    ("units/duc-bac.yaml", lambda t: t["evaluations"].update({"năm": {}}), "pattern"),
])
def test_schemas_carry_the_validators_rules(sample: Path, path: str, change: Any,
                                            keyword: str) -> None:
    tree = copy.deepcopy(instance(path, (sample / path).read_bytes()))
    change(tree)
    assert keyword in [found for found, _message in failed(kind_of(path), tree)]


def test_committed_schemas_are_current() -> None:
    assert schemas.stale(PROJECT / "schema") == [], "run `targets schema --out schema`"
    assert sorted(p.name for p in (PROJECT / "schema").iterdir()) == sorted(schemas.KINDS)


def test_schema_command_writes_and_checks(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    with pytest.raises(SystemExit) as exit_:
        main(["schema", "--out", str(out), "--check"])
    assert exit_.value.code == 1
    with pytest.raises(SystemExit) as exit_:
        main(["schema", "--out", str(out)])
    assert exit_.value.code == 0
    for name in schemas.KINDS:
        assert (out / name).read_text(encoding="utf-8") == (PROJECT / "schema" / name).read_text(
            encoding="utf-8")
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "en", "schema", "--out", str(out), "--check"])
    assert exit_.value.code == 0
    (out / "unit.schema.json").write_text("{}\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "en", "schema", "--out", str(out), "--check"])
    assert exit_.value.code == 1
    assert "stale:" in capsys.readouterr().err


def test_schema_command_defaults_to_the_repository(sample: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--root", str(sample), "schema"])
    assert exit_.value.code == 0
    assert sorted(p.name for p in (sample / "schema").iterdir()) == sorted(schemas.KINDS)


def test_vscode_maps_each_schema_to_its_files(sample: Path) -> None:
    settings = json.loads((PROJECT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    mapping = settings["yaml.schemas"]
    assert sorted(Path(k).name for k in mapping) == sorted(schemas.KINDS)
    for path in (f.relative_to(sample).as_posix() for f in record_files(sample)):
        matching = [Path(k).name for k, glob in mapping.items() if fnmatch.fnmatchcase(path, glob)]
        assert matching == [kind_of(path)], path
    for schema_path, glob in mapping.items():
        assert (PROJECT / schema_path).is_file()
        assert glob == schemas.KINDS[Path(schema_path).name][2]
