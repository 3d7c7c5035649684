"""A bare typer application with one command: the start-up yardstick of `targets`."""

from __future__ import annotations

from typing import Annotated

import typer

app = typer.Typer(add_completion=False, context_settings={"help_option_names": ["-h", "--help"]})


def _version(value: bool) -> None:
    if value:
        print("bare 1.0")
        raise typer.Exit()


@app.callback()
def options(version: Annotated[bool, typer.Option("--version", callback=_version,
                                                  is_eager=True)] = False) -> None:
    """A bare application."""


@app.command()
def hello(name: str = "world") -> None:
    """Say hello."""
    print(f"hello {name}")


if __name__ == "__main__":
    app()
