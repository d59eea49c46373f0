"""Messages are in plain words: no regular expression reaches an editor.

pydantic words a pattern mismatch as "String should match pattern '^[a-z]…$'". Every
patterned field of the fact, registry and page-map formats is given a bad value here, and
each message must name the form in words.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from factcheck_helpers import build, check, sha256

ARTICLE = "The S-400 can engage targets at a distance of 400 kilometers, TASS said.\n"
REGEX_MARKS = ("^", "$", "\\d", "[a-z", "(?:", "{64}", "pattern")


def _fact(**changes: object) -> str:
    fact: dict[str, object] = {
        "id": "s400-range", "source": "tass.txt", "subject": "S-400", "property": "range",
        "quote": "The S-400 can engage targets at a distance of 400 kilometers",
        "value": {"kind": "quantity", "amount": 400, "unit": "km"}}
    fact.update(changes)
    return "facts:\n  - " + json.dumps(fact) + "\n"


def _registry(**changes: object) -> str:
    entry: dict[str, object] = {
        "file": "tass.txt", "publisher": "TASS", "title": "About the S-400", "language": "en",
        "published": {"basis": "stated", "date": "2018-12-19"},
        "sha256": sha256(ARTICLE.encode())}
    entry.update(changes)
    return "sources:\n  - " + json.dumps(entry) + "\n"


CASES = {
    "id": (_fact(id="S400 Range"), None, "an id: lower-case letters"),
    "noun": (_fact(value={"kind": "quantity", "amount": 400, "noun": "-car"}), None,
             "a counted thing in the singular"),
    "date": (_fact(value={"kind": "date", "date": "12/09/2017"}), None, "a date: YYYY"),
    "end": (_fact(value={"kind": "date", "date": "2017", "end": "soon"}), None,
            "an interval's end"),
    "language": (None, _registry(language="English"), "a language tag"),
    "sha256": (None, _registry(sha256="0xabc"), "a pin: 64 lower-case hexadecimal digits"),
    "url": (None, _registry(url="www.example.com/a b"), "a web address"),
}


@pytest.mark.parametrize("field", sorted(CASES))
def test_a_bad_patterned_value_is_described_in_words(tmp_path: Path, field: str) -> None:
    facts, registry, words = CASES[field]
    files = {"facts/specs.yml": facts or _fact()}
    if registry is not None:
        files["facts/sources.yml"] = registry
    result = check(build(tmp_path / "project", {"tass.txt": ARTICLE}, files))
    shown = [p.text for p in result.report if p.code == "S103"]
    assert any(words in text for text in shown), shown
    for text in shown:
        assert not any(mark in text for mark in REGEX_MARKS), text


def test_a_key_of_another_part_of_the_format_is_not_offered_back_to_itself(
        tmp_path: Path) -> None:
    # A trial user put 'subject:' on a row of site.yml and was asked "did you mean 'subject'?"
    result = check(build(tmp_path / "project", {"tass.txt": ARTICLE},
                         {"facts/specs.yml": _fact(published="2018-12-19")}))
    shown = [p.text for p in result.report if p.code == "S102"]
    assert shown and "unknown key 'published'" in shown[0]
    assert "did you mean 'published'" not in shown[0]
    assert "a key of another part of the format" in shown[0]
