"""``minutesai eval``: runs on a small gold directory with the offline engine."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from minutesai.cli import main

DEV = Path(__file__).resolve().parents[1] / "examples" / "corpus" / "dev"
DOCS = ("durham_pcp_performance_public_confidence", "enfield_sscb_performance_2023")


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    root = tmp_path / "gold"
    root.mkdir()
    for name in DOCS:
        for suffix in (".txt", ".json"):
            shutil.copy(DEV / f"{name}{suffix}", root / f"{name}{suffix}")
    (root / "notes.txt").write_text("a text file without gold is ignored", encoding="utf-8")
    return root


def test_markdown_report_to_the_terminal(gold_dir, capsys):
    assert main(["eval", str(gold_dir)]) == 0
    out = capsys.readouterr().out
    assert "| Engine | Docs | Actions P / R / F1 |" in out
    assert "| offline | 2 |" in out
    for name in DOCS:
        assert f"| {name} | offline |" in out
        assert f"### {name} — offline" in out
    assert "notes" not in out


def test_json_report_and_no_diff(gold_dir, capsys):
    assert main(["eval", str(gold_dir), "--format", "json", "--no-diff"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"] == list(DOCS)
    (run,) = data["engines"]
    assert run["engine"] == "offline" and run["total"]["documents"] == 2
    # only counts are checked, not the offline engine's quality
    figures = run["total"]["figures"]
    assert figures["tp"] + figures["fn"] == 3  # durham 1 + enfield 2 required gold figures
    assert all("diff" not in d for d in run["documents"])


def test_two_engines_in_one_run(gold_dir, capsys):
    assert main(["eval", str(gold_dir), "--engine", "offline", "-e", "offline", "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [e["engine"] for e in data["engines"]] == ["offline", "offline#2"]


def test_out_file_gets_the_report_and_terminal_the_summary(gold_dir, tmp_path, capsys):
    target = tmp_path / "report.md"
    assert main(["eval", str(gold_dir), "--out", str(target)]) == 0
    captured = capsys.readouterr()
    assert "| offline | 2 |" in captured.out and "Differences from gold" not in captured.out
    assert f"wrote {target}" in captured.err
    assert "## Differences from gold" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "args, message",
    [
        (["eval", "{tmp}/missing"], "no such directory"),
        (["eval", "{tmp}/emptydir"], "no NAME.txt + NAME.json gold pairs"),
        (["eval", "{gold}", "--format", "html"], "--format must be md or json"),
        (["eval", "{gold}", "--engine", "bogus"], "unknown engine 'bogus'"),
    ],
)
def test_errors_are_one_line(gold_dir, tmp_path, capsys, args, message):
    (tmp_path / "emptydir").mkdir()
    argv = [a.format(tmp=tmp_path, gold=gold_dir) for a in args]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("minutesai: ") and message in err
    assert len(err.splitlines()) == 1
