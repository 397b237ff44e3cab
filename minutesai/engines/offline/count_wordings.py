"""Counts whose words between the number and the counted noun are joined by 'and'.

A traffic officer's return counts two kinds of offence under one noun: "Roads policing officers reported 27 speeding
and mobile phone offences" (Surrey residents' panel style, pool34), "15 drug and weapon offences". The count rule
rejects any function word between the number and the noun, since "six priorities of the Police" and "21 to 42
reports" are no counts; one 'and' between two modifier words is part of the counted noun's name. Not when a side of
the 'and' is a plural ("20 minutes and more arrests"), a number word or a quantity word ("more", "further", "other").
"""

from __future__ import annotations

_QUANTITY_WORDS = """more further other fewer less many few some all any no several one two three four five six seven eight nine
    ten eleven twelve twenty thirty forty fifty hundred"""
_QUANTITY = frozenset(_QUANTITY_WORDS.split())
_CHANNELS = frozenset(["system", "number", "line", "service", "phone", "telephone", "website", "app", "email", "portal"])
"""Nouns that make the number a telephone line or a channel ('the 999 system and non-emergency calls'), not a count."""


def joins_modifiers(words: list[str], i: int) -> bool:
    """True when ``words[i]`` is the only 'and' among the words between a count's number and its noun, with one
    singular modifier word before it and a plain word after it."""
    if words[i].lower() != "and" or i == 0 or i + 1 >= len(words) or sum(w.lower() == "and" for w in words) > 1:
        return False
    before, after = words[i - 1].lower(), words[i + 1].lower()
    return (before.isalpha() and not before.endswith("s") and after.replace("-", "").isalpha()
            and before not in _QUANTITY and after not in _QUANTITY and before not in _CHANNELS)
