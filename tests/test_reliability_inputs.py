"""Bad input: a clear one-line CLI error (no traceback) and a typed InputError from the API,
or a correct result where the input is valid."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from minutesai.api import summarise
from minutesai.errors import InputError
from minutesai.ingest import load_minutes, normalise_text
from minutesai.models import MinutesSummary
from tests.reliability_support import DEV_CORPUS, REPO

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06" + bytes(200)
NAV_ONLY_PAGE = """<!DOCTYPE html><html><head><title>Agenda item | Example Council</title>
<script>var mgSite = {"search": true};</script><style>#modgov h1 {font-size: 2em}</style></head>
<body><nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="mgListCommittees.aspx">Committees</a></li>
<li><a href="mgMemberIndex.aspx">Councillors</a></li></ul></nav>
<div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda item</h1></div>
<div class="mgLinks"><ul><li><a href="mgCalendarMonthView.aspx">Calendar</a></li>
<li><a href="ieDocSearch.aspx">Library</a></li></ul></div></div>
<footer class="site-footer"><a href="/privacy">Privacy</a></footer></body></html>"""
SCRIPTED_PAGE = """<html><head><title>Minutes</title><style>.hidden-style-rule { color: red }</style>
<script>var SCRIPT_SECRET = "should never be read";</script></head><body>
<h1>Minutes of the Safer Neighbourhood Board</h1>
<p>The Borough Commander reported that burglary fell by 12% compared with the previous year.</p>
<script>document.write("INJECTED_BY_SCRIPT")</script>
<p>RESOLVED: that the report be noted.</p></body></html>"""


def pdf_bytes(*, password: str | None = None) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    if password:
        writer.encrypt(user_password=password, owner_password=password, algorithm="AES-256")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def make_bad_input(kind: str, folder: Path) -> tuple[Path, str]:
    """(path, words the one-line error must contain)."""
    files = {
        "empty": ("empty.txt", b"", "file is empty"),
        "whitespace": ("blank.txt", " \n\t\n\u00a0\n".encode(), "no text"),
        "png_renamed": ("minutes.txt", PNG, "PNG image"),
        "moderngov_no_minutes": ("agenda_item.html", NAV_ONLY_PAGE.encode(), "no minutes text"),
        "encrypted_pdf": ("locked.pdf", pdf_bytes(password="s3cret"), "encrypted"),
        "corrupt_pdf": ("broken.pdf", pdf_bytes()[:300], "not a readable PDF"),
    }
    if kind == "directory":
        (folder / "empty_dir").mkdir()
        return folder / "empty_dir", "directory"
    if kind == "missing":
        return folder / "no_such_minutes.txt", "no such file"
    name, data, words = files[kind]
    path = folder / name
    path.write_bytes(data)
    return path, words


BAD_INPUTS = ["empty", "whitespace", "png_renamed", "moderngov_no_minutes", "encrypted_pdf", "corrupt_pdf",
              "directory", "missing"]


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    env["PYTHONPATH"] = str(REPO)
    return subprocess.run([sys.executable, "-m", "minutesai", *args], capture_output=True, text=True,
                          cwd=REPO, timeout=timeout, env=env)


@pytest.mark.parametrize("kind", BAD_INPUTS)
def test_cli_bad_input_is_one_line_without_traceback(kind, tmp_path):
    path, words = make_bad_input(kind, tmp_path)
    proc = run_cli("summarise", str(path), "--engine", "offline", "--no-progress")
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith(f"minutesai: {path}")
    assert words in lines[0]


@pytest.mark.parametrize("kind", [k for k in BAD_INPUTS if k != "directory"])
def test_api_bad_input_raises_input_error(kind, tmp_path):
    path, words = make_bad_input(kind, tmp_path)
    with pytest.raises(InputError) as info:
        summarise(path, engine="offline")
    err = info.value
    assert err.stage == "ingest" and err.path == str(path)
    assert words in str(err) and "\n" not in str(err)


def test_api_directory_raises_input_error(tmp_path):
    with pytest.raises(InputError, match="is a directory"):
        summarise(tmp_path, engine="offline")


def test_cli_directory_with_minutes_is_expanded(tmp_path):
    folder = tmp_path / "minutes"
    folder.mkdir()
    for name in ("durham_pcp_performance_public_confidence.txt", "lambeth_slp_scrutiny_2019.txt"):
        (folder / name).write_text((DEV_CORPUS / name).read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "notes.csv").write_text("not minutes", encoding="utf-8")
    proc = run_cli("summarise", str(folder), "--engine", "offline", "--format", "json", "--no-progress")
    assert proc.returncode == 0, proc.stderr
    paths = [r["source"]["path"] for r in json.loads(proc.stdout)]
    assert [Path(p).name for p in paths] == ["durham_pcp_performance_public_confidence.txt",
                                             "lambeth_slp_scrutiny_2019.txt"]


LEGACY_TEXT = ("Minutes of the Community Safety Partnership\n\n"
               "The Chief Inspector said \u201cburglary\u201d fell by 5% \u2013 a \u00a3200 saving for the caf\u00e9.\n")


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encodings_give_a_correct_result(encoding, tmp_path):
    text = LEGACY_TEXT if encoding == "cp1252" else LEGACY_TEXT.replace("\u201c", '"').replace(
        "\u201d", '"').replace("\u2013", "-") + "Half (\u00bd) of the \u00a9 council reports.\n"
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")  # really not UTF-8
    proc = run_cli("summarise", str(path), "--engine", "offline", "--format", "json", "--no-progress")
    assert proc.returncode == 0, proc.stderr
    result = MinutesSummary.model_validate(json.loads(proc.stdout))
    assert "\u00a3200 saving for the caf\u00e9" in result.summary
    assert any("decoded as" in w for w in result.warnings), result.warnings  # the fallback is reported
    assert load_minutes(path).text == normalise_text(text).strip()
    assert summarise(path, engine="offline").summary == result.summary


def test_html_scripts_and_styles_are_not_read(tmp_path):
    path = tmp_path / "minutes.html"
    path.write_text(SCRIPTED_PAGE, encoding="utf-8")
    proc = run_cli("summarise", str(path), "--engine", "offline", "--format", "json", "--no-progress")
    assert proc.returncode == 0, proc.stderr
    for hidden in ("SCRIPT_SECRET", "INJECTED_BY_SCRIPT", "hidden-style-rule"):
        assert hidden not in proc.stdout
    result = MinutesSummary.model_validate(json.loads(proc.stdout))
    assert "burglary fell by 12%" in result.summary
    assert any(f.value == 12 for f in result.figures)


def big_file(folder: Path, size: int) -> Path:
    para = (DEV_CORPUS / "barnet_q1_q2_performance_2019.txt").read_bytes()
    path = folder / "big.txt"
    with path.open("wb") as fh:
        while fh.tell() < size:
            fh.write(para + b"\n\n")
    return path


def peak_rss_of_child(code: str) -> tuple[str, int]:
    """Run ``code`` in a fresh interpreter; (stdout, its peak resident memory in bytes)."""
    # VmHWM belongs to this process's own memory map; ru_maxrss would carry over the high-water
    # mark of the (large) pytest process this child was forked from.
    script = code + (
        "\nimport re\nwith open('/proc/self/status') as fh:\n"
        "    print(int(re.search(r'VmHWM:\\s+(\\d+) kB', fh.read()).group(1)) * 1024)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO,
                          timeout=1800, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert proc.returncode == 0, proc.stderr
    *out, peak = proc.stdout.strip().splitlines()
    return "\n".join(out), int(peak)


@pytest.mark.slow
def test_50mb_file_is_cut_into_bounded_llm_chunks(tmp_path):
    """An LLM never sees more than one context-sized chunk, and preparing them stays in bounded memory."""
    path = big_file(tmp_path, 50_000_000)
    code = (
        "from minutesai.chunk import chunk_document\n"
        "from minutesai.config import Options\n"
        "from minutesai.engines.factory import make_engine\n"
        "from minutesai.ingest import load_minutes\n"
        "from minutesai.segment import segment\n"
        "engine = make_engine(Options(engine='openai', base_url='http://127.0.0.1:9/v1', api_key='x'))\n"
        f"doc = load_minutes({str(path)!r})\n"
        "doc.items = segment(doc)\n"
        "budget = engine.chunk_token_budget()\n"
        "chunks = chunk_document(doc, tokenizer=engine.tokenizer, max_tokens=budget, overlap_tokens=64)\n"
        "print(len(doc.text), len(chunks), budget, max(c.tokens for c in chunks))\n"
        "print(all(doc.text[c.start:c.end] == c.text for c in chunks))\n"
    )
    out, peak = peak_rss_of_child(code)
    sizes, mapped = out.splitlines()
    length, count, budget, largest = map(int, sizes.split())
    size = path.stat().st_size
    assert mapped == "True"
    assert length > 0.9 * size
    assert largest <= budget < 8192 and count > size / (budget * 8)
    # measured: about 620 MB peak (12x) for loading, segmenting and chunking 50 MB
    assert peak < 16 * size, f"peak {peak / 1e6:.0f} MB for a {size / 1e6:.0f} MB file"


@pytest.mark.slow
def test_50mb_file_through_the_cli_offline_in_bounded_memory(tmp_path):
    """The whole command (offline engine) on 50 MB: a result, and peak memory linear in the size."""
    path = big_file(tmp_path, 50_000_000)
    size = path.stat().st_size
    out = tmp_path / "result.json"
    code = (
        "import contextlib\n"
        "from minutesai.cli import main\n"
        f"with open({str(out)!r}, 'w', encoding='utf-8') as fh, contextlib.redirect_stdout(fh):\n"
        f"    code = main(['summarise', {str(path)!r}, '--engine', 'offline', '--format', 'json', '--no-progress'])\n"
        "print(code)\n"
    )
    code_line, peak = peak_rss_of_child(code)
    assert code_line == "0"
    result = MinutesSummary.model_validate(json.loads(out.read_text(encoding="utf-8")))
    assert result.figures and result.summary
    # measured: 912 MB peak (18x the file) in 72 s (2026-12-07), after finished chunks' indexes were
    # released and the cue passes stopped listing every cue word at once (1,022-1,252 MB before;
    # 1,363 MB, 27x, before the cue index moved to arrays). The bound catches anything worse than linear.
    assert peak < 25 * size, f"peak {peak / 1e6:.0f} MB for a {size / 1e6:.0f} MB file"
