"""The command line's own words — usage errors, help screens, value names — in the tool's language.

typer (0.29) carries its own copy of click, whose texts are English literals that gettext cannot
reach (click's ``gettext`` marks were taken out of the copy). So the tool owns those words at
its one boundary, and this module is the only one that knows typer's click:

* :func:`prepare` walks the built command tree once, before it runs: every command gets a
  context whose help formatter (:class:`TranslatedHelp`, click's documented extension point
  ``Context.formatter_class``) writes "Usage", the section headings, ``[default: …]``,
  ``[required]`` and the help option's line in the language; every parameter without a value
  name gets one (``--year NĂM``, ``--as-of NGÀY``) instead of typer's ``<int>``/``<str>``;
* :func:`usage_error_text` rebuilds the message of a click usage error from its class and
  attributes (and, for a value that does not convert, from the *type* of the pydantic error
  behind it, the same table as the records' own messages), never from typer's English.

``tests/cli/test_usage.py`` runs every kind of usage error and help screen, so an upgrade of
typer that changes any of this fails there (pyproject pins typer's minor version).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Sequence
from typing import Any

import typer
import typer.core
from typer._click import exceptions as click_errors
from typer._click.core import Command, Context, Parameter
from typer._click.formatting import HelpFormatter
from typer.core import TyperGroup as Group

from songlo_targets.i18n import N_, _

# The word for the value of an option, by option name (the same option has the same word in
# every command); other options get a word from their type.
VALUE_NAMES: dict[str, str] = {
    "--year": N_("YEAR"),
    "--as-of": N_("DATE"),
    "--date": N_("DATE"),
    "--deadline": N_("DATE"),
    "--evidence-date": N_("DATE"),
    "--decision-date": N_("DATE"),
    "--unit": N_("UNIT"),
    "--group": N_("GROUP"),
    "--status": N_("STATUS"),
    "--owner": N_("ROLE"),
    "--head": N_("ROLE"),
    "--supervisor": N_("KEY"),
    "--category": N_("KEY"),
    "--basis": N_("KEY"),
    "--goal": N_("KEY"),
    "--final": N_("LEVEL"),
    "--decision": N_("SYMBOL"),
    "--number": N_("NUMBER"),
    "--type": N_("TYPE"),
    "--quarter": N_("QUARTER"),
    "--title": N_("TEXT"),
    "--name": N_("TEXT"),
    "--note": N_("TEXT"),
    "--reason": N_("TEXT"),
    "--organization": N_("TEXT"),
    "--superior": N_("TEXT"),
    "--place": N_("TEXT"),
    "--symbol": N_("TEXT"),
    "--result": N_("TEXT"),
    "--evidence": N_("TEXT"),
    "--measure-unit": N_("UNIT_OF_MEASURE"),
    "--target": N_("NUMBER"),
    "--baseline": N_("NUMBER"),
    "--value": N_("NUMBER"),
    "--percent": N_("NUMBER"),
    "--criteria": N_("POINTS"),
    "--root": N_("DIR"),
    "--from": N_("FILE"),
    "--file": N_("FILE"),
    "--url": N_("URL"),
    "--due-before": N_("DATE"),
    "--lang": "vi|en",
}
# Value names written in the code (``metavar=``), translated here.
CODE_VALUE_NAMES = (N_("DIR"), N_("REF"), N_("UNIT"), N_("YEAR"), N_("FROM"), N_("TO"),
                    N_("GIT_REF"), N_("GIT_REF2"), N_("ID"), N_("NAME_OR_ID"), N_("BUNDLE"))
# A word from the type, for an option the table does not name.
TYPE_VALUE_NAMES = {"int": N_("NUMBER"), "float": N_("NUMBER"), "str": N_("TEXT"),
                    "path": N_("PATH"), "dir": N_("DIR"), "file": N_("FILE")}

# The help chrome that typer writes in English (some through its gettext marks, which read
# the system's catalog, never ours).
CHROME = {
    "Show this message and exit.": N_("Show this message and exit."),
    "Options": N_("Options"),
    "Commands": N_("Commands"),
    "Arguments": N_("Arguments"),
}
_EXTRA = re.compile(r"^(?P<help>.*?)\s*\[(?P<extra>[^\[\]]*)\]$", re.DOTALL)


class TranslatedHelp(HelpFormatter):
    """click's help formatter, writing its own words in the language of the tool."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        args = re.sub(r"\{([^{}]+)\}", r"\1", args)  # typer writes a required argument {DIR}
        super().write_usage(prog, args, prefix=_(N_("Usage:")) + " ")

    def write_heading(self, heading: str) -> None:
        super().write_heading(_(CHROME[heading]) if heading in CHROME else heading)

    def write_dl(self, rows: Sequence[tuple[str, str]], col_max: int = 30,
                 col_spacing: int = 2) -> None:
        # an argument's row is its value name and typer's type (`YEAR <int>`): the name only
        super().write_dl([(re.sub(r"^(\S+) <[^<>]*>$", r"\1", first),
                           _unbreakable(_help_text(second))) for first, second in rows],
                         col_max, col_spacing)

    def write_text(self, text: str) -> None:
        super().write_text(_unbreakable(text))

    def getvalue(self) -> str:
        return super().getvalue().replace(NO_BREAK_HYPHEN, "-")


