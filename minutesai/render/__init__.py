"""Rendering results as briefing notes: Markdown, HTML (one self-contained file) and DOCX.

Everything a briefing shows is computed in :mod:`minutesai.render.view`; the Markdown and
HTML layouts are Jinja2 templates in ``templates/`` that users can override, and DOCX is
written with python-docx from the same view.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from minutesai.errors import ConfigError

if TYPE_CHECKING:
    from minutesai.models import ErrorRecord, MinutesSummary

    ResultLike: TypeAlias = MinutesSummary | ErrorRecord

FORMATS = ("md", "html", "docx")


def _as_list(results) -> list:
    from minutesai.models import ErrorRecord, MinutesSummary

    if isinstance(results, MinutesSummary | ErrorRecord):
        return [results]
    return list(results)


def _render_template(fmt: str, results, *, template, templates_dir, title, **extra) -> str:
    from jinja2 import TemplateError

    from minutesai.render.deps import MissingExtraError
    from minutesai.render.env import load_template
    from minutesai.render.view import build_briefing

    items = _as_list(results)
    briefing = build_briefing(items, title=title)
    if fmt == "html" and briefing.is_overview:
        try:
            from minutesai.render.charts import sentiment_chart_png

            briefing.chart_png = sentiment_chart_png(briefing.meetings)
        except MissingExtraError:
            briefing.chart_png = None  # the sentiment table still carries every score
    tmpl = load_template(fmt, template, templates_dir)
    try:
        return tmpl.render(briefing=briefing, **extra)
    except TemplateError as err:
        raise ConfigError(f"template {tmpl.name}: {type(err).__name__}: {err}") from None


def render_markdown(
    results: ResultLike | Iterable[ResultLike],
    *,
    template: str | Path | None = None,
    templates_dir: str | Path | None = None,
    title: str | None = None,
) -> str:
    """A briefing note in Markdown (GitHub-flavoured: tables and ``[^n]`` evidence footnotes)."""
    return _render_template("md", results, template=template, templates_dir=templates_dir, title=title)


def render_html(
    results: ResultLike | Iterable[ResultLike],
    *,
    standalone: bool = True,
    template: str | Path | None = None,
    templates_dir: str | Path | None = None,
    title: str | None = None,
) -> str:
    """A briefing note as HTML: with ``standalone`` one self-contained page (inline CSS,
    embedded chart) that prints on A4; otherwise a fragment for notebooks. Styles are
    scoped to the ``.mai`` root, so a page embedding the fragment is left untouched."""
    return _render_template("html", results, template=template, templates_dir=templates_dir,
                            title=title, standalone=standalone)


def render_docx(
    results: ResultLike | Iterable[ResultLike],
    *,
    template: str | Path | None = None,
    title: str | None = None,
) -> bytes:
    """A briefing note as a Word document. ``template`` may be a .docx whose styles are used."""
    from minutesai.render.docx_writer import write_docx
    from minutesai.render.view import build_briefing

    briefing = build_briefing(_as_list(results), title=title, chart=True)
    return write_docx(briefing, reference=template)


def render(
    results: ResultLike | Iterable[ResultLike],
    fmt: str = "md",
    *,
    template: str | Path | None = None,
    templates_dir: str | Path | None = None,
    title: str | None = None,
) -> str | bytes:
    """Render in ``fmt`` (md, html or docx): str for md and html, bytes for docx."""
    if fmt == "md":
        return render_markdown(results, template=template, templates_dir=templates_dir, title=title)
    if fmt == "html":
        return render_html(results, template=template, templates_dir=templates_dir, title=title)
    if fmt == "docx":
        if templates_dir is not None:
            raise ConfigError("templates_dir applies to md and html; for docx pass template=REFERENCE.docx")
        return render_docx(results, template=template, title=title)
    raise ConfigError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")


__all__ = ["FORMATS", "render", "render_docx", "render_html", "render_markdown"]
