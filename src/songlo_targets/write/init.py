"""`targets init DIR` (SPEC §6.7): a new, valid data repository that shows where things go.

The files are written in Vietnamese, like the records they introduce; their comments give an
example of every part. Files whose name starts with `_` (other than `_year.yaml`) are not read
as records: ``units/_mau.yaml`` and ``targets/<year>/_mau.yaml`` are examples to copy.

The header of the documents (issuing body, superior, place, symbol) always comes from the
caller. The level chooses the rest: ``commune`` (a Đảng ủy xã of the current year: its four
groups, a placeholder basis naming the superior and the commune, an example signer of a
commune) or ``district`` (the groups and examples of the bundled Sông Lô records).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from songlo_targets import dates
from songlo_targets.errors import UsageError
from songlo_targets.i18n import N_
from songlo_targets.paths import CONFIG_FILE
from songlo_targets.store import LOCK_NAME, Outcome, Transaction
from songlo_targets.write.policies import POLICIES

# The categories of work of the practice ("việc khó, việc mới..."), the same for a district
# and a commune.
CATEGORIES = """\
  - {key: viec-kho, name: Việc khó}
  - {key: viec-moi, name: Việc mới}
  - {key: chua-co-tien-le, name: Việc chưa có tiền lệ}
  - {key: ton-dong, name: Việc tồn đọng nhiều năm}
"""
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
HEADER
language: vi                        # ngôn ngữ thông báo của lệnh: vi hoặc en
groups:                             # các khối, theo thứ tự hiển thị
  - {key: hdnd, name: Thường trực HĐND huyện}
  - {key: ban-dang, name: Các ban xây dựng Đảng}
  - {key: mttq-doan-the, name: Mặt trận Tổ quốc và các đoàn thể}
  - {key: co-quan-ubnd, name: Các cơ quan chuyên môn thuộc UBND huyện}
  - {key: xa-thi-tran, name: 'Các xã, thị trấn'}
categories:                         # nhóm việc
""" + CATEGORIES + DEFAULT_RATING_LINE + DOCUMENTS_EXAMPLE

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

COMMUNE_DOCUMENTS_EXAMPLE = """\
# documents: người ký và nơi nhận của các văn bản `targets report` soạn (báo cáo tổng hợp,
# báo cáo đánh giá); bỏ dấu # để dùng, sửa tên người ký. Số và ngày văn bản:
# `targets report --number 30 --date {year}-12-20`.
# documents:
#   signer: {{on_behalf: T/M ĐẢNG ỦY, title: PHÓ BÍ THƯ, name: Nguyễn Văn A}}
#   recipients:
#     - Ban Thường vụ Tỉnh ủy (để báo cáo)
#     - Các đồng chí Ủy viên Ban Chấp hành Đảng bộ xã
#     - Các chi bộ trực thuộc
#     - Lưu Văn phòng Đảng ủy
"""

COMMUNE_TARGETS_YAML = """\
# Cấu hình chung của kho hồ sơ giao chỉ tiêu, nhiệm vụ của Đảng ủy xã.
# Các đơn vị: units/<mã-đơn-vị>.yaml (xem units/_mau.yaml).
# Nhiệm vụ từng năm: targets/<năm>/_year.yaml và targets/<năm>/<mã-đơn-vị>.yaml.
# Tài liệu minh chứng: evidence/<năm>/<mã-đơn-vị>/...
schema: 1
organization:
HEADER
language: vi  # ngôn ngữ thông báo của lệnh: vi hoặc en
groups:  # các khối, theo thứ tự hiển thị
  - {key: ban-dang, name: Các ban xây dựng Đảng của Đảng ủy}
  - {key: ubnd-xa, name: Ủy ban nhân dân xã và các cơ quan chuyên môn}
  - {key: mttq-doan-the, name: Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội}
  - {key: chi-bo, name: Các chi bộ}
categories:  # nhóm việc
""" + CATEGORIES + DEFAULT_RATING_LINE

COMMUNE_UNIT_EXAMPLE = """\
# Mẫu một đơn vị: chép thành units/<mã-đơn-vị>.yaml (ví dụ units/chi-bo-thon-1.yaml),
# bỏ dấu # ở đầu dòng. Mã đơn vị là tên tệp: chữ thường không dấu, số, gạch nối.
#
# name: Chi bộ thôn 1
# group: chi-bo
# heads:
#   - {role: bi-thu, title: Bí thư Chi bộ}
"""

COMMUNE_YEAR_YAML = """\
# Năm {year}: căn cứ, mục tiêu, người phụ trách theo dõi, các kỳ tổng hợp.
# Khi đã có quyết định giao, thêm dòng:
#   assigned: {{decision: 12-QĐ/{symbol_comment}, date: {year}-01-24}}
# từ đó mọi thay đổi phải ghi `amendments` (lệnh `targets assign --decision ...`).
# Căn cứ dưới đây là mẫu cần điền: sửa tên cho đúng nghị quyết (lần thứ, số hiệu) trước khi
# giao nhiệm vụ.
basis:
  - key: nq-tinh
    name: {basis_superior}
  - key: nq-xa
    name: {basis_commune}
goals: []
# supervisors:
#   - key: nguyen-van-a
#     name: Nguyễn Văn A
#     title: Phó Bí thư Đảng ủy xã
#     units: [chi-bo-thon-1]
supervisors: []
checkpoints: [{year}-03-31, {year}-06-30, {year}-09-30, {year}-12-15]
"""

