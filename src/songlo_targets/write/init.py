"""`targets init DIR` (SPEC §6.7): a new, valid data repository that shows where things go.

The files are written in Vietnamese, like the records they introduce; their comments give an
example of every part. Files whose name starts with `_` (other than `_year.yaml`) are not read
as records: ``units/_mau.yaml`` and ``targets/<year>/_mau.yaml`` are examples to copy.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from songlo_targets import dates
from songlo_targets.errors import UsageError
from songlo_targets.i18n import N_
from songlo_targets.paths import CONFIG_FILE
from songlo_targets.store import LOCK_NAME, Outcome, Transaction
from songlo_targets.write.policies import POLICIES

DEFAULT_RATING_LINE = ("# rating: thang đánh giá; bỏ trống thì dùng mặc định theo Nghị định "
                       "90/2020/NĐ-CP.\n")
DOCUMENTS_EXAMPLE = """\
# documents: người ký và nơi nhận của các văn bản `targets report` soạn (báo cáo tổng hợp,
# báo cáo đánh giá); bỏ dấu # để dùng. Số và ngày văn bản: `targets report --number 30
# --date 2023-01-10`.
# documents:
#   signer: {on_behalf: T/M BAN THƯỜNG VỤ, title: PHÓ BÍ THƯ THƯỜNG TRỰC, name: Lê Đăng Tâm}
#   recipients:
#     - Ban Thường vụ Tỉnh ủy (để báo cáo)
#     - Các đồng chí Ủy viên Ban Thường vụ Huyện ủy
#     - Lưu Văn phòng Huyện ủy
"""

TARGETS_YAML = """\
# Cấu hình chung của kho hồ sơ giao chỉ tiêu, nhiệm vụ.
# Các đơn vị: units/<mã-đơn-vị>.yaml (xem units/_mau.yaml).
# Nhiệm vụ từng năm: targets/<năm>/_year.yaml và targets/<năm>/<mã-đơn-vị>.yaml.
# Tài liệu minh chứng: evidence/<năm>/<mã-đơn-vị>/...
schema: 1
organization:
  name: Huyện ủy Sông Lô            # cơ quan ban hành, in hoa ở đầu văn bản
  superior: Đảng bộ tỉnh Vĩnh Phúc  # cấp trên, in phía trên
  place: Sông Lô                    # địa danh ghi ngày tháng
  symbol: HU                        # ký hiệu văn bản: 125-QĐ/HU
language: vi                        # ngôn ngữ thông báo của lệnh: vi hoặc en
groups:                             # các khối, theo thứ tự hiển thị
  - {key: hdnd, name: Thường trực HĐND huyện}
  - {key: ban-dang, name: Các ban xây dựng Đảng}
  - {key: mttq-doan-the, name: Mặt trận Tổ quốc và các đoàn thể}
  - {key: co-quan-ubnd, name: Các cơ quan chuyên môn thuộc UBND huyện}
  - {key: xa-thi-tran, name: 'Các xã, thị trấn'}
categories:                         # nhóm việc
  - {key: viec-kho, name: Việc khó}
  - {key: viec-moi, name: Việc mới}
  - {key: chua-co-tien-le, name: Việc chưa có tiền lệ}
  - {key: ton-dong, name: Việc tồn đọng nhiều năm}
""" + DEFAULT_RATING_LINE + DOCUMENTS_EXAMPLE

UNIT_EXAMPLE = """\
# Mẫu một đơn vị: chép thành units/<mã-đơn-vị>.yaml (ví dụ units/duc-bac.yaml),
# bỏ dấu # ở đầu dòng. Mã đơn vị là tên tệp: chữ thường không dấu, số, gạch nối.
#
# name: Xã Đức Bác
# group: xa-thi-tran
# code: '08854'
# heads:
#   - {role: bi-thu, title: Bí thư Đảng ủy xã}
#   - {role: chu-tich, title: Chủ tịch UBND xã}
"""

YEAR_YAML = """\
# Năm {year}: căn cứ, mục tiêu, người phụ trách theo dõi, các kỳ tổng hợp.
# Khi đã có quyết định giao, thêm dòng:
#   assigned: {{decision: 125-QĐ/HU, date: {year}-01-24}}
# từ đó mọi thay đổi phải ghi `amendments` (lệnh `targets assign --decision ...`).
basis:
  - {{key: nq-tinh-xvii, name: Nghị quyết Đại hội Đảng bộ tỉnh Vĩnh Phúc lần thứ XVII}}
  - {{key: nq-huyen-iii, name: Nghị quyết Đại hội Đảng bộ huyện Sông Lô lần thứ III}}
goals: []
# supervisors:
#   - key: le-dang-tam
#     name: Lê Đăng Tâm
#     title: Phó Bí thư Thường trực Huyện ủy
#     units: [duc-bac]
supervisors: []
checkpoints: [{year}-03-31, {year}-06-30, {year}-09-30, {year}-12-15]
"""

TASKS_EXAMPLE = """\
# Mẫu tệp nhiệm vụ của một đơn vị: targets/{year}/<mã-đơn-vị>.yaml.
# Thường không cần viết tay: `targets assign duc-bac --title "..."` tạo tệp này,
# `targets progress add {year}/duc-bac/01 --status done ...` ghi tiến độ.
#
# tasks:
#   - id: '01'
#     title: Hoàn thành GPMB dự án đường tỉnh 307 đoạn qua xã
#     type: target
#     categories: [viec-kho]
#     basis: nq-huyen-iii
#     deadline: {year}-09-30
#     measure: {{unit: ha, target: 12.5}}
#     progress:
#       - date: {year}-06-30
#         status: done
#         value: 12.8
#         result: Đã bàn giao 12,8 ha mặt bằng
#         evidence:
#           - {{title: Biên bản bàn giao mặt bằng, number: 15/BB-UBND, date: {year}-06-28}}
"""

GITIGNORE = f"{LOCK_NAME}\n.targets-cache/\n"


def init_repository(directory: Path, today: dt.date | None = None,
                    rules: str | None = None) -> Outcome:
    """A new repository; ``rules`` (nd90-2020 or qd366-2025) writes that whole rating policy
    into targets.yaml, else the default policy applies (a comment says so)."""
    year = (today or dates.today()).year
    if rules is not None and rules not in POLICIES:
        raise UsageError(N_("unknown rules `{rules}`: use one of {known}"), rules=rules,
                         known=", ".join(POLICIES))
    if (directory / CONFIG_FILE).exists():
        raise UsageError(N_("{dir} already holds a data repository (targets.yaml)"),
                         dir=str(directory))
    directory.mkdir(parents=True, exist_ok=True)
    transaction = Transaction(directory, today)
    files = {
        CONFIG_FILE: TARGETS_YAML if rules is None else TARGETS_YAML.replace(
            DEFAULT_RATING_LINE, POLICIES[rules]),
        "units/_mau.yaml": UNIT_EXAMPLE,
        f"targets/{year}/_year.yaml": YEAR_YAML.format(year=year),
        f"targets/{year}/_mau.yaml": TASKS_EXAMPLE.format(year=year),
    }
    if not (directory / ".gitignore").exists():
        files[".gitignore"] = GITIGNORE
    for rel, text in files.items():
        transaction.create_text(rel, text)
    return transaction.commit()
