"""General rules, pass 3: a resolution ends at its sentence, 'Agreed: X noted. Y to be Z.' is two decisions,
a request accepted in the next sentence is one action owned by whoever agreed, and the same wording under two
agenda items is two decisions. Sentences written in the style of UK council minutes."""

from __future__ import annotations

import pytest

from minutesai.engines.offline import extract_candidates
from minutesai.engines.offline.item_bounds import item_starts, same_item


def _decisions(text: str) -> list[str]:
    return [d.quote for d in extract_candidates(text).decisions]


def _actions(text: str) -> list[tuple[str | None, str, str]]:
    return [(a.owner, a.action, a.quote) for a in extract_candidates(text).actions]


def test_resolution_stops_at_its_sentence_end() -> None:
    text = ("6. Payments\n\nIt was RESOLVED to approve the following payments: £450 to the Village Hall Trust and "
            "£1,200 to the Youth Club. The Clerk reported that the bank reconciliation had been completed.\n")
    quotes = _decisions(text)
    assert len(quotes) == 1
    assert quotes[0].endswith("£1,200 to the Youth Club.") and "Clerk" not in quotes[0]


def test_agreed_line_with_a_second_resolving_sentence_is_two_decisions() -> None:
    text = ("Agreed: scorecard noted. Repeat burglary victims to be a focus item at the June meeting.\n\n"
            "7. Any Other Business\n")
    quotes = _decisions(text)
    assert len(quotes) == 2
    assert quotes[0].startswith("scorecard noted") and quotes[1].startswith("Repeat burglary victims to be a focus item")


@pytest.mark.parametrize(
    "second",
    [
        "That officers report back on the Safer Streets bid in March.",
        "Youth diversion to be added to the work programme.",
        "Minutes of the Task Group noted.",
    ],
)
def test_further_resolving_sentences_after_a_complete_resolution(second: str) -> None:
    text = f"RESOLVED: That the quarterly performance report be noted. {second}\n"
    quotes = _decisions(text)
    assert len(quotes) == 2 and quotes[1].startswith(second[:20])


def test_narrative_after_a_resolution_is_not_a_decision() -> None:
    text = ("RESOLVED that the report be noted. Members thanked Inspector Grant for attending and for her "
            "candid answers.\n")
    quotes = _decisions(text)
    assert quotes == ["the report be noted."]


def test_inline_numbered_items_still_split_across_sentences() -> None:
    text = "RESOLVED that (i) the report be noted. (ii) the action plan be approved.\n"
    assert len(_decisions(text)) == 2


@pytest.mark.parametrize(
    ("pair", "owner"),
    [
        ("Cllr Davies asked for the ASB figures for the ward to be circulated. The Inspector agreed to do so.", "Inspector"),
        ("A Member requested a breakdown of stop and search by ward. Inspector Patel undertook to provide this for "
         "the next meeting.", "Inspector Patel"),
        ("Councillor Hughes asked that the police report back on the speed watch trial. Sergeant Cole agreed.",
         "Sergeant Cole"),
        ("Councillor Reid asked the Community Safety Manager to circulate the funding bid. She agreed to do so by "
         "Friday.", "Community Safety Manager"),
    ],
)
def test_request_accepted_in_the_next_sentence_is_one_action(pair: str, owner: str) -> None:
    found = _actions(pair)
    assert len(found) == 1
    assert found[0][0] == owner
    assert found[0][2].startswith(pair[:15]) and pair.rstrip(".").endswith(found[0][2][-12:])


def test_request_answered_with_its_own_wording_keeps_the_answer() -> None:
    text = ("Councillor Ford requested an update on the CCTV upgrade. The Inspector agreed to circulate the CCTV "
            "project plan and would also arrange a site visit.")
    found = _actions(text)
    assert [(o, a) for o, a, _ in found] == [("Inspector", "circulate the CCTV project plan"),
                                              ("Inspector", "arrange a site visit")]


@pytest.mark.parametrize(
    "reply",
    [
        "The Inspector agreed that the hotspots were a concern.",
        "The Inspector said that recruitment was under way.",
        "Members noted the response.",
    ],
)
def test_a_reply_that_does_not_accept_leaves_the_request_alone(reply: str) -> None:
    text = f"Councillor Lee asked for a map of the hotspots. {reply}"
    found = _actions(text)
    assert len(found) == 1
    assert found[0][0] is None and found[0][2] == "Councillor Lee asked for a map of the hotspots"


def test_figures_to_be_circulated_are_not_the_owner() -> None:
    found = _actions("Cllr Amos asked for the ASB figures for the ward to be circulated.")
    assert len(found) == 1 and found[0][0] is None


def test_same_decision_under_two_agenda_items_is_two_decisions() -> None:
    text = ("8. Minutes of the Task Group\n\nThe Committee agreed to note the report.\n\n"
            "9. Annual Report of the Partnership\n\nThe Community Safety Officer presented the annual report.\n\n"
            "The Committee agreed to note the report.\n")
    assert len(_decisions(text)) == 2


