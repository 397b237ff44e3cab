"""Results collections for notebooks: errors, to_dataframe, JSONL round trip, display."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from minutesai.collection import KINDS, Results, load_results, parse_result_line
from minutesai.errors import ConfigError, InputError
from minutesai.models import ErrorRecord, MinutesSummary
from minutesai.render.deps import MissingExtraError

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "fixtures" / "briefing" / "results.jsonl"


@pytest.fixture(scope="module")
def results():
    return load_results(FIXTURE)


def test_results_is_a_list_with_errors_and_summaries(results):
    assert isinstance(results, list) and len(results) == 17
    assert [e.document for e in results.errors] == ["examples/corpus/dev/missing_minutes.pdf"]
    assert len(results.summaries) == 16
    assert all(isinstance(s, MinutesSummary) for s in results.summaries)
    assert repr(results) == "Results(16 summaries, 1 errors)"


def test_to_dataframe_figures_and_actions(results):
    pytest.importorskip("pandas")
    figures = results.to_dataframe("figures")
    assert len(figures) == sum(len(s.figures) for s in results.summaries)
    assert {"source_path", "council", "meeting_date", "metric", "value", "unit", "direction", "quote", "start",
            "end", "verified"} <= set(figures.columns)
    asb = figures[figures.metric == "ASB calls to police"].iloc[0]
    assert asb.value == 8893 and asb.council == "Barnet" and asb.verified
    actions = results.to_dataframe("actions")
    assert sorted(actions.owner.dropna().unique()) == sorted(
        {a.owner for s in results.summaries for a in s.actions if a.owner})
    meetings = results.to_dataframe("meetings")
    assert len(meetings) == 16 and meetings.sentiment.isin(["positive", "negative", "mixed", "neutral"]).all()
    errors = results.to_dataframe("errors")
    assert list(errors.document) == ["examples/corpus/dev/missing_minutes.pdf"]
    unverified = results.to_dataframe("unverified")
    assert json.loads(unverified.item.iloc[0])["metric"] == "knife crime"


def test_summary_to_dataframe_and_empty_tables_keep_columns(results):
    pytest.importorskip("pandas")
    barnet = next(r for r in results.summaries if r.source.council == "Barnet")
    df = barnet.to_dataframe("actions")
    assert list(df.owner) == [a.owner for a in barnet.actions]
    empty = MinutesSummary(engine="offline").to_dataframe("figures")
    assert len(empty) == 0 and {"metric", "value", "quote", "verified"} <= set(empty.columns)
    for kind in KINDS:
        assert len(Results().to_dataframe(kind).columns) > 0, kind


def test_unknown_kind_and_missing_pandas_are_clear(results, monkeypatch):
    with pytest.raises(ConfigError, match="kind must be one of"):
        results.to_dataframe("people")
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "pandas" else real(name, *a))
    with pytest.raises(MissingExtraError, match=r"pip install 'minutesai\[pandas\]'") as info:
        results.to_dataframe("figures")
    assert isinstance(info.value, ImportError)


def test_jsonl_round_trip(tmp_path, results):
    path = results.to_jsonl(tmp_path / "out.jsonl")
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    assert ["error" in x for x in lines] == [isinstance(r, ErrorRecord) for r in results]
    again = load_results(path)
    assert [r.model_dump() for r in again] == [r.model_dump() for r in results]


@pytest.mark.parametrize("line", [
    {"error": "TimeoutError: deadline passed", "document": "a.txt", "stage": "deadline"},
    {"error": {"document": "a.txt", "stage": "deadline", "error_type": "DeadlineExceededError",
               "reason": "deadline passed"}},
    {"document": "a.txt", "stage": "deadline", "error_type": "DeadlineExceededError", "reason": "deadline passed",
     "attempts": 1, "error": "deadline passed", "elapsed": 3.2},
])
def test_error_lines_in_the_shapes_bulk_runs_write(line):
    record = parse_result_line(line)
    assert isinstance(record, ErrorRecord)
    assert record.document == "a.txt" and record.stage == "deadline" and "deadline passed" in record.reason


def test_success_lines_tolerate_wrappers_and_extra_keys():
    base = {"engine": "offline", "summary": "s"}
    assert parse_result_line(base | {"document_id": "x", "seconds": 1.5}).summary == "s"
    assert parse_result_line({"document": "x", "result": base}).engine == "offline"


def test_bad_results_files_name_the_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"engine": "offline"}\n\nnot json\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.jsonl:3: not JSON"):
        load_results(bad)
    bad.write_text('{"engine": "offline", "figures": [{"metric": 1}]}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.jsonl:1: not a minutesai result \(figures.0"):
        load_results(bad)
    bad.write_text("[1, 2]\n", encoding="utf-8")
    with pytest.raises(InputError, match="JSON object"):
        load_results(bad)
    with pytest.raises(InputError, match="no such file"):
        load_results(tmp_path / "missing.jsonl")


def test_notebook_reprs_look_like_the_briefing(results):
    fragment = results._repr_html_()
    assert not fragment.lstrip().startswith("<!DOCTYPE")
    assert 'class="mai mai-overview mai-fragment"' in fragment and "Action tracker" in fragment
    # the fragment's styles are all scoped: no rule targets the host page's body or bare elements
    css = re.sub(r"/\*.*?\*/", "", fragment.split("<style>")[1].split("</style>")[0], flags=re.S)
    selectors = [s.strip() for block in css.split("}") if "{" in block
                 for s in block.split("{")[0].split(",") if s.strip() and not s.strip().startswith("@")]
    assert selectors and all(s.startswith((".mai", "body.mai-body")) for s in selectors), selectors
    md = results._repr_markdown_()
    assert md.startswith("# Police and community-safety performance: 16 meetings")
    one = results.summaries[0]
    one_html = one._repr_html_()
    assert not one_html.lstrip().startswith("<!DOCTYPE") and 'class="mai' in one_html
    assert one.source.item_title in one_html
    assert one._repr_markdown_() == one.to_markdown()
    assert one.to_markdown().startswith(f"# {one.source.item_title}")
