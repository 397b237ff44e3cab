"""``minutesai eval GOLD_DIR [--engine offline --engine openai:MODEL ...]``"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from minutesai.cli import app, fail


@app.command("eval")
def eval_cmd(
    gold_dir: Annotated[Path, typer.Argument(help="Directory of NAME.txt + NAME.json gold pairs (see GOLD.md).")],
    engine: Annotated[
        list[str] | None,
        typer.Option("--engine", "-e", help="Engine to evaluate; repeat to compare (offline, openai:MODEL, replay, ...)"),
    ] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="md or json")] = "md",
    diff: Annotated[bool, typer.Option("--diff/--no-diff", help="List missed and spurious items per document")] = True,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write the report to FILE; print only the summary")] = None,
    model: Annotated[str | None, typer.Option(help="Model name for LLM engines")] = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible endpoint URL")] = None,
    fixtures_dir: Annotated[Path | None, typer.Option(help="Recorded responses for --engine replay")] = None,
    prompts_dir: Annotated[Path | None, typer.Option(help="Directory with your own prompt templates")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Bypass the response cache")] = False,
) -> None:
    """Score engines against gold annotations: P/R/F1, direction, sentiment, grounding, cost."""
    from minutesai.evaluation import evaluate

    if format not in ("md", "json"):
        fail(f"--format must be md or json, not {format!r}")
    if not gold_dir.is_dir():
        fail(f"{gold_dir}: no such directory")
    options = {"model": model, "base_url": base_url, "fixtures_dir": fixtures_dir,
               "prompts_dir": prompts_dir, "use_cache": not no_cache}

    def progress(engine_label: str, name: str, score) -> None:
        typer.echo(f"minutesai: {engine_label}: {name} ({score.tally.seconds:.1f} s)", err=True)

    report = evaluate(gold_dir, engine or ["offline"],
                      on_document=progress if sys.stderr.isatty() else None,
                      **{k: v for k, v in options.items() if v is not None})
    text = report.to_json(diff=diff) if format == "json" else report.to_markdown(diff=diff)
    if out is not None:
        try:
            out.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
        except OSError as err:
            fail(f"{out}: cannot write ({err.strerror or err})")
        typer.echo(report.summary_markdown())
        typer.echo(f"minutesai: wrote {out}", err=True)
    else:
        typer.echo(text.rstrip("\n"))
    failed = sum(run.total.errors for run in report.runs)
    if failed:
        typer.echo(f"minutesai: {failed} document run(s) failed; they are scored as all missed", err=True)
