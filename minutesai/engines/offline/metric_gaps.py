"""Words that may stand between a change noun and the measure it names, besides trends._GAP_AFTER_NOUN's own:
"a reduction in the number of occurrences of stop and search", "a drop in Waltham Forest detection rates"
(a place's name, capitalised, before the measure)."""

from __future__ import annotations

EXTRA_GAP_WORDS = r"occurrences?|instances?|(?-i:[A-Z][a-z]+(?:[’']s)?)"
"""A regex alternative for one gap word (the pattern it joins is case-insensitive; a place name must be capitalised)."""
