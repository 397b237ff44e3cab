"""A concern that names a local problem, not the police, as its subject.

The same holds for a problem named as what a crime or nuisance is ("Car meets and loud cars causing antisocial
behaviour are a particular problem in Warsash", pool27): where the trouble lies, not a verdict on the service.

"Rural crime remained a concern", "internet fraud was a significant concern for residents", "anti-social behaviour
was a concern to all", "road safety remained a major concern": the sentence says what worries people (a crime type
or a nuisance), which is why the police are asked to act, not how well they act. Said of the service itself ("the
101 service remained a concern", "police visibility was a major concern") or of a measure of it ("the repeat
victim rate was a concern") it stays a verdict on the police.
"""

from __future__ import annotations

import re

_CONCERN_OF_SUBJECT = re.compile(
    r"(?:^|[.;:!?•·\n]|\s[-–]|\b(?:that|and|but|whilst|while|although))\s*(?P<subject>[^.;:!?•·\n]{2,60}?)\s+"
    r"(?:was|were|is|are|remained|remains|continued\s+to\s+be|continues\s+to\s+be|had\s+been|has\s+been|have\s+been)\s+"
    r"(?:still\s+)?(?:an?\s+|the\s+)(?:(?:main|major|significant|serious|real|particular|great|big|key|ongoing|growing)\s+)?$",
    re.IGNORECASE,
)
_CONCERN_NOUN = re.compile(r"(?:[a-z]+\s+)?concern\b", re.IGNORECASE)
_SERVICE_WORDS = re.compile(
    r"\b(?:police|policing|officers?|PCSOs?|constables?|force|101|999|calls?|response|responses|service|services|visibility"
    r"|investigations?|detections?|outcomes?|patrols?|staffing|resources?|numbers|contact|communication|feedback|it|this|they|there"
    r"|rates?|figures?|levels?|performance|targets?|times|trends?|satisfaction|confidence)\b",
    re.IGNORECASE,
)


def concern_about_a_problem(text: str, start: int) -> bool:
    """True when the concern phrase starting at ``start`` is said of a subject that is a local problem rather than
    the police or their service (the subject stays inside the sentence: it holds no sentence or line break)."""
    if not _CONCERN_NOUN.match(text, start):
        return False  # "Members were concerned about ...": people who worry, not a thing that is a worry
    m = _CONCERN_OF_SUBJECT.search(text, max(0, start - 110), start)
    return m is not None and _SERVICE_WORDS.search(m.group("subject")) is None


_PROBLEM_NOUN = re.compile(r"problems?\b", re.IGNORECASE)


def problem_of_a_subject(text: str, start: int) -> bool:
    """True when the problem word at ``start`` is said of a subject that is a local problem ("X are a particular
    problem in Warsash"), not of the police or their service ("the 101 service was a major problem")."""
    if not _PROBLEM_NOUN.match(text, start):
        return False
    m = _CONCERN_OF_SUBJECT.search(text, max(0, start - 110), start)
    return m is not None and _SERVICE_WORDS.search(m.group("subject")) is None
