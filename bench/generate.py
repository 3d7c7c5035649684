"""Generate a valid data repository of N tasks (SPEC format), and the same records as JSON.

Realistic shape: 20 tasks per unit and year, progress at the four quarterly checkpoints,
evidence items with a document number and date on every completed task, a few targets with a
measure. The result passes `targets check` with no error and no warning.

    python bench/generate.py 10000 /tmp/repo-10k        # YAML repository + /tmp/repo-10k.json/
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import shutil
from pathlib import Path
from typing import Any

TASKS_PER_UNIT_YEAR = 20
FIRST_YEAR = 2015

GROUPS = [("hdnd", "Thường trực HĐND huyện"), ("ban-dang", "Các ban xây dựng Đảng"),
          ("mttq-doan-the", "Mặt trận Tổ quốc và các đoàn thể"),
          ("co-quan-ubnd", "Các cơ quan chuyên môn thuộc UBND huyện"),
          ("xa-thi-tran", "Các xã, thị trấn")]
CATEGORIES = [("viec-kho", "Việc khó"), ("viec-moi", "Việc mới"),
              ("chua-co-tien-le", "Việc chưa có tiền lệ"), ("ton-dong", "Việc tồn đọng nhiều năm")]
PLACES = ["Đức Bác", "Tam Sơn", "Cao Phong", "Hải Lựu", "Lãng Công", "Nhân Đạo", "Phương Khoan",
          "Quang Yên", "Tân Lập", "Tứ Yên", "Yên Thạch", "Đồng Quế", "Đôn Nhân", "Nhạo Sơn",
          "Như Thụy", "Bạch Lưu", "Đồng Thịnh"]
WORKS = ["Hoàn thành giải phóng mặt bằng dự án đường tỉnh 307 đoạn qua xã",
         "Xây dựng và đưa vào sử dụng nhà văn hóa thôn",
         "Giải quyết dứt điểm đơn thư tồn đọng về đất đai",
         "Chuyển đổi số trong giải quyết thủ tục hành chính cấp xã",
         "Nâng tỷ lệ hộ dân sử dụng nước sạch tập trung",
         "Kiện toàn tổ chức cơ sở đảng và nâng chất lượng sinh hoạt chi bộ",
         "Phát triển đảng viên mới trong thanh niên và doanh nghiệp",
         "Hoàn thành tiêu chí nông thôn mới nâng cao về môi trường"]
MEASURES = [("ha", 12.5), ("hộ", 150.0), ("đảng viên", 25.0), ("km", 3.2)]
HEADS = [("bi-thu", "Bí thư Đảng ủy"), ("chu-tich", "Chủ tịch UBND")]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đỗ", "Bùi", "Đặng"]
MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Đức", "Thanh"]
GIVEN = ["An", "Bình", "Cường", "Dung", "Hạnh", "Hòa", "Lan", "Mai", "Sơn", "Tú", "Tâm"]


def q(text: str) -> str:
    """A YAML single-quoted scalar."""
    return "'" + text.replace("'", "''") + "'"


def shape(tasks: int) -> tuple[int, int]:
    """(units, years) giving ``tasks`` tasks at 20 per unit and year."""
    years = 2 if tasks <= 2000 else 5 if tasks <= 20000 else 10
    return max(1, math.ceil(tasks / TASKS_PER_UNIT_YEAR / years)), years


def unit_id(index: int) -> str:
    return f"don-vi-{index + 1:04d}"


def checkpoints(year: int) -> list[dt.date]:
    return [dt.date(year, 3, 31), dt.date(year, 6, 30), dt.date(year, 9, 30),
            dt.date(year, 12, 15)]


def task_record(rng: random.Random, year: int, number: int, place: str) -> dict[str, Any]:
    target = number % 5 == 0
    deadline = dt.date(year, rng.choice([6, 9, 12]), 30 if rng.random() < 0.5 else 15)
    record: dict[str, Any] = {
        "id": f"{number:02d}",
        "title": f"{rng.choice(WORKS)} {place} (nhiệm vụ {number})",
        "type": "target" if target else "task",
        "owner": rng.choice([h[0] for h in HEADS]),
        "categories": rng.sample([c[0] for c in CATEGORIES], k=rng.randint(1, 2)),
        "basis": rng.choice(["nq-tinh-xvii", "nq-huyen-iii"]),
        "deadline": deadline.isoformat(),
    }
    measure = MEASURES[number % len(MEASURES)]
    if target:
        record["measure"] = {"unit": measure[0], "target": measure[1], "baseline": 0}
    done_at = rng.randint(1, 5)  # quarter in which it is done; 5 = not done this year
    progress = []
    for quarter, day in enumerate(checkpoints(year), start=1):
        entry: dict[str, Any] = {"date": day.isoformat()}
        share = min(quarter / done_at, 1.0)
        if quarter >= done_at:
            entry["status"] = "done"
            entry["result"] = f"Đã hoàn thành: {record['title'].lower()}"
            entry["evidence"] = [{
                "title": "Báo cáo kết quả thực hiện nhiệm vụ",
                "number": f"{number}{quarter}/BC-UBND", "date": day.isoformat()}]
            if quarter > done_at:
                entry["note"] = "Tiếp tục duy trì kết quả"
        else:
            entry["status"] = "in-progress"
            entry["note"] = f"Đã triển khai được khoảng {round(share * 100)}% khối lượng"
        if target:
            entry["value"] = round(measure[1] * share, 1)
        else:
            entry["percent"] = round(share * 100)
        progress.append(entry)
    record["progress"] = progress
    return record


def yaml_value(value: Any) -> str:
    if isinstance(value, str):
        special = value[:1].isdigit() or any(c in value for c in ":#,[]{}")
        return q(value) if special else value
    if isinstance(value, list):
        return "[" + ", ".join(yaml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {yaml_value(v)}" for k, v in value.items()) + "}"
    return json.dumps(value)


def task_yaml(task: dict[str, Any]) -> str:
    out = [f"  - id: {q(task['id'])}"]
    for key in ("title", "type", "owner", "categories", "basis", "deadline", "measure"):
        if key in task:
            value = task[key] if key != "deadline" else task[key]
            out.append(f"    {key}: {yaml_value(value)}")
    out.append("    progress:")
    for entry in task["progress"]:
        out.append(f"      - date: {entry['date']}")
        for key in ("status", "value", "percent", "note", "result"):
            if key in entry:
                out.append(f"        {key}: {yaml_value(entry[key])}")
        if "evidence" in entry:
            out.append("        evidence:")
            for item in entry["evidence"]:
                out.append(f"          - title: {item['title']}")
                out.append(f"            number: {item['number']}")
                out.append(f"            date: {item['date']}")
    return "\n".join(out) + "\n"


def config_yaml() -> str:
    lines = ["schema: 1", "organization:", "  name: Huyện ủy Sông Lô",
             "  superior: Đảng bộ tỉnh Vĩnh Phúc", "  place: Sông Lô", "  symbol: HU",
             "language: vi", "groups:"]
    lines += [f"  - {{key: {k}, name: {yaml_value(n)}}}" for k, n in GROUPS]
    lines += ["categories:"] + [f"  - {{key: {k}, name: {n}}}" for k, n in CATEGORIES]
    return "\n".join(lines) + "\n"


def config_record() -> dict[str, Any]:
    return {"schema": 1, "organization": {"name": "Huyện ủy Sông Lô",
                                          "superior": "Đảng bộ tỉnh Vĩnh Phúc",
                                          "place": "Sông Lô", "symbol": "HU"},
            "language": "vi", "groups": [{"key": k, "name": n} for k, n in GROUPS],
            "categories": [{"key": k, "name": n} for k, n in CATEGORIES]}


def unit_record(index: int) -> dict[str, Any]:
    place = PLACES[index % len(PLACES)]
    return {"name": f"Xã {place} {index + 1}", "group": GROUPS[index % len(GROUPS)][0],
            "heads": [{"role": r, "title": f"{t} {place}"} for r, t in HEADS]}


def unit_yaml(unit: dict[str, Any]) -> str:
    lines = [f"name: {unit['name']}", f"group: {unit['group']}", "heads:"]
    lines += [f"  - {{role: {h['role']}, title: {h['title']}}}" for h in unit["heads"]]
    return "\n".join(lines) + "\n"


# The last year is rated as a commune of 2026 is: points, every quarter, the year from them.
QUARTERLY = {
    "score": {"results": 100, "criteria": 0, "late_penalty": 0.25},
    "levels": [
        {"key": "xuat-sac", "name": "Hoàn thành xuất sắc nhiệm vụ",
         "when": {"score": 90, "on_time": 1.0, "exceeded": 0.3}},
        {"key": "tot", "name": "Hoàn thành tốt nhiệm vụ", "when": {"score": 70, "on_time": 1.0}},
        {"key": "hoan-thanh", "name": "Hoàn thành nhiệm vụ",
         "when": {"score": 50, "done": 1.0, "late_at_most": 0.2}},
        {"key": "khong-hoan-thanh", "name": "Không hoàn thành nhiệm vụ",
         "when": {"score_below": 50}},
    ],
    "quota": {"level": "xuat-sac", "at_most": 0.2, "of": "tot", "within": "group"},
    "periods": "quarterly",
    "annual": "quarters",
}


def year_record(year: int, units: int, quarterly: bool = False) -> dict[str, Any]:
    ids = [unit_id(i) for i in range(units)]
    per = math.ceil(units / 4)
    rating = {"rating": QUARTERLY} if quarterly else {}
    return {
        "basis": [{"key": "nq-tinh-xvii",
                   "name": "Nghị quyết Đại hội Đảng bộ tỉnh Vĩnh Phúc lần thứ XVII"},
                  {"key": "nq-huyen-iii",
                   "name": "Nghị quyết Đại hội Đảng bộ huyện Sông Lô lần thứ III"}],
        "supervisors": [{"key": f"giam-sat-{n + 1}", "name": f"Đồng chí giám sát số {n + 1}",
                         "units": ids[n * per:(n + 1) * per]} for n in range(4)
                        if ids[n * per:(n + 1) * per]],
        "checkpoints": [d.isoformat() for d in checkpoints(year)],
        **rating,
    }


def year_yaml(meta: dict[str, Any]) -> str:
    lines = ["basis:"] + [f"  - {{key: {b['key']}, name: {b['name']}}}" for b in meta["basis"]]
    lines.append("supervisors:")
    for s in meta["supervisors"]:
        lines += [f"  - key: {s['key']}", f"    name: {s['name']}", "    units:"]
        lines += [f"      - {u}" for u in s["units"]]
    lines.append("checkpoints: [" + ", ".join(meta["checkpoints"]) + "]")
    if "rating" in meta:
        rating = meta["rating"]
        flow = lambda d: "{" + ", ".join(f"{k}: {v}" for k, v in d.items()) + "}"  # noqa: E731
        lines += ["rating:", f"  score: {flow(rating['score'])}", "  levels:"]
        for level in rating["levels"]:
            lines += [f"    - key: {level['key']}", f"      name: {level['name']}",
                      f"      when: {flow(level['when'])}"]
        lines += [f"  quota: {flow(rating['quota'])}", f"  periods: {rating['periods']}",
                  f"  annual: {rating['annual']}"]
    return "\n".join(lines) + "\n"


def person_id(role: str, index: int) -> str:
    return f"can-bo-{role}-{index + 1:04d}"


def people_records(rng: random.Random, units: int, years: int
                   ) -> list[tuple[str, dict[str, Any]]]:
    """One cadre per unit and head role; on one date per role, mid-year, every holder moves to
    the next unit's same role (the last to the first): a transfer without overlaps."""
    found = []
    for role, _title in HEADS:
        moved = dt.date(FIRST_YEAR + rng.randrange(years), rng.choice([4, 7, 10]), 1)
        for index in range(units):
            name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
            positions = [{"unit": unit_id(index), "role": role,
                          "from": f"{FIRST_YEAR}-01-01",
                          "until": (moved - dt.timedelta(days=1)).isoformat()},
                         {"unit": unit_id((index + 1) % units), "role": role,
                          "from": moved.isoformat()}]
            found.append((person_id(role, index), {"name": name, "positions": positions}))
    return found


