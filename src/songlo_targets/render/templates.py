"""The one jinja2 environment factory of the tool: reports and the pull-request summary.

Templates are looked up first in the data repository's ``templates/`` folder, then among the
built-in ones (``songlo_targets/templates``), so that a repository overrides a template by
giving its name. Templates run in jinja2's sandbox (a template that arrives in a pull request
can lay out the data, not reach into Python) with ``StrictUndefined`` (a misspelt name fails
instead of printing nothing).

Every value is escaped: HTML by jinja2's autoescape, Markdown by a ``finalize`` hook that
escapes everything not marked :class:`~songlo_targets.render.markdown.MdSafe`. Numbers,
percentages and dates go through :mod:`songlo_targets.formats` and every label through
:mod:`songlo_targets.glossary`, in the environment's language (the documents are Vietnamese):
templates write ``{{ label("status", t.state.status) }}``, ``{{ short("bucket", b) }}``,
``{{ keys("bucket") }}`` and never spell a label themselves.

An environment is built once per (root, markup, language) and reused, so each template is
compiled once per process.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
from collections.abc import Callable, MutableMapping
from pathlib import Path
from typing import Any, Literal

from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    PackageLoader,
    StrictUndefined,
    Template,
    TemplateError,
    TemplateNotFound,
)
from jinja2.sandbox import SandboxedEnvironment

from songlo_targets import formats, glossary
from songlo_targets.i18n import DOCUMENT_LANGUAGE
from songlo_targets.paths import UnsafeFile, file_kind, read_bytes
from songlo_targets.render.markdown import MdSafe, code, escape

TEMPLATE_DIR = "templates"
Markup = Literal["html", "md"]
MAX_TEMPLATE_BYTES = 1024 * 1024


class RepositoryLoader(BaseLoader):
    """The templates of the repository's ``templates/`` folder, read as safely as the records
    (SPEC §8): a symlink, a pipe, a device or a folder where a template is expected raises
    :class:`UnsafeFile` and is never followed; a template's size is known before it is read."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def get_source(self, environment: Environment, template: str
                   ) -> tuple[str, str | None, Any]:
        parts = template.split("/")
        if "\\" in template or any(part in ("", ".", "..") for part in parts):
            raise TemplateNotFound(template)
        rel = f"{TEMPLATE_DIR}/{template}"
        kind = file_kind(self.root, rel)
        if kind is None:
            raise TemplateNotFound(template)
        if kind != "file":
            raise UnsafeFile(rel, kind)
        stamp = self._stamp(rel)
        try:
            text = read_bytes(self.root, rel, MAX_TEMPLATE_BYTES).decode("utf-8")
        except UnicodeDecodeError:
            raise TemplateError(f"{rel} is not UTF-8") from None
        return text, None, lambda: self._stamp(rel) == stamp

    def _stamp(self, rel: str) -> tuple[int, int] | None:
        try:
            info = (self.root / rel).lstat()
        except OSError:
            return None
        return info.st_mtime_ns, info.st_size


def _html_finalize(value: object) -> object:
    return "" if value is None else value