# click wraps help at hyphens (`not-` / `started`); keys and references never break: their
# hyphens are non-breaking while the text is wrapped, then plain again.
NO_BREAK_HYPHEN = "\u2011"


def _unbreakable(text: str) -> str:
    return re.sub(r"(?<=\w)-(?=\w)", NO_BREAK_HYPHEN, text)


def _help_text(text: str) -> str:
    if text in CHROME:
        return _(CHROME[text])
    match = _EXTRA.match(text)
    if match is None:
        return text
    extras = []
    for part in match["extra"].split("; "):
        if part == "required":
            extras.append(_(N_("required")))
        elif part.startswith("default: "):
            extras.append(_(N_("default: {value}"), value=part.removeprefix("default: ")))
        elif part.startswith("env var: "):
            extras.append(_(N_("also {variable}"), variable=part.removeprefix("env var: ")))
        else:
            return text  # a bracket of the help text itself
    help_text = match["help"]
    return f"{help_text}  [{'; '.join(extras)}]" if help_text else f"[{'; '.join(extras)}]"


class TranslatedContext(typer.Context):
    formatter_class = TranslatedHelp


def commands(command: Command) -> Iterator[Command]:
    yield command
    if isinstance(command, Group):
        for sub in command.commands.values():
            yield from commands(sub)


def prepare(command: Command) -> Command:
    """Put the tool's words into the built command tree (once, before it runs)."""
    for each in commands(command):
        each.context_class = TranslatedContext
        each.options_metavar = "[" + _(N_("OPTIONS")) + "]"
        if isinstance(each, Group):
            each.subcommand_metavar = _(N_("COMMAND")) + " [" + _(N_("ARGS")) + "]..."
        for param in each.params:
            param.metavar = _value_name(param)
    return command


def _value_name(param: Parameter) -> str | None:
    if param.metavar is not None:
        return _(param.metavar)
    if param.param_type_name == "argument":
        return _((param.name or "").upper()) or None
    if getattr(param, "is_flag", False):
        return None
    for opt in param.opts:
        if opt in VALUE_NAMES:
            return _(VALUE_NAMES[opt])
    choices = _choices(param)
    if choices:
        return "|".join(choices)
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is None:
        return None
    if descriptor.is_path:
        bare = descriptor.path_type.lower()
    else:
        bare = str(getattr(param, "bare_type", str)()).removeprefix("list[").removesuffix("]")
    word = TYPE_VALUE_NAMES.get(bare)
    return _(word) if word else None


def _choices(param: Parameter) -> list[str]:
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is None or not descriptor.is_choice or not descriptor.choices:
        return []
    return [getattr(choice, "value", str(choice)) for choice in descriptor.choices]


def _name(param: Parameter | None, hint: Any = None) -> str:
    """How the user typed (or would type) the parameter: ``--year`` or ``YEAR``."""
    if hint is not None:
        return " / ".join(hint) if isinstance(hint, list | tuple) else str(hint)
    if param is None:
        return ""
    if param.param_type_name == "argument":
        return param.metavar or (param.name or "").upper()
    return max(param.opts, key=len)


# Usage errors that click makes from a text only (``ctx.fail``), recognised by their form.
_NO_COMMAND = re.compile(r"^No such command '(?P<name>.*?)'\.( Did you mean .*\?)?$", re.DOTALL)
_EXTRA_ARGS = re.compile(r"^Got unexpected extra argument\(s\) \((?P<args>.*)\)$", re.DOTALL)
_NEEDS_VALUE = re.compile(r"^Option '(?P<name>.*)' requires (an argument|\d+ arguments)\.$")
_NO_VALUE = re.compile(r"^Option '(?P<name>.*)' does not take a value\.$")
_PATH = re.compile(r"^(?P<kind>\w+) '(?P<path>.*)' (?P<problem>does not exist|is a file|"
                   r"is a directory|is not readable|is not writable)\.$", re.DOTALL)
PATH_PROBLEMS = {
    "does not exist": N_("`{path}` does not exist"),
    "is a file": N_("`{path}` is a file, not a folder"),
    "is a directory": N_("`{path}` is a folder, not a file"),
    "is not readable": N_("`{path}` cannot be read"),
    "is not writable": N_("`{path}` cannot be written"),
}


