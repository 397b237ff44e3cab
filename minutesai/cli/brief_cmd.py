"""``minutesai brief FILES|DIR|results.jsonl --format md|html|docx -o OUT``"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from minutesai.cli import app, fail

RESULT_SUFFIXES = (".jsonl",)


@app.command("brief")
def brief_cmd(
    inputs: Annotated[list[Path], typer.Argument(help="Minutes files or directories (summarised first), "
                                                     "or results .jsonl files.")],
    format: Annotated[str | None, typer.Option("--format", "-f", help="md, html or docx (default: from -o, else md)")] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here (required for docx); default stdout")] = None,
    template: Annotated[Path | None, typer.Option(help="Template file or name (md/html); reference .docx (docx)")] = None,
    templates_dir: Annotated[Path | None, typer.Option(help="Directory whose templates override the built-in ones")] = None,
    title: Annotated[str | None, typer.Option(help="Title of the note")] = None,
    engine: Annotated[str | None, typer.Option(help="offline, openai, hybrid, local, replay (or NAME:MODEL)")] = None,
    model: Annotated[str | None, typer.Option(help="Model name, e.g. gpt-4o-mini")] = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible endpoint URL")] = None,
    concurrency: Annotated[int, typer.Option(help="Concurrent model calls")] = 8,
    keep_unverified: Annotated[bool, typer.Option(help="Keep unverified items, flagged in the note")] = False,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Bypass the response cache")] = False,
) -> None:
    """Write a briefing note (one meeting, or an overview of many) from minutes or saved results."""
    from minutesai.brief import SUFFIX_FORMATS, brief
    from minutesai.collection import Results, load_results
    from minutesai.render import FORMATS

    fmt = format or (SUFFIX_FORMATS.get(out.suffix.lower()) if out else None) or "md"
    if fmt not in FORMATS:
        fail(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if fmt == "docx" and out is None:
        fail("docx output needs --out FILE.docx")
    results = Results()
    minutes: list[Path] = []
    for path in inputs:
        if not path.exists():
            fail(f"{path}: no such file or directory")
        if path.is_file() and path.suffix.lower() in RESULT_SUFFIXES:
            results.extend(load_results(path))
        else:
            minutes.append(path)
    if minutes:
        from minutesai.api import summarise_many
        from minutesai.cli.summarise_cmd import expand_inputs

        results.extend(summarise_many(
            expand_inputs(minutes), engine=engine, model=model, base_url=base_url, concurrency=concurrency,
            keep_unverified=keep_unverified, use_cache=not no_cache,
        ))
    if not results:
        fail("no results to brief on")
    note = brief(results, format=fmt, out=out, template=template, templates_dir=templates_dir, title=title)
    if out is None:
        assert isinstance(note, str)  # only docx renders bytes, and docx without --out was refused above
        sys.stdout.write(note if note.endswith("\n") else note + "\n")
        if results.errors:
            typer.echo(f"minutesai: {len(results.errors)} document(s) failed; listed in the appendix", err=True)
    else:
        ok, failed = len(results.summaries), len(results.errors)
        typer.echo(f"minutesai: wrote {out} ({fmt}; {ok} meeting(s), {failed} failed document(s))", err=True)
