"""The roll-up for people: a terminal table, CSV, and the province's document (md, html,
docx, pdf) through the report pipeline, headed as the reports of a data repository are."""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from songlo_targets import formats, glossary
from songlo_targets.bundles.rollup import Rollup
from songlo_targets.derive.report_document import Issue, issue
from songlo_targets.errors import UsageError
from songlo_targets.i18n import N_, _
from songlo_targets.records.model import Config, Organization

DOCUMENT = "tong-hop-tinh"
BUCKET_KEYS = ("done_on_time", "done_late", "open", "overdue")
RATINGS_FROM = 140  # the width from which the terminal table has room for ratings and quota


def _date(c: Any) -> str:
    text = formats.date(c.as_of)
    return f"{text} ({glossary.inline(glossary.label('flag', 'outdated'))})" if c.outdated else text


def _ratings(result: Rollup, ratings: dict[str, int]) -> str:
    total = sum(ratings.values())
    if not total:
        return ""
    names = dict(result.levels)
    names["review"] = glossary.label("rating", "review")
    order = [k for k, _name in result.levels] + ["review"]
    parts = [f"{names.get(k, k)}: {formats.percent(ratings[k] / total)}"
             for k in [*order, *sorted(set(ratings) - set(order))] if k in ratings]
    return "; ".join(parts)


def _quota(ok: bool | None) -> str:
    return "" if ok is None else (_(N_("yes")) if ok else _(N_("no")))


def headers() -> list[str]:
    return [_(N_("Commune")), _(N_("Data as of")), _(N_("Tasks")),
            *[glossary.short("bucket", k.replace("_", "-")) for k in BUCKET_KEYS],
            _(N_("Done share")), glossary.label("flag", "stale"), _(N_("Ratings")),
            _(N_("Quota holds"))]


def rows(result: Rollup) -> list[list[str]]:
    out = []
    for c in result.communes:
        out.append([c.commune, _date(c), formats.number(c.counts["tasks"]),
                    *[formats.number(c.counts[k]) for k in BUCKET_KEYS],
                    formats.percent(c.done_share) if c.done_share is not None else "",
                    formats.number(c.counts["stale"]), _ratings(result, c.ratings),
                    _quota(c.quota_ok)])
    return out


def _total_row(result: Rollup) -> list[str]:
    t = result.totals
    return [_(N_("Province")), "", formats.number(t["tasks"]),
            *[formats.number(t[k]) for k in BUCKET_KEYS],
            formats.percent(result.done_share) if result.done_share is not None else "",
            formats.number(t["stale"]), "", ""]


def print_table(result: Rollup) -> None:
    from songlo_targets.render.common import console
    from songlo_targets.render.layout import print_table as draw
    from songlo_targets.render.layout import table, text_column, width

    out = console()
    title = _(N_("The communes of {year}: {count} bundles"), year=result.year,
              count=len(result.communes))
    grid = table(title)
    body = rows(result)
    for row, c in zip(body, result.communes, strict=True):
        row[1] = formats.date(c.as_of) + (
            "\n" + glossary.inline(glossary.label("flag", "outdated")) if c.outdated else "")
    heads = headers()
    wide = width() >= RATINGS_FROM
    keep = [0, 1, 2, 3, 4, 5, 6, 7, 8, *([9, 10] if wide else [])]
    text_column(grid, heads[0], [r[0] for r in body])
    for i in keep[1:]:
        if i == 9:
            text_column(grid, heads[9], [r[9] for r in body])
        else:
            grid.add_column(heads[i], justify="right", min_width=10 if i == 1 else None,
                            max_width=10 if i == 1 else 7)
    for row in [*body, _total_row(result)]:
        grid.add_row(*[row[i] for i in keep])
    draw(out, grid)
    if not wide and any(r[9] or r[10] for r in body):  # no room beside: a table of their own
        rated = table(_(N_("Ratings of the last rated period")))
        text_column(rated, heads[0], [r[0] for r in body])
        text_column(rated, heads[9], [r[9] for r in body])
        rated.add_column(heads[10], justify="right")
        for row in body:
            rated.add_row(row[0], row[9], row[10])
        draw(out, rated)
    if result.categories:
        cats = table(_(N_("By category")))
        text_column(cats, glossary.label("field", "categories"), [n for n, _c in result.categories])
        for head in headers()[2:7]:
            cats.add_column(head, justify="right")
        for name, counts in result.categories:
            cats.add_row(name, *[formats.number(counts[k]) for k in ("tasks", *BUCKET_KEYS)])
        draw(out, cats)
    if result.checkpoint:
        out.file.write(_(N_("Last checkpoint: {date}; a commune whose data is older is marked "
                            "“{flag}”."), date=formats.date(result.checkpoint),
                         flag=glossary.inline(glossary.label("flag", "outdated"))) + "\n")
    print_rejected(result)


def print_rejected(result: Rollup) -> None:
    if result.rejected:
        print(_(N_("rejected:")), file=sys.stderr)
        for r in result.rejected:
            print(f"  {r.bundle}: {r.reason}", file=sys.stderr)


def as_csv(result: Rollup) -> str:
    from songlo_targets.render.tabular import csv_text

    keys = ["commune", "as_of", "tasks", *BUCKET_KEYS, "done_share", "stale", "outdated",
            "quota_ok"]
    body = [[c.commune, c.as_of.isoformat(), *[c.counts[k] for k in ("tasks", *BUCKET_KEYS)],
             round(c.done_share, 4) if c.done_share is not None else "", c.counts["stale"],
             c.outdated, "" if c.quota_ok is None else c.quota_ok] for c in result.communes]
    return csv_text(keys, body)


# the document --------------------------------------------------------------------------------


@dataclass
class Document:
    """What the templates of the province's document read (``r``)."""

    organization: Organization
    issue: Issue
    as_of: dt.date
    rollup: Rollup
    rows: list[list[str]]
    headers: list[str]

    def ratings(self, ratings: dict[str, int]) -> str:
        return _ratings(self.rollup, ratings)


def document(result: Rollup, config: Config | None, as_of: dt.date,
             number: str | None = None) -> Document:
    if config is None or config.organization is None:  # nobody to issue it
        raise UsageError(N_("a roll-up document is issued by an organisation: run it inside "
                            "its data repository (the folder with targets.yaml) or give "
                            "--root DIR; --format table, csv and json need none"))
    organization = config.organization
    return Document(organization, issue(config, as_of, number), as_of, result, rows(result),
                    headers())


def document_files(doc: Document, asked: tuple[str, ...], root: Path | None) -> dict[str,
                                                                                     str | bytes]:
    """``{tong-hop-tinh.EXT: text or bytes}`` for the formats asked (md, html, docx, pdf)."""
    from songlo_targets.render.report_html import environments

    html, md = environments(root)
    files: dict[str, str | bytes] = {}
    for ext, env in (("md", md), ("html", html)):
        if ext in asked or (ext == "html" and {"docx", "pdf"} & set(asked)):
            text = env.get_template(f"{DOCUMENT}.{ext}.j2").render(r=doc)
            files[f"{DOCUMENT}.{ext}"] = text if text.endswith("\n") else text + "\n"
    if "docx" in asked:
        from songlo_targets.render.report_docx import docx_files

        files.update(docx_files(files, doc.issue.date))
    if "pdf" in asked:
        from songlo_targets.render.report_pdf import print_pdfs

        files.update(print_pdfs(files, doc.issue.date))
    return {p: v for p, v in sorted(files.items()) if p.rsplit(".", 1)[1] in asked}
