"""``minutesai summarise FILE... [--out results.jsonl]``

Without ``--out`` the results are printed (Markdown or JSON) when all are
done. With ``--out`` each document is appended to a JSONL file as it
completes and documents already there are skipped, so a long run can be
stopped and resumed (see :mod:`minutesai.results_jsonl`).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, get_args

import typer

from minutesai.cli import app, fail
from minutesai.config import Mode

SUFFIXES = (".txt", ".html", ".htm", ".pdf", ".text", ".md")
MAX_FAILURE_LINES = 20


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
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Append one JSON line per document to this file as it completes; re-runs skip documents already there")] = None,
    engine: Annotated[str | None, typer.Option(help="offline, openai, hybrid, local, replay (or NAME:MODEL)")] = None,
    model: Annotated[str | None, typer.Option(help="Model name, e.g. gpt-4o-mini")] = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible endpoint URL")] = None,
    mode: Annotated[str, typer.Option(help="Structured-output mode: auto, json_schema, json_object, tools or outline (opt-in: JSON mode with a compact type outline instead of the schema)")] = "auto",
    outline_descriptions: Annotated[bool, typer.Option("--outline-descriptions/--no-outline-descriptions", help="--mode outline: keep each field description's first sentence as a comment in the outline")] = True,
    concurrency: Annotated[int, typer.Option(min=1, help="Model calls in flight at once, across all documents")] = 8,
    pack: Annotated[int, typer.Option("--pack", min=1, help="Send up to this many one-chunk documents in one model call (LLM engines; fewer calls and tokens). 1: one document per call")] = 1,
    rpm: Annotated[float | None, typer.Option("--rpm", min=0.001, help="Requests-per-minute limit")] = None,
    tpm: Annotated[float | None, typer.Option("--tpm", min=1, help="Tokens-per-minute limit (estimated before sending)")] = None,
    max_cost: Annotated[float | None, typer.Option("--max-cost", min=0, help="Stop starting new work once this many US dollars are spent")] = None,
    max_tokens: Annotated[int | None, typer.Option("--max-tokens", min=1, help="Stop starting new work once this many tokens are used")] = None,
    deadline: Annotated[float | None, typer.Option(min=0.001, help="Overall time limit in seconds; unfinished documents are reported as failed")] = None,
    timeout: Annotated[float | None, typer.Option(min=0.001, help="Per-request timeout in seconds")] = None,
    progress: Annotated[bool | None, typer.Option("--progress/--no-progress", help="Progress bars (default: when stderr is a terminal)")] = None,
    keep_unverified: Annotated[bool, typer.Option(help="Keep unverified items, flagged")] = False,
    prompts_dir: Annotated[Path | None, typer.Option(help="Directory with your own prompt templates")] = None,
    model_path: Annotated[Path | None, typer.Option(help="GGUF file for --engine local")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Bypass the response cache")] = False,
    cache_dir: Annotated[Path | None, typer.Option(help="Response cache directory (default: $MINUTESAI_CACHE_DIR or the user cache dir)")] = None,
) -> None:
    """Summarise minutes: summary, actions, decisions, figures and police-performance sentiment."""
    if format not in ("md", "json"):
        fail(f"--format must be md or json, not {format!r}")
    modes = get_args(Mode)
    if mode not in modes:
        fail(f"--mode must be {', '.join(modes[:-1])} or {modes[-1]}, not {mode!r}")
    paths = expand_inputs(files)
    options = dict(
        model=model,
        base_url=base_url,
        mode=mode,
        outline_descriptions=outline_descriptions,
        concurrency=concurrency,
        requests_per_minute=rpm,
        tokens_per_minute=tpm,
        max_cost_usd=max_cost,
        max_tokens=max_tokens,
        deadline=deadline,
        keep_unverified=keep_unverified,
        prompts_dir=prompts_dir,
        model_path=str(model_path) if model_path else None,
        use_cache=not no_cache,
        cache_dir=cache_dir,
        progress=sys.stderr.isatty() if progress is None else progress,
    )
    if timeout is not None:
        options["timeout"] = timeout
    if pack != 1:
        options["pack"] = pack
    if out is not None:
        _summarise_to_file(paths, out, engine, options)
    else:
        _summarise_to_stdout(paths, format, engine, options)


def _summarise_to_file(paths: list[Path], out: Path, engine: str | None, options: dict) -> None:
    from minutesai.api import _engine_and_options, run_sync

    eng, opts = _engine_and_options(engine, options)
    report = run_sync(write_and_close(paths, eng, opts, out))
    for f in report.failures[:MAX_FAILURE_LINES]:
        typer.echo(f"minutesai: {_failure_line(f)}", err=True)
    if len(report.failures) > MAX_FAILURE_LINES:
        typer.echo(f"minutesai: ... and {len(report.failures) - MAX_FAILURE_LINES} more", err=True)
    if report.failures:
        fail(f"{report.summary_line()}; see the error lines in {out}", code=1)
    typer.echo(f"minutesai: {report.summary_line()}", err=True)


async def write_and_close(paths, engine, options, out):
    """write_results, then close the engine's connections (it was built for this command)."""
    from minutesai.results_jsonl import write_results

    try:
        return await write_results(paths, engine, options, out)
    finally:
        close = getattr(engine, "aclose", None)
        if close is not None:
            await close()


def _summarise_to_stdout(paths: list[Path], format: str, engine: str | None, options: dict) -> None:
    from minutesai.api import summarise_many
    from minutesai.models import ErrorRecord

    results = summarise_many(paths, engine=engine, **options)
    failures = [r for r in results if isinstance(r, ErrorRecord)]
    ok = [r for r in results if not isinstance(r, ErrorRecord)]
    if len(results) == 1 and failures:  # one document: its error is the whole story, in one line
        fail(_failure_line(failures[0]), code=2 if failures[0].stage == "ingest" else 1)
    if ok and format == "json":
        payload = [json.loads(r.model_dump_json()) for r in ok]
        typer.echo(json.dumps(payload[0] if len(paths) == 1 and payload else payload, indent=2, ensure_ascii=False))
    elif ok:
        typer.echo("\n\n---\n\n".join(r.to_markdown() for r in ok))
    for f in failures[:MAX_FAILURE_LINES]:
        typer.echo(f"minutesai: {_failure_line(f)}", err=True)
    if len(failures) > MAX_FAILURE_LINES:
        typer.echo(f"minutesai: ... and {len(failures) - MAX_FAILURE_LINES} more", err=True)
    if failures:
        fail(f"{len(failures)} of {len(results)} document(s) failed", code=1)


def _failure_line(f) -> str:
    where = "" if f.reason.startswith(f.document) else f"{f.document}: "
    return f"{where}{f.reason}"
