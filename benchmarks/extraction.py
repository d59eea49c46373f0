"""How well ``add`` reads real saved pages: body, date and publisher against ground truth.

    python -m benchmarks.extraction [--pages DIR] [--baseline]

The pages and their ground truth (``GROUND-TRUTH.yml``: publisher, published, body) are
read where they are and never copied into the repository. The body is scored as the
benchmark that made the ground truth scores it (scrapinghub's article-extraction-
benchmark, ``evaluate.py``): precision, recall and F1 over 4-token shingles of ``\\w+``
tokens. ``--baseline`` also scores a hand-written extractor (every ``<p>`` of the page),
to show what trafilatura adds.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml

from generator.commands.ingest.page import decode, read_page

REPO = Path(__file__).resolve().parent.parent


def saved_pages() -> Path:
    """``../shared/saved-pages`` beside the repository (CI's place), or beside a folder
    above it (a git worktree), or ``$SAVED_PAGES``."""
    if os.environ.get("SAVED_PAGES"):
        return Path(os.environ["SAVED_PAGES"])
    for folder in REPO.parents:
        if (folder / "shared" / "saved-pages").is_dir():
            return folder / "shared" / "saved-pages"
    return REPO.parent / "shared" / "saved-pages"


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    tokens = re.findall(r"\w+", text)
    return Counter(tuple(tokens[i:i + size]) for i in range(max(1, len(tokens) - size + 1)))


def similarity(found: str, truth: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``found`` against ``truth``, by 4-token shingles."""
    a, b = shingles(found), shingles(truth)
    common = sum((a & b).values())
    precision = common / max(1, sum(a.values()))
    recall = common / max(1, sum(b.values()))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _words(name: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", name.casefold().replace(".com", ""))


def publisher_agrees(found: str | None, truth: str) -> str:
    """'exact' (same words), 'partial' (one name's words begin the other's), or 'wrong'."""
    if not found:
        return "wrong"
    a, b = _words(found), _words(truth)
    if a == b:
        return "exact"
    shorter, longer = sorted((a, b), key=len)
    return "partial" if shorter and longer[:len(shorter)] == shorter else "wrong"


class _Paragraphs(HTMLParser):
    """The hand-written baseline: the text of every ``<p>``, nothing else."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth, self.parts = 0, [""]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "p":
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "p" and self.depth:
            self.depth -= 1
            self.parts.append("")

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.parts[-1] += data


def baseline(html: str) -> str:
    parser = _Paragraphs()
    parser.feed(html)
    return "\n\n".join(p.strip() for p in parser.parts if p.strip())


@dataclass(frozen=True, slots=True)
class Score:
    file: str
    precision: float
    recall: float
    f1: float
    date: str | None
    date_right: bool
    publisher: str | None
    publisher_agrees: str
    baseline_f1: float | None


def measure(pages: Path, with_baseline: bool = False) -> list[Score]:
    truth: dict[str, Any] = yaml.safe_load((pages / "GROUND-TRUTH.yml").read_text("utf-8"))
    scores = []
    for entry in truth["pages"]:
        html = decode((pages / entry["file"]).read_bytes())
        page = read_page(html)
        precision, recall, f1 = similarity(page.body, entry["body"])
        publisher = page.publisher.value if page.publisher else None
        scores.append(Score(
            entry["file"], precision, recall, f1, page.published,
            page.published == entry["published"], publisher,
            publisher_agrees(publisher, entry["publisher"]),
            similarity(baseline(html), entry["body"])[2] if with_baseline else None))
    return scores


def table(scores: list[Score]) -> str:
    rows = ["| page | body P | body R | body F1 | date | date right | publisher | publisher |"
            + (" `<p>` F1 |" if scores and scores[0].baseline_f1 is not None else ""),
            "|---|---|---|---|---|---|---|---|"
            + ("---|" if scores and scores[0].baseline_f1 is not None else "")]
    for s in scores:
        extra = f" {s.baseline_f1:.3f} |" if s.baseline_f1 is not None else ""
        rows.append(f"| {s.file} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | {s.date} |"
                    f" {'yes' if s.date_right else 'no'} | {s.publisher} | {s.publisher_agrees}"
                    f" |{extra}")
    n = len(scores) or 1
    mean_f1 = sum(s.f1 for s in scores) / n
    agree = Counter(s.publisher_agrees for s in scores)
    rows.append(f"\nmean body F1 {mean_f1:.3f}; dates right {sum(s.date_right for s in scores)}"
                f"/{len(scores)}; publishers exact {agree['exact']}, partial {agree['partial']},"
                f" wrong {agree['wrong']}")
    if scores and scores[0].baseline_f1 is not None:
        rows.append(f"hand-written <p> baseline: mean body F1 "
                    f"{sum(s.baseline_f1 or 0 for s in scores) / n:.3f}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.extraction",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=saved_pages())
    parser.add_argument("--baseline", action="store_true",
                        help="also score a hand-written extractor (every <p>)")
    args = parser.parse_args(argv)
    if not (args.pages / "GROUND-TRUTH.yml").is_file():
        print(f"{args.pages}: no GROUND-TRUTH.yml here; give --pages DIR", file=sys.stderr)
        return 2
    print(table(measure(args.pages, args.baseline)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
