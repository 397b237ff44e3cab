"""The figure rules' speed shortcuts give the same answers as the plain computations they replace.

Texts are built at random (fixed seeds) from fragments of minutes, long enough for the
document-wide paths (per-document caches and indexes) to be taken.
"""

from __future__ import annotations

import random
import re

import pytest

from minutesai.engines.offline import metrics, patterns, scan

FRAGMENTS = [
    "Burglary was down 12% on last year.", "The Panel noted the report.", "ASB calls rose to 1,204 in the quarter.",
    "Hate crime had risen; robbery fell by a quarter.", "Police and Crime Commissioner Smith attended.",
    "Knife crime with injury (under 25s) was 33.", "Confidence was 61.4% (London 64%).", "twenty-one officers",
    "2,318 cases; 3.5 times the rate", "Residential burglary 1,402 1,731 -19.0% 9", "\n", "\n\n", "  ",
    "There had been no housebreakings, and violent crime remained stable.", "Theft of motor vehicles increased.",
    "The number of calls was 412 compared with 398.", "It was the lowest rate in London.", "reports of ASB",
]


def random_text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(FRAGMENTS) for _ in range(n))


def test_run_within_matches_items_within_for_non_overlapping_items():
    rng = random.Random(7)
    for _ in range(300):
        items, pos = [], 0
        for _ in range(rng.randint(0, 12)):
            pos += rng.randint(0, 5)
            end = pos + rng.randint(1, 6)
            items.append((pos, end))
            pos = end
        starts, ends = [s for s, _ in items], [e for _, e in items]
        for _ in range(20):
            a = rng.randint(0, pos + 2)
            b = rng.randint(a, pos + 3)
            assert scan.run_within(items, starts, ends, a, b) == scan.items_within(items, starts, a, b, lambda x: x[1])


@pytest.mark.parametrize("seed", range(20))
def test_document_lookups_match_the_document_scan(seed):
    """find_metrics / find_measure_nouns / direction_terms on a span of a long text are the items of the
    whole text's scan lying inside the span, with several texts asked about in turn (the remembered one changes)."""
    rng = random.Random(seed)
    texts = [random_text(rng, rng.randint(15, 60)) for _ in range(3)]
    assert all(len(t) >= scan.SMALL for t in texts)
    whole = {id(t): (metrics.find_metrics(t), metrics.find_measure_nouns(t, 0, len(t)),
                     patterns.direction_terms(t, 0, len(t))) for t in texts}
    for _ in range(60):
        text = rng.choice(texts)
        a = rng.randrange(len(text))
        b = rng.randint(a, len(text))
        hits, measures, terms = whole[id(text)]
        assert metrics.find_metrics(text, a, b) == [h for h in hits if a <= h.start < b and h.end <= b]
        assert metrics.find_measure_nouns(text, a, b) == [x for x in measures if a <= x[0] < b and x[1] <= b]
        assert patterns.direction_terms(text, a, b) == [x for x in terms if a <= x[0] < b and x[1] <= b]


ODD_NEIGHBOURS = ["_12 burglaries", "é12 offences", "x12 crimes", "’12 reports", "Crime_rose", "ékrime fell", "(crime)",
                  "£5m", "5%", "1st", "«worse»", "—improved", "½ highest", "ſtable", "quartile_top"]


@pytest.mark.parametrize("seed", range(6))
def test_cue_index_matches_a_word_start_search(seed):
    """The document-wide cue index marks exactly the word starts a lookbehind search finds, whatever
    character comes before a cue (underscore, accented letter, curly quote, dash)."""
    from minutesai.engines.offline import figures  # noqa: F401 - registers the figure rules' cue sets
    from minutesai.engines.offline.cues import _REGISTRY

    rng = random.Random(seed)
    text = "  ".join(rng.choice(FRAGMENTS + ODD_NEIGHBOURS * 3) for _ in range(80))
    assert len(text) >= scan.SMALL and len(text.lower()) == len(text)
    low = text.lower()
    for cues in list(_REGISTRY):
        whole = [w[:-1].lower() for w in cues.words if w.endswith("$")]
        prefixes = [w.lower() for w in cues.words if not w.endswith("$")]
        parts = ["|".join(map(re.escape, sorted(prefixes, key=len, reverse=True)))] if prefixes else []
        if whole:
            parts.append("(?:" + "|".join(map(re.escape, sorted(whole, key=len, reverse=True))) + r")(?![^\W_])")
        reference = re.compile(r"(?<![^\W_])(?:" + "|".join(parts) + ")")
        for _ in range(80):
            a = rng.randrange(len(text))
            b = rng.randint(a, min(len(text), a + 120))
            assert cues.present(text, a, b) is (reference.search(low, a, b) is not None), (cues.words, text[a:b])


