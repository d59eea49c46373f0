"""A synthetic fact sheet in the project's own layout, for the benchmarks and their tests.

    python -m benchmarks.corpus OUT --facts N --sources M [--seed S]

writes under ``OUT``:

- ``facts/sources/NNNNN_<sha256 prefix>.txt``: M articles of about 3 KB of news-like text
  (a dateline, names, figures with units and currencies, dates, typographic quotes and
  dashes, page furniture);
- ``facts/sources.yml``: every article registered, pinned by the sha256 of its bytes;
- ``facts/specs-0001.yml`` … (quantities, sums, names and lists) and
  ``facts/timeline-0001.yml`` … (dates, each with an ``event``): N facts, at most 5,000 a
  file, about ten kinds of claim per article;
- ``facts/site.yml``: a table page over the specs files and a timeline page over the
  timeline files;
- ``mkdocs.yml`` (the structure of the project's own) and an empty ``docs/``.

Every quote is a verbatim span of its article that occurs once there, and every value
stands in its quote the way the checker demands: the number as a whole token with its unit
or currency and scale attached and the qualifier ("more than", "about", "up to") before it;
each part of a date, with its qualifier ("mid-July 2019"); a few dates derived from the
publication date ("on Tuesday", "yesterday", "last month"); names spelt as written. A few
claims deliberately disagree across articles (warnings, with one value ``preferred``).

The same arguments give the same bytes. Each article comes from its own random stream,
seeded with ``(seed, index)``, so article 7 is the same in a corpus of 10 articles as in
one of 10,000 when the facts per article agree. The generator does not call the checker;
``python -m generator check --root OUT`` is what says the corpus is clean.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import hashlib
import json
import re
import shutil
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from random import Random
from typing import Any

MARKER = ".benchmark-corpus"
FACTS_PER_FILE = 5000
ARTICLE_BYTES = 3000

# ---------------------------------------------------------------------------------------
# Vocabulary. Invented names: no capitalised word may read as a month ("May", "Jun").

PLACE_HEADS = ["Vell", "Kars", "Bren", "Tarn", "Orr", "Drus", "Hal", "Elms", "Ros", "Lind",
               "Kor", "Sten", "Mal", "Ard", "Fen", "Gil", "Wex", "Thorn", "Ul", "Ves"]
PLACE_TAILS = ["mar", "holm", "field", "vik", "by", "stad", "wick", "ford", "haven", "dale",
               "port", "mouth", "gate", "moor", "ness"]
PLACES = [head + tail for tail in PLACE_TAILS for head in PLACE_HEADS]
PROJECTS = ["rail link", "port expansion", "wind farm", "water plant", "harbour bridge",
            "metro line", "airport terminal", "grain terminal", "desalination plant",
            "data centre", "road tunnel", "district hospital"]
COMPANY_HEADS = ["Alder", "Brightwater", "Kessel", "Norrland", "Meridian", "Oakridge", "Solvang",
                 "Tern", "Halden", "Corvus", "Pellworth", "Ironbark", "Lumen", "Saltmarsh",
                 "Redcliff", "Granite"]
COMPANY_TAILS = ["Works", "Group", "Holdings", "Engineering", "Construction", "Partners",
                 "Industries", "Marine", "Energy", "Rail"]
FIRST_NAMES = ["Amara", "Bjorn", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hiroshi",
               "Ines", "Jonas", "Kemal", "Leila", "Mateo", "Nadia", "Oskar", "Priya", "Rafael",
               "Selin", "Tomas", "Ulla", "Viktor", "Wanjiru", "Yusuf", "Zofia"]
LAST_NAMES = ["Okafor", "Lindqvist", "Moretti", "Petrov", "Yilmaz", "Haddad", "Berg", "Tanaka",
              "Alves", "Novak", "Ferreira", "Kowalski", "Mensah", "Rossi", "Sato", "Demir",
              "Larsen", "Costa", "Ibrahim", "Nilsson"]
PUBLISHERS = ["Harbour Herald", "The Northern Ledger", "Coastal Wire", "Meridian Daily",
              "Valley Post", "Business Courier", "Regional Review", "Builders’ Weekly",
              "Infrastructure Today", "The Evening Signal", "Trade & Transport", "Civic Record"]
FURNITURE_TOP = ["Share this article", "Advertisement", "Sign up for our morning newsletter",
                 "This article is more than 2 years old"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WORD_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
                "thirty": 30, "forty": 40, "fifty": 50}
QUALIFIER_WORDS = {
    "exact": [""],
    "over": ["more than ", "upwards of ", "in excess of "],
    "about": ["about ", "around ", "roughly ", "nearly ", "an estimated "],
    "up to": ["up to ", "as much as "],
}
HEADLINES = ["wins final approval", "faces fresh delays", "gets green light from regulators",
             "costs climb as work speeds up", "opens to first users", "secures new funding",
             "draws criticism from residents", "moves to next phase"]

# ---------------------------------------------------------------------------------------
# Claim templates. "[" and "]" mark the quote inside the sentence; {q} is a qualifier,
# {n} the number, {money} a sum with its currency, {date} a date as written.

# (property, unit, lowest, highest, decimals allowed, sentence)
QUANTITIES: list[tuple[str, str, int, int, bool, str]] = [
    ("length", "km", 3, 480, True,
     "Under the plan, [the {subj} will run for {q}{n} kilometres between {place} and "
     "{place2}], officials said."),
    ("daily capacity", "t", 200, 90000, False,
     "[Once finished, the {subj} will handle {q}{n} tonnes of cargo a day], the operator said."),
    ("height", "m", 20, 640, True,
     "[Its highest structure rises {q}{n} metres above the ground], according to the drawings."),
    ("construction time", "month", 6, 60, False,
     "Engineers expect [the main works on the {subj} to take {q}{n} months], {person} said."),
    ("public stake", "percent", 5, 95, True,
     "[The state’s share in the company that runs the {subj} will be {q}{n} percent], the "
     "ministry said."),
    ("top speed", "km/h", 60, 350, False,
     "[Trains on the {subj} will reach {q}{n} kilometres per hour], the rail agency said."),
    ("road closure", "week", 2, 40, False,
     "[The works will close the coastal road for {q}{n} weeks], {person} told reporters."),
    ("fleet", "unit", 3, 400, False,
     "[The operator has ordered {q}{n} units for the {subj}] from {company}."),
    ("distance to city", "mi", 2, 250, True,
     "[The site lies {q}{n} miles from {place}], on land bought in {year}."),
    ("component mass", "kg", 500, 90000, False,
     "[Each main component of the {subj} weighs {q}{n} kilograms] and arrives by sea."),
    ("backup power", "h", 2, 48, False,
     "[Backup batteries can keep the {subj} running for {q}{n} hours] after a power cut."),
    ("design life", "year", 20, 120, False,
     "[The {subj} is designed to last {q}{n} years] before a major overhaul."),
]
# (property, sentence)
SUMS: list[tuple[str, str]] = [
    ("cost", "[The {subj} is budgeted at {q}{money}], {person} said."),
    ("main contract", "[{company} won a contract worth {q}{money} to build the {subj}], beating "
     "two rivals."),
    ("financing", "[A group of lenders agreed to provide {q}{money} for the {subj}], the bank "
     "said in a statement."),
    ("first-year revenue", "[The {subj} is expected to earn {q}{money} in its first full year] "
     "once it is running."),
    ("state grant", "[The government will contribute {q}{money} towards the {subj}], the "
     "budget shows."),
    ("cost overrun", "[Auditors put the overrun on the {subj} at {q}{money}] in a report "
     "published in {month} {year}."),
]
# The word a generated headline adds for its fact's stance (rule E702).
HEADLINE_HEDGES = {"reported": "reportedly", "expected": "expected", "possible": "possibly",
                   "denied": "denied"}
# (property, precision, event, sentence)
DATES: list[tuple[str, str, str, str]] = [
    ("start of construction", "day", "construction begins",
     "[Work on the {subj} began on {date}], {person} said."),
    ("first section opened", "month", "first section opens",
     "[The first section of the {subj} opened in {date}], ahead of schedule."),
    ("planned completion", "year", "planned completion",
     "[Full operation of the {subj} is planned for {date}], the operator says."),
    ("contract signed", "day", "contract signed",
     "[The contract for the {subj} was signed on {date}] in {place}."),
]
# (property, event, wording, sentence)
RELATIVE_DATES: list[tuple[str, str, str, str]] = [
    ("final approval", "final approval announced", "weekday",
     "[{person} said on {weekday} that the {subj} had won final approval] from the ministry."),
    ("board decision", "board approves the plan", "yesterday",
     "[The board of the {subj} approved the plan yesterday], {person} said."),
    ("tender closed", "tender closes", "last month",
     "[Tenders for the {subj} closed last month], the agency said."),
]
# (property, what, sentence): {name} is the value
TEXTS: list[tuple[str, str, str]] = [
    ("main contractor", "company",
     "[The main contract went to {name}], which beat {n} rival bidders."),
    ("spokesperson", "person",
     "[{name}, a spokesperson for the {subj}, confirmed the figures] by phone."),
    ("operator", "company",
     "[The {subj} will be operated by {name}] under a {n}-year concession."),
    ("architect", "person",
     "[The design is by the studio of {name}], who also worked in {place}."),
    ("host town", "place",
     "[The {subj} will be built on the edge of {name}], close to the ring road."),
]
# (property, what, count, sentence): {items} is the list as written
LISTS: list[tuple[str, str, int, str]] = [
    ("bidders", "company", 3, "[Bids came from {items}], the tender documents show."),
    ("consortium members", "company", 2, "[The consortium behind the {subj} includes {items}]."),
    ("towns served", "place", 4, "[The {subj} will serve {items}], the timetable shows."),
]
FILLERS = [
    "Traffic in {place} rose by {pct} percent in {year}, according to the regional "
    "statistics office.",
    "{person}, who has followed the sector since {year}, called the plan “ambitious but "
    "workable”.",
    "Local officials held {n} public hearings on the plan, the last of them on {day} {month}.",
    "Shares in {company} closed {pct} percent higher on the news.",
    "The region’s transport budget stands at {money} this year.",
    "Critics say the {n} kilometres of new access roads will add to congestion around {place}.",
    "“We are on schedule and on budget,” {person} told reporters in {place}.",
    "Bad weather held up deliveries for {n} days in {month} {year}.",
    "The scheme is one of {n} projects in the region’s investment plan for {year} to {year2}.",
    "{company} did not respond to a request for comment.",
    "A similar scheme in {place} was delayed by {n} months after a legal challenge.",
    "Residents’ groups in {place} have collected {big} signatures against the noise.",
    "The regional assembly is due to debate the scheme again in {month}.",
    "Unions representing {big} workers at {company} said they welcomed the decision.",
    "Construction prices rose by an average of {pct} percent a year over the past decade.",
    "{person} — who chairs the council’s planning committee — said more hearings would follow.",
    "Opposition councillors in {place} want an independent review of the figures.",
    "The last comparable project, finished in {year}, came in {pct} percent over budget.",
]
KIND_CYCLE = ["quantity", "date", "money", "text", "list", "quantity", "date", "money",
              "quantity", "text"]
KINDS = ("quantity", "money", "date", "text", "list")


# ---------------------------------------------------------------------------------------
# The generated data


@dataclass(slots=True)
class FactRecord:
    id: str
    source: str
    subject: str
    property: str
    quote: str
    value: dict[str, object]
    event: str | None = None
    note: str | None = None
    preferred: str | None = None
    stance: str = "stated"


@dataclass(slots=True)
class ArticleRecord:
    index: int
    file: str
    data: bytes
    publisher: str
    title: str
    published: dict[str, str]
    url: str | None
    furniture: list[str]
    relation: dict[str, str] | None
    subject: str
    facts: list[FactRecord]


@dataclass(slots=True)
class Summary:
    """What was written: counts for the caller and the tests."""

    facts: int = 0
    sources: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    relative_dates: int = 0
    fact_files: list[str] = field(default_factory=list)
    article_bytes: int = 0


@dataclass(slots=True)
class _Claim:
    sentence: str
    quote: str
    property: str
    value: dict[str, object]
    event: str | None = None


# ---------------------------------------------------------------------------------------
# Small generators


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _yaml_str(text: str) -> str:
    """A double-quoted YAML scalar (JSON strings are valid YAML 1.1 double-quoted scalars)."""
    return json.dumps(text, ensure_ascii=False)


_PLAIN = str.maketrans("’‘“”–—", "''\"\"--")


def _searchable(text: str) -> str:
    """Roughly the checker's normalisation: enough to see that a quote occurs once."""
    text = text.translate(_PLAIN)
    return " ".join(text.split())


