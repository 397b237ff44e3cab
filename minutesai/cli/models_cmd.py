"""``minutesai models``: which engines are configured and reachable."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from minutesai.cli import app


@app.command("models")
def models_cmd(
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible endpoint to check (default: OPENAI_BASE_URL)")] = None,
    model_path: Annotated[Path | None, typer.Option(help="GGUF file for --engine local (default: the bundled Gemma model)")] = None,
    probe: Annotated[bool, typer.Option("--probe/--no-probe", help="Ask the endpoint for its model list")] = True,
    timeout: Annotated[float, typer.Option(help="Probe timeout in seconds")] = 2.0,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output")] = False,
) -> None:
    """List configured engines and models, and whether each is reachable (never shows keys)."""
    from minutesai.models_info import gather, render_text

    report = gather(
        base_url=base_url,
        model_path=str(model_path) if model_path else None,
        probe=probe,
        timeout=timeout,
    )
    if as_json:
        typer.echo(json.dumps(report.to_dict(), indent=2))
    else:
        typer.echo(render_text(report))