def _guarded_patterns():
    from minutesai.engines.offline import extract_candidates, guards

    extract_candidates("1. Item\n\nBurglary fell by 5%.")  # (imports every rule module, so every guard is made)
    return list(guards.GUARDED)


_ALL_CHARACTERS = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


def _class_of(item: tuple, flags: int) -> set[str]:
    """Every character the parse item (a literal or a character set) matches under ``flags``."""
    try:
        from re import _constants as c  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_constants as c  # type: ignore[no-redef]
    op, av = item
    if op is c.LITERAL:
        return set(re.findall(re.escape(chr(av)), _ALL_CHARACTERS, flags))
    assert op is c.IN, item  # NOT_LITERAL could start with almost anything: no guard is made for it
    categories = {c.CATEGORY_SPACE: r"\s", c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_DIGIT: r"\d",
                  c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_WORD: r"\w", c.CATEGORY_NOT_WORD: r"\W"}
    body = ""
    for kind, value in av:
        if kind is c.NEGATE:
            body = "^" + body
        elif kind is c.LITERAL:
            body += re.escape(chr(value))
        elif kind is c.RANGE:
            body += re.escape(chr(value[0])) + "-" + re.escape(chr(value[1]))
        else:
            body += categories[value]
    return set(re.findall(f"[{body}]", _ALL_CHARACTERS, flags))


def test_each_guard_admits_every_first_character_of_its_pattern():
    from minutesai.engines.offline.guards import first_characters

    made = _guarded_patterns()
    assert len(made) >= 25
    for pattern, guard, _ in made:
        admitted = set(re.findall(guard, _ALL_CHARACTERS, pattern.flags))
        for item in first_characters(pattern.pattern, pattern.flags):
            missing = _class_of(item, pattern.flags) - admitted
            assert not missing, (pattern.pattern[:40], guard, sorted(missing)[:5])


def test_first_char_class_reads_literals_small_classes_and_digits():
    from minutesai.engines.offline.guards import first_char_class

    assert first_char_class(r"\b(?:ranked\s+)?(\d{1,3})(?:st|nd)\b|\b(first|second)\b") == r"[\dfrs]"
    assert first_char_class(r"(?<!\bnot\s)\bto\s+$") == "[t]"
    assert first_char_class(r"a?b|[x-z]c") == "[abx-z]"
    assert first_char_class(r"\AAgenda|^Meeting:", re.MULTILINE) == "[AM]"
    assert first_char_class(r"[\]^-]x") == r"[\-\]\^]"
    for unreadable in (r"\s+and", r"[^a]b", r"\w+", r".x", r"(?:and)?", r"x|"):
        assert first_char_class(unreadable) is None, unreadable


def test_guarded_patterns_find_the_same_matches():
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "examples/corpus/dev").glob("*.txt"))]
    texts.append(" ".join(FRAGMENTS + ODD_NEIGHBOURS) + " ſaid that, ſhowed KNOWN in London,_and Hull")
    guards = _guarded_patterns()
    assert len(guards) >= 6
    rng = random.Random(3)
    for pattern, _, made in guards:
        for text in texts:
            spans = [(0, len(text))] + [tuple(sorted(rng.sample(range(len(text) + 1), 2))) for _ in range(20)]
            for a, b in spans:
                assert [m.span() for m in made.finditer(text, a, b)] == [m.span() for m in pattern.finditer(text, a, b)]
                m1, m2 = made.search(text, a, b), pattern.search(text, a, b)
                assert (m1 and m1.groups()) == (m2 and m2.groups())


