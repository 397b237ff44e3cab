"""``minutesai summarise FILE...``"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from minutesai.cli import app, fail

SUFFIXES = (".txt", ".html", ".htm", ".pdf", ".text", ".md")


def expand_inputs(paths: list[Path]) -> list[Path]:
    """Files as given; directories expanded to the minutes files inside them (sorted)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
            if not found:
                fail(f"{p}: directory holds no minutes files ({', '.join(SUFFIXES)})")
            out.extend(found)
        else:
            out.append(p)
    return out


@app.command("summarise")
def summarise_cmd(
    files: Annotated[list[Path], typer.Argument(help="Minutes files (.txt, .html, .pdf) or directories.")],
    format: Annotated[str, typer.Option("--format", "-f", help="md or json")] = "md",
    engine: Annotated[str | None, typer.Option(help="offline, openai, hybrid, local, replay (or NAME:MODEL)")] = None,
    model: Annotated[str | None, typer.Option(help="Model name, e.g. gpt-4o-mini")] = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible endpoint URL")] = None,
    concurrency: Annotated[int, typer.Option(help="Concurrent model calls")] = 8,
    keep_unverified: Annotated[bool, typer.Option(help="Keep unverified items, flagged")] = False,
    prompts_dir: Annotated[Path | None, typer.Option(help="Directory with your own prompt templates")] = None,
    model_path: Annotated[Path | None, typer.Option(help="GGUF file for --engine local")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Bypass the response cache")] = False,
) -> None:
    """Summarise minutes: summary, actions, decisions, figures and police-performance sentiment."""
    from minutesai.api import summarise_many
    from minutesai.models import ErrorRecord

    if format not in ("md", "json"):
        fail(f"--format must be md or json, not {format!r}")
    paths = expand_inputs(files)
    results = summarise_many(
        paths,
        engine=engine,
        model=model,
        base_url=base_url,
        concurrency=concurrency,
        keep_unverified=keep_unverified,
        prompts_dir=prompts_dir,
        model_path=str(model_path) if model_path else None,
        use_cache=not no_cache,
    )
    failures = [r for r in results if isinstance(r, ErrorRecord)]
    ok = [r for r in results if not isinstance(r, ErrorRecord)]
    if format == "json":
        payload = [json.loads(r.model_dump_json()) for r in ok]
        typer.echo(json.dumps(payload[0] if len(paths) == 1 and payload else payload, indent=2, ensure_ascii=False))
    else:
        typer.echo("\n\n---\n\n".join(r.to_markdown() for r in ok))
    for f in failures:
        where = "" if f.reason.startswith(f.document) else f"{f.document}: "
        typer.echo(f"minutesai: {where}{f.reason}", err=True)
    if failures:
        fail(f"{len(failures)} of {len(results)} document(s) failed", code=1)
