"""Who is speaking: resolves 'He would look into this' to the last named officer."""

from __future__ import annotations

import functools
import re

from minutesai.engines.offline import scan
from minutesai.engines.offline.reporting_subjects import reporting_subject
from minutesai.engines.offline.sentences import Sentence

ROLE = (
    r"(?:[Tt]he\s+)?(?:[A-Z][\w’'.\-/]*|MOPaC|PCSO|PC)(?:\s+(?:[A-Z][\w’'.\-/]*|of|for|and|the|&|de|\([^)]{1,60}\)))*?"
)
_SPEECH_VERBS = (
    r"stated|said|reported|explained|noted|responded|confirmed|replied|advised|agreed|added|commented|highlighted|informed"
    r"|acknowledged|suggested|spoke|introduced|updated|briefed|presented|outlined|told|expressed|felt|welcomed|clarified"
    r"|indicated|undertook|offered|assured|emphasised|emphasized|mentioned|urged|proposed|accepted|believed|considered"
    r"|thanked|referred|requested|asked|raised|queried|answered|advised|commented|gave|provided|led|reminded|was\s+asked"
    r"|pointed|described|observed|remarked|announced|apologised|apologized|conceded|admitted|stressed|reassured|concurred|echoed|warned|cautioned|recognised|recognized|insisted|argued"
    r"|(?:began|started|opened)\s+(?:(?:the|his|her|their)\s+(?:update|presentation|report|item|briefing)\s+)?by"
)
_SPEAKER = re.compile(
    rf"^(?:(?:In\s+addition|Additionally|Finally|Lastly|Furthermore|Also|Then|Next|Following\s+this),\s+)?(?:In\s+(?:response|reply)(?:\s+to\s+(?:(?:a\s+|the\s+)?(?:(?:further|supplementary|follow-up|Member[’']s|Members[’'])\s+)?(?:questions?|quer(?:y|ies)|comments?|points?)(?:\s+from\s+[^,]{{2,60}}?)?(?:\s+(?:about|on|regarding|concerning|relating\s+to|around|in\s+relation\s+to)\s+[^,]{{2,150}}?)?|(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z][^,]{{1,40}}|[A-Z][a-z]+\s+[A-Z][\w’'-]+))?,?\s+|Responding,?\s+|(?:Response|Answer|Reply|A)\s*[:\-–]\s*)?(?P<who>{ROLE}(?:\s+from\s+(?:the\s+)?[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){{0,3}})?)(?:,\s+[A-Z][^,]{{2,60}},|,\s+(?:[A-Z][\w’'.-]*\s+){{0,4}}[A-Z][\w’'.-]*(?=\s+(?:{_SPEECH_VERBS})\b))?\s+"
    rf"(?:(?:also|then|further|again|subsequently|additionally|had)\s+)?(?:{_SPEECH_VERBS})\b"
)
"""'Jill Horsfall, West Area BCU Superintendent informed the board ...': a title set off by one comma only is still hers."""
# One word of each speech verb is enough for the cue ("was asked" holds "asked")
_SPEECH_CUE = re.compile(r"\s(?:" + scan.trie_pattern({v.split("\\s+")[-1] for v in _SPEECH_VERBS.split("|")}) + r")\b")
_ADDRESSEE = re.compile(
    rf"\bquestions?\b[^.]{{0,60}}?\b(?:submitted|put|addressed|sent|directed)\s+to\s+(?P<who>{ROLE})(?=\s*(?:[,.;:(]|$|\s+(?:prior|before|in\s+advance|ahead|by|and|who|which|to\s+which)\b))"
)
"""'Two questions had been submitted to Chief Inspector Hardy, to which he responded': the answers that follow are his."""
_RESPONSE_HEAD = re.compile(rf"^(?:Response|Answer|Reply|Ans\.?)\s*[:\-–]\s*(?P<who>{ROLE})\s+(?:was|were|had|has|is|would|will)\b")
"""'Response: Inspector Roberts was concerned to hear ...': whoever answers under 'Response:' speaks next."""
_SUBJECT_CUE = re.compile(r"\s(?:were|was|had|has|would|will|is|are|also)\s")
_SUBJECT = re.compile(rf"^(?P<who>{ROLE})\s+(?:were|was|had|has|would|will|is|are|also)\b")
_PERSONAL_PRONOUN = re.compile(r"(?:He|She|They)$")
_ATTENDING = re.compile(r"\s+(?:in\s+attendance|present|attended|here|at\s+the\s+meeting)\b|\s+(?:was|were)\s+(?:in\s+attendance|present|invited|welcomed)\b")
"""'X was in attendance to provide an update', 'X was welcomed to the meeting': someone about to speak."""
_ATTENDED_TO_SPEAK = re.compile(
    rf"^(?P<who>{ROLE})(?:,\s+[A-Z][^,]{{2,60}},?)?\s+(?:attended|joined|(?:was|were)\s+(?:in\s+attendance|present))"
    r"(?:\s+(?:the|this|today's)\s+(?:meeting|[A-Z][\w-]*))?\s+(?:(?:in\s+order\s+)?to\s+(?:give|provide|present|deliver|update|introduce|report|answer|speak|talk|brief)"
    r"|and\s+(?:gave|provided|presented|delivered|updated|introduced|reported|answered|spoke|stated|said|explained|outlined|briefed))\b"
)
"""'Paul Brannan and Zoe Wardle attended the meeting to give an update ...', 'The Chief Superintendent, GMP attended the
meeting and stated ...': whoever came to speak to the item is speaking."""
_LIST_LEAD = re.compile(
    r"(?:This|These|It|They|The\s+(?:update|report|presentation|briefing))\s+(?:included|includes|covered|covers|highlighted|outlined|set\s+out)"
    r"(?:\s+the\s+following(?:\s+(?:points|issues|updates|areas|matters))?)?\s*:\s*$"
    r"|(?:He|She|They)\s+(?:\w+\s+){0,2}?(?:on|about|that)?\s*the\s+following(?:\s+\w+)?\s*:\s*$"
)
"""The speaker's own line going on into a list after their first sentence: 'This included:', 'She advised on the following:'."""
PERSON_TITLE = (r"(?:Cllrs?|Councillors?|Coun|Mr|Mrs|Ms|Miss|Dr|PC|PCSO|Sgt|Sergeant|Insp|Chief\s+Inspector|Inspector|Supt"
                r"|Superintendent)\.?")
