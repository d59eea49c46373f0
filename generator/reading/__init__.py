"""How a quote is read: one module per concern, one interface for the rules.

The rules and the renderer import from here, never from the modules, so a module can
be reshaped without touching its callers:

- ``normalise``: the safe normalisation, its offset map back to the article, phrase search;
- ``numbers``: digits, number words, scale words, numbers that are names;
- ``qualifiers``: over, up to, about, ranges, negation;
- ``units`` and ``money``: units (pint) and currencies (CLDR), from ``data/``;
- ``words``: numbers in words; ``nouns``: counted nouns;
- ``figures``: a number with its currency, scale, unit or noun, rate and qualifier;
- ``phrases``: what a number counts; ``joins``: ranges, changes, tallies; ``owners``: whose
  figure it is;
- ``dates``: calendar mentions and ranges; ``relative``: dates relative to a publication date;
- ``structure``: a sentence's clauses, verb groups and speakers (``lexicon``: its words);
- ``stance``: what governs a value: stated, reported, expected, possible or denied.
"""

from __future__ import annotations

from generator.reading.dates import (
    DATE_RE,
    MONTH_NAMES,
    MONTHS,
    OPEN_END_SHIFTS,
    OPEN_START_SHIFTS,
    SEASON_WORDS,
    DateMention,
    DateRange,
    date_ranges_in,
    dates_in,
)
from generator.reading.figure_type import Figure
from generator.reading.figures import figures_in, is_designation
from generator.reading.money import (
    CURRENCIES,
    CURRENCY_SYMBOLS,
    NAMES,
    SYMBOLS,
    currency_name,
    resolve,
)
from generator.reading.normalise import (
    INVISIBLE,
    QUOTE_AND_DASH_MAP,
    MappedText,
    RunSpans,
    contains_phrase,
    find_all,
    find_passages,
    find_whole,
    normalise,
    normalise_mapped,
    run_spans,
    word_count,
)
from generator.reading.nouns import plural
from generator.reading.numbers import (
    ATTACHED,
    NAMED_NUMBER,
    NUMBER_PATTERN,
    NUMBER_RE,
    NUMBER_WORDS,
    SCALE_FACTORS,
    SCALE_PATTERN,
    SCALE_WORDS,
    WORD_NUMBER_PATTERN,
    alternation,
    numbers_in,
    parse_number,
)
from generator.reading.owners import names, names_among, owners
from generator.reading.phrases import Counted, counts, noun_written, singular_nouns
from generator.reading.qualifiers import (
    DATE_QUALIFIERS,
    QUALIFIER_PHRASES,
    RANGE_JOINER,
    qualifier_around,
    qualifier_before,
    qualifier_start,
)
from generator.reading.relative import (
    RELATIVE_HELP,
    SAME_DAY,
    WEEKDAYS,
    relative_context,
    relative_date,
    relative_interval,
)
from generator.reading.stance import (
    StanceReading,
    stance_of,
)
from generator.reading.units import (
    UNIT_ALIASES,
    UNIT_TABLE,
    UNITS,
    dimension,
)
from generator.reading.words import in_words, read_words

__all__ = [
    "ATTACHED",
    "CURRENCIES",
    "CURRENCY_SYMBOLS",
    "DATE_QUALIFIERS",
    "DATE_RE",
    "INVISIBLE",
    "MONTHS",
    "MONTH_NAMES",
    "NAMED_NUMBER",
    "NAMES",
    "NUMBER_PATTERN",
    "NUMBER_RE",
    "NUMBER_WORDS",
    "OPEN_END_SHIFTS",
    "OPEN_START_SHIFTS",
    "QUALIFIER_PHRASES",
    "QUOTE_AND_DASH_MAP",
    "RANGE_JOINER",
    "RELATIVE_HELP",
    "SAME_DAY",
    "SCALE_FACTORS",
    "SCALE_PATTERN",
    "SCALE_WORDS",
    "SEASON_WORDS",
    "SYMBOLS",
    "UNITS",
    "UNIT_ALIASES",
    "UNIT_TABLE",
    "WEEKDAYS",
    "WORD_NUMBER_PATTERN",
    "Counted",
    "DateMention",
    "DateRange",
    "Figure",
    "MappedText",
    "RunSpans",
    "StanceReading",
    "alternation",
    "contains_phrase",
    "counts",
    "currency_name",
    "date_ranges_in",
    "dates_in",
    "dimension",
    "figures_in",
    "find_all",
    "find_passages",
    "find_whole",
    "in_words",
    "is_designation",
    "names",
    "names_among",
    "normalise",
    "normalise_mapped",
    "noun_written",
    "numbers_in",
    "owners",
    "parse_number",
    "plural",
    "qualifier_around",
    "qualifier_before",
    "qualifier_start",
    "read_words",
    "relative_context",
    "relative_date",
    "relative_interval",
    "resolve",
    "run_spans",
    "singular_nouns",
    "stance_of",
    "word_count",
]
