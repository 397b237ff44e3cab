"""Fast paths of the offline pipeline outside the rules give what the plain code gives:
each is compared with a straightforward reference on crafted and random inputs."""

from __future__ import annotations

import random

from minutesai.ingest_text import _normalise_block, normalise_text


def _random_texts(atoms: list[str], n: int, seed: int, longest: int = 14) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(atoms) for _ in range(rng.randint(0, longest))) for _ in range(n)]


# ------------------------------------------------------------------ ingest
_EDGE_ATOMS = list("abcXYZ019 .,;:%£()-") + [
    "\n", "\r\n", "\r", "\t", "\u00a0", "\u200b", "\u2019", "\u201c", "\u2013", "·", "\x0c", "\x0b", "\x1c",
    "\x1f", "\x85", "\u2028", "\u2029", "\u3000", "\ufeff", "\u00ad", "\x00", "é", "word ", "anti-\n",
    "Superin-\ntendent", "  ", " \n ", "\n\n\n",
]


def test_normalising_stripped_text_equals_normalising_then_stripping():
    texts = _random_texts(_EDGE_ATOMS, 30000, seed=3)
    texts += ["a  ", "  a", "a \n", "a\n ", "\u200b  a  \u200b", "a-\n  b", "a \x1c", "\x85a\x0c", "word-\n"]
    for raw in texts:
        assert normalise_text(raw) == _normalise_block(raw).strip(), repr(raw)