def usage_error_text(exc: click_errors.UsageError) -> str:
    """The whole message of a usage error: the usage line, where to find help, the error."""
    lines = []
    ctx = exc.ctx
    if ctx is not None:
        lines.append(ctx.get_usage())
        if ctx.command.get_help_option(ctx) is not None:
            lines.append(_(N_("Try `{command} {option}` for help."),
                           command=ctx.command_path, option=ctx.help_option_names[0]))
        lines.append("")
    lines.append(_(N_("Error: {message}"), message=problem(exc)))
    return "\n".join(lines)


def problem(exc: click_errors.UsageError) -> str:
    """What is wrong, in the tool's words."""
    if isinstance(exc, click_errors.MissingParameter):
        return _missing(exc)
    if isinstance(exc, click_errors.BadParameter):
        return _bad_value(exc)
    if isinstance(exc, click_errors.NoSuchOption):
        text = _(N_("there is no option {name}"), name=exc.option_name)
        close = sorted(exc.possibilities or ())
        return text + (_(N_("; did you mean {close}?"), close=", ".join(close)) if close else "")
    message = exc.message
    if (match := _NO_COMMAND.match(message)) is not None:
        text = _(N_("there is no command `{name}`"), name=match["name"])
        known = _subcommands(exc.ctx)
        close = difflib.get_close_matches(match["name"], known)
        if close:
            return text + _(N_("; did you mean {close}?"), close=", ".join(close))
        return text + _(N_(" (commands: {known})"), known=", ".join(known))
    if message == "Missing command.":
        return _(N_("name a command: {known}"), known=", ".join(_subcommands(exc.ctx)))
    if (match := _EXTRA_ARGS.match(message)) is not None:
        return _(N_("unexpected extra argument: {args}"), args=match["args"])
    if (match := _NEEDS_VALUE.match(message)) is not None:
        return _(N_("the option {name} needs a value"), name=match["name"])
    if (match := _NO_VALUE.match(message)) is not None:
        return _(N_("the option {name} takes no value"), name=match["name"])
    return message


def _subcommands(ctx: Context | None) -> list[str]:
    if ctx is None or not isinstance(ctx.command, Group):
        return []
    return [name for name, cmd in ctx.command.commands.items() if not cmd.hidden]


def _missing(exc: click_errors.MissingParameter) -> str:
    param = exc.param
    name = _name(param, exc.param_hint)
    kind = exc.param_type or (param.param_type_name if param is not None else "")
    text = (_(N_("missing argument {name}"), name=name) if kind == "argument"
            else _(N_("missing option {name}"), name=name))
    help_text = getattr(param, "help", None)
    return f"{text}: {help_text}" if help_text else text


class NotANumber(click_errors.BadParameter):
    """A number option's value that reads as no number (`cli.options.number`)."""

    def __init__(self, value: str) -> None:
        super().__init__(value)
        self.value = value


def _bad_value(exc: click_errors.BadParameter) -> str:
    from pydantic import ValidationError

    from songlo_targets.read.validate import value_message

    name = _name(exc.param, exc.param_hint)
    if isinstance(exc, NotANumber):
        return _(N_("`{field}` must be a number, not `{value}`: write it as 2,5 or 1.234,5 "
                    "(or 2.5)"), field=name, value=exc.value)
    cause = exc.__cause__
    if isinstance(cause, ValidationError) and cause.errors():
        error = cause.errors(include_url=False)[0]
        choices = _choices(exc.param) if exc.param is not None else []
        if choices:  # typer checks an enum itself: "Value error, 'x' is not one of …"
            return _(N_("`{field}` must be one of {expected}, not `{value}`"), field=name,
                     expected=", ".join(choices), value=error.get("input"))
        message, values = value_message(error, name)
        return _(message, **values)
    if (match := _PATH.match(exc.message)) is not None:
        return _(N_("{name}: {problem}"), name=name,
                 problem=_(PATH_PROBLEMS[match["problem"]], path=match["path"]))
    return _(N_("{name}: {problem}"), name=name, problem=exc.message)


def fit(text: str) -> str:
    """A message for a terminal, wrapped between words at its width (a long line would be
    broken mid-word by the terminal); piped or captured, it is left as it is, one line each."""
    import shutil
    import sys
    import textwrap

    if not sys.stderr.isatty():
        return text
    width = shutil.get_terminal_size().columns
    return "\n".join(textwrap.fill(line, width, subsequent_indent="  ", break_long_words=False,
                                   break_on_hyphens=False) if len(line) > width else line
                     for line in text.splitlines())
