"""V402's hint proposes only nouns the quote counts, and each one, applied, passes.

Real sentences from ../shared/real-articles/ (quoted, not copied whole); a fact with a
wrong noun gets the hint; every noun the hint names is then written into the fact and
the check run again.
"""

from __future__ import annotations

import json
import re

import pytest
from factcheck_helpers import build, registry_text

from generator.base.report import Severity
from generator.check.pipeline import check_project
from generator.reading import plural

SENTENCES = [
    ("The Cajun Navy, a group of volunteers in boats, brought two stranded shelter workers, "
     "43 dogs, 80 cats and roughly 15 chickens to safety.", 2, "volunteer"),
    ("There were 788,916 homes and businesses without power Friday night.", 788916, "home"),
    ("In 2001 and 2002, he successfully prosecuted two Ku Klux Klan members for the infamous "
     "1963 Birmingham church bombing that killed four black girls.", 2, "bombing"),
    ("There were 22,819 write-in votes cast.", 22819, "ballot"),
    # USA TODAY, 14 September 2018: an irregular plural (the hint offered 'lifes')
    ("Since marching ashore Friday near Wilmington, North Carolina, as a hurricane, Florence "
     "had claimed five lives, caused widespread flooding and knocked out power to nearly "
     "900,000 homes.", 5, "death"),
]


def _errors(tmp_path: pytest.TempPathFactory, sentence: str, amount: int,
            noun: str, name: str) -> list[tuple[str, str]]:
    root = tmp_path.mktemp(name)
    articles = {"a.txt": sentence + "\n"}
    fact = {"id": "f", "source": "a.txt", "subject": "S", "property": "p", "quote": sentence,
            "value": {"kind": "quantity", "amount": amount, "noun": noun}}
    build(root, articles, {"facts/sources.yml": registry_text(
        {"a.txt": articles["a.txt"].encode()}), "facts/f.yml": f"facts:\n  - {json.dumps(fact)}\n"})
    return [(p.code, p.hint or "") for p in check_project(root).report
            if p.severity is Severity.ERROR]


@pytest.mark.parametrize(("sentence", "amount", "wrong"), SENTENCES)
def test_the_hint_names_what_the_quote_counts_and_applied_it_passes(
        tmp_path_factory: pytest.TempPathFactory, sentence: str, amount: int,
        wrong: str) -> None:
    errors = _errors(tmp_path_factory, sentence, amount, wrong, "wrong")
    assert [code for code, _ in errors] == ["V402"], errors
    hint = errors[0][1]
    proposed = re.findall(r"'([^']+)'", hint.split("in the singular:", 1)[1])
    assert proposed, hint
    for noun in proposed:
        assert all(word.lower() in sentence.lower() or plural(word) in sentence.lower()
                   for word in noun.split()), noun  # as written, or its plural ('lives')
        assert _errors(tmp_path_factory, sentence, amount, noun, "fixed") == [], noun


@pytest.mark.parametrize("wrong", ["person", "truck", "seat"])
def test_a_numbered_name_gets_no_noun_proposed(tmp_path_factory: pytest.TempPathFactory,
                                               wrong: str) -> None:
    """USA TODAY, 15 September 2018: '20-seater FMTV trucks' counts no one; the hint
    offered 'seater' (issue 18's hint test), it now proposes no noun."""
    sentence = ("National Guard troops used a tan, 20-seater FMTV trucks to help save 13 "
                "people crammed in a pickup truck trying to drive down knee-deep waters.")
    errors = _errors(tmp_path_factory, sentence, 20, wrong, "numbered")
    assert [code for code, _ in errors] == ["V402"], errors
    assert "in the singular:" not in errors[0][1] and "seater" not in errors[0][1], errors
    assert _errors(tmp_path_factory, sentence, 13, "person", "thirteen") == []
