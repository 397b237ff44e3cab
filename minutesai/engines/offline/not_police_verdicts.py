"""Problem and criticism words that are not a verdict on the police.

Two kinds recur in minutes:

* the portrayal of an area by data: Members saying a report "gave a poor impression of the levels of
  crime" criticise how figures picture the town, not how the police performed;
* offenders' behaviour: "a group of youths ... causing problems" describes the people the police
  deal with (often to explain a fall), not the police; so does saying where a crime problem lies ("the problem
  lay mainly in carrying knives and bladed weapons rather than using them", "the main issue was with young people
  congregating"), an answer about the nature of offending.

``NOT_POLICE_VERDICT`` is a regex alternative for stance._PROCEDURAL; every match holds one of
``NOT_POLICE_VERDICT_HINTS`` (lower case), the cheap test tried first.
"""

from __future__ import annotations

_PORTRAYAL = (
    r"\b(?:poor|bad|negative|misleading|false|unfair|inaccurate|distorted|skewed|wrong)\s+"
    r"(?:impression|picture|image|reflection|representation|portrayal)\b"
    r"(?!\s+of\s+(?:the\s+)?(?:local\s+)?(?:police|policing|force|officers))"
)
"""'gave a poor impression of the levels of crime' (but not 'a poor picture of the police')."""
_OFFENDERS_CAUSING = (
    r"\b(?:youths?|young\s+(?:people|persons|men|males)|gangs?|individuals|offenders|perpetrators|teenagers|juveniles"
    r"|(?:a\s+)?group\s+of\s+\w+)\b[^.;]{0,80}?\bcaus(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}?(?:problems?|trouble|nuisance|issues)\b"
)
"""'a group of youths who were coming into the area and causing problems'."""

_WHERE = r"(?:mainly|mostly|largely|primarily|chiefly)"
_WHERE_THE_PROBLEM_LIES = (
    rf"\b(?:(?:problems?|issues?)\s+(?:(?:lay|lies|lie|lied)\s+(?:{_WHERE}\s+)?|(?:was|were|is|are)\s+{_WHERE}\s+)"
    r"|main\s+(?:problems?|issues?)\s+(?:was|were|is|are)\s+)"
    r"(?:in|with)\s+(?:the\s+)?(?:\w+\s+)?(?:(?:carrying|using|dealing|selling|supplying|possessing|drinking|taking|riding|driving"
    r"|speeding|begging|loitering|congregating|gathering)\b|(?:youths?|young\s+(?:people|persons|men|males)|gangs?|offenders)\b)"
)
"""'the problem lied mainly in carrying knives ... rather than using them', 'the main issue was with young people
congregating': where the offending lies, not a verdict. Every match holds one of _WHERE_HINTS."""
_WHERE_HINTS = (" lay ", " lies ", " lie ", " lied ", "main problem", "main issue", "mainly ", "mostly ", "largely ", "primarily ",
                "chiefly ")

NOT_POLICE_VERDICT = rf"{_PORTRAYAL}|{_OFFENDERS_CAUSING}|{_WHERE_THE_PROBLEM_LIES}"
NOT_POLICE_VERDICT_HINTS = ("impression", "picture", "image", "reflection", "representation", "portrayal", "caus", *_WHERE_HINTS)
