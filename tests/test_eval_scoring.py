"""The scorer: exact numbers on gold-as-prediction and on crafted wrong predictions."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from minutesai.evaluation import gold_to_summary, load_gold_dir, score_document, total
from minutesai.evaluation.matching import (
    MIN_SHARE_OF_LONGER,
    Item,
    assign,
    locate,
    pair_score,
    span_overlap,
)
from minutesai.ingest import load_minutes
from minutesai.models import Action, Decision, Evidence, Figure, MinutesSummary, UnverifiedItem

DEV = Path(__file__).resolve().parents[1] / "examples" / "corpus" / "dev"

TEXT = (
    "Burglary fell by 12% compared with last year. Robbery rose by 3% in the same period. "
    "There were 40 knife crime offences. "
    "The Inspector would report back on patrol numbers at the next meeting. "
    "RESOLVED that the report be noted. "
    "The Chair would write to the Commissioner about funding. "
    "Anti-social behaviour had decreased."
)

GOLD = {
    "doc": "synthetic.txt",
    "actions": [
        {"owner": "Inspector", "action": "report back on patrol numbers at the next meeting",
         "quote": "The Inspector would report back on patrol numbers at the next meeting"},
        {"owner": "Chair", "action": "write to the Commissioner about funding",
         "quote": "The Chair would write to the Commissioner about funding", "optional": True},
    ],
    "decisions": [{"text": "the report was noted", "quote": "RESOLVED that the report be noted"}],
    "figures": [
        {"metric": "burglary", "value": 12, "unit": "percent", "direction": "decrease",
         "quote": "Burglary fell by 12%"},
        {"metric": "robbery", "value": 3, "unit": "percent", "direction": "increase",
         "quote": "Robbery rose by 3%"},
        {"metric": "knife crime offences", "value": 40, "unit": "count", "direction": "unknown",
         "quote": "There were 40 knife crime offences", "optional": True},
        {"metric": "anti-social behaviour", "value": None, "unit": "other", "direction": "decrease",
         "quote": "Anti-social behaviour had decreased"},
    ],
    "police_sentiment": "mixed",
    "acceptable_sentiment": ["mixed", "neutral"],
}


def perfect() -> MinutesSummary:
    return gold_to_summary(GOLD, TEXT)


def counts(score, kind):
    c = score.tally.kinds[kind]
    return (c.tp, c.fp, c.fn, c.optional_found)


def test_gold_as_prediction_scores_one_everywhere():
    s = score_document(GOLD, perfect(), TEXT)
    for kind in ("actions", "decisions", "figures"):
        c = s.tally.kinds[kind]
        assert (c.precision, c.recall, c.f1) == (1.0, 1.0, 1.0)
    assert counts(s, "actions") == (1, 0, 0, 1)
    assert counts(s, "figures") == (3, 0, 0, 1)
    assert s.tally.direction_accuracy == 1.0
    assert s.tally.sentiment_accuracy == 1.0
    assert s.tally.grounding_rate == 1.0
    assert s.diff == []


@pytest.mark.parametrize("json_path", sorted(DEV.glob("*.json")), ids=lambda p: p.stem)
def test_every_dev_gold_scores_one_against_itself(json_path):
    pair = next(p for p in load_gold_dir(DEV) if p.name == json_path.stem)
    text = load_minutes(pair.text_path).text
    s = score_document(pair.gold, gold_to_summary(pair.gold, text), text)
    assert s.diff == []
    assert s.tally.grounding_rate == 1.0
    for c in s.tally.kinds.values():
        assert c.fp == 0 and c.fn == 0
        assert c.f1 in (1.0, None)  # None: the document has no required gold item of that kind


def test_wrong_value_is_a_miss_and_a_false_alarm():
    pred = perfect()
    pred.figures[0].value = 21  # the quote still says 12%
    s = score_document(GOLD, pred, TEXT)
    assert counts(s, "figures") == (2, 1, 1, 1)
    f = s.tally.kinds["figures"]
    assert f.precision == pytest.approx(2 / 3) and f.recall == pytest.approx(2 / 3)
    assert f.f1 == pytest.approx(2 / 3)
    assert {(d.problem, d.kind) for d in s.diff} == {("missed", "figure"), ("spurious", "figure")}
    assert any("21" in d.what for d in s.diff if d.problem == "spurious")
    assert counts(s, "actions") == (1, 0, 0, 1)  # other kinds untouched


def test_wrong_direction_counts_only_in_direction_accuracy():
    pred = perfect()
    pred.figures[1].direction = "decrease"  # robbery rose
    s = score_document(GOLD, pred, TEXT)
    assert counts(s, "figures") == (3, 0, 0, 1)
    assert (s.tally.direction_correct, s.tally.direction_total) == (2, 3)
    assert s.tally.direction_accuracy == pytest.approx(2 / 3)
    (line,) = s.diff
    assert line.problem == "direction" and "robbery" in line.what and "predicted decrease" in line.what


def test_direction_on_optional_figure_is_not_scored():
    pred = perfect()
    pred.figures[2].direction = "increase"  # the optional knife crime figure
    s = score_document(GOLD, pred, TEXT)
    assert s.tally.direction_accuracy == 1.0 and s.diff == []


def test_ungrounded_quote_with_agreeing_wording_still_matches_but_lowers_grounding():
    pred = perfect()
    pred.actions[0].evidence = Evidence(quote="the Inspector promised to report on patrols")
    s = score_document(GOLD, pred, TEXT)
    assert counts(s, "actions") == (1, 0, 0, 1)
    assert (s.tally.grounded, s.tally.grounded_total) == (6, 7)
    assert s.tally.grounding_rate == pytest.approx(6 / 7)


def test_ungrounded_quote_with_different_wording_is_a_false_alarm():
    pred = perfect()
    pred.decisions[0] = Decision(text="approved the budget", evidence=Evidence(quote="the budget was approved"))
    s = score_document(GOLD, pred, TEXT)
    assert counts(s, "decisions") == (0, 1, 1, 0)
    d = s.tally.kinds["decisions"]
    assert (d.precision, d.recall, d.f1) == (0.0, 0.0, 0.0)


def test_set_aside_items_count_in_the_grounding_denominator():
    pred = perfect()
    pred.unverified.append(UnverifiedItem(kind="figure", item={"quote": "made up"}, reason="not found"))
    s = score_document(GOLD, pred, TEXT)
    assert (s.tally.grounded, s.tally.grounded_total) == (7, 8)


def test_kept_unverified_items_are_not_counted_twice():
    pred = perfect()
    item = {"text": "x", "quote": "made up"}
    pred.unverified.append(UnverifiedItem(kind="decision", item=item, reason="not found"))
    pred.decisions.append(Decision(text="x", evidence=Evidence(quote="made up")))  # keep_unverified
    s = score_document(GOLD, pred, TEXT)
    assert (s.tally.grounded, s.tally.grounded_total) == (7, 8)


def test_extra_items_lower_precision_only():
    pred = perfect()
    pred.actions.append(Action(owner="Police", action="monitor robbery levels",
                               evidence=Evidence(quote="Robbery rose by 3% in the same period.")))
    s = score_document(GOLD, pred, TEXT)
    assert counts(s, "actions") == (1, 1, 0, 1)
    a = s.tally.kinds["actions"]
    assert (a.precision, a.recall) == (0.5, 1.0)
    assert a.f1 == pytest.approx(2 / 3)
    (line,) = s.diff
    assert (line.problem, line.kind) == ("spurious", "action") and "monitor robbery" in line.what


def test_duplicate_prediction_is_a_false_alarm():
    pred = perfect()
    pred.figures.append(pred.figures[0].model_copy(deep=True))
    s = score_document(GOLD, pred, TEXT)
    assert counts(s, "figures") == (3, 1, 0, 1)


def test_missing_items_lower_recall_only():
    pred = perfect()
    del pred.figures[1]  # robbery
    s = score_document(GOLD, pred, TEXT)
    f = s.tally.kinds["figures"]
    assert counts(s, "figures") == (2, 0, 1, 1)
    assert (f.precision, f.recall) == (1.0, pytest.approx(2 / 3))
    assert f.f1 == pytest.approx(0.8)
    (line,) = s.diff
    assert (line.problem, line.kind) == ("missed", "figure") and line.quote == "Robbery rose by 3%"


def test_missing_optional_items_are_not_misses():
    pred = perfect()
    pred.actions = [a for a in pred.actions if a.owner != "Chair"]
    pred.figures = [f for f in pred.figures if f.value != 40]
    s = score_document(GOLD, pred, TEXT)
    assert counts(s, "actions") == (1, 0, 0, 0)
    assert counts(s, "figures") == (3, 0, 0, 0)
    assert s.diff == []


def test_prediction_of_only_an_optional_item_is_neither_hit_nor_false_alarm():
    pred = perfect()
    pred.actions = [a for a in pred.actions if a.owner == "Chair"]
    s = score_document(GOLD, pred, TEXT)
    a = s.tally.kinds["actions"]
    assert counts(s, "actions") == (0, 0, 1, 1)
    assert (a.precision, a.recall, a.f1) == (None, 0.0, 0.0)


def test_empty_gold_lists_do_not_divide_by_zero():
    empty = {"doc": "x.txt", "police_sentiment": "neutral", "acceptable_sentiment": ["neutral"]}
    s = score_document(empty, MinutesSummary(engine="t"), TEXT)
    for c in s.tally.kinds.values():
        assert (c.precision, c.recall, c.f1) == (None, None, None)
    assert s.tally.direction_accuracy is None and s.tally.grounding_rate is None
    assert s.tally.sentiment_accuracy == 1.0

    s = score_document(empty, perfect(), TEXT)
    f = s.tally.kinds["figures"]
    assert (f.tp, f.fp, f.fn) == (0, 4, 0)
    assert (f.precision, f.recall, f.f1) == (0.0, None, 0.0)


def test_failed_run_misses_everything_and_gets_sentiment_wrong():
    s = score_document(GOLD, None, TEXT)
    assert counts(s, "actions") == (0, 0, 1, 0)
    assert counts(s, "figures") == (0, 0, 3, 0)
    assert s.tally.sentiment_accuracy == 0.0 and s.predicted_sentiment is None
    assert s.tally.grounding_rate is None


def test_sentiment_is_right_when_in_acceptable_labels():
    pred = perfect()
    pred.police_sentiment.label = "neutral"  # not the gold label, but acceptable
    assert score_document(GOLD, pred, TEXT).tally.sentiment_correct == 1
    pred.police_sentiment.label = "positive"
    s = score_document(GOLD, pred, TEXT)
    assert s.tally.sentiment_correct == 0
    assert [d.problem for d in s.diff] == ["sentiment"]


def test_sentiment_falls_back_to_gold_label_without_acceptable_list():
    gold = {**GOLD, "acceptable_sentiment": []}
    pred = perfect()
    pred.police_sentiment.label = "neutral"
    assert score_document(gold, pred, TEXT).tally.sentiment_correct == 0


def test_totals_are_micro_averaged():
    pred_a = perfect()
    del pred_a.figures[1]  # 2 tp, 1 fn
    big = copy.deepcopy(GOLD)
    big["figures"] = [g for g in GOLD["figures"] if not g.get("optional")]  # 3 required
    pred_b = perfect()
    pred_b.figures.append(Figure(metric="theft", value=99, evidence=Evidence(quote="There were 40")))
    t = total([score_document(GOLD, pred_a, TEXT), score_document(big, pred_b, TEXT)])
    f = t.kinds["figures"]
    # doc b: 3 tp, fp = the spurious theft figure + the knife figure (not in its gold) = 2
    assert (f.tp, f.fp, f.fn) == (5, 2, 1)
    assert f.precision == pytest.approx(5 / 7) and f.recall == pytest.approx(5 / 6)
    assert t.documents == 2


# --- matching rules -------------------------------------------------------


def item(kind, wording, quote, text=TEXT, **kw):
    return Item(kind, wording, quote, locate(text, quote), **kw)


def test_figure_matches_on_value_and_metric_without_any_span():
    gold = item("figure", "burglary", "Burglary fell by 12%", value=12.0)
    pred = Item("figure", "residential burglary", "burglary down twelve per cent", None, value=12.0)
    assert pair_score(pred, gold) is not None
    other_metric = Item("figure", "robbery", "burglary down twelve per cent", None, value=12.0)
    assert pair_score(other_metric, gold) is None


def test_figure_with_overlapping_span_needs_equal_value():
    gold = item("figure", "burglary", "Burglary fell by 12%", value=12.0)
    assert pair_score(item("figure", "theft", "Burglary fell by 12% compared", value=12.0), gold) is not None
    assert pair_score(item("figure", "burglary", "Burglary fell by 12%", value=12.0000001), gold) is not None
    assert pair_score(item("figure", "burglary", "Burglary fell by 12%", value=12.1), gold) is None
    assert pair_score(item("figure", "burglary", "Burglary fell by 12%", value=None), gold) is None


def test_spans_touching_at_the_edge_do_not_match():
    a = locate(TEXT, "Burglary fell by 12% compared with last year. Robbery")
    b = locate(TEXT, "Robbery rose by 3% in the same period.")
    assert span_overlap(a, b) < 0.5
    gold = Item("decision", "robbery figures", "", b)
    assert pair_score(Item("decision", "burglary figures", "", a), gold) is None


def test_a_stub_inside_a_long_decision_is_not_that_decision():
    decision = "That the Committee notes the report and asks the Commissioner to share the improvement plan."
    text = "RESOLVED: " + decision
    start = text.index(decision)
    gold = Item("decision", "The Committee asks for the improvement plan", decision, (start, start + len(decision)))
    stub = Item("decision", "That the Committee", "That the Committee", (start, start + 18))
    assert span_overlap(stub.span, gold.span, min_share_of_longer=MIN_SHARE_OF_LONGER) == 0.0
    assert pair_score(stub, gold) is None
    whole = Item("decision", "Notes the report", decision[:40], (start, start + 40))
    assert pair_score(whole, gold) is not None


def test_wording_threshold_for_actions():
    gold = item("action", "report back on patrol numbers at the next meeting", "The Inspector would report back")
    close = Item("action", "report back at the next meeting on patrol numbers", "elsewhere", None)
    far = Item("action", "write to the Commissioner", "elsewhere", None)
    assert pair_score(close, gold) is not None
    assert pair_score(far, gold) is None


def test_assignment_prefers_the_best_match_and_is_one_to_one():
    golds = [item("action", "report back on patrol numbers", "The Inspector would report back on patrol numbers"),
             item("action", "write to the Commissioner about funding", "The Chair would write to the Commissioner")]
    preds = [Item("action", "write to the Commissioner about funding", "x", None),
             Item("action", "write to the Commissioner about funding", "x", None),
             item("action", "report back", "The Inspector would report back on patrol numbers at the next")]
    assert assign(preds, golds) == {0: 1, 2: 0}


def test_gold_quote_is_found_after_text_normalisation():
    text = "Burglary fell by\u00a012% \u2013 a \u201cgood\u201d result."
    gold = {**GOLD, "figures": [{"metric": "burglary", "value": 12, "unit": "percent", "direction": "decrease",
                                 "quote": 'Burglary fell by 12% - a "good" result'}],
            "actions": [], "decisions": []}
    pred = MinutesSummary(engine="t", figures=[Figure(metric="offences", value=12, direction="decrease",
                                                      evidence=Evidence(quote="Burglary fell by\u00a012%"))])
    s = score_document(gold, pred, text)
    assert counts(s, "figures") == (1, 0, 0, 0)