"""A title before a person's name in minutes (a regex alternation, with its optional full stop)."""
_PRONOUN = re.compile(r"^(?:he|she|they|it|we|i|him|her|them)$", re.IGNORECASE)
_NOT_OWNERS = re.compile(
    r"^(?:A|An|The|This|That|These|Those|There|Here|Below|Above|Attached|Overleaf|It|He|She|They|We|I|His|Her|Their|In|Response|Members?|Councillors?|Colleagues|Discussions?|Questions?"
    r"|Figures|Data|Performance|Crime|Burglary|Overall|Total|Some|All|Most|No|Further|Following|To|As|If|When|Where|While|Whilst"
    r"|Working|Continuing|Looking|Seeking|Aiming|Planning|Hoping|Trying|Advised|Asked|Agreed|Requested|Decided|Needed|Expected|Used|Going"
    r"|(?!.*\b(?:Head|Director|Manager|Officer|Lead|Chief|Chair\w*|Member|Inspector|Team|Group|Board)\b)"  # "Head of Strategy" is someone
    r".*\b(?:Report|Paper|Document|Minutes|Update|Figures|Data|Statistics|Plan|Strategy))$",  # "Working to ...", "the Q1 Report provides ..."
    re.IGNORECASE,
)
_TRAILING_ADVERB = re.compile(r"\s+(?:also|then|further|both|and|jointly|now|had|have)$", re.IGNORECASE)
_LEADING_JUNK = re.compile(r"^(?:(?:and|but|so|also|then|therefore|however|further(?:more)?|in\s+addition|that|response)\b[\s,:]*)+", re.IGNORECASE)
_LEADING_PRONOUN = re.compile(r"^(he|she|they|we|i)\s", re.IGNORECASE)
_VERBISH = re.compile(r"\b(?:was|were|is|are|had|has|have|been|being|did|does|do|not|said|stated|reported|that|which|who)\b", re.IGNORECASE)
_SAID_PRONOUN = re.compile(
    r"^(?P<who>[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|for|and|the|&)){0,6})\s+(?:also\s+)?(?:[a-z]+ed|said|told\s+(?:the\s+)?\w+)\s+(?:he|she|they|we|I)$"
)
"""'Inspector Moyes advised he', 'PC Shaw said she': a reporting verb without 'that' before the promise's pronoun."""
_HOPEFUL_THAT = re.compile(
    r"(?P<who>(?:[Tt]he\s+)?(?:[A-Z][\w’'.-]*|commissioner|inspector|chair(?:man)?|clerk|sergeant|superintendent)(?:\s+[A-Z][\w’'.-]*){0,3})"
    r"\s+(?:is|was|were|are|remained)\s+(?:also\s+|very\s+)?(?:hopeful|confident|optimistic|keen|determined)\s+that\s+$")
