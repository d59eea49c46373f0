"""Inputs a hostile pull request could send, under the size limits, to keep the check busy.

    python -m benchmarks.hostile KIND OUT [--size N]

Each KIND writes a small project (articles, pinned registry, one fact file) to OUT:

- ``agreeing``: N facts on one subject and property, all giving the same value, from two
  sources (C501 once compared every pair);
- ``long-quote``: one fact whose quote of N characters is not in its article (the closest
  passage once cost the square of the quote's length; Q305 now refuses it);
- ``near-quote``: N facts whose quotes of 2,000 characters, just under the limit, are not
  in an article of 2 MB (the closest passage is then bounded by the article's length);
- ``registry-numbers``: N registry entries whose ``sha256`` is an unquoted number;
- ``hex-amounts``: N facts whose ``amount`` is written ``0x190``;
- ``common-word``: N facts quoting "the" repeated 100 to 499 times, against an article
  that is that word over and over.

``tests/test_bounded_work.py`` bounds each by a count of work; ``make bench`` times them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

KINDS: dict[str, Callable[[Path, int], None]] = {}
DEFAULT_SIZES = {"agreeing": 24_000, "long-quote": 1_000_000, "near-quote": 20,
                 "registry-numbers": 10_000, "hex-amounts": 20_000, "common-word": 200,
                 "figure-article": 1_400_000}
SENTENCE = "The S-400 can engage targets at a distance of 400 kilometers."


def _kind(name: str) -> Callable[[Callable[[Path, int], None]], Callable[[Path, int], None]]:
    def register(function: Callable[[Path, int], None]) -> Callable[[Path, int], None]:
        KINDS[name] = function
        return function
    return register


def _registry(articles: dict[str, bytes]) -> str:
    lines = ["sources:"]
    for name, data in articles.items():
        lines += [f"  - file: {name}", "    publisher: Hostile", f"    title: About {name}",
                  "    language: en", '    published: {basis: stated, date: "2020-01-01"}',
                  f"    sha256: {hashlib.sha256(data).hexdigest()}"]
    return "\n".join(lines) + "\n"


def _fact(index: int, source: str, quote: str, value: str, subject: str = "S-400",
          prop: str | None = None) -> str:
    return (f"  - id: fact-{index}\n    source: {source}\n    subject: {subject}\n"
            f"    property: {prop or f'p{index}'}\n    quote: {json.dumps(quote)}\n"
            f"    value: {value}\n")


def _write(root: Path, articles: dict[str, bytes], facts: Sequence[str],
           registry: str | None = None) -> None:
    sources = root / "facts" / "sources"
    sources.mkdir(parents=True, exist_ok=True)
    for name, data in articles.items():
        (sources / name).write_bytes(data)
    (root / "facts" / "sources.yml").write_text(registry or _registry(articles),
                                                encoding="utf-8")
    (root / "facts" / "hostile.yml").write_text("facts:\n" + "".join(facts), encoding="utf-8")


@_kind("agreeing")
def agreeing(root: Path, size: int) -> None:
    article = f"{SENTENCE}\n".encode()
    articles = {"a.txt": article, "b.txt": article}
    value = "{kind: quantity, amount: 400, unit: km}"
    _write(root, articles, [_fact(i, "ab"[i % 2] + ".txt", SENTENCE.rstrip("."), value,
                                  prop="range") for i in range(size)])


def _words(count: int, seed: int = 7) -> str:
    """Deterministic filler words that the article does not contain in this order."""
    vocabulary = ["missile", "system", "range", "delivery", "contract", "radar", "battery"]
    state, words = seed, []
    for _ in range(count):
        state = (state * 1103515245 + 12345) % 2**31
        words.append(vocabulary[state % len(vocabulary)])
    return " ".join(words)


@_kind("long-quote")
def long_quote(root: Path, size: int) -> None:
    article = (_words(60_000, seed=3) + "\n").encode()
    quote = (_words(size // 7 + 1, seed=11) + " zebra")[-size:].lstrip()
    _write(root, {"a.txt": article}, [_fact(0, "a.txt", quote, '{kind: text, text: "zebra"}')])


@_kind("near-quote")
def near_quote(root: Path, size: int) -> None:
    article = (_words(260_000, seed=3) + "\n").encode()
    facts = [_fact(i, "a.txt", (_words(400, seed=100 + i) + " zebra")[-2_000:].lstrip(),
                   '{kind: text, text: "zebra"}') for i in range(size)]
    _write(root, {"a.txt": article}, facts)


@_kind("registry-numbers")
def registry_numbers(root: Path, size: int) -> None:
    article = f"{SENTENCE}\n".encode()
    lines = ["sources:"]
    for index in range(size):
        lines += [f"  - file: n{index}.txt", "    publisher: Hostile", "    title: A number",
                  "    language: en", '    published: {basis: stated, date: "2020-01-01"}',
                  f"    sha256: {10**20 + index}"]
    registry = "\n".join(lines) + "\n" + _registry({"a.txt": article}).split("\n", 1)[1]
    _write(root, {"a.txt": article},
           [_fact(0, "a.txt", SENTENCE.rstrip("."), "{kind: quantity, amount: 400, unit: km}")],
           registry)


@_kind("hex-amounts")
def hex_amounts(root: Path, size: int) -> None:
    article = f"{SENTENCE}\n".encode()
    _write(root, {"a.txt": article},
           [_fact(i, "a.txt", SENTENCE.rstrip("."), "{kind: quantity, amount: 0x190, unit: km}")
            for i in range(size)])


@_kind("common-word")
def common_word(root: Path, size: int) -> None:
    article = ("the " * 500_000).encode()
    _write(root, {"a.txt": article},
           [_fact(i, "a.txt", " ".join(["the"] * (100 + i % 400)), '{kind: text, text: "the"}')
            for i in range(size)])


@_kind("figure-article")
def figure_article(root: Path, size: int) -> None:
    """An article of words, figures and dates with no sentence break, cited by one fact:
    every mention in it is read for coverage (C504) and placed in its sentence."""
    state, length = 5, 0
    words: list[str] = []
    while length < size:
        state = (state * 1103515245 + 12345) % 2**31
        pick = state % 6
        words.append(["missile", f"{state % 9000 + 100} km", f"${state % 90 + 1}bn",
                      f"March {state % 28 + 1}, {2000 + state % 20}", "e.g.", "the"][pick])
        length += len(words[-1]) + 1
    article = (SENTENCE + " " + " ".join(words)[:size] + "\n").encode()
    _write(root, {"a.txt": article}, [_fact(0, "a.txt", SENTENCE.rstrip("."),
                                            "{kind: quantity, amount: 400, unit: km}")])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.hostile", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("kind", choices=sorted(KINDS))
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", type=int, help="how many (see above); the issue's by default")
    args = parser.parse_args(argv)
    if args.out.exists() and any(args.out.iterdir()):
        print(f"error: {args.out} is not empty; choose a new folder", file=sys.stderr)
        return 2
    KINDS[args.kind](args.out, args.size or DEFAULT_SIZES[args.kind])
    return 0


if __name__ == "__main__":
    sys.exit(main())
