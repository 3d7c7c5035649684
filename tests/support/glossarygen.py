"""Generate docs/glossary.md from songlo_targets.glossary: `make docs`.

A test regenerates it and compares, so the list of terms cannot drift from the tool.
"""

from __future__ import annotations

from pathlib import Path

from songlo_targets import glossary

DOC = Path(__file__).parents[2] / "docs" / "glossary.md"

HEADER = """\
# Glossary

Generated from `src/songlo_targets/glossary.py` (`make docs`); a test fails when it is out of
date. Each concept has one key (in the files, JSON and CSV for programs) and one label in each
language (what people read: the CLI, the reports, the pull-request summary, the messages).
A *short* label is the same term abbreviated for a narrow table column. Wherever a command
takes one of these keys, a person may type its label instead, in either language, with or
without Vietnamese diacritics (`"dang thuc hien"` is `in-progress`).

The names the records define themselves come from the records, never from here: groups and
categories (`targets.yaml`), rating levels (the rating policy), head roles (the titles in
`units/<id>.yaml`).

Numbers, percentages and dates for people have one form per language
(`src/songlo_targets/formats.py`):

| what | Vietnamese | English |
|---|---|---|
| number | 1.234.567 | 1,234,567 |
| decimal | 6,8 | 6.8 |
| percentage (no space before `%`) | 82,5% | 82.5% |
| date | 31/12/2022 | 31/12/2022 |

Numbers written into the record files stay in the machine form (`6.8`).
"""


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def render() -> str:
    parts = [HEADER]
    for kind in glossary.KINDS:
        parts.append(f"## `{kind}`\n\n{glossary.MEANINGS[kind]}.\n")
        parts.append("| key | Tiếng Việt | English |\n|---|---|---|")
        for key in glossary.keys(kind):
            vi, en = glossary.label(kind, key, "vi"), glossary.label(kind, key, "en")
            short_vi, short_en = glossary.short(kind, key, "vi"), glossary.short(kind, key, "en")
            if short_vi != vi:
                vi += f" (short: {short_vi})"
            if short_en != en:
                en += f" (short: {short_en})"
            parts.append(f"| `{key}` | {_cell(vi)} | {_cell(en)} |")
        parts.append("")
    return "\n".join(parts).rstrip() + "\n"


if __name__ == "__main__":
    DOC.write_text(render(), encoding="utf-8")
    print(f"wrote {DOC}")
