"""The sentence gates of the decision and action rules never hold back a sentence a rule would fire on.

Each rule is run on every sentence of the tuning corpora (and of case-changed copies, and of
sentences written to sit at the edge of a gate); every sentence it fires on must be a candidate,
and the rules with their gates must give what they give without them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from minutesai.engines.offline import action_gates, actions, decision_lists, decisions
from minutesai.engines.offline.sentences import split_sentences
from minutesai.engines.offline.speakers import SpeakerTracker

ROOT = Path(__file__).resolve().parents[1]
_DIRS = ["examples/corpus/dev", "examples/corpus/authored", "examples/corpus/authored2", "examples/corpus/authored3",
         "tests/data/offline", "tests/data/offline3"]
_PAD = "\n\nThe meeting closed at 8pm. " + "Members discussed the agenda in some detail. " * 10  # gates need a long text

_EDGE_CASES = """Minutes of the Panel
The Reportagreed.
The amendment was passed on a vote of 5 to 2.
The Motionapproved.
He’ll provide the figures to the next meeting.
She'll circulate the note.
She’ll send the note round, as she will see the Chief next week.
that the report be noted
THAT THE CLERK BE ASKED TO WRITE TO THE POLICE.
The Inspector AGREED TO REVIEW the patrol plan.
Officers were to send the summary to councillors.
Update to be provided at the next meeting.
UPDATE TO BE PROVIDED AT THE NEXT MEETING.
Sessions run to March, with take-up being reported back to the Licensing Committee.
The update was noted; officers to report back in May.
The update on the new scheme was noted by the whole board; officers to report back in May.
The Community Safety Panel asked the local neighbourhood police team to provide an update.
Police to provide value for money data.
04/23-3 AH to raise the parking issue with the school.
The Inspector said that he would set out his response in the plan.
Cllr Jones asked whether a breakdown could be brought to a future meeting.
Cllr Jones requested that the figures be circulated and the Clerk undertook to do so.
A Member asked for the ASB figures for the ward to be circulated.
The Panel was asked to note the report.
She was happy to meet residents.
PC Hale was tasked to visit the school.
The motion was put to the vote and carried.
It was moved and seconded that the report be approved. The motion was carried.
The item was deferred. The minutes were agreed as a true record.
The notes of the last meeting are a true record.
The minutes were signed.
The Committee considered the report and noted the progress.
Apologies were received from Cllr Smith.
Proposed by Cllr A, seconded by Cllr B and RESOLVED to purchase the bench.
After a short debate, it was agreed that the Clerk obtain quotes.
It was proposed by Cllr Ahmed and seconded by Cllr Bell that a bench be bought. The motion was carried.
Mrs Hale agreed to stand and she was elected without contest.
Mr Reid and Ms Patel were re-elected and took their seats on the council.
Two residents were co-opted onto the Parish Council.
Cllr Noor was appointed as the Council's representative on the Safer Streets Board.
To accept the contents of the report and the appended action plan.
The priorities for the coming year were supported.
Action sheet agreed.
Having considered the report the Board agreed to adopt the revised protocol.
Consideration of this item was defered until the next meeting.
The application was deffered.
A. That Cabinet reviewed and signed off the Safer Streets Strategy.
"""


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for d in _DIRS for p in sorted((ROOT / d).glob("*.txt"))]
    texts.append(_EDGE_CASES + _PAD)
    return texts + [texts[i].upper() for i in range(0, len(texts), 5)] + [texts[i].lower() for i in range(2, len(texts), 5)]


TEXTS = _texts()


def _all(monkeypatch: pytest.MonkeyPatch) -> None:
    """Turn every gate off: every sentence is a candidate."""
    monkeypatch.setattr(decisions, "_header_candidates", lambda text, sentences: None)
    monkeypatch.setattr(decisions, "_decision_candidates", lambda text, sentences: range(len(sentences)))
    monkeypatch.setattr(decisions, "_agreed_candidates", lambda text, sentences: None)
    monkeypatch.setattr(actions, "commitment_candidates", lambda text, sentences: None)


def test_edge_case_text_is_gated():
    """The gates are in use on the edge cases (a long plain text), so the checks below test them."""
    text = _EDGE_CASES + _PAD
    sentences = split_sentences(text)
    assert decisions._header_candidates(text, sentences) is not None
    assert action_gates.commitment_candidates(text, sentences) is not None
    assert len(decisions._decision_candidates(text, sentences)) < len(sentences)  # type: ignore[arg-type]


@pytest.mark.parametrize("speaker", [None, "The Inspector"])
def test_every_sentence_with_a_commitment_is_a_candidate(speaker: str | None):
    fired = 0
    for text in TEXTS:
        sentences = split_sentences(text)
        cands = action_gates.commitment_candidates(text, sentences)
        if cands is None:
            continue
        for k, sent in enumerate(sentences):
            tracker = SpeakerTracker()
            tracker.speaker = speaker
            if actions._commitments(text, sent, tracker):
                fired += 1
                assert k in cands, sent.text
    assert fired > 150


def test_every_resolution_header_is_a_candidate():
    fired = 0
    for text in TEXTS:
        sentences = split_sentences(text)
        cands = decisions._header_candidates(text, sentences)
        if cands is None:
            continue
        for k, sent in enumerate(sentences):
            if decisions._HEADER.match(sent.text) or decisions._BODY_LIST_HEADER.match(sent.text):
                fired += 1
                assert k in cands, sent.text
    assert fired > 100


def test_gated_rules_give_what_ungated_ones_give(monkeypatch: pytest.MonkeyPatch):
    gated = []
    for text in TEXTS:
        sentences = split_sentences(text)
        resolutions = decisions.find_resolutions(text, sentences)
        resolutions += decisions.find_other_decisions(text, sentences, resolutions)
        gated.append((resolutions, actions.find_actions(text, sentences, resolutions)))
    _all(monkeypatch)
    for text, (resolutions, found) in zip(TEXTS, gated, strict=True):
        sentences = split_sentences(text)
        plain = decisions.find_resolutions(text, sentences)
        plain += decisions.find_other_decisions(text, sentences, plain)
        assert plain == resolutions
        assert actions.find_actions(text, sentences, plain) == found


def test_every_sentence_with_a_decision_is_a_candidate(monkeypatch: pytest.MonkeyPatch):
    """find_other_decisions with all sentences looked at takes nothing from a sentence its gate holds back."""
    fired = 0
    for text in TEXTS:
        sentences = split_sentences(text)
        cands = decisions._decision_candidates(text, sentences)
        if isinstance(cands, range):
            continue
        with monkeypatch.context() as m:
            m.setattr(decisions, "_decision_candidates", lambda t, s: range(len(s)))
            found = decisions.find_other_decisions(text, sentences, [])
        starts = [s.start for s in sentences]
        for item in found:
            k = max(i for i, s in enumerate(starts) if s <= item.start)
            if sentences[k].end >= item.end:  # (agreed lists span several sentences: not gated)
                fired += 1
                assert k in cands, sentences[k].text
    assert fired > 100


def test_every_agreed_list_lead_in_is_a_candidate():
    fired = 0
    for text in TEXTS + ["Agreed priorities:\n1. Speeding\n2. Parking" + _PAD, "AGREED PRIORITIES:\n1. Speeding\n2. ASB" + _PAD]:
        sentences = split_sentences(text)
        cands = decisions._agreed_candidates(text, sentences)
        assert cands is not None
        for k, sent in enumerate(sentences):
            if decision_lists._LEAD.match(sent.text.strip()):
                fired += 1
                assert k in cands, sent.text
        assert decision_lists.agreed_lists(text, sentences, cands) == decision_lists.agreed_lists(text, sentences)
    assert fired >= 2
