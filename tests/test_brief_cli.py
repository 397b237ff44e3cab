"""``minutesai.brief`` and ``minutesai brief``: inputs, formats, output files, errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import minutesai
from minutesai.cli import main
from minutesai.collection import load_results
from minutesai.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "fixtures" / "briefing" / "results.jsonl"


def test_brief_api_formats_and_out_suffix(tmp_path):
    results = load_results(FIXTURE)
    md = minutesai.brief(results)
    assert md.startswith("# Police and community-safety performance: 16 meetings")
    html = minutesai.brief(FIXTURE, out=tmp_path / "note.html")  # path input, format from suffix
    assert (tmp_path / "note.html").read_text(encoding="utf-8") == html and html.lstrip().startswith("<!DOCTYPE")
    data = minutesai.brief(results.summaries[0], format="docx", out=tmp_path / "note.docx")
    assert isinstance(data, bytes) and (tmp_path / "note.docx").read_bytes() == data
    titled = minutesai.brief(results.summaries[0], title="Weekly note")
    assert titled.startswith("# Weekly note\n")


def test_brief_api_rejects_bad_arguments(tmp_path):
    results = load_results(FIXTURE)
    with pytest.raises(ConfigError, match="format must be one of"):
        minutesai.brief(results, format="pdf")
    with pytest.raises(ConfigError, match="not dict"):
        minutesai.brief([{"engine": "x"}])
    with pytest.raises(ConfigError, match="does not exist"):
        minutesai.brief(results, out=tmp_path / "nowhere" / "x.md")
    with pytest.raises(ConfigError, match="templates directory"):
        minutesai.brief(results, templates_dir=tmp_path / "nope")


def test_cli_results_jsonl_to_each_format(tmp_path, capsys):
    for fmt in ("md", "html", "docx"):
        out = tmp_path / f"brief.{fmt}"
        assert main(["brief", str(FIXTURE), "-o", str(out)]) == 0
        assert out.stat().st_size > 1000
        err = capsys.readouterr().err
        assert f"wrote {out} ({fmt}; 16 meeting(s), 1 failed document(s))" in err
    assert main(["brief", str(FIXTURE), "--format", "md", "--title", "Board pack"]) == 0
    assert capsys.readouterr().out.startswith("# Board pack\n")


def test_cli_summarises_minutes_first_with_the_offline_engine(tmp_path, capsys):
    src = tmp_path / "minutes"
    src.mkdir()
    for name in ("barnet_q1_q2_performance_2019.txt", "bromley_crime_dashboard.txt"):
        shutil.copy(ROOT / "examples" / "minutes" / name, src / name)
    assert main(["brief", str(src), "--engine", "offline", "-f", "html", "-o", str(tmp_path / "b.html")]) == 0
    html = (tmp_path / "b.html").read_text(encoding="utf-8")
    assert "2 meetings" in html and "Engine: offline" in html
    # minutes and saved results can be mixed in one note
    assert main(["brief", str(src / "bromley_crime_dashboard.txt"), str(FIXTURE), "--engine", "offline"]) == 0
    assert "17 meetings" in capsys.readouterr().out


def test_cli_errors_are_one_line(tmp_path, capsys):
    assert main(["brief", str(FIXTURE), "-f", "docx"]) == 2
    assert capsys.readouterr().err.strip() == "minutesai: docx output needs --out FILE.docx"
    assert main(["brief", str(tmp_path / "missing.jsonl")]) == 2
    assert "no such file or directory" in capsys.readouterr().err
    assert main(["brief", str(FIXTURE), "-f", "pdf"]) == 2
    assert "--format must be one of md, html, docx" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_text("nope\n", encoding="utf-8")
    assert main(["brief", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.jsonl:1: not JSON" in err


def test_cli_templates_dir_overrides(tmp_path, capsys):
    (tmp_path / "briefing.md.j2").write_text("{{ briefing.meetings | length }} meetings, "
                                             "{{ briefing.errors | length }} failed\n", encoding="utf-8")
    assert main(["brief", str(FIXTURE), "--templates-dir", str(tmp_path)]) == 0
    assert capsys.readouterr().out == "16 meetings, 1 failed\n"
