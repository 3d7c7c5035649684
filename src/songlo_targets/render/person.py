"""Rendering a person's record (`targets person NAME_OR_ID`): a table at 80 columns,
Markdown, JSON, and the signed one-person document (HTML → Word or PDF through the report
pipeline: the same templates, :func:`render.report_docx.to_docx`, :func:`render.report_pdf.
print_pdfs`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from songlo_targets import formats, glossary
from songlo_targets.derive.person import Period, PersonRecord
from songlo_targets.derive.report_document import Issue, issue
from songlo_targets.derive.report_rating import score_text
from songlo_targets.i18n import N_, _
from songlo_targets.records.collection import Records
from songlo_targets.render import layout
from songlo_targets.render.common import console, json_text
from songlo_targets.render.markdown import escape
from songlo_targets.render.tabular import md_table

DOCUMENT = "can-bo.html"
# The count columns at 80 columns: products, then done on time, done late, open, overdue,
# exceeded (the documents and Markdown give the glossary's labels).
NARROW = (N_("Prod."), N_("On time"), N_("Late"), N_("Open"), N_("Over."), N_("Exc."))


def as_json(record: PersonRecord) -> str:
    return json_text({
        "person": record.person,
        "name": record.name,
        "positions": [{"unit": p.unit, "role": p.role, "from": p.start.isoformat(),
                       "until": p.until.isoformat() if p.until else None}
                      for p in record.positions],
        "periods": [{"year": p.year, "quarter": p.quarter, "unit": p.unit, "role": p.role,
                     "tasks": p.counts.total, "done": p.counts.done,
                     "on_time": p.counts.done_on_time, "exceeded": p.counts.exceeded,
                     "score": p.score.total if p.score is not None else None,
                     "computed": p.computed, "final": p.final} for p in record.periods],
    })


def period_text(period: Period, language: str | None = None) -> str:
    if period.quarter is None:
        return str(period.year)
    return formats.quarter(period.year, period.quarter, language)


def rating_text(records: Records, period: Period, key: str | None,
                language: str | None = None) -> str:
    if key is None:
        return ""
    return records.level_name(period.year, key, language)


def holder_note(period: Period, person: str, language: str | None = None) -> str:
    """A line saying the role changed holder in the period, and whose the rating is."""
    if not period.changed and period.rated:
        return ""
    others = ", ".join(f"{name} ({_(N_('from {date}'), date=formats.date(since))})"
                       for since, pid, name in period.holders if pid != person)
    if period.rated:
        return _(N_("the role changed holder in the period: {others}; the rating is this "
                    "person's (held on the period's last day)"), others=others)
    return _(N_("the rating of the period belongs to who held the role on its last day: "
                "{others}"), others=others or "—")


def _rows(records: Records, record: PersonRecord) -> list[list[str]]:
    rows = []
    for p in record.periods:
        c = p.counts
        rows.append([period_text(p), f"{p.title}, {p.unit_name}", str(c.total),
                     str(c.done_on_time), str(c.done_late), str(c.open), str(c.overdue),
                     str(c.exceeded), score_text(p.score) if p.rated else "",
                     rating_text(records, p, p.computed), rating_text(records, p, p.final)
                     + (f" ({p.decision})" if p.decision else "")])
    return rows


def _headers() -> list[str]:
    return [glossary.label("person", "period"), glossary.label("person", "position"),
            _(N_("Products")), glossary.short("bucket", "done-on-time"),
            glossary.short("bucket", "done-late"), glossary.short("bucket", "open"),
            glossary.short("bucket", "overdue"), glossary.label("flag", "exceeded"),
            _(N_("Score")), glossary.label("rating-field", "computed"),
            glossary.label("rating-field", "final")]


def _positions(records: Records, record: PersonRecord) -> list[str]:
    lines = []
    for p in record.positions:
        until = formats.date(p.until) if p.until else "…"
        line = f"{p.title}, {p.unit_name}: {formats.date(p.start)} – {until}"
        if p.decision:
            line += f" ({p.decision})"
        if p.successor:
            successor = records.units.get(p.successor)
            line += " → " + _(N_("merged into {unit}"),
                              unit=successor.name if successor else p.successor)
        lines.append(line)
    return lines


def _notes(record: PersonRecord) -> list[str]:
    return [f"{period_text(p)}, {p.unit}: {note}" for p in record.periods
            if (note := holder_note(p, record.person))]


def print_table(records: Records, record: PersonRecord) -> None:
    """The record at 80 columns: the positions, then one table per position held (its
    periods), the rating's words wrapping between words, the changes of holder below."""
    out = console()
    out.print(f"{record.name} ({record.person})", markup=False, highlight=False)
    for line in _positions(records, record):
        out.print("  " + line, markup=False, highlight=False)
    headers = _headers()
    rows = _rows(records, record)
    if not rows:
        out.print(_(N_("No period of these positions has records.")), highlight=False)
    seen: list[tuple[str, str]] = []
    for period in record.periods:
        if (period.unit, period.role) not in seen:
            seen.append((period.unit, period.role))
    for unit, role in seen:
        mine = [row for row, p in zip(rows, record.periods, strict=True)
                if (p.unit, p.role) == (unit, role)]
        table = layout.table(mine[0][1])
        table.add_column(headers[0], no_wrap=True)
        for header in NARROW:
            table.add_column(_(header), justify="right")
        table.add_column(headers[8], justify="right")
        layout.text_column(table, _(N_("Rating: computed / final")),
                           [f"{r[9]} / {r[10]}" for r in mine])
        for row in mine:
            final = row[10] or "—"
            table.add_row(row[0], *row[2:9], f"{row[9]} / {final}" if row[9] else "")
        layout.print_table(out, table)
    for line in _notes(record):
        out.print("* " + line, markup=False, highlight=False)


