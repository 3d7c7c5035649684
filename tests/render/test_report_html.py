"""The HTML reports, parsed: self-contained, escaped, relatively linked, printable."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from songlo_targets.cli import main

from support.report_repo import DUC_BAC, DUC_BAC_2022, make_report_repo

EVIL_TITLE = '<script>alert("x")</script> | <img src=http://evil.example/x.png> & "q"'
EVIL_UNIT = "Xã <b>Đức</b> | Bác"
URL_ATTRIBUTES = {"src", "href", "srcset", "action", "formaction", "data", "poster",
                  "background", "xlink:href"}
FORBIDDEN_TAGS = {"script", "link", "img", "iframe", "object", "embed", "base", "form",
                  "frame", "audio", "video", "source"}


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        self.style = ""
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        self._in_style = tag == "style"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.style += data
        else:
            self.text.append(data)


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def render(repo: Path) -> Path:
    try:
        main(["--root", str(repo), "--lang", "en", "report", "2022", "--as-of", "2022-10-15"])
    except SystemExit as exc:
        assert exc.code in (None, 0)
    return repo / "reports" / "2022"


@pytest.fixture
def evil(tmp_path: Path) -> Path:
    return render(make_report_repo(tmp_path / "repo", {
        "units/duc-bac.yaml": DUC_BAC.replace("name: Xã Đức Bác", f"name: '{EVIL_UNIT}'"),
        "targets/2022/duc-bac.yaml": DUC_BAC_2022.replace(
            "title: Hoàn thành GPMB đường tỉnh 307 | đoạn qua xã",
            "title: '" + EVIL_TITLE.replace("'", "''") + "'"),
    }))


def html_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.html"))


def test_pages_are_self_contained_and_link_relatively(evil: Path) -> None:
    root = evil.parents[1]
    pages = html_files(evil)
    assert len(pages) == 9  # index, tong-hop, danh-gia, 3 units × (don-vi, quyet-dinh)
    for path in pages:
        page = parse(path)
        tags = [tag for tag, _ in page.tags]
        assert tags[0] == "html" and page.tags[0][1].get("lang") == "vi", path
        assert not FORBIDDEN_TAGS & set(tags), path
        csp = [a["content"] for t, a in page.tags
               if t == "meta" and a.get("http-equiv", "").lower() == "content-security-policy"]
        assert csp and "default-src 'none'" in csp[0] and "script-src" not in csp[0], path
        # url(#id) names a pattern of the page itself (the black-and-white fills): no request
        assert not re.search(r"url\((?!#p-)", page.style) and "@import" not in page.style
        assert "thead { display: table-header-group; }" in page.style
        assert "@page { size: A4;" in page.style and "Times New Roman" in page.style
        for tag, attrs in page.tags:
            assert "url(" not in attrs.get("style", ""), path
            for name, value in attrs.items():
                assert not name.startswith("on"), (path, tag, name)
                if name not in URL_ATTRIBUTES:
                    continue
                parts = urlsplit(value)
                assert not parts.scheme and not parts.netloc, (path, tag, value)
                target = (path.parent / unquote(parts.path)).resolve()
                assert target.is_file(), (path, value)
                assert target.is_relative_to(root), (path, value)


def test_every_value_is_escaped(evil: Path) -> None:
    for name in ("tong-hop.html", "don-vi/duc-bac.html", "quyet-dinh/duc-bac.html",
                 "index.html"):
        path = evil / name
        source = path.read_text(encoding="utf-8")
        page = parse(path)
        text = "".join(page.text)
        assert EVIL_UNIT in text, name
        assert "<b>Đức</b>" not in source and "&lt;b&gt;Đức&lt;/b&gt;" in source, name
        if name.startswith(("don-vi", "quyet-dinh")):
            assert EVIL_TITLE in text, name
            assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in source, name
        assert not [t for t, _ in page.tags if t in ("script", "img")], name
        assert "evil.example" not in " ".join(v for _, a in page.tags for v in a.values())


def test_markdown_of_the_evil_title_is_harmless(evil: Path) -> None:
    text = (evil / "quyet-dinh/duc-bac.md").read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if "alert" in line)
    assert "&lt;script&gt;alert(\"x\")&lt;/script&gt; \\| &lt;img src=http://evil.example/" \
           "x.png&gt; &amp; \"q\"" in row
    assert "<script" not in text and "<img" not in text
    assert len(re.findall(r"(?<!\\)\|", row)) == 9  # 8 cells, 9 borders


def test_party_header_and_vietnamese_numbers(evil: Path) -> None:
    page = parse(evil / "tong-hop.html")
    text = " ".join(" ".join(page.text).split())
    assert "ĐẢNG BỘ TỈNH VĨNH PHÚC HUYỆN ỦY SÔNG LÔ * Số …-BC/HU" in text
    assert "ĐẢNG CỘNG SẢN VIỆT NAM Sông Lô, ngày 15 tháng 10 năm 2022" in text
    assert "1.250 ha" in text and "1.172,5 ha" in text and "1.180,25 ha" in text
    decision = " ".join(" ".join(parse(evil / "quyet-dinh/tam-son.html").text).split())
    assert "Số 125-QĐ/HU" in decision and "Sông Lô, ngày 24 tháng 01 năm 2022" in decision
    assert "Kèm theo Quyết định số 125-QĐ/HU ngày 24/01/2022" in decision
    classes = {a.get("class") for _, a in page.tags}
    assert {"issuer", "body", "party-name", "dcs", "place-date"} <= classes
    style = page.style
    assert ".dcs { font-weight: bold; text-decoration: underline;" in style
    assert ".place-date { font-style: italic;" in style
    assert ".issuer .body { font-weight: bold; }" in style


def test_evidence_links_point_into_the_repository_and_urls_stay_text(evil: Path) -> None:
    page = parse(evil / "don-vi/duc-bac.html")
    hrefs = [a["href"] for t, a in page.tags if t == "a"]
    assert "../../../evidence/2022/duc-bac/anh.txt" in hrefs
    assert "https://songlo.vinhphuc.gov.vn/bc-12" in "".join(page.text)
    assert not any(h.startswith("http") for h in hrefs)
