"""`targets report` as a library call: load, check, build the view model, render (SPEC §6.4).

The command line writes or compares what :func:`prepare` returns; nothing here touches the
output folder.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from songlo_targets import dates
from songlo_targets.check import check
from songlo_targets.derive.report import build_report
from songlo_targets.derive.state import default_as_of
from songlo_targets.diagnostics import Diagnostic, Severity
from songlo_targets.errors import TargetsError, UsageError
from songlo_targets.i18n import N_
from songlo_targets.render.report_html import RenderError, relative_root, render

FORMATS = ("md", "html", "docx", "pdf")  # every format `--format` takes, in writing order
DEFAULT_FORMATS = ("md", "html")


@dataclass
class Prepared:
    year: int
    as_of: dt.date
    out: Path
    formats: tuple[str, ...]
    files: dict[str, str | bytes]  # path relative to out -> text (md, html) or bytes
    errors: list[Diagnostic]  # errors of the records; nothing is rendered when there are any
    unsigned: bool = False  # targets.yaml names no signer: the documents have no signature


def parse_formats(text: str) -> tuple[str, ...]:
    """``md,html`` → ``("md", "html")`` in a fixed order; unknown names are a usage error."""
    asked = {part.strip().lower() for part in text.split(",") if part.strip()}
    unknown = sorted(asked - set(FORMATS))
    if unknown or not asked:
        raise UsageError(N_("unknown report format `{value}`: use md, html, docx or pdf, "
                            "separated by commas"), value=", ".join(unknown) or text)
    return tuple(f for f in FORMATS if f in asked)


def prepare(root: Path, year: int | None = None, as_of: dt.date | None = None,
            formats: tuple[str, ...] = DEFAULT_FORMATS, out: Path | None = None,
            today: dt.date | None = None, number: str | None = None,
            date: dt.date | None = None, quarter: int | None = None) -> Prepared:
    """Everything ``targets report`` would write, in memory.

    ``number`` and ``date`` are the issued documents' number and date (``--number``,
    ``--date``). docx and pdf are made from the HTML pages; pdf needs Chromium
    (:class:`~songlo_targets.render.report_pdf.ChromiumMissing` where it is not on PATH).
    ``quarter`` renders the quarter's documents into ``reports/YEAR/quy-N/``, at the
    quarter's last day unless ``as_of`` says otherwise.
    """
    checked = check(root, today=today)  # a warm run shows the kept result of the rules
    records = checked.records
    if year is None:
        if not records.years:
            raise UsageError(N_("there is no year to report on: targets/ has no year folder"))
        year = records.default_year(today or dates.today())
    if year not in records.years:
        raise UsageError(N_("there are no records of {year}: targets/{year}/ does not exist"),
                         year=year)
    if quarter is not None:
        as_of = as_of or min(default_as_of(year, today), dates.quarter_end(year, quarter))
    as_of = as_of or default_as_of(year, today)
    folder = root / "reports" / str(year)
    if quarter is not None:
        folder = folder / f"quy-{quarter}"
    out = out if out is not None else folder
    errors = [d for d in checked.diagnostics
              if d.severity is Severity.ERROR and d.concerns_year(year)]
    if errors:
        return Prepared(year, as_of, out, formats, {}, errors)
    report = build_report(records, year, as_of, number, date, quarter)
    report.evidence_root = relative_root(root, out)
    textual = tuple(f for f in ("md", "html") if f in formats
                    or (f == "html" and {"docx", "pdf"} & set(formats)))
    try:
        rendered = render(report, textual, root)
    except RenderError as exc:
        raise TargetsError(N_("the report template {where} fails: {error}"), where=exc.where,
                           error=exc.reason) from None
    files: dict[str, str | bytes] = dict(rendered)
    day = report.issue.date
    if "docx" in formats:
        from songlo_targets.render.report_docx import docx_files
        files.update(docx_files(files, day))
    if "pdf" in formats:
        from songlo_targets.render.report_pdf import print_pdfs
        files.update(print_pdfs(files, day))
    if "html" not in formats:
        files = {p: v for p, v in files.items() if not p.endswith(".html")}
    return Prepared(year, as_of, out, formats, dict(sorted(files.items())), [],
                    unsigned=report.issue.signer is None)
