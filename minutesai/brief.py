"""``minutesai.brief``: briefing notes from results, in Markdown, HTML or DOCX."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from minutesai.errors import ConfigError
from minutesai.models import ErrorRecord, MinutesSummary

SUFFIX_FORMATS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".docx": "docx"}

Results = MinutesSummary | ErrorRecord | Iterable[MinutesSummary | ErrorRecord] | str | Path


def brief(
    results: Results,
    *,
    template: str | Path | None = None,
    format: str | None = None,
    templates_dir: str | Path | None = None,
    out: str | Path | None = None,
    title: str | None = None,
) -> str | bytes:
    """Render a briefing note for one meeting or an overview of many.

    ``results``: a MinutesSummary, an ErrorRecord, a list of them (e.g. from
    ``summarise_many``), or the path of a results ``.jsonl`` file.
    ``format``: ``md`` (default), ``html`` or ``docx``; taken from ``out``'s suffix when omitted.
    ``template``: for md/html a template name or file (Jinja2; it may include the built-in
    parts such as ``_meeting.html.j2``); for docx a reference ``.docx`` whose styles are used.
    ``templates_dir``: a directory searched before the built-in templates, to override parts.
    ``out``: also write the note to this file.

    Returns the note: ``str`` for md and html, ``bytes`` for docx. Items whose evidence
    was not verified are marked "unverified"; items set aside as unverified, warnings and
    failed documents go to an appendix.
    """
    from minutesai.render import FORMATS, render

    fmt = format or (SUFFIX_FORMATS.get(Path(out).suffix.lower()) if out is not None else None) or "md"
    if fmt not in FORMATS:
        raise ConfigError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    note = render(_load(results), fmt, template=template, templates_dir=templates_dir, title=title)
    if out is not None:
        path = Path(out)
        if path.parent and not path.parent.exists():
            raise ConfigError(f"output directory {path.parent} does not exist")
        if isinstance(note, bytes):
            path.write_bytes(note)
        else:
            path.write_text(note, encoding="utf-8")
    return note


def _load(results: Any) -> list[MinutesSummary | ErrorRecord]:
    from minutesai.collection import as_results, load_results

    if isinstance(results, str | Path):
        return load_results(results)
    loaded = as_results(results)
    for item in loaded:
        if not isinstance(item, MinutesSummary | ErrorRecord):
            raise ConfigError(f"brief() takes MinutesSummary or ErrorRecord objects, not {type(item).__name__}")
    return loaded


__all__ = ["brief"]
