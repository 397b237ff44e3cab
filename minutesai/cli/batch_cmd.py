"""``minutesai batch prepare | submit | collect`` — the map step as an offline batch."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from minutesai.cli import app, fail

batch_app = typer.Typer(
    help="Run the map step as an OpenAI Batch API job (or on a vLLM cluster), then reduce.",
    no_args_is_help=True,
)
app.add_typer(batch_app, name="batch")

Engine = Annotated[str, typer.Option(help="LLM engine whose requests are batched (openai, or openai:MODEL)")]
Model = Annotated[str | None, typer.Option(help="Model name, e.g. gpt-4o-mini")]
BaseUrl = Annotated[str | None, typer.Option(help="OpenAI-compatible endpoint URL")]
Mode = Annotated[str, typer.Option(help="auto, json_schema, json_object, tools or outline")]
CacheDir = Annotated[Path | None, typer.Option(help="Response cache directory")]


def _options(engine: str, model: str | None, base_url: str | None, mode: str, cache_dir: Path | None,
             **more):
    from minutesai.config import make_options

    return make_options(engine=engine, model=model, base_url=base_url, mode=mode, cache_dir=cache_dir,
                        **more)


@batch_app.command("prepare")
def prepare_cmd(
    corpus: Annotated[list[Path], typer.Argument(help="Minutes files or directories")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Batch API input file (JSONL) to write")],
    engine: Engine = "openai",
    model: Model = None,
    base_url: BaseUrl = None,
    mode: Mode = "auto",
    cache_dir: CacheDir = None,
) -> None:
    """Write one Batch API request line per distinct chunk (custom_id, method, url, body)."""
    from minutesai.batch import llm_engine, prepare, write_requests
    from minutesai.cli.summarise_cmd import expand_inputs

    options = _options(engine, model, base_url, mode, cache_dir)
    paths = expand_inputs(corpus)
    eng = llm_engine(options)
    prepared = prepare(paths, options, eng)
    official = getattr(eng.backend, "official", True)
    n = write_requests(prepared, out, official=official)
    typer.echo(f"minutesai: {n} map request(s) for {len(paths)} document(s) written to {out}", err=True)


@batch_app.command("submit")
def submit_cmd(
    requests: Annotated[Path, typer.Argument(help="A file written by 'batch prepare'")],
    base_url: BaseUrl = None,
) -> None:
    """Upload the requests and start an OpenAI Batch API job; prints the batch id."""
    from minutesai.batch import submit
    from minutesai.config import make_options

    if not requests.is_file():
        fail(f"{requests}: no such file")
    batch = submit(requests, make_options(base_url=base_url))
    typer.echo(batch.id)
    typer.echo(f"minutesai: batch {batch.id} is {batch.status}; collect it with "
               f"'minutesai batch collect CORPUS --batch-id {batch.id} --out results.jsonl'", err=True)


@batch_app.command("collect")
def collect_cmd(
    corpus: Annotated[list[Path], typer.Argument(help="The same minutes given to 'batch prepare'")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Results JSONL (one line per document; resumable)")],
    from_file: Annotated[Path | None, typer.Option("--from", help="A Batch API / vLLM output file")] = None,
    batch_id: Annotated[str | None, typer.Option(help="Download the output of this OpenAI batch")] = None,
    engine: Engine = "openai",
    model: Model = None,
    base_url: BaseUrl = None,
    mode: Mode = "auto",
    cache_dir: CacheDir = None,
    concurrency: Annotated[int, typer.Option(min=1, help="Concurrent reduce calls")] = 8,
) -> None:
    """Load batch answers into the cache, then summarise (the reduce step runs live)."""
    from minutesai.api import run_sync
    from minutesai.batch import download_results, ingest_output, llm_engine, prepare
    from minutesai.cli.summarise_cmd import expand_inputs, write_and_close

    if (from_file is None) == (batch_id is None):
        fail("give exactly one of --from FILE or --batch-id ID")
    options = _options(engine, model, base_url, mode, cache_dir, concurrency=concurrency)
    if batch_id is not None:
        batch, from_file = download_results(batch_id, options, out.with_suffix(".batch-output.jsonl"))
        if from_file is None:
            counts = getattr(batch, "request_counts", None)
            done = f" ({counts.completed}/{counts.total} done)" if counts else ""
            fail(f"batch {batch_id} is {batch.status}{done}; try again later", code=3)
    assert from_file is not None  # given as --from, or set by the finished --batch-id download above
    if not from_file.is_file():
        fail(f"{from_file}: no such file")
    paths = expand_inputs(corpus)
    eng = llm_engine(options)
    prepared = prepare(paths, options, eng)
    from minutesai.backends.wrap import shared_cache

    with from_file.open(encoding="utf-8") as fh:
        ingest = ingest_output(fh, prepared, shared_cache(options.cache_dir), options)
    typer.echo(f"minutesai: {ingest.summary_line()}", err=True)
    report = run_sync(write_and_close(paths, eng, options, out))
    if report.failures:
        fail(report.summary_line(), code=1)
    typer.echo(f"minutesai: {report.summary_line()}", err=True)
