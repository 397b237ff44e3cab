"""Ingest: read text, ModernGov HTML or PDF into :class:`Minutes`. (Minimal first pass.)"""

from __future__ import annotations

from pathlib import Path

from minutesai.document import Minutes
from minutesai.errors import InputError
from minutesai.models import SourceInfo


def load_minutes(source: str | Path | Minutes, *, name: str | None = None) -> Minutes:
    if isinstance(source, Minutes):
        return source
    if isinstance(source, Path) or ("\n" not in source and len(source) < 300 and Path(source).suffix):
        path = Path(source)
        if not path.exists():
            raise InputError(str(path), "no such file")
        text = path.read_text(encoding="utf-8-sig", errors="replace")
        return Minutes(text=text, source=SourceInfo(path=str(path)))
    if not source.strip():
        raise InputError(name, "the text is empty")
    return Minutes(text=source, source=SourceInfo(path=name))
