"""Find figures and dates in built HTML that no checked fact is tied to.

A figure or date is tied when it stands inside an element that carries one of:

- ``data-fact``: a value taken from a checked fact (or a figure of the editor's words that
  its own fact's quote states);
- ``data-quote``: a verbatim quote (the article text on its evidence page included);
- ``data-reference``: an editor's note, resting on a registered reference;
- ``data-source``: a source's registry record (its publication date and the reasoning);
- ``data-check``: the checker's own counts; ``data-axis``: a timeline axis label.

``<script>``, ``<style>``, ``<code>`` and ``<pre>`` hold no claims and are skipped.
"""

from __future__ import annotations

from html.parser import HTMLParser

from generator.reading import dates_in, figures_in, normalise

TIES = ("data-fact", "data-quote", "data-reference", "data-source", "data-check", "data-axis")
SKIPPED = {"script", "style", "code", "pre"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr", "circle", "line", "path", "rect"}


class _Scan(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []
        self.runs: list[str] = [""]

    @property
    def tied(self) -> bool:
        return any(flag for _, flag in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        names = {name for name, _ in attrs}
        self.stack.append((tag, tag in SKIPPED or bool(names & set(TIES))))
        if self.stack[-1][1]:
            self.runs.append("")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pass

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data: str) -> None:
        if not self.tied:
            self.runs[-1] += data


def untied(html: str) -> list[str]:
    """Every figure and date outside a tying element, as written, with a little context."""
    scan = _Scan()
    scan.feed(html)
    found = []
    for run in scan.runs:
        text = normalise(run)
        spans = [(d.start, d.end) for d in dates_in(text)]
        spans += [(f.start, f.end) for f in figures_in(text)
                  if not any(s < f.end and f.start < e for s, e in spans)]
        found += [text[max(0, s - 30):e + 10] for s, e in sorted(spans)]
    return found
