"""Coverage that fits real articles (issues 19 and 20 M11): relative dates count, dismissals
by passage, sentence and pattern, ``uncovered`` grouped by sentence and its skeleton.

Real sentences and a whole real article are read from ../shared/real-articles where they
are (copied only into the test's temporary sheet, never into the repository).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from factcheck_helpers import build, real_articles, registry_text

from generator.__main__ import main
from generator.check.dismissals import pattern_spans
from generator.check.pipeline import check_project
from generator.reading import normalise
from generator.reading.article_reading import article_mentions
from generator.reading.relative_mentions import relative_dates_in, words_of

FLORENCE = "hurricane-florence-2018"
VOX = "03_vox_aMgshXd3QoJLflIQ.txt"
PUBLISHED = {"basis": "stated", "date": "2018-09-14"}

# (article, sentence, the relative dates coverage counts in it)
RELATIVE = [
    ("04_bbc_TwtsBIofFK57jUNN.txt",
     "The White House said on Friday that President Donald Trump would travel to the region "
     "next week unless his trip would disrupt clean-up and rescue efforts.",
     ["on Friday", "next week"]),
    (VOX, "River levels will continue to rise today and early this week.",
     ["today", "this week"]),
    # a newspaper's name is no date
    ("06_usatoday_Vci5vOw8DLYaJrYy.txt",
     "Contributing: Sean Rossman, Christal Hayes for USA TODAY; The Associated Press", []),
    # a weekday before its calendar date is that date, counted once
    ("01_cnn_7u7escE0fszhnH1C.txt",
     "A home in Conway, South Carolina, is inundated by floodwaters on Wednesday, September 26, "
     "one week after Hurricane Florence.", []),
]


def _article(name: str) -> str:
    return (real_articles() / FLORENCE / name).read_text("utf-8")


@pytest.mark.parametrize(("article", "sentence", "relative"), RELATIVE,
                         ids=[s[:40] for _, s, _ in RELATIVE])
def test_relative_dates_are_mentions(article: str, sentence: str, relative: list[str]) -> None:
    assert sentence in _article(article)
    plain = normalise(sentence)
    assert [plain[s:e] for s, e in relative_dates_in(plain)] == relative or relative == []
    dates = [plain[s:e] for kind, s, e in article_mentions(plain) if kind == "date"]
    assert [d for d in dates if d in relative] == relative
    assert "TODAY" not in dates and "Wednesday" not in dates


@pytest.mark.parametrize(("text", "found"), [
    ("Two weeks ago the storm hit.", ["Two weeks ago"]),
    ("It rained yesterday and will again tomorrow.", ["yesterday", "tomorrow"]),
    ("Sales fell last month and will rise next year.", ["last month", "next year"]),
    ("Tuesday's vote was close.", ["Tuesday"]),
    ("The crash comes a day after the swap.", []),
])
def test_relative_wordings_of_our_own(text: str, found: list[str]) -> None:
    assert [text[s:e] for s, e in relative_dates_in(text)] == found


def _words_a_character_at_a_time(text: str) -> list[tuple[str, int, int]]:
    """The plain reading words_of must equal: a word is letters and digits, with an
    apostrophe or hyphen inside it ("don't", "Jean-Luc") but not at its edges."""
    found, at = [], 0
    while at < len(text):
        if not text[at].isalnum():
            at += 1
            continue
        start = at
        while at < len(text) and (text[at].isalnum() or (
                text[at] in "'’-" and at + 1 < len(text) and text[at + 1].isalnum())):
            at += 1
        found.append((text[start:at], start, at))
    return found


@pytest.mark.parametrize("text", [
    "Don't stop - rock-'n'-roll, 2018-19; O’Brien’s  -5 and- x-", "", " ", "a", "-a-",
    "It rained\nyesterday\u00a0and\ttoday.", "l'an ’s", "x'-y", "e-' f"])
def test_the_words_are_read_as_a_character_at_a_time(text: str) -> None:
    assert words_of(text) == _words_a_character_at_a_time(text)


def test_the_words_of_real_articles_are_read_as_a_character_at_a_time() -> None:
    # words_of cuts at spaces first: the words of the real articles, as written and
    # normalised, are those of the plain reading (real news: curly apostrophes, dashes).
    for path in sorted(real_articles().glob("*/*.txt")):
        text = path.read_text("utf-8")
        for form in (text, normalise(text)):
            assert words_of(form) == _words_a_character_at_a_time(form), path.name


def test_a_pattern_holds_any_number_at_its_placeholder() -> None:
    text = "Comments (12) Share. Comments (340) Share. Comments (many)"
    assert [text[s:e] for s, e in pattern_spans(text, "Comments ({number})")] == [
        "Comments (12)", "Comments (340)"]
    counters = "a 1 of 2 and 11 of 20"
    assert [counters[s:e] for s, e in pattern_spans(counters, "{number} of {number}")] == [
        "1 of 2", "11 of 20"]
    assert pattern_spans("Comments (12a)", "Comments ({number})") == []


FACT = """facts:
  - id: tl-landfall-vox
    source: 03_vox.txt
    subject: Florence
    property: landfall
    quote: "Florence made landfall in North Carolina on Friday morning near Wilmington as a \
hurricane"
    value: {kind: date, date: "2018-09-14", relative: "on Friday"}