def subject_of(index: int, seed: int) -> str:
    """A name unique to each article: place and kind of project, then a phase number."""
    cycle = len(PLACES) * len(PROJECTS)
    j = (index + seed * 7919) % cycle
    name = f"{PLACES[j % len(PLACES)]} {PROJECTS[j // len(PLACES)]}"
    phase = index // cycle
    return f"{name} phase {phase + 1}" if phase else name


def _person(rng: Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def _place(rng: Random) -> str:
    return rng.choice(PLACES)


def _company(rng: Random) -> str:
    return f"{rng.choice(COMPANY_HEADS)} {rng.choice(COMPANY_TAILS)}"


def _names(rng: Random, what: str, count: int, avoid: str = "") -> list[str]:
    make = {"company": _company, "person": _person, "place": _place}[what]
    found: list[str] = []
    while len(found) < count:
        name = make(rng)
        if name not in found and name not in avoid:
            found.append(name)
    return found


def _qualifier(rng: Random) -> tuple[str, str]:
    roll = rng.random()
    kind = "exact" if roll < 0.55 else "over" if roll < 0.7 else "about" if roll < 0.85 else "up to"
    return kind, rng.choice(QUALIFIER_WORDS[kind])


def _amount(rng: Random, low: int, high: int, decimals: bool) -> tuple[Decimal, str]:
    """A number and how the article writes it: 42, 1,250, 3.5 or twelve."""
    roll = rng.random()
    if roll < 0.08:
        words = [w for w, v in WORD_NUMBERS.items() if low <= v <= high]
        if words:
            word = rng.choice(words)
            return Decimal(WORD_NUMBERS[word]), word
    if decimals and roll < 0.3 and high <= 1000:
        whole = rng.randint(max(low, 1), max(low, high - 1))
        text = f"{whole}.{rng.randint(1, 9)}"
        return Decimal(text), text
    value = rng.randint(low, high)
    return Decimal(value), f"{value:,}"


def _money(rng: Random) -> tuple[dict[str, object], str]:
    """A sum as the article writes it, and its value (without the qualifier)."""
    roll = rng.random()
    currency = ("USD" if roll < 0.35 else "EUR" if roll < 0.6 else "GBP" if roll < 0.75 else
                "RUB" if roll < 0.85 else "CNY" if roll < 0.93 else "TRY")
    roll = rng.random()
    scale = ("billion" if roll < 0.35 else "million" if roll < 0.8 else "thousand" if roll < 0.88
             else None)
    if scale == "billion":
        amount, number = _amount(rng, 1, 40, True)
    elif scale == "million":
        amount, number = _amount(rng, 5, 950, True)
    elif scale == "thousand":
        amount, number = _amount(rng, 20, 900, False)
    else:
        whole = rng.randint(10, 990) * 1000 + rng.choice([0, 0, 500, 250])
        amount, number = Decimal(whole), f"{whole:,}"
    tail = f" {scale}" if scale else ""
    forms = {
        "USD": [f"${number}{tail}", f"US${number}{tail}", f"{number}{tail} dollars",
                f"USD {number}{tail}"],
        "EUR": [f"€{number}{tail}", f"{number}{tail} euros"],
        "GBP": [f"£{number}{tail}", f"{number}{tail} pounds"],
        "RUB": [f"{number}{tail} rubles", f"{number}{tail} roubles"],
        "CNY": [f"{number}{tail} yuan", f"CNY {number}{tail}"],  # ¥ is also the yen
        "TRY": [f"{number}{tail} lira", f"{number}{tail} Turkish lira"],
    }[currency]
    value: dict[str, object] = {"kind": "money", "amount": amount}
    if scale:
        value["scale"] = scale
    value["currency"] = currency
    return value, rng.choice(forms)


def _split(sentence: str) -> tuple[str, str]:
    """Capitalise a sentence and cut out the quote between its brackets."""
    start = sentence.index("[")
    end = sentence.index("]")
    text = sentence[:start] + sentence[start + 1:end] + sentence[end + 1:]
    text = text[0].upper() + text[1:]
    return text, text[start:end - 1]


def _fill(template: str, rng: Random, subject: str, **values: str) -> str:
    """Fill a template's names and numbers; ``values`` override the random ones."""
    place, place2 = _names(rng, "place", 2, avoid=subject)
    year = rng.randint(2005, 2026)
    common = {
        "subj": subject, "place": place, "place2": place2, "person": _person(rng),
        "company": _company(rng), "year": str(year), "year2": str(year + rng.randint(3, 8)),
        "month": rng.choice(MONTHS), "day": str(rng.randint(1, 28)),
        "n": str(rng.randint(3, 60)), "big": f"{rng.randint(1200, 48000):,}",
        "pct": f"{rng.randint(1, 19)}.{rng.randint(1, 9)}",
    }
    if "{money}" in template and "money" not in values:
        values["money"] = _money(rng)[1]
    return template.format(**{**common, **values})


# ---------------------------------------------------------------------------------------
# Claims of each kind


def _quantity(rng: Random, subject: str, spec: tuple[str, str, int, int, bool, str]) -> _Claim:
    prop, unit, low, high, decimals, template = spec
    qualifier, words = _qualifier(rng)
    amount, number = _amount(rng, low, high, decimals)
    sentence, quote = _split(_fill(template, rng, subject, q=words, n=number))
    value: dict[str, object] = {"kind": "quantity", "amount": amount,
                                "noun" if unit == "unit" else "unit": unit}
    if qualifier != "exact":
        value["qualifier"] = qualifier
    return _Claim(sentence, quote, prop, value)


def _sum(rng: Random, subject: str, spec: tuple[str, str]) -> _Claim:
    prop, template = spec
    qualifier, words = _qualifier(rng)
    value, written = _money(rng)
    if qualifier != "exact":
        value["qualifier"] = qualifier
    sentence, quote = _split(_fill(template, rng, subject, q=words, money=written))
    return _Claim(sentence, quote, prop, value)


def _date(rng: Random, subject: str, spec: tuple[str, str, str, str]) -> _Claim:
    prop, precision, event, template = spec
    year, month, day = rng.randint(2008, 2029), rng.randint(1, 12), rng.randint(1, 28)
    value: dict[str, object] = {"kind": "date"}
    qualifier = None
    if precision == "day":
        written = (f"{day} {MONTHS[month - 1]} {year}" if rng.random() < 0.5
                   else f"{MONTHS[month - 1]} {day}, {year}")
        value["date"] = f"{year:04d}-{month:02d}-{day:02d}"
        if rng.random() < 0.2:
            value["precision"] = "day"
    elif precision == "month":
        qualifier, prefix = rng.choice([(None, ""), (None, ""), ("early", "early "),
                                        ("mid", "mid-"), ("late", "late ")])
        written = f"{prefix}{MONTHS[month - 1]} {year}"
        value["date"] = f"{year:04d}-{month:02d}"
    else:
        qualifier, prefix = rng.choice([(None, ""), (None, ""), ("early", "early "),
                                        ("mid", "mid-"), ("late", "late "),
                                        ("late", "the end of ")])
        written = f"{prefix}{year}"
        value["date"] = f"{year:04d}"
    if qualifier:
        value["qualifier"] = qualifier
    sentence, quote = _split(_fill(template, rng, subject, date=written))
    return _Claim(sentence, quote, prop, value, f"{subject}: {event}")


def _relative(rng: Random, subject: str, spec: tuple[str, str, str, str], published: str) -> _Claim:
    """A date the reader derives from the publication date; the checker redoes the sum."""
    prop, event, wording, template = spec
    day = dt.date.fromisoformat(published)
    if wording == "weekday":
        weekday = rng.choice(WEEKDAYS)
        phrase = f"on {weekday}"
        back = (day.weekday() - WEEKDAYS.index(weekday)) % 7  # latest such day, on or before
        date = (day - dt.timedelta(days=back)).isoformat()
        filled = _fill(template, rng, subject, weekday=weekday)
    elif wording == "yesterday":
        phrase, date = "yesterday", (day - dt.timedelta(days=1)).isoformat()
        filled = _fill(template, rng, subject)
    else:
        phrase = "last month"
        index = day.year * 12 + day.month - 2
        date = f"{index // 12:04d}-{index % 12 + 1:02d}"
        filled = _fill(template, rng, subject)
    sentence, quote = _split(filled)
    value: dict[str, object] = {"kind": "date", "date": date, "relative": phrase}
    return _Claim(sentence, quote, prop, value, f"{subject}: {event}")


def _text(rng: Random, subject: str, spec: tuple[str, str, str]) -> _Claim:
    prop, what, template = spec
    name = _names(rng, what, 1, avoid=subject)[0]
    sentence, quote = _split(_fill(template, rng, subject, name=name))
    return _Claim(sentence, quote, prop, {"kind": "text", "text": name})


def _list(rng: Random, subject: str, spec: tuple[str, str, int, str]) -> _Claim:
    prop, what, count, template = spec
    names = _names(rng, what, count, avoid=subject)
    written = ", ".join(names[:-1]) + " and " + names[-1]
    sentence, quote = _split(_fill(template, rng, subject, items=written))
    return _Claim(sentence, quote, prop, {"kind": "list", "items": names})


# ---------------------------------------------------------------------------------------
# Articles


def _published(index: int, rng: Random) -> dict[str, str]:
    """Mostly stated dates; some from a catalogue, inferred or unknown."""
    day = dt.date(2012, 1, 1) + dt.timedelta(days=rng.randint(0, 14 * 365))
    basis = ("stated", "stated", "stated", "stated", "stated", "stated", "catalogue",
             "catalogue", "inferred", "unknown")[index % 10]
    if basis == "stated":
        return {"basis": basis, "date": day.isoformat(),
                "reasoning": f"The dateline states {day.day} {MONTHS[day.month - 1]} {day.year}."}
    if basis == "catalogue":
        return {"basis": basis, "date": day.isoformat(),
                "reasoning": "From the publisher's catalogue; the text gives no date."}
    if basis == "inferred":
        # A year, not a day: a day the text gives without its year bounds nothing (R207).
        return {"basis": basis, "not_before": str(day.year),
                "reasoning": f"The text reports events of {day.year}; the day is unknown."}
    return {"basis": basis, "reasoning": "Neither the text nor a catalogue gives a date."}


def _pick(rng: Random, pool_size: int, count: int,
          first: int | None = None) -> list[tuple[int, int]]:
    """``count`` template indices without repeats while the pool lasts, with a round number."""
    picks: list[tuple[int, int]] = []
    rounds = 0
    while len(picks) < count:
        order = list(range(pool_size))
        rng.shuffle(order)
        if first is not None and rounds == 0:
            order.remove(first)
            order.insert(0, first)
        picks.extend((i, rounds) for i in order[: count - len(picks)])
        rounds += 1
    return picks


def make_article(index: int, seed: int, count: int,
                 borrow: tuple[str, int] | None = None) -> ArticleRecord:
    """Article ``index`` with ``count`` facts; ``borrow`` = (subject, quantity template)
    of an earlier article whose claim this one contradicts."""
    rng = Random(f"benchmark corpus {seed} article {index}")
    subject = subject_of(index, seed)
    publisher = PUBLISHERS[rng.randrange(len(PUBLISHERS))]
    published = _published(index, rng)
    kinds = [KIND_CYCLE[j % len(KIND_CYCLE)] for j in range(count)]
    relative_ok = index % 4 == 0 and "date" in published and kinds.count("date") >= 2
    for _attempt in range(20):
        claims: list[tuple[_Claim, str]] = []  # (claim, subject)
        picks = {
            "quantity": _pick(rng, len(QUANTITIES), kinds.count("quantity"),
                              borrow[1] if borrow else None),
            "money": _pick(rng, len(SUMS), kinds.count("money")),
            "date": _pick(rng, len(DATES), kinds.count("date")),
            "text": _pick(rng, len(TEXTS), kinds.count("text")),
            "list": _pick(rng, len(LISTS), kinds.count("list")),
        }
        used = dict.fromkeys(KINDS, 0)
        for kind in kinds:
            template, rounds = picks[kind][used[kind]]
            used[kind] += 1
            about = subject
            if kind == "quantity":
                if borrow is not None and used[kind] == 1:
                    about = borrow[0]
                claim = _quantity(rng, about, QUANTITIES[template])
            elif kind == "money":
                claim = _sum(rng, subject, SUMS[template])
            elif kind == "date" and relative_ok and used[kind] == 2:
                spec = RELATIVE_DATES[rng.randrange(len(RELATIVE_DATES))]
                claim = _relative(rng, subject, spec, published["date"])
            elif kind == "date":
                claim = _date(rng, subject, DATES[template])
            elif kind == "text":
                claim = _text(rng, subject, TEXTS[template])
            else:
                claim = _list(rng, subject, LISTS[template])
            if rounds:
                claim.property = f"{claim.property} {rounds + 1}"
            claims.append((claim, about))
        text, furniture = _compose(rng, subject, publisher, [c.sentence for c, _ in claims])
        plain = _searchable(text)
        if all(plain.count(_searchable(c.quote)) == 1 for c, _ in claims):
            break
    else:  # pragma: no cover - twenty unlucky draws in a row
        raise RuntimeError(f"article {index}: could not make every quote unique")
    data = text.encode("utf-8")
    file = f"{index:05d}_{hashlib.sha256(data).hexdigest()[:16]}.txt"
    facts = []
    for number, (claim, about) in enumerate(claims):
        quote = claim.quote
        if "’" in quote and rng.random() < 0.4:
            quote = quote.replace("’", "'")  # the editor typed a straight apostrophe
        stance = _stance(claim)
        event = claim.event  # a headline keeps its fact's hedge (rule E702)
        if event and stance != "stated":
            event = f"{event} ({HEADLINE_HEDGES[stance]})"
        fact = FactRecord(
            id=f"a{index:05d}-{_slug(claim.property)}", source=file, subject=about,
            property=claim.property, quote=quote, value=claim.value, event=event,
            stance=stance)
        if borrow is not None and number == 0:
            fact.preferred = "The later report gives the audited figure."
            fact.note = "Disagrees with the earlier report on purpose (benchmark conflict)."
        elif rng.random() < 0.05:
            fact.note = f"Cross-checked against the {publisher} print edition."
        facts.append(fact)
    title = f"{subject[0].upper()}{subject[1:]} {rng.choice(HEADLINES)}"
    url = (f"https://news.example/{_slug(publisher)}/{_slug(title)}-{index}"
           if index % 2 == 0 else None)
    return ArticleRecord(index, file, data, publisher, title, published, url, furniture,
                         None, subject, facts)


def _compose(rng: Random, subject: str, publisher: str,
             sentences: list[str]) -> tuple[str, list[str]]:
    """Sentences shuffled among filler into paragraphs, under a headline and dateline."""
    body = list(sentences)
    size = sum(len(s) + 1 for s in body)
    fillers: list[str] = []
    while size < ARTICLE_BYTES - 250:
        if not fillers:
            fillers = rng.sample(FILLERS, len(FILLERS))  # each once before any repeats
        filler = _fill(fillers.pop(), rng, subject)
        body.append(filler)
        size += len(filler.encode("utf-8")) + 1
    rng.shuffle(body)
    furniture: list[str] = []
    lines: list[str] = []
    if rng.random() < 0.5:
        top = rng.choice(FURNITURE_TOP)
        furniture.append(top)
        lines += [top, ""]
    place = subject.split()[0]
    lines += [f"{subject[0].upper()}{subject[1:]}: {rng.choice(HEADLINES)}", "",
              f"By {_person(rng)}", ""]
    first = True
    while body:
        take = min(len(body), rng.randint(2, 4))
        paragraph = " ".join(body[:take])
        del body[:take]
        if first:
            paragraph = f"{place.upper()} ({publisher}) – {paragraph}"
            first = False
        lines += [paragraph, ""]
    footer = f"© {publisher}. All rights reserved."
    if rng.random() < 0.3:
        furniture.append(footer)
    lines.append(footer)
    return "\n".join(lines) + "\n", furniture


# ---------------------------------------------------------------------------------------
# Files


def _stance(claim: _Claim) -> str:
    """The stance the claim's sentence gives its value ("will", "officials said"...): the
    first of those it allows (a generated sentence is written to allow one), else stated."""
    from generator.check.rules.v410_stance import stances_for
    from generator.reading import normalise

    sentence, quote = normalise(claim.sentence.replace("[", "").replace("]", "")), \
        normalise(claim.quote)
    value = _value_adapter().validate_python(claim.value)
    allowed = stances_for(sentence, max(0, sentence.find(quote)), quote, value)
    return sorted(allowed)[0] if allowed else "stated"


@functools.cache
def _value_adapter() -> Any:
    from pydantic import TypeAdapter

    from generator.model import Value

    return TypeAdapter(Value)


def _fact_lines(fact: FactRecord) -> list[str]:
    value = ", ".join(
        f"{key}: {item}" if isinstance(item, Decimal) or key == "kind"
        else f"{key}: [{', '.join(_yaml_str(str(i)) for i in item)}]" if isinstance(item, list)
        else f"{key}: {_yaml_str(str(item))}"
        for key, item in fact.value.items())
    lines = [f"  - id: {fact.id}",
             f"    source: {fact.source}",
             f"    subject: {_yaml_str(fact.subject)}",
             f"    property: {_yaml_str(fact.property)}",
             f"    quote: {_yaml_str(fact.quote)}",
             f"    value: {{{value}}}"]
    if fact.stance != "stated":
        lines.append(f"    stance: {fact.stance}")
    for key in ("event", "note", "preferred"):
        text = getattr(fact, key)
        if text is not None:
            lines.append(f"    {key}: {_yaml_str(text)}")
    return lines


def _fact_file(facts: list[FactRecord], title: str) -> bytes:
    lines = [f"# {title}", "# Generated by benchmarks/corpus.py: synthetic, do not edit.", "facts:"]
    for fact in facts:
        lines.extend(_fact_lines(fact))
        lines.append("")
    return "\n".join(lines).encode("utf-8")


def _registry(articles: list[ArticleRecord]) -> bytes:
    lines = ["# The source registry of a synthetic benchmark corpus (benchmarks/corpus.py).",
             "sources:"]
    for article in articles:
        lines += [f"  - file: {article.file}",
                  f"    publisher: {_yaml_str(article.publisher)}",
                  f"    title: {_yaml_str(article.title)}",
                  "    language: en"]
        if article.relation:
            lines.append(f"    relation: {{type: {article.relation['type']}, "
                         f"source: {article.relation['source']}}}")
        lines.append("    published:")
        lines += [f"      {key}: {_yaml_str(text)}" for key, text in article.published.items()]
        if article.url:
            lines.append(f"    url: {_yaml_str(article.url)}")
        lines.append(f"    sha256: {hashlib.sha256(article.data).hexdigest()}")
        if article.furniture:
            lines.append("    furniture:")
            lines += [f"      - {_yaml_str(passage)}" for passage in article.furniture]
        lines.append("")
    return "\n".join(lines).encode("utf-8")


def _site(title: str, specs: list[str], timeline: list[str],
          articles: list[ArticleRecord]) -> bytes:
    keys = [f.id for a in articles[:2] for f in a.facts if f.value["kind"] != "date"][:3]
    lines = [
        "# Page map of a synthetic benchmark corpus (benchmarks/corpus.py).",
        f"title: {_yaml_str(title)}",
        'description: "Generated facts about invented projects, for measuring the generator."',
        "home:",
        "  intro:",
        '    - "Every project, company and figure here is invented; each fact still quotes '
        'its article word for word."',
        f"  key_figures: [{', '.join(keys)}]",
        "pages:",
    ]
    if specs:
        lines += ["  - path: projects", '    title: "Projects"', "    kind: table",
                  f"    files: [{', '.join(specs)}]",
                  '    intro: "Figures, names and lists from the articles, project by project."',
                  "    sections:"]
        for article in articles[:3]:
            rows = [f for f in article.facts if f.value["kind"] != "date"
                    and f.subject == article.subject][:3]
            lines += [f"      - id: project-{article.index:05d}",
                      f"        title: {_yaml_str(article.subject)}",
                      f"        subject: {_yaml_str(article.subject)}",
                      "        rows:"]
            lines += [f"          - {{property: {_yaml_str(f.property)}, "
                      f"label: {_yaml_str(f.property.capitalize())}}}" for f in rows]
            if not rows:
                lines[-1] = "        rows: []"
    if timeline:
        lines += ["  - path: timeline", '    title: "Timeline"', "    kind: timeline",
                  f"    files: [{', '.join(timeline)}]",
                  '    intro: "Every dated event, in order."']
    return ("\n".join(lines) + "\n").encode("utf-8")


MKDOCS = """\
# A synthetic benchmark site (benchmarks/corpus.py): the structure of the project's mkdocs.yml.
site_name: {title}
site_description: "Generated facts about invented projects, for measuring the generator."
edit_uri: https://example.invalid/bench/edit/main/docs/
strict: true

theme:
  name: material
  font: false
  language: en
  features:
    - content.action.edit
    - navigation.sections
    - navigation.top
    - search.highlight
    - toc.follow
  palette:
    - media: "(prefers-color-scheme: light)"
      scheme: default
      primary: blue grey
      accent: deep orange
      toggle:
        icon: material/weather-night
        name: Switch to dark mode
    - media: "(prefers-color-scheme: dark)"
      scheme: slate
      primary: blue grey
      accent: deep orange
      toggle:
        icon: material/weather-sunny
        name: Switch to light mode

plugins:
  - search
  - factsheet

markdown_extensions:
  - tables
  - attr_list
  - md_in_html
  - toc:
      permalink: true
  - admonition

validation:
  omitted_files: warn
  absolute_links: warn
  unrecognized_links: warn
  anchors: warn
  nav:
    omitted_files: info
    not_found: warn
    absolute_links: warn

nav:
  - Home: index.md
{pages}  - Sources: sources/index.md
"""


def _chunks(facts: list[FactRecord]) -> list[list[FactRecord]]:
    return [facts[i:i + FACTS_PER_FILE] for i in range(0, len(facts), FACTS_PER_FILE)]


def generate(out: Path, facts: int, sources: int, seed: int = 0) -> Summary:
    """Write a corpus of ``facts`` facts over ``sources`` articles under ``out``."""
    if sources < 1 or facts < sources:
        raise ValueError("need at least one article and at least one fact per article")
    if out.exists() and any(out.iterdir()):
        if not (out / MARKER).is_file():
            raise FileExistsError(f"{out} is not empty and holds no generated corpus")
        shutil.rmtree(out)
    folder = out / "facts" / "sources"
    folder.mkdir(parents=True)
    (out / "docs").mkdir()
    (out / MARKER).write_bytes(b"A synthetic corpus written by benchmarks/corpus.py.\n")

    summary = Summary(facts=facts, sources=sources)
    articles: list[ArticleRecord] = []
    base, extra = divmod(facts, sources)
    previous: tuple[str, int] | None = None
    for index in range(sources):
        borrow = previous if index % 25 == 24 else None
        article = make_article(index, seed, base + (index < extra), borrow)
        if index % 40 == 39:
            article.relation = {"type": "follow-up-of", "source": articles[-1].file}
        first = next((f for f in article.facts if f.value["kind"] == "quantity"), None)
        if first is not None:
            template = next(i for i, spec in enumerate(QUANTITIES)
                            if first.property == spec[0])
            previous = (article.subject, template)
        (folder / article.file).write_bytes(article.data)
        summary.article_bytes += len(article.data)
        articles.append(article)

    every = [fact for article in articles for fact in article.facts]
    for fact in every:
        summary.kinds[str(fact.value["kind"])] += 1
        summary.relative_dates += "relative" in fact.value
    specs = [f for f in every if f.value["kind"] != "date"]
    dates = [f for f in every if f.value["kind"] == "date"]
    spec_files = [f"specs-{n:04d}.yml" for n in range(1, len(_chunks(specs)) + 1)]
    timeline_files = [f"timeline-{n:04d}.yml" for n in range(1, len(_chunks(dates)) + 1)]
    for name, chunk in zip(spec_files, _chunks(specs), strict=True):
        (out / "facts" / name).write_bytes(_fact_file(chunk, "Figures, names and lists."))
    for name, chunk in zip(timeline_files, _chunks(dates), strict=True):
        (out / "facts" / name).write_bytes(_fact_file(chunk, "Dated events."))
    summary.fact_files = spec_files + timeline_files

    (out / "facts" / "sources.yml").write_bytes(_registry(articles))
    # No figure in the title: the page map's words are checked like any free text (E701).
    title = "Synthetic fact sheet (benchmark corpus)"
    (out / "facts" / "site.yml").write_bytes(_site(title, spec_files, timeline_files, articles))
    pages = ("  - Projects: projects/index.md\n" if spec_files else "") + (
        "  - Timeline: timeline/index.md\n" if timeline_files else "")
    (out / "mkdocs.yml").write_bytes(
        MKDOCS.format(title=_yaml_str(title), pages=pages).encode("utf-8"))
    return summary


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.corpus",
                                     description="Write a synthetic fact-sheet corpus.")
    parser.add_argument("out", type=Path, help="output folder (created; replaced if it holds "
                        "an earlier generated corpus)")
    parser.add_argument("--facts", type=int, required=True, help="number of facts")
    parser.add_argument("--sources", type=int, required=True, help="number of articles")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args(argv)
    try:
        summary = generate(args.out, args.facts, args.sources, args.seed)
    except (ValueError, FileExistsError) as error:
        parser.error(str(error))
    kinds = ", ".join(f"{summary.kinds[k]} {k}" for k in KINDS)
    print(f"{args.out}: {summary.facts} facts ({kinds}; {summary.relative_dates} relative "
          f"dates) from {summary.sources} articles ({summary.article_bytes:,} bytes) in "
          f"{len(summary.fact_files)} fact files", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
