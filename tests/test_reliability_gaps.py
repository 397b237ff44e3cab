"""Gaps left by the reliability review: ModernGov pages without minutes text, unusable answers
kept in the response cache, a cut-off summary answer, and keys carried in endpoint URLs."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import logging
import re
import sqlite3
from pathlib import Path

import pytest

from minutesai.api import summarise, summarise_many
from minutesai.backends.base import ChatRequest, ChatResponse
from minutesai.backends.openai_compat import OpenAICompatBackend
from minutesai.backends.wrap import shared_cache, wrap_backend
from minutesai.cache import CACHE_FILE
from minutesai.config import Options
from minutesai.engines.base import RunContext
from minutesai.engines.llm import SHORTER_ANSWER_NOTE, LLMEngine
from minutesai.errors import (
    InputError,
    ModelError,
    TransientModelError,
    TruncatedOutputError,
    ValidationFailedError,
)
from minutesai.ingest import load_minutes
from minutesai.models import ErrorRecord, MinutesSummary
from minutesai.models_info import (
    ModelsReport,
    endpoint_status,
    local_status,
    probe_models,
    render_text,
)
from minutesai.redact import redact_url, redact_urls, url_secrets
from minutesai.schemas import ChunkFindings, FoundKeyPoint, Synthesis
from minutesai.structured import strict_schema, structured_call
from minutesai.testing.server import FakeOpenAIServer, Reply, default_responder, request_schema
from tests.reliability_support import DEV_CORPUS, REPO
from tests.test_reliability_inputs import run_cli

_spec = importlib.util.spec_from_file_location("build_pages", REPO / "tests/data/text/build_pages.py")
pages = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pages)

# ----------------------------------------------------------------- 1. ModernGov pages without minutes
NO_MINUTES = "the page has no minutes text (only agenda/navigation)"
COUNCIL = "Example Borough Council"
MEETING = "14/01/2020 - Community Leadership and Libraries Committee (Item 8.)"
AUTHOR = "<p>To receive the report of the Executive Director of Communities and the Borough Commander.</p>"
LABEL = '<h3 class="mgSubItemTitleTxt">{}</h3>'
DOCS = ["Community Safety Partnership Annual Report appendix", "Performance data"]
MINUTE = ("<p>The Borough Commander reported that residential burglary had fallen by 12% compared with "
          "the previous year. RESOLVED – That the report be noted.</p>")


def agenda_page(body: str, title: str = "Community Safety Partnership Annual Report 2022/23") -> str:
    return pages.agenda_item_page(title=title, council=COUNCIL, meeting=MEETING, body=body, docs=DOCS)


def issue_page(body: str) -> str:
    docs = ('<h3 class="mgSubItemTitleTxt">Additional documents:</h3><ul><li><a class="mgFileLnk" '
            'href="documents/s1.pdf">Appendix A - crime data <span class="mgFileSize">PDF 837 KB</span></a></li></ul>')
    return pages.issue_page(issue="Crime and Disorder Reduction Partnership Plan", council=COUNCIL,
                            meeting="30/11/2015 - Overview & Scrutiny Committee", number="6",
                            item_title="Crime and Disorder Spotlight Session", body=docs + body)


def agenda_only_meeting_page() -> str:
    items = [("5.", "Apologies for absence", ""),
             ("6.", "Police performance report", AUTHOR + '<p class="mgSubTitleTxt">Wards: All</p>'),
             ("7.", "Community Safety Partnership plan", "<p>To consider the draft plan.</p>")]
    return pages.meeting_page(heading="Agenda", council=COUNCIL, venue="Committee Room 1, Town Hall",
                              page_title="Agenda for Safer Neighbourhoods Board on Tuesday, 3rd March, 2020, 7.00 pm",
                              contact="Democratic Services", items=items)


PAGES_WITHOUT_MINUTES = {
    "agenda item, empty Minutes block": agenda_page(AUTHOR + "<p>Wards: All</p>" + LABEL.format("Minutes:")),
    "agenda item, empty Decision and Minutes blocks": agenda_page(LABEL.format("Decision:") + LABEL.format("Minutes:")),
    "agenda item, no blocks at all": agenda_page(AUTHOR),
    "agenda item, title and documents only": agenda_page(""),
    "issue page, empty blocks": issue_page(LABEL.format("Decision:") + LABEL.format("Minutes:")),
    "meeting page with agenda only": agenda_only_meeting_page(),
}
PAGES_WITH_MINUTES = {
    "agenda item, Minutes block": agenda_page(AUTHOR + LABEL.format("Minutes:") + MINUTE),
    "agenda item, Decision block only": agenda_page(
        LABEL.format("Decision:") + "<p>RESOLVED: that the report be noted and the Panel thanked the Commander.</p>"),
    "agenda item, plain paragraphs": agenda_page(MINUTE),
    "issue page, Minutes block": issue_page(LABEL.format("Minutes:") + MINUTE),
    "issue page, plain paragraphs after the documents": issue_page(MINUTE),
}


@pytest.mark.parametrize("kind", PAGES_WITHOUT_MINUTES)
def test_moderngov_page_without_minutes_raises_a_typed_one_line_error(kind, tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGES_WITHOUT_MINUTES[kind], encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_minutes(path)
    # pages with almost no prose at all keep the older "no minutes text found ..." wording
    assert str(info.value) in (f"{path}: {NO_MINUTES}",
                               f"{path}: no minutes text found in the HTML page (navigation or links only)")
    assert info.value.path == str(path) and info.value.stage == "ingest"


@pytest.mark.parametrize("kind", PAGES_WITH_MINUTES)
def test_moderngov_page_with_minutes_loads(kind, tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGES_WITH_MINUTES[kind], encoding="utf-8")
    doc = load_minutes(path)
    assert re.search(r"burglary|report be noted", doc.text)


def test_moderngov_page_without_minutes_from_the_api_and_the_cli(tmp_path):
    path = tmp_path / "agenda_item.html"
    path.write_text(PAGES_WITHOUT_MINUTES["agenda item, empty Minutes block"], encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(NO_MINUTES)):
        summarise(path, engine="offline")
    proc = run_cli("summarise", str(path), "--engine", "offline", "--no-progress")
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.strip() == f"minutesai: {path}: {NO_MINUTES}"  # one line, no traceback


def labelled_dev_texts() -> list[Path]:
    return [p for p in sorted(DEV_CORPUS.glob("*.txt"))
            if re.search(r"^(?:Minutes|Decision):", p.read_text(encoding="utf-8"), re.M)]


def without_minute_blocks(text: str) -> str:
    """The page text with everything under "Minutes:"/"Decision:" removed (labels kept)."""
    out, inside = [], False
    for line in text.split("\n"):
        if re.match(r"^(?:Minutes|Decision):\s*$", line):
            inside = True
        elif re.match(r"^(?:Supporting|Additional) documents:", line):
            inside = False
        elif inside:
            continue
        out.append(line)
    return "\n".join(out)


def test_every_real_page_loads_and_fails_once_its_minute_blocks_are_removed(tmp_path):
    """General, not tuned to one page: each real dev page (as .txt and as a ModernGov HTML page)
    loads; with its Minutes/Decision text removed, the same page is refused."""
    dev = labelled_dev_texts()
    assert len(dev) >= 6
    for source in dev:
        text = source.read_text(encoding="utf-8")
        body = pages.strip_header(text, 3) if text.startswith("Agenda item") else text
        stripped = without_minute_blocks(text)
        assert len(stripped) < len(text) - 200, source.name
        for name, content in [("page.txt", text), ("page.html", agenda_page(pages.body_html(body)))]:
            (tmp_path / name).write_text(content, encoding="utf-8")
            assert len(load_minutes(tmp_path / name).text) > 500, (source.name, name)
        stripped_body = pages.strip_header(stripped, 3) if stripped.startswith("Agenda item") else stripped
        for name, content in [("bare.txt", stripped), ("bare.html", agenda_page(pages.body_html(stripped_body)))]:
            (tmp_path / name).write_text(content, encoding="utf-8")
            if name == "bare.txt" and not re.match(r"(?:Agenda item|Issue - )", stripped):
                continue  # plain text without a ModernGov page heading is not judged as a page
            with pytest.raises(InputError, match="no minutes text"):
                load_minutes(tmp_path / name)


def test_all_dev_texts_and_example_pages_still_load():
    paths = [*DEV_CORPUS.glob("*.txt"), *(REPO / "examples/minutes").glob("*.*"),
             *(REPO / "tests/data/text").glob("*.html")]
    loaded = [p for p in paths if p.name != "nav_only.html" and load_minutes(p).text]
    assert len(loaded) == len(paths) - 1 >= 20


def test_plain_text_agenda_page_without_minutes_is_refused_but_short_minutes_are_kept():
    agenda_only = ("Agenda item\n\nCrime Stats in Thanet\n\nPresentation by Kent Police\n\n"
                   "Supporting documents:\n\n• Kent Police presentation PDF 250 KB")
    with pytest.raises(InputError, match=re.escape(NO_MINUTES)):
        load_minutes(agenda_only, name="thanet.txt")
    short = agenda_only.replace("Supporting documents:", "Minutes:\n\nNoted.\n\nSupporting documents:")
    assert "Noted." in load_minutes(short, name="thanet.txt").text  # any minute text counts
    unlabelled = ("Issue - meetings\n\nCommunity Safety\n\nMeeting: 30/11/2015 - Cabinet (Item 6)\n\n"
                  "Additional documents:\n- Appendix A PDF 58 KB\n"
                  "The report of the Commissioner was noted.")
    assert "was noted" in load_minutes(unlabelled, name="issue.txt").text
    with pytest.raises(InputError, match=re.escape(NO_MINUTES)):
        load_minutes(unlabelled.rsplit("\n", 1)[0], name="issue.txt")


# ----------------------------------------------------------------- 2. unusable answers leave the cache
GOOD = {"summary": "Burglary fell.", "sentiment_label": "positive", "sentiment_score": 0.4,
        "sentiment_rationale": "Crime fell."}
MALFORMED = '{"summary": "unterminated'
WRONG_SHAPE = json.dumps({"summary": "Burglary fell.", "sentiment_label": "delighted", "sentiment_score": 7})
MESSAGES = [{"role": "system", "content": "You summarise minutes."},
            {"role": "user", "content": "<minutes>Burglary fell by 5.3%.</minutes>"}]


def cached_contents(cache_dir: Path) -> list[str]:
    with sqlite3.connect(cache_dir / CACHE_FILE) as conn:
        return [json.loads(r[0])["content"] for r in conn.execute("SELECT response FROM responses")]


async def cached_structured_call(server: FakeOpenAIServer, cache_dir: Path) -> tuple[Synthesis, RunContext]:
    options = Options(engine="openai", cache_dir=cache_dir, use_cache=True, max_reasks=2, max_retries=0)
    backend = wrap_backend(OpenAICompatBackend(base_url=server.base_url, api_key="k"), options)
    ctx = RunContext(options=options)
    result = await structured_call(backend, model="fake-model", messages=MESSAGES, output_type=Synthesis,
                                   mode="auto", options=options, ctx=ctx)
    return result, ctx


@pytest.mark.parametrize("bad", [MALFORMED, WRONG_SHAPE], ids=["malformed", "schema-violation"])
def test_an_answer_that_failed_validation_is_not_served_again_from_the_cache(bad, fake_server, tmp_path):
    fake_server.enqueue(Reply.ok(bad), Reply.ok(GOOD))
    first, ctx = asyncio.run(cached_structured_call(fake_server, tmp_path))
    assert first.summary == "Burglary fell." and fake_server.chat_calls == 2 and ctx.usage.retries == 1
    contents = cached_contents(tmp_path)
    assert bad not in contents and contents == [json.dumps(GOOD)]  # only the re-ask's good answer

    fake_server.enqueue(Reply.ok(GOOD))
    second, ctx = asyncio.run(cached_structured_call(fake_server, tmp_path))
    assert second == first
    # the first request went to the server again instead of getting the bad answer from the cache
    assert fake_server.chat_calls == 3 and ctx.usage.calls == 1
    assert ctx.usage.cache_hits == 0 and ctx.usage.retries == 0
    assert bad not in cached_contents(tmp_path)


def test_validation_failed_error_leaves_nothing_bad_in_the_cache(fake_server, tmp_path):
    fake_server.enqueue(Reply.ok(MALFORMED), Reply.ok(WRONG_SHAPE), Reply.ok(MALFORMED))
    with pytest.raises(ValidationFailedError) as info:
        asyncio.run(cached_structured_call(fake_server, tmp_path))
    assert info.value.attempts == 3 and fake_server.chat_calls == 3
    assert cached_contents(tmp_path) == []
    fake_server.enqueue(Reply.ok(GOOD))
    result, ctx = asyncio.run(cached_structured_call(fake_server, tmp_path))
    assert result.summary == "Burglary fell." and ctx.usage.calls == 1 and fake_server.chat_calls == 4


def test_discarding_a_bad_answer_never_removes_a_good_one_stored_for_the_same_request(tmp_path):
    cache = shared_cache(tmp_path)
    request = ChatRequest(model="m", messages=tuple(MESSAGES), schema=strict_schema(Synthesis),
                          schema_name="Synthesis", mode="json_schema")
    assert cache.put(request, ChatResponse(content=json.dumps(GOOD), finish_reason="stop"))
    assert cache.discard(request, MALFORMED) is False and cache.get(request).content == json.dumps(GOOD)
    assert cache.discard(request, json.dumps(GOOD)) is True and cache.get(request) is None


def test_rerun_of_a_document_asks_again_for_the_answer_that_was_malformed(fake_server, tmp_path):
    text = (DEV_CORPUS / "durham_pcp_performance_public_confidence.txt").read_text(encoding="utf-8")
    options = dict(engine="openai", model="gpt-4o-mini", base_url=fake_server.base_url, api_key="k",
                   use_cache=True, cache_dir=tmp_path, max_retries=0)
    fake_server.enqueue(Reply.malformed())
    first = summarise(text, **options)
    assert isinstance(first, MinutesSummary) and first.usage.retries == 1 and fake_server.chat_calls == 3
    assert Reply.malformed().content not in cached_contents(tmp_path)
    second = summarise(text, **options)
    # map is asked again (its first answer was malformed); reduce comes from the cache
    assert (second.usage.calls, second.usage.cache_hits, second.usage.retries) == (1, 1, 0)
    assert fake_server.chat_calls == 4 and second.summary == first.summary


# ----------------------------------------------------------------- 3. a cut-off summary answer
def is_synthesis(body: dict) -> bool:
    return (request_schema(body)[1] or {}).get("title") == "Synthesis"


def truncating_server(cut: int) -> FakeOpenAIServer:
    """Cuts off the first ``cut`` Synthesis answers (finish_reason=length); answers normally otherwise."""
    state = {"left": cut}

    def respond(body: dict):
        if is_synthesis(body) and state["left"] > 0:
            state["left"] -= 1
            return Reply.truncated('{"summary": "The Panel considered')
        return default_responder(body)

    return FakeOpenAIServer(respond)


def synthesis_requests(server: FakeOpenAIServer) -> list[dict]:
    return [b for b in server.requests if is_synthesis(b)]


def test_a_cut_off_reduce_answer_is_asked_again_for_a_shorter_one():
    text = (DEV_CORPUS / "durham_pcp_performance_public_confidence.txt").read_text(encoding="utf-8")
    with truncating_server(1) as server:
        result = summarise(text, engine="openai", model="gpt-4o-mini", base_url=server.base_url,
                           api_key="k", use_cache=False, max_retries=0)
        asked = synthesis_requests(server)
    assert isinstance(result, MinutesSummary), getattr(result, "reason", result)
    assert any("shorter one was asked for" in w for w in result.warnings)
    assert len(asked) == 2
    assert SHORTER_ANSWER_NOTE not in json.dumps(asked[0]["messages"])
    last_user = [m for m in asked[1]["messages"] if m["role"] == "user"][-1]["content"]
    assert last_user.endswith(SHORTER_ANSWER_NOTE)
    assert [m["role"] for m in asked[1]["messages"]] == [m["role"] for m in asked[0]["messages"]]


def test_a_reduce_answer_cut_off_twice_fails_the_document_with_a_typed_error():
    text = (DEV_CORPUS / "durham_pcp_performance_public_confidence.txt").read_text(encoding="utf-8")
    with truncating_server(5) as server:
        with pytest.raises(TruncatedOutputError):
            summarise(text, engine="openai", model="gpt-4o-mini", base_url=server.base_url,
                      api_key="k", use_cache=False, max_retries=0)
        assert len(synthesis_requests(server)) == 2  # one retry, no loop


def test_a_cut_off_collapse_answer_is_asked_again_too():
    doc = load_minutes(DEV_CORPUS / "durham_pcp_performance_public_confidence.txt")
    sentences = [s for s in doc.text.replace("\n", " ").split(". ") if len(s) > 40]
    findings = ChunkFindings(key_points=[FoundKeyPoint(text=f"Point {i}: {s}", quote=s)
                                         for i, s in enumerate(sentences * 12)])
    options = Options(engine="openai", max_output_tokens=256, use_cache=False, max_retries=0)
    with truncating_server(1) as server:
        backend = OpenAICompatBackend(base_url=server.base_url, api_key="k", context_window=1700)
        engine = LLMEngine(backend, model="gpt-4o-mini", options=options)
        ctx = RunContext(options=options)
        synthesis = asyncio.run(engine.reduce(doc, findings, ctx))
        asked = synthesis_requests(server)
    assert isinstance(synthesis, Synthesis)
    assert any("condensed in" in w for w in ctx.warnings)  # the collapse path really ran
    assert any("shorter one was asked for" in w for w in ctx.warnings)
    assert sum(SHORTER_ANSWER_NOTE in json.dumps(b["messages"]) for b in asked) == 1
    assert len(asked) == 5  # 3 collapse parts + 1 retry + the final reduce


# ----------------------------------------------------------------- 4. keys carried in endpoint URLs
QUERY_KEY = "qk-" + "Z7x9Q2w8E4r6T1y3"
USER_SECRET = "pw-" + "M5n7B9v1C3x5Z7"


def secret_url(base: str, *, query: bool = True) -> str:
    """``base`` with a secret in its userinfo and (``query``) in its query string. The SDK appends
    the API path after a query string, so such a URL reaches the server as an unknown path (404)."""
    url = base.replace("http://", f"http://svc:{USER_SECRET}@")
    return url + f"?api-key={QUERY_KEY}&api-version=2024-06-01" if query else url


def assert_no_secret(text: str) -> None:
    assert QUERY_KEY not in text and USER_SECRET not in text, text
    assert QUERY_KEY[3:11] not in text and USER_SECRET[3:11] not in text, text


def test_redact_url_masks_query_values_userinfo_and_fragment():
    url = f"https://svc:{USER_SECRET}@example.openai.azure.com:8443/openai/v1?api-key={QUERY_KEY}&debug#{QUERY_KEY}"
    shown = redact_url(url)
    assert shown == "https://***@example.openai.azure.com:8443/openai/v1?api-key=***&***#***"
    assert redact_url("http://127.0.0.1:8080/v1") == "http://127.0.0.1:8080/v1"  # nothing to hide
    text = f"failed for url '{url}'. Retry with http://localhost:11434/v1 instead"
    assert redact_urls(text) == f"failed for url '{shown}'. Retry with http://localhost:11434/v1 instead"
    assert set(url_secrets(url)) >= {QUERY_KEY, USER_SECRET}


def test_options_repr_hides_a_key_in_the_base_url():
    options = Options(engine="openai", base_url=secret_url("http://127.0.0.1:9/v1"), api_key="k")
    assert_no_secret(repr(options))
    assert "127.0.0.1:9/v1" in repr(options)


@pytest.fixture
def http_debug_logs(caplog):
    names = ("openai", "openai._base_client", "httpx", "httpx2", "minutesai")
    caplog.set_level(logging.DEBUG)
    for name in names:
        logging.getLogger(name).setLevel(logging.DEBUG)
    yield caplog
    for name in names:
        logging.getLogger(name).setLevel(logging.NOTSET)


@pytest.mark.parametrize("status", [401, 404])
def test_backend_errors_and_http_logs_never_show_a_key_in_the_url(status, fake_server, http_debug_logs):
    """401: a key in the userinfo, and the host refuses it; 404: a key in the query string too,
    which mangles the path, and the server echoes that path (with the key) in its message."""
    fake_server.enqueue(Reply.error(401, "Incorrect API key provided"))
    backend = OpenAICompatBackend(base_url=secret_url(fake_server.base_url, query=status == 404), api_key="k")
    request = ChatRequest(model="fake-model", messages=tuple(MESSAGES), schema=strict_schema(Synthesis),
                          schema_name="Synthesis", mode="json_object")
    with pytest.raises(ModelError) as info:
        asyncio.run(backend.complete(request))
    message = str(info.value)
    assert f"HTTP {status}" in message and "http://***@127.0.0.1" in message
    assert status == 401 or "api-key=***" in message
    assert_no_secret(message)
    assert "HTTP Request" in http_debug_logs.text  # the transport logged the request URL
    assert_no_secret(http_debug_logs.text)


def test_connection_errors_never_show_a_key_in_the_url():
    backend = OpenAICompatBackend(base_url=secret_url("http://127.0.0.1:9/v1"), api_key="k", timeout=2)
    request = ChatRequest(model="m", messages=tuple(MESSAGES), schema=strict_schema(Synthesis),
                          schema_name="Synthesis", mode="json_object")
    with pytest.raises(TransientModelError) as info:
        asyncio.run(backend.complete(request))
    assert "connection failed" in str(info.value)
    assert_no_secret(str(info.value))


def test_error_records_and_the_cli_never_show_a_key_in_the_url(fake_server, tmp_path, no_openai_env):
    text = (DEV_CORPUS / "durham_pcp_performance_public_confidence.txt").read_text(encoding="utf-8")
    url = secret_url(fake_server.base_url)
    [record] = summarise_many([text], engine="openai", base_url=url, api_key="k", use_cache=False, max_retries=0)
    assert isinstance(record, ErrorRecord) and "HTTP 404" in record.reason and "api-key=***" in record.reason
    assert_no_secret(record.model_dump_json())

    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    proc = run_cli("summarise", str(path), "--engine", "openai", "--base-url", url, "--no-cache", "--no-progress")
    assert proc.returncode != 0 and "HTTP 404" in proc.stderr and "Traceback" not in proc.stderr
    assert_no_secret(proc.stdout + proc.stderr)


def test_models_report_never_shows_a_key_in_the_url(fake_server, no_openai_env):
    reachable, _, error = probe_models(secret_url("http://127.0.0.1:9/v1"), None, timeout=1)
    assert reachable is False and "127.0.0.1:9/v1/models?api-key=***" in error
    assert_no_secret(error)
    status = endpoint_status(secret_url(fake_server.base_url), probe=True, timeout=2)
    assert status.probed and status.error
    report = ModelsReport(default_engine="openai", endpoint=status, local=local_status(None))
    assert_no_secret(render_text(report) + json.dumps(report.to_dict()))
    assert "api-key=***" in render_text(report)
