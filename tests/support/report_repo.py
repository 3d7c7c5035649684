"""A small Sông Lô repository for the report tests: two years, two groups, three units.

It holds one task of every kind the reports treat apart: done on time and late, open,
overdue, stale, dropped, carried in from 2021, amended, with evidence files and links.
"""

from __future__ import annotations

from pathlib import Path

from conftest import write_repo

CONFIG = """\
    schema: 1
    organization: {name: Huyện ủy Sông Lô, superior: Đảng bộ tỉnh Vĩnh Phúc, place: Sông Lô,
                   symbol: HU}
    language: vi
    groups:
      - {key: co-quan-ubnd, name: Các cơ quan chuyên môn thuộc UBND huyện}
      - {key: xa-thi-tran, name: 'Các xã, thị trấn'}
    categories:
      - {key: viec-kho, name: Việc khó}
      - {key: ton-dong, name: Việc tồn đọng nhiều năm}
    documents:
      signer: {on_behalf: T/M BAN THƯỜNG VỤ, title: PHÓ BÍ THƯ THƯỜNG TRỰC, name: Lê Đăng Tâm}
      recipients: [Ban Thường vụ Tỉnh ủy (để báo cáo), Lưu Văn phòng Huyện ủy]
    """

DUC_BAC = """\
    name: Xã Đức Bác
    group: xa-thi-tran
    order: 2
    heads:
      - {role: bi-thu, title: Bí thư Đảng ủy xã}
      - {role: chu-tich, title: Chủ tịch UBND xã, name: Nguyễn Văn A}
    """

TAM_SON = """\
    name: Xã Tam Sơn
    group: xa-thi-tran
    order: 1
    heads:
      - {role: bi-thu, title: Bí thư Đảng ủy xã}
    """

TAI_CHINH = """\
    name: Phòng Tài chính - Kế hoạch
    group: co-quan-ubnd
    heads:
      - {role: truong-phong, title: Trưởng phòng}
    """

YEAR_2021 = """\
    basis:
      - {key: nq-huyen-iii, name: Nghị quyết Đại hội Đảng bộ huyện Sông Lô lần thứ III}
    supervisors:
      - {key: le-dang-tam, name: Lê Đăng Tâm, units: [duc-bac, tam-son, tai-chinh]}
    """

TASKS_2021 = """\
    tasks:
      - id: '01'
        title: Xử lý dứt điểm đơn thư tồn đọng
        categories: [ton-dong]
        deadline: 2021-12-31
        progress:
          - {date: 2021-06-30, status: in-progress, percent: 40}
    """

YEAR_2022 = """\
    assigned: {decision: 125-QĐ/HU, date: 2022-01-24}
    basis:
      - {key: nq-tinh-xvii, name: Nghị quyết Đại hội Đảng bộ tỉnh Vĩnh Phúc lần thứ XVII}
      - {key: nq-huyen-iii, name: Nghị quyết Đại hội Đảng bộ huyện Sông Lô lần thứ III}
    goals:
      - key: gpmb
        name: Giải phóng mặt bằng các dự án trọng điểm
        measure: {unit: ha, target: 1250}
      - {key: chuyen-doi-so, name: Chuyển đổi số}
    supervisors:
      - key: le-dang-tam
        name: Lê Đăng Tâm
        title: Phó Bí thư Thường trực Huyện ủy
        units: [duc-bac, tam-son]
      - key: tran-thi-b
        name: Trần Thị B
        title: Chủ nhiệm Ủy ban Kiểm tra Huyện ủy
        units: [tai-chinh]
    checkpoints: [2022-03-31, 2022-06-30, 2022-09-30, 2022-12-15]
    """

DUC_BAC_2022 = """\
    tasks:
      - id: '01'
        title: Hoàn thành GPMB đường tỉnh 307 | đoạn qua xã
        type: target
        owner: chu-tich
        categories: [viec-kho]
        basis: nq-huyen-iii
        goal: gpmb
        deadline: 2022-09-30
        measure: {unit: ha, target: 1172.5, baseline: 0}
        progress:
          - {date: 2022-03-31, status: in-progress, value: 300}
          - date: 2022-06-30
            status: done
            value: 1180.25
            result: Đã bàn giao 1.180,25 ha mặt bằng
            evidence:
              - {title: Biên bản bàn giao, number: 15/BB-UBND, date: 2022-06-28}
              - {title: Ảnh hiện trường, file: evidence/2022/duc-bac/anh.txt}
      - id: '02'
        title: Xử lý dứt điểm đơn thư tồn đọng
        categories: [ton-dong]
        deadline: 2022-06-30
        carried_from: 2021/duc-bac/01
        amendments:
          - {date: 2022-05-10, decision: 38-QĐ/HU, note: Điều chỉnh thời hạn}
        progress:
          - {date: 2022-03-31, status: in-progress, percent: 60}
          - date: 2022-08-15
            status: done
            result: Đã giải quyết 12/12 đơn
            exceeded: true
            evidence:
              - {title: Báo cáo kết quả, url: 'https://songlo.vinhphuc.gov.vn/bc-12'}
      - id: '03'
        title: Xây dựng trường đạt chuẩn quốc gia
        owner: bi-thu
        deadline: 2022-12-31
        progress:
          - {date: 2022-06-30, status: blocked, percent: 20, note: "Chờ vốn | ngân sách\\nđợt 2"}
    """

TAM_SON_2022 = """\
    tasks:
      - id: '01'
        title: Số hóa hồ sơ một cửa
        goal: chuyen-doi-so
        deadline: 2022-08-31
        progress:
          - {date: 2022-09-30, status: in-progress, percent: 80}
      - id: '02'
        title: Giải phóng mặt bằng cụm công nghiệp
        type: target
        goal: gpmb
        deadline: 2022-11-30
        measure: {unit: ha, target: 50}
        dropped: {date: 2022-07-01, decision: 40-QĐ/HU, reason: Dự án dừng}
    """

TAI_CHINH_2022 = """\
    tasks:
      - id: '01'
        title: Giảm nợ đọng xây dựng cơ bản
        type: target
        owner: truong-phong
        categories: [viec-kho, ton-dong]
        basis: nq-tinh-xvii
        deadline: 2022-12-31
        measure: {unit: tỷ đồng, target: 2, baseline: 5, direction: down}
        progress:
          - {date: 2022-03-31, status: in-progress, value: 4.5}
          - {date: 2022-12-15, status: in-progress, value: 3}
    """

FILES: dict[str, str | bytes | None] = {
    "targets.yaml": CONFIG,
    "units/duc-bac.yaml": DUC_BAC,
    "units/tam-son.yaml": TAM_SON,
    "units/tai-chinh.yaml": TAI_CHINH,
    "targets/2021/_year.yaml": YEAR_2021,
    "targets/2021/duc-bac.yaml": TASKS_2021,
    "targets/2022/_year.yaml": YEAR_2022,
    "targets/2022/duc-bac.yaml": DUC_BAC_2022,
    "targets/2022/tam-son.yaml": TAM_SON_2022,
    "targets/2022/tai-chinh.yaml": TAI_CHINH_2022,
    "evidence/2022/duc-bac/anh.txt": "ảnh\n",
}


def make_report_repo(root: Path, changes: dict[str, str | bytes | None] | None = None) -> Path:
    return write_repo(root, {**FILES, **(changes or {})})