def as_markdown(records: Records, record: PersonRecord) -> str:
    lines = [f"# {escape(record.name)} (`{record.person}`)", ""]
    lines += [f"- {escape(line)}" for line in _positions(records, record)]
    right = [False, False] + [True] * 7 + [False, False]
    lines += ["", md_table(_headers(), _rows(records, record), right).rstrip("\n"), ""]
    lines += [f"- {escape(line)}" for line in _notes(record)]
    return "\n".join(lines).rstrip("\n") + "\n"


# The signed document -------------------------------------------------------------------------


@dataclass
class PersonDocument:
    """What the template of the one-person document reads (``r``)."""

    organization: Any
    issue: Issue
    as_of: dt.date
    record: PersonRecord
    positions: list[str]
    rows: list[list[str]]
    headers: list[str]
    notes: list[str]


def document(records: Records, record: PersonRecord, day: dt.date) -> PersonDocument:
    """The view of the document, in Vietnamese whatever the user's language (a document)."""
    from songlo_targets import i18n

    previous = i18n.language()
    i18n.set_language("vi")
    try:
        return PersonDocument(records.config.organization if records.config else None,
                              issue(records.config, day), day, record,
                              _positions(records, record),
                              _rows(records, record), _headers(), _notes(record))
    finally:
        i18n.set_language(previous)


def html(records: Records, record: PersonRecord, day: dt.date) -> str:
    from songlo_targets.render.report_html import environments

    env = environments(records.root)[0]
    text = env.get_template("can-bo.html.j2").render(r=document(records, record, day))
    return text if text.endswith("\n") else text + "\n"


def docx(records: Records, record: PersonRecord, day: dt.date) -> bytes:
    from songlo_targets.render.report_docx import to_docx

    return to_docx(html(records, record, day), day)


def pdf(records: Records, record: PersonRecord, day: dt.date) -> bytes:
    from songlo_targets.render.report_pdf import print_pdfs

    return print_pdfs({DOCUMENT: html(records, record, day)}, day)["can-bo.pdf"]
