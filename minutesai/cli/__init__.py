"""The ``minutesai`` command. Each subcommand lives in its own module.

Errors from bad input or configuration print one line (``minutesai: ...``)
and exit 2; no tracebacks.
"""

from __future__ import annotations

import sys
from typing import NoReturn

import typer

from minutesai.errors import MinutesAIError
from minutesai.redact import redact_urls

app = typer.Typer(
    name="minutesai",
    help="Structured, verifiable intelligence about police performance from council minutes.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """minutesai: summarise council minutes on police and community-safety performance."""


def _register() -> None:
    import importlib

    for module in ("summarise_cmd", "eval_cmd", "brief_cmd", "batch_cmd", "models_cmd"):
        try:
            importlib.import_module(f"minutesai.cli.{module}")
        except ModuleNotFoundError as err:
            if err.name != f"minutesai.cli.{module}":
                raise


def fail(message: str, code: int = 2) -> NoReturn:
    typer.echo(f"minutesai: {redact_urls(message)}", err=True)
    raise typer.Exit(code)


def main(argv: list[str] | None = None) -> int:
    _register()
    try:
        code = app(args=argv, standalone_mode=False)
    except typer.Exit as exit_:
        return exit_.exit_code
    except MinutesAIError as err:
        typer.echo(f"minutesai: {redact_urls(str(err))}", err=True)
        return 2
    except KeyboardInterrupt:
        typer.echo("minutesai: interrupted", err=True)
        return 130
    except Exception as err:  # usage errors from the command-line parser
        show = getattr(err, "show", None)
        exit_code = getattr(err, "exit_code", None)
        if callable(show) and isinstance(exit_code, int):
            show()
            return exit_code
        typer.echo(f"minutesai: internal error: {type(err).__name__}: {redact_urls(str(err))}", err=True)
        return 1
    return code if isinstance(code, int) else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
