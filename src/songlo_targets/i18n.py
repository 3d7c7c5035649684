"""The one message catalog of the tool: English message ids, translated through gettext.

User-facing texts are written in English in the code and marked for extraction:

* ``_("...", **values)`` translates now and fills ``{placeholders}``;
* ``_n("one ...", "{n} ...", n, **values)`` does the same with a plural;
* ``N_("...")`` only marks a text, for tables of messages translated later with ``_``;
* ``_p("context", "...")`` translates a text within a context (the glossary's labels).

The Vietnamese catalogs are ``locale/vi/LC_MESSAGES/*.po`` (one file per area of the tool, so
that work on different commands does not collide), compiled to ``.mo`` by ``make messages``.
Every catalog of the active language is loaded and consulted in turn. Codes, JSON keys and
file formats are never translated.
"""

from __future__ import annotations

import functools
import gettext
import os
from pathlib import Path

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
DOCUMENT_LANGUAGE = "vi"
"""The language of the documents (reports, the pull-request summary), whatever the user's."""
LOCALE_DIR = Path(__file__).parent / "locale"

_language = DEFAULT_LANGUAGE
_translations: gettext.NullTranslations | None = None
_fixed: dict[str, gettext.NullTranslations] = {}


def N_(message: str) -> str:  # noqa: N802 - the conventional gettext marker name
    """Mark a message for extraction without translating it."""
    return message


def NP_(context: str, message: str) -> tuple[str, str]:  # noqa: N802 - gettext marker
    """Mark a message within a context for extraction; ``_p(*marked)`` translates it."""
    return context, message


def load_catalog(language: str) -> gettext.NullTranslations:
    """Chain every compiled catalog of ``language``; English needs none."""
    chain: gettext.NullTranslations = gettext.NullTranslations()
    folder = LOCALE_DIR / language / "LC_MESSAGES"
    if language == "en" or not folder.is_dir():
        return chain
    first: gettext.NullTranslations | None = None
    for mo in sorted(folder.glob("*.mo")):
        with mo.open("rb") as handle:
            catalog = gettext.GNUTranslations(handle)
        if first is None:
            first = catalog
        else:
            first.add_fallback(catalog)
    return first or chain


def set_language(language: str) -> None:
    global _language, _translations
    if language not in LANGUAGES:
        raise ValueError(language)
    _language = language
    _translations = None


def language() -> str:
    return _language


def _catalog() -> gettext.NullTranslations:
    global _translations
    if _translations is None:
        _translations = load_catalog(_language)
    return _translations


def _(message: str, /, **values: object) -> str:
    text = _catalog().gettext(message)
    return text.format(**values) if values else text


def _catalog_of(language: str | None) -> gettext.NullTranslations:
    if language is None or language == _language:
        return _catalog()
    if language not in _fixed:
        _fixed[language] = load_catalog(language)
    return _fixed[language]


def translate(message: str, language: str | None, /, **values: object) -> str:
    """``_`` in a fixed language (the reports are Vietnamese); None: the active one."""
    text = _catalog_of(language).gettext(message)
    return text.format(**values) if values else text


def _p(context: str, message: str, /, language: str | None = None) -> str:
    """A message within a context (``msgctxt``): the glossary's labels, one context per kind."""
    return _pgettext(_catalog_of(language), context, message)


@functools.lru_cache(maxsize=4096)
def _pgettext(catalog: gettext.NullTranslations, context: str, message: str) -> str:
    """(A report asks for the same labels thousands of times, each through every catalog.)"""
    return catalog.pgettext(context, message)


def _n(singular: str, plural: str, n: int, /, **values: object) -> str:
    text = _catalog().ngettext(singular, plural, n)
    return text.format(n=n, **values)


def env_language() -> str | None:
    """The language asked for by ``TARGETS_LANG``, if any and valid."""
    value = os.environ.get("TARGETS_LANG", "").strip().lower()
    return value if value in LANGUAGES else None
