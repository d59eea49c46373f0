"""Whose figure it is in a contrast of places: "turnout is at 72%-77% of '16 presidential
race in heavily black counties, but just 55%-60% in rural white counties" gives 72%-77% to
the heavily black counties and 55%-60% to the rural white ones.

Why apart: the owner reader (``owners``) reads what stands before a figure; here the owner
is the place each side of a "but" ends with. Only that form: two sides joined by ", but",
figures on each (a range is two), each side ending with "in" and a short noun phrase
without figures.
Anything else names no owner: the reading does not guess. Written without regular
expressions.
"""

from __future__ import annotations

from generator.reading.figure_type import Figure

_CONTRAST = ", but "
MAX_PLACE_WORDS = 5  # "in heavily black counties": the words of the place after "in"


def _place_at_end(side: str) -> str | None:
    """The noun phrase after the last "in" of ``side``, when the side ends with it."""
    words = side.rstrip(" .;:!?").split()
    if "in" not in words:
        return None
    at = len(words) - 1 - words[::-1].index("in")
    place = words[at + 1:]
    if not place or len(place) > MAX_PLACE_WORDS or any(
            not word.replace("-", "").isalpha() for word in place):
        return None
    return " ".join(place)


def contrast_places(text: str, figures: list[Figure]) -> list[str | None]:
    """The place each figure's side of a ", but" contrast ends with, or None."""
    found: list[str | None] = [None] * len(figures)
    cut = text.find(_CONTRAST)
    if cut == -1 or text.find(_CONTRAST, cut + 1) != -1:
        return found
    sides = [(0, cut), (cut + len(_CONTRAST), len(text))]
    for low, high in sides:
        inside = [i for i, figure in enumerate(figures) if low <= figure.start < high]
        if not inside:
            return [None] * len(figures)
        place = _place_at_end(text[figures[inside[-1]].end:high])
        if place is None:  # a contrast of places has a place on each side
            return [None] * len(figures)
        for index in inside:  # the ends of a range, a year of its race: all the side's
            found[index] = place
    return found