COMMUNE_TASKS_EXAMPLE = """\
# Mẫu tệp nhiệm vụ của một đơn vị: targets/{year}/<mã-đơn-vị>.yaml.
# Thường không cần viết tay: `targets assign chi-bo-thon-1 --title "..."` tạo tệp này,
# `targets progress add {year}/chi-bo-thon-1/01 --status done ...` ghi tiến độ.
#
# tasks:
#   - id: '01'
#     title: Kết nạp đảng viên mới
#     type: target
#     categories: [viec-kho]
#     basis: nq-xa
#     deadline: {year}-09-30
#     measure: {{unit: đảng viên, target: 3}}
#     progress:
#       - date: {year}-06-30
#         status: done
#         value: 3
#         result: Đã kết nạp 3 đảng viên mới
#         evidence:
#           - {{title: Quyết định kết nạp đảng viên, number: 05-QĐ/ĐU, date: {year}-06-20}}
"""

GITIGNORE = f"{LOCK_NAME}\n.targets-cache/\n"
LEVELS = ("district", "commune")
_PLAIN = r"[^\W\d_][\w .,()/'-]*"
_NOT_STRINGS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}


@dataclass(frozen=True)
class Header:
    """The header of the repository's documents: issuing body, superior, place, symbol."""

    organization: str
    superior: str
    place: str
    symbol: str


def default_level(rules: str | None) -> str:
    """A commune Party committee with the 2025 rules, else the district of the bundled records."""
    return "commune" if rules == "qd366-2025" else "district"


def _scalar(value: str) -> str:
    """``value`` as a YAML scalar: plain when that reads back as the same text, else quoted."""
    if re.fullmatch(_PLAIN, value) and not value.endswith(" ") and (
            value.casefold() not in _NOT_STRINGS):
        return value
    return json.dumps(value, ensure_ascii=False)


def _clean(name: str, value: str) -> str:
    text = unicodedata.normalize("NFC", " ".join(value.split()))
    if not text:
        raise UsageError(N_("--{option} must not be empty"), option=name)
    return text


def _header_yaml(header: Header) -> str:
    symbol = _scalar(header.symbol)
    return (f"  name: {_scalar(header.organization)}  # cơ quan ban hành, in hoa ở đầu văn bản\n"
            f"  superior: {_scalar(header.superior)}  # cấp trên, in phía trên\n"
            f"  place: {_scalar(header.place)}  # địa danh ghi ngày tháng\n"
            f"  symbol: {symbol}  # ký hiệu văn bản: 125-QĐ/{header.symbol}")


def _files(level: str, year: int, header: Header, policy: str | None) -> dict[str, str]:
    header_text = _header_yaml(header)
    if level == "district":
        config = TARGETS_YAML.replace("HEADER", header_text)
        if policy is not None:
            config = config.replace(DEFAULT_RATING_LINE, policy)
        return {CONFIG_FILE: config, "units/_mau.yaml": UNIT_EXAMPLE,
                f"targets/{year}/_year.yaml": YEAR_YAML.format(year=year),
                f"targets/{year}/_mau.yaml": TASKS_EXAMPLE.format(year=year)}
    config = COMMUNE_TARGETS_YAML.replace("HEADER", header_text)
    if policy is not None:
        config = config.replace(DEFAULT_RATING_LINE, policy)
    config += COMMUNE_DOCUMENTS_EXAMPLE.format(year=year)
    year_text = COMMUNE_YEAR_YAML.format(
        year=year, symbol_comment=header.symbol,
        basis_superior=_scalar(f"Nghị quyết Đại hội {header.superior} lần thứ ..., "
                               "nhiệm kỳ 2025-2030"),
        basis_commune=_scalar(f"Nghị quyết Đại hội Đảng bộ xã {header.place} lần thứ ..., "
                              "nhiệm kỳ 2025-2030"))
    return {CONFIG_FILE: config, "units/_mau.yaml": COMMUNE_UNIT_EXAMPLE,
            f"targets/{year}/_year.yaml": year_text,
            f"targets/{year}/_mau.yaml": COMMUNE_TASKS_EXAMPLE.format(year=year)}


def init_repository(directory: Path, header: Header, today: dt.date | None = None,
                    rules: str | None = None, level: str | None = None) -> Outcome:
    """A new repository whose documents carry ``header``; ``rules`` (nd90-2020 or qd366-2025)
    writes that whole rating policy into targets.yaml, else the default policy applies (a
    comment says so). ``level`` (district or commune; by default commune with qd366-2025)
    chooses the groups, basis and example signer."""
    year = (today or dates.today()).year
    if rules is not None and rules not in POLICIES:
        raise UsageError(N_("unknown rules `{rules}`: use one of {known}"), rules=rules,
                         known=", ".join(POLICIES))
    level = level or default_level(rules)
    if level not in LEVELS:
        raise UsageError(N_("unknown level `{level}`: use one of {known}"), level=level,
                         known=", ".join(LEVELS))
    header = Header(organization=_clean("organization", header.organization),
                    superior=_clean("superior", header.superior),
                    place=_clean("place", header.place), symbol=_clean("symbol", header.symbol))
    if (directory / CONFIG_FILE).exists():
        raise UsageError(N_("{dir} already holds a data repository (targets.yaml)"),
                         dir=str(directory))
    directory.mkdir(parents=True, exist_ok=True)
    transaction = Transaction(directory, today)
    files = _files(level, year, header, None if rules is None else POLICIES[rules])
    if not (directory / ".gitignore").exists():
        files[".gitignore"] = GITIGNORE
    for rel, text in files.items():
        transaction.create_text(rel, text)
    return transaction.commit()