"""


def _sheet(root: Path, dismissed: str = "") -> Path:
    text = _article(VOX).encode("utf-8")
    registry = registry_text({"03_vox.txt": text}, {"03_vox.txt": PUBLISHED}) + dismissed
    return build(root, {"03_vox.txt": text},
                 {"facts/sources.yml": registry, "facts/timeline.yml": FACT})


def test_a_relative_date_in_a_checked_quote_is_curated(tmp_path: Path) -> None:
    result = check_project(_sheet(tmp_path))
    assert result.ok
    assert result.coverage is not None
    curated = [m.written for m in result.coverage.mentions if m.status == "curated"]
    assert "on Friday" in curated
    unaccounted = [m.written for m in result.coverage.mentions if m.status == "unaccounted"]
    assert "next week" in unaccounted and "today" in unaccounted
    assert {p.code for p in result.report} == {"C504"}


def test_the_skeleton_applied_with_reasons_clears_a_real_article(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _sheet(tmp_path / "before")
    assert main(["uncovered", "--root", str(root), "--skeleton"]) == 1
    skeleton = capsys.readouterr().out
    entries = [line for line in skeleton.splitlines() if not line.startswith("#")]
    assert entries and len(entries) % 2 == 0
    # Left as TODO, the check refuses the sheet and says what to write.
    todo = _sheet(tmp_path / "todo", "    dismissed:\n" + "\n".join(entries) + "\n")
    refused = check_project(todo)
    assert not refused.ok
    assert any("write the reason in place of TODO" in p.text for p in refused.report.errors)
    # Each reason written, every warning is gone and every mention accounted for.
    written = [line.replace('"TODO: why no fact curates', '"reviewed for this test:')
               for line in entries]
    clean = check_project(_sheet(tmp_path / "after",
                                 "    dismissed:\n" + "\n".join(written) + "\n"))
    assert clean.ok and not [p for p in clean.report if p.code == "C504"]
    assert clean.coverage is not None and clean.coverage.count("unaccounted") == 0
    sentences = [json.loads(line.split(": ", 1)[1]) for line in entries
                 if line.strip().startswith(("- sentence:", "- passage:"))]
    assert len(sentences) == len(set(sentences))  # one entry per sentence


def test_uncovered_groups_mentions_by_sentence(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    root = _sheet(tmp_path)
    main(["uncovered", "--root", str(root)])
    out = capsys.readouterr().out.splitlines()
    heads = [line for line in out if not line.startswith("    ")]
    assert all(line.startswith("facts/sources/03_vox.txt:") for line in heads)
    assert any('date "today" [unaccounted]' in line for line in out)
    river = next(n for n, line in enumerate(out) if "River levels will continue" in line)
    assert out[river + 1:river + 3] == ['    date "today" [unaccounted]',
                                        '    date "this week" [unaccounted]']


def _dismissing(entry: str) -> str:
    return "    dismissed:\n" + entry


@pytest.mark.parametrize("entry", [
    '      - sentence: "River levels will continue to rise today and early this week."\n'
    '        reason: "a forecast the sheet does not follow"\n',
    '      - pattern: "estimate that {number} trillion gallons"\n'
    '        reason: "a forecast the sheet does not follow"\n',
])
def test_sentence_and_pattern_dismiss(tmp_path: Path, entry: str) -> None:
    result = check_project(_sheet(tmp_path, _dismissing(entry)))
    assert result.ok and not result.coverage.stale  # type: ignore[union-attr]
    assert result.coverage is not None and result.coverage.count("dismissed") >= 1


@pytest.mark.parametrize(("entry", "said"), [
    ('      - pattern: "Comments ({number})"\n        reason: "not here"\n',
     "its pattern is not in the article"),
    ('      - sentence: "No such sentence stands here."\n        reason: "not here"\n',
     "its sentence is not in the article"),
])
def test_a_stale_dismissal_names_its_kind(tmp_path: Path, entry: str, said: str) -> None:
    result = check_project(_sheet(tmp_path, _dismissing(entry)))
    assert any(p.code == "C504" and said in p.text for p in result.report)


@pytest.mark.parametrize(("entry", "said"), [
    ('      - pattern: "River levels will continue"\n        reason: "x"\n', "{number}"),
    ('      - pattern: "{number} ({number})"\n        reason: "x"\n', "every number"),
    ('      - passage: "River levels"\n        sentence: "River levels."\n        reason: "x"\n',
     "give one of 'passage', 'sentence' or 'pattern'"),
])
def test_a_malformed_dismissal_is_refused(tmp_path: Path, entry: str, said: str) -> None:
    result = check_project(_sheet(tmp_path, _dismissing(entry)))
    assert not result.ok and any(said in p.text for p in result.report.errors)


def test_a_short_passage_that_takes_in_part_of_a_mention_dismisses_it(tmp_path: Path) -> None:
    """The reader may read the same words as a longer mention in one place than another:
    a passage that holds the mention's number dismisses it and is not stale."""
    entry = ('      - passage: "rise today"\n'
             '        reason: "a forecast the sheet does not follow"\n')
    result = check_project(_sheet(tmp_path, _dismissing(entry)))
    assert result.coverage is not None and not result.coverage.stale
    assert next(m.status for m in result.coverage.mentions
                if m.written == "today") == "dismissed"