def _helpers(language: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(filters, globals) in ``language``."""
    filters: dict[str, Any] = {
        "num": _remembered(functools.partial(_number, language=language)),
        "pct": functools.partial(formats.percent, language=language),
        "vndate": _remembered(formats.date),
        "longdate": formats.long_date,
        "place_date": formats.place_date,
        "vnupper": formats.upper,
        "roman": formats.roman,
        "inline": glossary.inline,
    }
    names: dict[str, Any] = {
        "label": _remembered(functools.partial(_label, language=language)),
        "short": _remembered(functools.partial(_short, language=language)),
        "keys": glossary.keys,
    }
    return filters, names


def _remembered(function: Callable[..., str]) -> Callable[..., str]:
    """``function`` (pure, of hashable arguments) answering each question once per
    environment: a province's report asks for the same labels, numbers and dates tens of
    thousands of times. The type is part of the question (``1`` and ``1.0`` and ``True`` are
    one key of a dict, not one text)."""
    answers: dict[tuple[Any, ...], str] = {}

    def remembered(*args: Any, **named: Any) -> str:
        if named:
            return function(*args, **named)
        question = (*args, *map(type, args))
        try:
            return answers[question]
        except KeyError:
            answer = answers[question] = function(*args)
            return answer
        except TypeError:  # an argument that cannot be a key
            return function(*args)

    return remembered


def _number(value: float | None, decimals: int = 2, *, language: str) -> str:
    return formats.number(value, decimals, language)


def _label(kind: str, key: str, *, language: str) -> str:
    return glossary.label(kind, key, language)


def _short(kind: str, key: str, *, language: str) -> str:
    return glossary.short(kind, key, language)


def environment(root: Path | None, markup: Markup,
                language: str = DOCUMENT_LANGUAGE) -> Environment:
    """The environment for ``markup`` ("html" or "md"), the repository's templates first."""
    own = root if root is not None and file_kind(root, TEMPLATE_DIR) is not None else None
    return _environment(own, markup, language)


COMPILED = "songlo_targets.render.compiled"  # the package of the compiled templates


def compiled_name(markup: Markup, template: str) -> str:
    """The module of ``template`` compiled for ``markup``: ``md_don_vi_md``."""
    return f"{markup}_" + template.removesuffix(".j2").replace("-", "_").replace(".", "_")


def source_digest(source: str) -> str:
    return hashlib.blake2b(source.encode("utf-8"), digest_size=16).hexdigest()


class CompiledLoader(BaseLoader):
    """The tool's own templates, from the Python jinja2 compiled them to
    (``songlo_targets/render/compiled``, made by ``make docs``): compiling a province's 17
    templates is a quarter of its report. A module is used only when the digest of the source
    it was compiled from is the digest of the template as it is now; else, and for a template
    that has no module, the source is compiled as before. The result is the same template."""

    def __init__(self, markup: Markup) -> None:
        self.markup = markup
        self.source = PackageLoader("songlo_targets", TEMPLATE_DIR)

    def get_source(self, environment: Environment, template: str
                   ) -> tuple[str, str | None, Any]:
        return self.source.get_source(environment, template)

    def list_templates(self) -> list[str]:
        return self.source.list_templates()

    def load(self, environment: Environment, name: str,
             globals: MutableMapping[str, Any] | None = None) -> Template:
        source, filename, uptodate = self.source.get_source(environment, name)
        module = compiled_name(self.markup, name)
        code = None
        if _compiled_digests().get(module) == source_digest(source):
            code = _compiled_code(f"{COMPILED}.{module}")
        if code is None:
            return super().load(environment, name, globals)
        # What environment.compile(source) gives, read from its bytecode.
        template = environment.template_class.from_code(environment, code, globals or {},
                                                        uptodate)
        template.filename = filename
        return template


@functools.cache
def _compiled_digests() -> dict[str, str]:
    """``{module: digest of the source it was compiled from}`` of the compiled templates."""
    try:
        index = importlib.import_module(COMPILED)
    except ImportError:
        return {}
    return dict(getattr(index, "DIGESTS", {}))


def _compiled_code(module: str) -> Any:
    """The code of a compiled template's module, not run (each environment runs its own), or
    None."""
    spec = importlib.util.find_spec(module)
    if spec is None or spec.loader is None or not hasattr(spec.loader, "get_code"):
        return None
    return spec.loader.get_code(module)


def compiled_sources(environments: dict[Markup, Environment]) -> dict[str, str]:
    """``{module: Python}`` of every template of the tool in the environment of its markup
    (with every filter its callers add): what ``songlo_targets/render/compiled`` holds
    (``make docs`` writes it; a test compares)."""
    found: dict[str, str] = {}
    digests: dict[str, str] = {}
    for markup, env in environments.items():
        loader = PackageLoader("songlo_targets", TEMPLATE_DIR)
        for name in loader.list_templates():
            other = {"html", "md"} - {markup}
            if not name.endswith(".j2") or any(f".{o}." in name for o in other):
                continue
            source, _, _ = loader.get_source(env, name)
            code = env.compile(source, name, f"{TEMPLATE_DIR}/{name}", raw=True)
            module = compiled_name(markup, name)
            found[module] = (
                f"# Compiled by jinja2 from songlo_targets/{TEMPLATE_DIR}/{name} for {markup}"
                f" (make docs); never edited.\n# type: ignore\n# ruff: noqa\n{code}\n")
            digests[module] = source_digest(source)
    lines = "".join(f"    {module!r}: {digest!r},\n" for module, digest in sorted(digests.items()))
    found["__init__"] = (
        '"""The tool\'s own report templates compiled to Python by jinja2 (``make docs``); '
        'never edited.\n\nEach module is used only while its template\'s source has the digest '
        'given here\n(``songlo_targets.render.templates.CompiledLoader``).\n"""\n\n'
        f"DIGESTS = {{\n{lines}}}\n")
    return found


@functools.lru_cache(maxsize=16)
def _environment(own: Path | None, markup: Markup, language: str) -> Environment:
    """``own``: the repository whose ``templates/`` come first (never through a link)."""
    loaders: list[Any] = [RepositoryLoader(own)] if own is not None else []
    # The repository's own templates, and the tool's where they are included, compile in the
    # sandbox; the tool's alone come compiled.
    loaders.append(PackageLoader("songlo_targets", TEMPLATE_DIR) if own is not None
                   else CompiledLoader(markup))
    common: dict[str, Any] = {
        "loader": ChoiceLoader(loaders), "undefined": StrictUndefined,
        "trim_blocks": True, "lstrip_blocks": True, "keep_trailing_newline": True,
        "auto_reload": True,  # reused across calls: an edited template is read again
    }
    # The repository's own templates are untrusted: they run in jinja's sandbox. The tool's
    # own need none, and the sandbox's check of every attribute read is most of a report's
    # time (a province: 400 pages).
    kind = SandboxedEnvironment if own is not None else Environment
    if markup == "html":
        env = kind(autoescape=True, finalize=_html_finalize, **common)
    else:
        env = kind(autoescape=False, finalize=escape, **common)
        env.filters["md"] = lambda value: MdSafe(escape(value))
        env.filters["raw"] = MdSafe
        env.filters["code"] = code
    filters, names = _helpers(language)
    env.filters.update(filters)
    env.globals.update(names)
    return env