def person_yaml(person: dict[str, Any]) -> str:
    lines = [f"name: {person['name']}", "positions:"]
    lines += ["  - {" + ", ".join(f"{k}: {v}" for k, v in p.items()) + "}"
              for p in person["positions"]]
    return "\n".join(lines) + "\n"


def write(root: Path, rel: str, text: str, record: Any, json_root: Path) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    out = (json_root / rel).with_suffix(".json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")


def generate(tasks: int, root: Path, seed: int = 7) -> Path:
    """Write the repository at ``root`` and its JSON twin at ``root.json``; return the latter."""
    rng = random.Random(seed)
    json_root = root.with_name(root.name + ".json")
    for folder in (root, json_root):
        if folder.exists():
            shutil.rmtree(folder)
    units, years = shape(tasks)
    write(root, "targets.yaml", config_yaml(), config_record(), json_root)
    for index in range(units):
        unit = unit_record(index)
        write(root, f"units/{unit_id(index)}.yaml", unit_yaml(unit), unit, json_root)
    for person, record in people_records(random.Random(seed + 1), units, years):
        write(root, f"people/{person}.yaml", person_yaml(record), record, json_root)
    left = tasks
    for year in range(FIRST_YEAR, FIRST_YEAR + years):
        meta = year_record(year, units, quarterly=year == FIRST_YEAR + years - 1)
        write(root, f"targets/{year}/_year.yaml", year_yaml(meta), meta, json_root)
        for index in range(units):
            count = min(TASKS_PER_UNIT_YEAR, left)
            if count <= 0:
                break
            left -= count
            place = PLACES[index % len(PLACES)]
            records = [task_record(rng, year, n, place) for n in range(1, count + 1)]
            text = "tasks:\n" + "".join(task_yaml(t) for t in records)
            write(root, f"targets/{year}/{unit_id(index)}.yaml", text, {"tasks": records},
                  json_root)
    return json_root


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tasks", type=int)
    parser.add_argument("root", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    generate(args.tasks, args.root, args.seed)


if __name__ == "__main__":
    main()
