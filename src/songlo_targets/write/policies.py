"""The two rating policies that `targets init --rules` writes into targets.yaml (SPEC §5,
§5.1), as YAML text with each condition commented with the article it comes from.

docs/evaluation.md lists the same sources and says which numbers could not be checked against
the published text. The policy is data: a repository edits it, per year if need be.
"""

from __future__ import annotations

RULES = ("nd90-2020", "qd366-2025")

ND90_2020 = """\
# Thang đánh giá theo Nghị định 90/2020/NĐ-CP và hướng dẫn của Đảng năm 2021-2022: xếp loại
# theo tỷ lệ nhiệm vụ hoàn thành, đúng hạn, vượt mức (xem docs/evaluation.md của công cụ).
rating:
  levels:
    # NĐ 90/2020 Điều 4 khoản 3: hoàn thành tất cả chỉ tiêu, nhiệm vụ, ít nhất 50% vượt mức.
    - key: xuat-sac
      name: Hoàn thành xuất sắc nhiệm vụ
      when: {done: 1.0, exceeded: 0.5}
    # NĐ 90/2020 Điều 5 khoản 3 (cán bộ), Điều 13 khoản 2 điểm c (viên chức quản lý):
    # hoàn thành tất cả chỉ tiêu, nhiệm vụ, ít nhất 80% đúng tiến độ.
    - key: tot
      name: Hoàn thành tốt nhiệm vụ
      when: {done: 1.0, on_time: 0.8}
    # NĐ 90/2020 Điều 6: hoàn thành ít nhất 70% chỉ tiêu, nhiệm vụ (ngưỡng theo thực tiễn
    # 2021-2022; chưa đối chiếu được nguyên văn điều khoản).
    - key: hoan-thanh
      name: Hoàn thành nhiệm vụ
      when: {done: 0.7}
    # NĐ 90/2020 Điều 7: hoàn thành dưới 50% chỉ tiêu, nhiệm vụ (chưa đối chiếu được nguyên văn).
    - key: khong-hoan-thanh
      name: Không hoàn thành nhiệm vụ
      when: {done_below: 0.5}
  # Hướng dẫn của Đảng về đánh giá hằng năm: số xếp loại xuất sắc không quá 20% số được xếp
  # loại hoàn thành tốt (tính cả xuất sắc), trong từng khối. Văn bản, điều khoản: chưa đối chiếu.
  quota: {level: xuat-sac, at_most: 0.2, of: tot, within: group}
"""

QD366_2025 = """\
# Thang đánh giá theo Quy định 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị (thang điểm 100,
# đánh giá bằng sản phẩm cụ thể: số lượng, tiến độ, chất lượng) và Nghị định 335/2025/NĐ-CP
# (công chức, hiệu lực từ 01/01/2026). Xem docs/evaluation.md của công cụ.
rating:
  score:
    # NĐ 335/2025: kết quả thực hiện nhiệm vụ 70 điểm, tiêu chí chung 30 điểm
    # (QĐ 366 chấm theo các nhóm tiêu chí trên thang 100; cách chia của QĐ 366: chưa đối chiếu).
    results: 70
    criteria: 30
    # NĐ 335/2025: mỗi lần chậm tiến độ trừ 25% điểm tiến độ, mỗi lần chất lượng chưa đạt trừ
    # 25% điểm chất lượng của sản phẩm; công cụ trừ 25% điểm của cả sản phẩm (lựa chọn).
    late_penalty: 0.25
    defect_penalty: 0.25
  levels:
    # QĐ 366 Điều 11: từ 90 điểm; hoàn thành 100% nhiệm vụ đúng tiến độ, ít nhất 30% vượt yêu cầu.
    - key: xuat-sac
      name: Hoàn thành xuất sắc nhiệm vụ
      when: {score: 90, on_time: 1.0, exceeded: 0.3}
    # QĐ 366 Điều 11: từ 70 đến dưới 90 điểm; hoàn thành 100% nhiệm vụ đúng tiến độ.
    - key: tot
      name: Hoàn thành tốt nhiệm vụ
      when: {score: 70, on_time: 1.0}
    # QĐ 366 Điều 11: từ 50 đến dưới 70 điểm; hoàn thành 100% nhiệm vụ, số nhiệm vụ chưa bảo
    # đảm tiến độ không quá 20%.
    - key: hoan-thanh
      name: Hoàn thành nhiệm vụ
      when: {score: 50, done: 1.0, late_at_most: 0.2}
    # NĐ 335/2025: dưới 50 điểm (các trường hợp khác của mức này do cấp có thẩm quyền kết luận,
    # công cụ không tính được: ghi vào `final`).
    - key: khong-hoan-thanh
      name: Không hoàn thành nhiệm vụ
      when: {score_below: 50}
  # NĐ 335/2025: số xếp loại xuất sắc không quá 20% số được xếp loại hoàn thành tốt, trong
  # cùng cơ quan, đơn vị và từng nhóm có nhiệm vụ tương đồng (ở đây: từng khối).
  quota: {level: xuat-sac, at_most: 0.2, of: tot, within: group}
  # QĐ 366 Điều 1: kiểm điểm, đánh giá theo nhiệm kỳ, hằng năm, hằng quý hoặc khi cần thiết.
  periods: quarterly
  # NĐ 335/2025/NĐ-CP (Nghị định 335/2025/NĐ-CP): kết quả đánh giá cả năm được xây dựng từ kết
  # quả đánh giá các quý.
  annual: quarters
"""

POLICIES = {"nd90-2020": ND90_2020, "qd366-2025": QD366_2025}