def test_decision_block_repeated_in_minutes_block_is_one_decision() -> None:
    text = ("Police Update\n\nDecision:\n\nRESOLVED – That the report be noted.\n\nMinutes:\n\n"
            "Inspector Kaur presented the update on neighbourhood policing.\n\nRESOLVED – That the report be noted.\n")
    assert len(_decisions(text)) == 1


def test_same_action_under_two_agenda_items_is_two_actions() -> None:
    text = ("4. Anti-social Behaviour\n\nThe Inspector agreed to circulate the ward figures to Members.\n\n"
            "5. Road Safety\n\nThe Inspector agreed to circulate the ward figures to Members.\n")
    assert len(_actions(text)) == 2


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("8. Annual Report", True),
        ("77 Police Update", True),
        ("CSP 15/22 Serious Violence Duty", True),
        ("4a Crime and Disorder Scrutiny", True),
        ("1. The sub-committee noted the report.", False),
        ("Minutes:", False),
        ("The Inspector agreed to circulate the figures", False),
    ],
)
def test_agenda_item_headings(line: str, heading: bool) -> None:
    text = f"Intro text.\n{line}\nBody text.\n"
    starts = item_starts(text)
    assert (not same_item(starts, 0, len(text) - 3)) is heading


def test_noted_alone_after_a_paragraph_is_a_decision() -> None:
    text = "(b) Budget monitoring\n\nThe Council received the budget monitoring report to 28 February.\n\nNoted.\n"
    assert "Noted." in _decisions(text)


def test_noted_inside_a_sentence_is_not_a_bare_decision() -> None:
    text = "Noted that the budget monitoring report would be late this quarter because of staff absence.\n"
    assert "Noted." not in _decisions(text)


def test_infinitive_action_after_a_mid_line_resolution() -> None:
    text = ("23/00162/FUL – Land off Hollin Road – 24 dwellings. RESOLVED to object on highway grounds. "
            "The Clerk to submit the Council's comments to the District Council by 21 March.\n")
    found = _actions(text)
    assert [(o, a) for o, a, _ in found] == [("Clerk", "submit the Council's comments to the District Council by 21 March")]


def test_action_marker_with_its_own_action_after_a_resolution() -> None:
    text = ("RESOLVED – That the questions and answers be noted.\n\n"
            "ACTION: Panel Support Officer to add quarterly response times to the work programme.\n")
    found = _actions(text)
    assert [(o, a) for o, a, _ in found] == [("Panel Support Officer", "add quarterly response times to the work programme")]


def test_question_and_answer_labels_around_a_request_and_its_acceptance() -> None:
    text = ("Supplementary: Councillor Pryce asked for the response times to be reported to the Panel each quarter.\n\n"
            "Response: The Commissioner agreed to this.\n")
    found = _actions(text)
    assert len(found) == 1 and found[0][0] == "Commissioner"


@pytest.mark.parametrize(
    "lead",
    ["Thereafter, the Committee agreed:-", "Following discussion, the Sub-Committee agreed:", "Accordingly, the Panel RESOLVED:"],
)
def test_list_header_after_an_adverbial_lead_in(lead: str) -> None:
    text = (f"{lead}\n\n(i) to note the report;\n\n(ii) to request that the Area Commander provide an update on the "
            "Esplanade at the next meeting.\n")
    assert len(_decisions(text)) == 2
    found = _actions(text)
    assert [o for o, _, _ in found] == ["Area Commander"]


def test_adverbial_lead_in_before_a_one_line_decision() -> None:
    assert _decisions("Following discussion, the Committee agreed to note the report.\n") == [
        "Following discussion, the Committee agreed to note the report."]
    assert _decisions("Following discussion, the Inspector agreed to look again at the figures.\n") == []


def test_proposed_seconded_and_resolved_is_a_decision() -> None:
    text = ("Cllr Pascoe reported on Speedwatch. It was proposed by Cllr Pascoe, seconded by Cllr Bolitho and "
            "RESOLVED to purchase a second speed detection device at a cost of £395.\n")
    assert _decisions(text) == ["RESOLVED to purchase a second speed detection device at a cost of £395."]


def test_seconded_without_a_resolution_is_not_a_decision() -> None:
    text = "Cllr Hocking seconded the vote of thanks to the outgoing Clerk for her years of service.\n"
    assert _decisions(text) == []


def test_rejected_alternative_option_is_not_a_decision_but_the_next_item_is_read() -> None:
    text = ("ALTERNATIVE OPTIONS CONSIDERED:\n\nTo allow the Order to lapse. This was rejected because of the risk of "
            "a return of street drinking.\n\n12. Work Programme\n\nThe Committee noted its work programme.\n")
    assert _decisions(text) == ["The Committee noted its work programme."]


def test_agreed_infinitive_item_gives_its_owner_work() -> None:
    text = "Agreed: the draft strategy to be presented to the April Board. CSP Manager to collate the consultation responses.\n"
    owners = [o for o, _, _ in _actions(text)]
    assert "CSP Manager" in owners