"""'The commissioner is hopeful that he will be able to provide ...': the pronoun is the one who hopes."""
_SHARED_SUBJECT = re.compile(
    r"^(?P<who>(?:The\s+)?(?:[A-Z][\w’'.-]*|police|officers)(?:\s+(?:[A-Z][\w’'.-]*|of|for|the|&)){0,5})\s+(?:also\s+)?(?:was|were|is|are|had|has|said|stated|"
    r"explained|advised|confirmed|reported|noted|agreed)\b[^;:]*\s(?:and|but)$"
)
"""A named subject, its first predicate and 'and'/'but' before the promise: the promise shares the subject ('Mr McCabe was
investigating the shift patterns for Millom and would bring this up'), not the last name inside the first predicate."""
_PRONOUN_AND = re.compile(r"^\w+\s+(?:and|&)\s", re.IGNORECASE)
"""'She and PC Lee': a pronoun joined to a name is the subject; any other words after a leading pronoun are its clause."""
_MEMBER = re.compile(r"(?:Member|Councillor|Cllr)\b")
_ASKING = re.compile(r"\b(?:asked|queried|enquired|inquired|questioned|sought|requested|wondered|raised|whether)\b|\?")
"""A Member's question or request in a sentence: who answers it is someone else."""


@functools.lru_cache(maxsize=4096)
def normalise_owner(raw: str | None) -> str | None:
    if not raw:
        return None
    owner = re.sub(r"\s*\([^)]*\)\s*\.?$", "", " ".join(raw.split()))  # "NAME (24/2021/P)": a log reference
    owner = owner.strip(" .,;:-–—()")
    owner = re.sub(r"^(?:the|The)\s+", "", owner)
    owner = _TRAILING_ADVERB.sub("", owner)  # "BTP officers also offered to ..."
    if owner.isupper() and len(owner) > 5 and any(len(w) > 3 for w in re.findall(r"[A-Z]+", owner)):  # not "HC / AC"
        owner = owner.title()
    if owner.lower() == "police":
        owner = "Police"
    if not owner or _NOT_OWNERS.match(owner):
        return None
    return owner


