"""Scoring one prediction against one gold annotation, and adding scores up.

Pure functions: nothing here runs an engine. Counts are kept, not ratios, so
engine totals are micro-averages (sum the counts, then divide).

Undefined ratios are ``None`` (shown as "–"), never a made-up 0 or 1:

* precision is undefined when nothing was predicted (tp + fp = 0);
* recall is undefined when there was nothing to find (tp + fn = 0);
* F1 is undefined only when both are; otherwise it is 0 when either is 0 or
  undefined (something was missed, or everything predicted was spurious),
  else the harmonic mean.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from minutesai.evaluation.gold import GoldDoc
from minutesai.evaluation.matching import Item, assign, locate, owners_agree
from minutesai.models import Action, Decision, Figure, KeyPoint, MinutesSummary, SentimentAspect

KINDS = ("actions", "decisions", "figures")


def ratio(numerator: int, denominator: int) -> float | None:
    return None if denominator == 0 else numerator / denominator


@dataclass
class KindCounts:
    tp: int = 0
    """Predictions matched to a required gold item."""
    fp: int = 0
    """Predictions matched to no gold item."""
    fn: int = 0
    """Required gold items no prediction matched."""
    optional_found: int = 0
    """Predictions matched to an optional gold item: neither right nor wrong."""

    @property
    def precision(self) -> float | None:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None and r is None:
            return None
        if not p or not r:
            return 0.0
        return 2 * p * r / (p + r)

    def add(self, other: KindCounts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.optional_found += other.optional_found

    def to_dict(self) -> dict:
        return {**asdict(self), "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class Tally:
    """Everything countable about one or more scored documents."""

    kinds: dict[str, KindCounts] = field(default_factory=lambda: {k: KindCounts() for k in KINDS})
    direction_correct: int = 0
    direction_total: int = 0
    owner_correct: int = 0
    owner_total: int = 0
    sentiment_correct: int = 0
    sentiment_total: int = 0
    grounded: int = 0
    grounded_total: int = 0
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0
    documents: int = 0
    errors: int = 0

    @property
    def direction_accuracy(self) -> float | None:
        return ratio(self.direction_correct, self.direction_total)

    @property
    def owner_accuracy(self) -> float | None:
        """Matched required actions whose predicted owner names the gold owner."""
        return ratio(self.owner_correct, self.owner_total)

    @property
    def sentiment_accuracy(self) -> float | None:
        return ratio(self.sentiment_correct, self.sentiment_total)

    @property
    def grounding_rate(self) -> float | None:
        return ratio(self.grounded, self.grounded_total)

    def add(self, other: Tally) -> None:
        for kind, counts in other.kinds.items():
            self.kinds.setdefault(kind, KindCounts()).add(counts)
        for name in ("direction_correct", "direction_total", "owner_correct", "owner_total", "sentiment_correct", "sentiment_total",
                     "grounded", "grounded_total", "calls", "prompt_tokens", "completion_tokens",
                     "seconds", "documents", "errors"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def to_dict(self) -> dict:
        out = {k: v for k, v in asdict(self).items() if k != "kinds"}
        out["seconds"] = round(self.seconds, 3)
        out.update({kind: counts.to_dict() for kind, counts in self.kinds.items()})
        out.update(direction_accuracy=self.direction_accuracy, owner_accuracy=self.owner_accuracy,
                   sentiment_accuracy=self.sentiment_accuracy, grounding_rate=self.grounding_rate)
        return out


@dataclass(frozen=True)
class DiffLine:
    """One thing to fix: a missed or spurious item, a wrong direction, a wrong label."""

    problem: str
    """missed, spurious, direction, owner, sentiment or error."""
    kind: str
    what: str
    quote: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class DocScore:
    name: str
    tally: Tally
    diff: list[DiffLine] = field(default_factory=list)
    predicted_sentiment: str | None = None
    acceptable_sentiment: list[str] = field(default_factory=list)
    error: str | None = None

    def to_dict(self, *, diff: bool = True) -> dict:
        out = {"document": self.name, "error": self.error, "predicted_sentiment": self.predicted_sentiment,
               "acceptable_sentiment": self.acceptable_sentiment, **self.tally.to_dict()}
        if diff:
            out["diff"] = [d.to_dict() for d in self.diff]
        return out


def gold_items(gold: GoldDoc, kind: str, text: str) -> list[Item]:
    if kind == "actions":
        return [Item("action", a.action, a.quote, locate(text, a.quote), a.optional, owner=a.owner)
                for a in gold.actions]
    if kind == "decisions":
        return [Item("decision", d.text, d.quote, locate(text, d.quote), d.optional) for d in gold.decisions]
    return [Item("figure", f.metric, f.quote, locate(text, f.quote), f.optional,
                 value=f.value, unit=f.unit, direction=f.direction) for f in gold.figures]


def _hint(ev) -> tuple[int, int] | None:
    return None if ev.start is None or ev.end is None else (ev.start, ev.end)


def predicted_items(pred: MinutesSummary, kind: str, text: str) -> list[Item]:
    if kind == "actions":
        return [Item("action", a.action, a.evidence.quote, locate(text, a.evidence.quote, _hint(a.evidence)),
                     owner=a.owner) for a in pred.actions]
    if kind == "decisions":
        return [Item("decision", d.text, d.evidence.quote, locate(text, d.evidence.quote, _hint(d.evidence)))
                for d in pred.decisions]
    return [Item("figure", f.metric, f.evidence.quote, locate(text, f.evidence.quote, _hint(f.evidence)),
                 value=f.value, unit=f.unit, direction=f.direction) for f in pred.figures]


def _grounding(pred: MinutesSummary, text: str) -> tuple[int, int]:
    """(items whose quote is verbatim in ``text``, all items produced)."""
    listed: list[KeyPoint | Action | Decision | Figure | SentimentAspect] = [
        *pred.key_points, *pred.actions, *pred.decisions, *pred.figures, *pred.police_sentiment.aspects
    ]
    verbatim = sum(1 for item in listed if item.evidence.quote and item.evidence.quote in text)
    # With keep_unverified the set-aside items are also back in the lists, flagged
    # verified=False; count each such item once.
    flagged = sum(1 for item in listed if not item.evidence.verified)
    return verbatim, len(listed) + max(0, len(pred.unverified) - flagged)


def score_document(
    gold: GoldDoc | dict, prediction: MinutesSummary | None, text: str, *, name: str | None = None
) -> DocScore:
    """Score ``prediction`` against ``gold`` for the document ``text``.

    ``prediction=None`` stands for a failed run: every required gold item is
    missed and the sentiment counts as wrong.
    """
    g = gold if isinstance(gold, GoldDoc) else GoldDoc.model_validate(gold)
    tally = Tally(documents=1)
    diff: list[DiffLine] = []
    for kind in KINDS:
        golds = gold_items(g, kind, text)
        preds = predicted_items(prediction, kind, text) if prediction is not None else []
        pairs = assign(preds, golds)
        counts = tally.kinds[kind]
        for p, pred in enumerate(preds):
            if p not in pairs:
                counts.fp += 1
                diff.append(DiffLine("spurious", pred.kind, pred.describe(), pred.quote))
                continue
            match = golds[pairs[p]]
            if match.optional:
                counts.optional_found += 1
                continue
            counts.tp += 1
            if kind == "figures":
                tally.direction_total += 1
                if pred.direction == match.direction:
                    tally.direction_correct += 1
                else:
                    what = f"{match.describe()}: predicted {pred.direction}"
                    diff.append(DiffLine("direction", "figure", what, match.quote))
            elif kind == "actions":
                tally.owner_total += 1
                if owners_agree(match.owner, pred.owner):
                    tally.owner_correct += 1
                else:
                    what = f"{match.describe()}: predicted owner {pred.owner or 'none'}"
                    diff.append(DiffLine("owner", "action", what, match.quote))
        matched = set(pairs.values())
        for i, item in enumerate(golds):
            if i not in matched and not item.optional:
                counts.fn += 1
                diff.append(DiffLine("missed", item.kind, item.describe(), item.quote))

    acceptable = g.acceptable_labels()
    label = prediction.police_sentiment.label if prediction is not None else None
    tally.sentiment_total = 1
    tally.sentiment_correct = int(label in acceptable)
    if prediction is not None and label not in acceptable:
        what = f"predicted {label}; acceptable: {', '.join(acceptable)}"
        diff.append(DiffLine("sentiment", "sentiment", what))
    if prediction is not None:
        tally.grounded, tally.grounded_total = _grounding(prediction, text)
        tally.calls = prediction.usage.calls
        tally.prompt_tokens = prediction.usage.prompt_tokens
        tally.completion_tokens = prediction.usage.completion_tokens
    return DocScore(name=name or g.doc, tally=tally, diff=diff, predicted_sentiment=label,
                    acceptable_sentiment=acceptable)


def total(scores: list[DocScore]) -> Tally:
    """Micro-averaged totals over documents."""
    out = Tally()
    for s in scores:
        out.add(s.tally)
    return out
