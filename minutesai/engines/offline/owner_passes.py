"""The passes that settle action owners once every action of a text is found, in the order they must run."""

from __future__ import annotations

from minutesai.engines.offline.action_parts import ActionCandidate
from minutesai.engines.offline.asked_addressee import give_requests_to_addressee
from minutesai.engines.offline.owner_abbreviations import expand_abbreviated_owners
from minutesai.engines.offline.passive_owner_force import qualify_passive_owners
from minutesai.engines.offline.presenting_body import give_requests_to_force
from minutesai.engines.offline.pronoun_owners import resolve_pronoun_owners


def settle_owners(text: str, found: list[ActionCandidate]) -> None:
    expand_abbreviated_owners(text, found)  # "Action PF to ..." after "Paul Fell (PF)" in the attendance list
    give_requests_to_addressee(text, found)  # "asks the Commissioner to bring a report ...": before the force takes it
    give_requests_to_force(text, found)  # "It was requested that the Q1 Report provides ...": the force presenting
    qualify_passive_owners(text, found)  # "a breakdown would be circulated" after Supt Clark spoke: Police Scotland's work
    resolve_pronoun_owners(text, found)  # "Inspector Wheatley asked him to provide ...": the Councillor who raised it