def test_first_characters_refuses_a_pattern_that_can_match_nothing():
    from minutesai.engines.offline.guards import first_characters

    with pytest.raises(ValueError):
        first_characters(r"\s*(?:and)?")
    with pytest.raises(ValueError):
        first_characters(r"(?:.)")
    assert len(first_characters(r"\b(?:ab|c)d")) == 2


def test_rate_gate_letters_fold_only_from_ascii():
    """fields._RATE_BEFORE is tried only where the lower-cased window holds "rate": sound because no
    character but an ASCII letter matches r, a, t or e case-blind (and each lower-cases to it)."""
    from minutesai.engines.offline import fields

    assert "rate" in fields._RATE_BEFORE.pattern
    folding = set(re.findall("[rate]", _ALL_CHARACTERS, re.IGNORECASE))
    assert folding == set("rateRATE") and all(c.lower() in "rate" for c in folding)


def test_top_level_alternatives_cut_only_outside_groups_classes_and_escapes():
    from minutesai.engines.offline.docscan import top_level_alternatives

    pattern = r"\ba(?:b|c)|\bd[|x]e|\bf\|g|\b(?P<h>h|i)[]|]j|\bk[^]|]"
    assert top_level_alternatives(pattern) == [r"\ba(?:b|c)", r"\bd[|x]e", r"\bf\|g", r"\b(?P<h>h|i)[]|]j", r"\bk[^]|]"]
    assert top_level_alternatives(r"\b(?:a|b)") == [r"\b(?:a|b)"]


def test_scanner_by_opening_finds_the_same_matches_and_groups():
    from minutesai.engines.offline.docscan import DocumentScanner

    plain = scan.LowerScanner(r"\b(?P<one>crime\s+(?:fell|rose))|\b(?P<two>cr(?:ash|ime)(s)?)|\bcrimes?\s+(rate)|\bfell\b|\b(?P<z>zz)")
    fast = DocumentScanner(plain, by_opening=True)
    rng = random.Random(5)
    words = ["crime fell", "crime rose", "crash", "crimes", "crimes rate", "fell", "zz", "crimea", "_crime", "écrime", "(crime)"]
    for _ in range(30):
        text = " ".join(rng.choice(words) for _ in range(80))
        got = [(m.span(), m.lastgroup, m.groups()) for m in fast.finditer(text)]
        assert got == [(m.span(), m.lastgroup, m.groups()) for m in plain.finditer(text)]
    with pytest.raises(ValueError):
        DocumentScanner(scan.LowerScanner(r"\b(?:crime|fell)"), by_opening=True)  # nothing to choose between


@pytest.mark.parametrize("seed", range(8))
def test_figure_cues_for_all_sentences_at_once_match_one_by_one(seed):
    from minutesai.engines.offline import figures
    from minutesai.engines.offline.sentences import split_sentences

    rng = random.Random(seed)
    for n in (3, 40):  # a short text (scanned directly) and a long one (document-wide index)
        text = random_text(rng, n) + " " + " ".join(rng.sample(ODD_NEIGHBOURS, 4))
        sentences = split_sentences(text)
        spans = [(s.start, s.end) for s in sentences] + [(0, len(text)), (5, 5), (len(text), len(text))]
        spans += [tuple(sorted(rng.sample(range(len(text) + 1), 2))) for _ in range(30)]
        cues = figures.FIGURE_WORD_CUES
        assert cues.present_each(text, spans) == [cues.present(text, s, e) for s, e in spans]
        assert patterns.direction_terms_in_each(text, spans) == [bool(patterns.direction_terms(text, s, e)) for s, e in spans]
        own = [(s.start, s.end) for s in sentences]
        either = [c or d for c, d in zip(cues.present_each(text, own), patterns.direction_terms_in_each(text, own), strict=True)]
        assert either == [bool(cues.present(text, s.start, s.end) or patterns.direction_terms(text, s.start, s.end)) for s in sentences]