DOCS = Path(__file__).resolve().parents[1] / "docs" / "format.md"
# Our own article, holding the words the docs' dismissals name.
LIBRARY = ("Elmbrook library reopens after renovation\n\n"
           "The library first opened in 1962 and was last renovated in 1994. "
           "Doors open at 9 a.m. on Saturday, the council said.\n\n"
           "Comments (12)\n\nThe council thanked the builders.\n\nComments (40)\n")


def _docs_block(after: str) -> str:
    text = DOCS.read_text("utf-8")
    start = text.index("```yaml\n", text.index(after)) + len("```yaml\n")
    return text[start:text.index("```", start)]


def test_the_docs_dismissals_pass(tmp_path: Path) -> None:
    """The three forms of docs/format.md's "Dismissals", checked on an article that holds
    their words: each dismisses, none is stale, nothing is left; its skeleton entry, left
    as TODO, is refused."""
    block = _docs_block("## Dismissals")
    data = LIBRARY.encode("utf-8")
    published = {"library.txt": {"basis": "stated", "date": "2024-05-04"}}
    registry = registry_text({"library.txt": data}, published) + block
    result = check_project(build(tmp_path / "docs", {"library.txt": data},
                                 {"facts/sources.yml": registry}, published))
    assert result.ok and result.coverage is not None
    assert not result.coverage.stale and result.coverage.count("unaccounted") == 0
    skeleton = _docs_block("uncovered --skeleton")
    registry = registry_text({"library.txt": data}, published) + "    dismissed:\n" + skeleton
    refused = check_project(build(tmp_path / "todo", {"library.txt": data},
                                  {"facts/sources.yml": registry}, published))
    assert any("write the reason in place of TODO" in p.text for p in refused.report.errors)


def test_a_number_word_that_refers_back_is_no_mention() -> None:
    """Coverage reads "the two sides" as E701 does: ordinary words, not a count to curate;
    a count of something new stays a figure. A real sentence (USA Today, May 2019)."""
    sentence = ("The tariffs will take effect June 1, which would give the two sides time to "
                "resume trade negotiations that broke off last week without reaching a new deal.")
    article = real_articles() / "china-us-tariffs-2019-05" / "02_usatoday_06MYfWCPzFb4gvRB.txt"
    assert sentence in article.read_text("utf-8")
    plain = normalise(sentence)
    found = [(kind, plain[s:e]) for kind, s, e in article_mentions(plain)]
    assert found == [("date", "June 1"), ("date", "last week")]
    own = "Two people died."
    assert [own[s:e] for _, s, e in article_mentions(own)] == ["Two"]
