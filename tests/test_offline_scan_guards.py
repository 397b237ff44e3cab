"""The offline scanners' speed-ups (lower-cased text, literal-prefix and word-boundary guards)
find exactly what the plain case-insensitive pattern finds."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from minutesai.engines.offline import scan

ROOT = Path(__file__).resolve().parents[1]
MODULES = ["actions", "anchors", "decisions", "fields", "figures", "metrics", "patterns", "sentiment", "stance_lexicon", "trends"]


def _scanners() -> list[tuple[str, scan.LowerScanner]]:
    found: dict[int, tuple[str, scan.LowerScanner]] = {}
    for name in MODULES:
        module = importlib.import_module(f"minutesai.engines.offline.{name}")
        for attr, value in vars(module).items():
            if isinstance(value, scan.LowerScanner):
                found.setdefault(id(value), (f"{name}.{attr}", value))
    return list(found.values())


SCANNERS = _scanners()
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples/corpus/dev").glob("*.txt"))]


def test_some_scanners_carry_a_word_boundary_guard():
    guarded = [name for name, s in SCANNERS if s.rx.pattern.startswith("\\b(?=")]
    assert len(guarded) >= 5 and len(guarded) < len(SCANNERS)


def test_a_scanner_without_literal_prefixes_gets_a_first_character_guard():
    """'3rd highest', 'ranked 12th', 'third lowest': digits or ordinal words, no shared literal prefix."""
    from minutesai.engines.offline import patterns

    assert patterns.ORDINAL_RANK.rx.pattern.startswith("\\b(?=[\\d")
    text = "Haringey was ranked 3rd highest, then fourth lowest out of 32; the 2nd meeting; ٣rd place."
    expected = [m.span() for m in patterns.ORDINAL_RANK.rx_i.finditer(text)]
    assert [m.span() for m in patterns.ORDINAL_RANK.finditer(text)] == expected and len(expected) == 4


@pytest.mark.parametrize("name,scanner", SCANNERS, ids=[n for n, _ in SCANNERS])
def test_scanner_finds_what_the_plain_pattern_finds(name: str, scanner: scan.LowerScanner):
    total = 0
    for text in TEXTS:
        expected = [(m.span(), m.lastgroup) for m in scanner.rx_i.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in scanner.finditer(text)] == expected, name
        total += len(expected)
        mid = len(text) // 2
        expected_part = [m.span() for m in scanner.rx_i.finditer(text, mid // 2, mid)]
        assert [m.span() for m in scanner.finditer(text, mid // 2, mid)] == expected_part, name


@pytest.mark.parametrize(
    "pattern,expected",
    [(r"\bcrime", True), (r"(?:\bfoo|\bbar)", True), (r"(?P<a>\bx)|(?P<b>\by)", True),
     (r"crime\b", False), (r"(?:\bfoo|bar)", False), (r"(?:\bfoo)?bar", False)],
)
def test_starts_at_word_boundary(pattern: str, expected: bool):
    assert scan.starts_at_word_boundary(pattern) is expected