class SpeakerTracker:
    """Remembers the last named speaker and the last named subject, sentence by sentence."""

    def __init__(self) -> None:
        self.speaker: str | None = None
        self.subject: str | None = None
        self._fresh_subject = False
        """The last sentence named someone attending to speak, so a 'He said' next is that person."""
        self._para = -1
        self._speaker_para = -2
        self._speaker_list = False
        self._member: str | None = None
        self._member_here = False
        """The current sentence is the Member's own statement: it opens with them, or with 'He/She said ...' after them."""
        """A Member who opened the current paragraph with a statement, not a question: its 'he would' is theirs."""
        """The speaker's line led into a list ('He advised on the following issues:'): its items are heard from them too."""
        """The logical line last observed, and the last one where someone was heard speaking (named or 'He said')."""

    def observe(self, sent: Sentence) -> None:
        text = sent.text
        if sent.para != self._para and self._speaker_list:
            if sent.marker and self._speaker_para == self._para:
                self._speaker_para = sent.para  # one more item of the list the speaker led into
            else:
                self._speaker_list = False
        elif sent.para == self._speaker_para and not self._speaker_list and text.rstrip().endswith(":") and _LIST_LEAD.match(text):
            self._speaker_list = True  # "Ian Denness provided an update on ... This included:": the bullets are his too
        if sent.para != self._para:
            self._member = None
        elif self._member is not None and _ASKING.search(text):
            self._member = None  # the Member asked something: a "he would ..." after it is the officer answering
        self._para = sent.para
        self._member_here = False
        label = text.find("Minutes: ", 1, 400)
        if label > 0:  # "Agenda title ... Minutes: Chief Inspector X from Essex Police gave a presentation": a page flattened to a line
            text = text[label + 9:].lstrip()
        first = text[:1]
        if not ("A" <= first <= "Z" or first == "t"):
            return  # _SPEAKER and _SUBJECT open with a capital letter or "the"
        head = text[:160]
        m = _SPEAKER.match(text) if _SPEECH_CUE.search(head) else None
        if m and self._member is not None and _PERSONAL_PRONOUN.match(m.group("who")):
            self._member_here = True  # "He stressed ... and noted that he would ...": the Member's statement goes on
        if m:
            self._speaker_para, self._speaker_list = sent.para, text.rstrip().endswith(":")
            who = normalise_owner(m.group("who"))
            if who and not _MEMBER.match(who):
                self.speaker, self._member = who, None
            elif who and sent.line_start and _ASKING.search(text) is None:
                self._member, self._member_here = who, True  # "Councillor X noted that ... He stressed ... and noted that he would report back"
            elif who is None and self._fresh_subject and _PERSONAL_PRONOUN.match(m.group("who")):
                self.speaker, self._member = self.subject, None  # "The Portfolio Holder was in attendance ... He advised ...": he is that subject
        if m is None and ("attend" in head or "joined" in head or "present" in head):
            m = _ATTENDED_TO_SPEAK.match(text)
            who = normalise_owner(m.group("who")) if m else None
            if who and not _MEMBER.match(who):
                self.speaker, self._speaker_para, self._member = who, sent.para, None
        self._fresh_subject = False
        m = _ADDRESSEE.search(text) if "uestion" in head else _RESPONSE_HEAD.match(text) if text[:1] in "RA" else None
        if m:
            who = normalise_owner(m.group("who"))
            if who and not re.match(r"(?:Member|Councillor|Cllr)\b", who):
                self.speaker, self._member = who, None
        m = _SUBJECT.match(text) if _SUBJECT_CUE.search(head) else None
        if m:
            who = normalise_owner(m.group("who"))
            if who:
                self.subject = who
                self._fresh_subject = who != self.speaker and not _MEMBER.match(who) and bool(_ATTENDING.match(text, m.end()))

    def current(self) -> str | None:
        return self.speaker

    def heard_here(self) -> str | None:
        """The speaker when someone spoke in the current logical line, else None."""
        return self.speaker if self._speaker_para == self._para else None

    def resolve(self, pronoun: str) -> str | None:
        if pronoun.lower() in ("they", "them", "it"):
            return self.subject or self.speaker
        # never a Councillor from an earlier paragraph: after a Member's question, "he/she would ..." is nearly always
        # the officer answering (a fallback to the last Councillor lowered owner agreement on a validation set); only a
        # Member who opened this paragraph with a statement and asked nothing in it
        if self._member_here:  # "... and noted that he would report back", not "She would look into it" after them
            return self._member
        return self.speaker


def subject_before(text: str, clause_start: int, verb_pos: int, speakers: SpeakerTracker) -> str | None:
    """The owner named before a commitment verb ('The Community Safety Manager would ...')."""
    subject = _LEADING_JUNK.sub("", " ".join(text[clause_start:verb_pos].split()).lstrip("“”\"‘’' ")).strip(" ,")
    if not subject:
        return speakers.current()
    if _PRONOUN.match(subject):
        hopeful = _HOPEFUL_THAT.search(text, max(0, clause_start - 100), clause_start) if "that" in text[clause_start - 6:clause_start] else None
        if hopeful and normalise_owner(hopeful.group("who")):  # "The commissioner is hopeful that he will be able to ..."
            who = normalise_owner(hopeful.group("who")) or ""
            return who[:1].upper() + who[1:]
        reporter = reporting_subject(text, clause_start)  # "Officers confirmed that they would review ...": the officers
        if reporter and normalise_owner(reporter):
            return normalise_owner(reporter)
        return speakers.resolve(subject)
    said = _SAID_PRONOUN.match(subject)
    if said and normalise_owner(said.group("who")):
        return normalise_owner(said.group("who"))  # "Inspector Moyes advised he would link ...": the one who spoke
    lead = _LEADING_PRONOUN.match(subject)
    if lead and (_VERBISH.search(subject) or not _PRONOUN_AND.match(subject)):
        return speakers.resolve(lead.group(1))  # "He did not have a date ... but would ask ...", "He apologised for this but ..."
    shared = _SHARED_SUBJECT.match(subject)
    if shared and normalise_owner(shared.group("who")):
        return normalise_owner(shared.group("who"))  # "Mr McCabe was investigating ... and would bring this up ..."
    if len(subject.split()) > 9 or _VERBISH.search(subject):
        names = re.findall(r"(?:[A-Z][\w’'.-]*)(?:\s+(?:of|for|and|the|[A-Z][\w’'.-]*))*", subject)
        names = [n for n in names if normalise_owner(n)]
        return normalise_owner(names[-1]) if names else speakers.current()
    return normalise_owner(subject) or speakers.current()
