"""``python -m generator new DIR``: a minimal fact sheet that checks and builds as it is.

It holds one article (a note on the sheet's own start, so that nothing in it belongs to
another topic or another outlet), one fact quoting it, the page map, the MkDocs
configuration and a short editor's README. The editor replaces the note with real
articles (``add``) and facts (``draft``), and the sheet stays checkable at every step.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sys
from pathlib import Path

from generator.base.atomic import replace_tree
from generator.base.report import Position, Problem, Severity
from generator.check.formats.text import line as problem_line
from generator.commands.registry_text import quoted

ARTICLE = "001_how-this-sheet-began.txt"
# Every sheet's MkDocs configuration, the same for any topic (the nav comes from site.yml).
MKDOCS = Path(__file__).resolve().parents[1] / "site" / "templates" / "mkdocs.yml"


def _today() -> dt.date:
    """The day the sheet starts: ``SOURCE_DATE_EPOCH`` when set (reproducible), else today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return dt.date.today()


def _day_words(day: dt.date) -> str:
    return f"{day.day} {day.strftime('%B')} {day.year}"


def files(title: str, day: dt.date) -> dict[str, str]:
    """Every file of the new sheet, by its path inside the sheet's folder."""
    started = _day_words(day)
    named = f"The name of this fact sheet is {title}"
    article = (
        "How this fact sheet began\n\n"
        f"This fact sheet was started on {started} with the generator's new command.\n\n"
        f"{named}\n\n"
        "The facts sheet-started and sheet-name quote this note, so that the sheet checks "
        "and builds from the start; sheet-name backs the site's title. Add the first "
        "article of the topic with the add command and quote it in a fact, then delete "
        "the fact sheet-started. Keep this note and the fact sheet-name while the title "
        "names things no other fact backs (see README.md).\n")
    digest = hashlib.sha256(article.encode("utf-8")).hexdigest()
    return {
        "facts/sources.yml": f"""\
# The source registry: one entry per article in facts/sources/. Articles are evidence and
# are never edited. 'python -m generator add PAGE.html' adds an article and its entry.
sources:
  - file: {ARTICLE}
    publisher: "The editors of this fact sheet"
    title: "How this fact sheet began"
    language: en
    published:
      basis: stated
      date: "{day.isoformat()}"
      reasoning: "The note states the day it was written."
    republish: true  # the editors' own note: it may be shown in full
    sha256: {digest}
""",
        f"facts/sources/{ARTICLE}": article,
        "facts/overview.yml": f"""\
# A fact file: every fact quotes its article word for word ('python -m generator draft').
facts:
  - id: sheet-started
    source: {ARTICLE}
    subject: This fact sheet
    property: started
    quote: "This fact sheet was started on {started}"
    value: {{kind: date, date: "{day.isoformat()}"}}
  # The site's title, checked like any fact: facts/site.yml's title is this text, so
  # its names and numbers are backed. Retitle both together (and the note's sentence).
  - id: sheet-name
    source: {ARTICLE}
    subject: This fact sheet
    property: name
    quote: {quoted(named)}
    value: {{kind: text, text: {quoted(title)}}}
""",
        "facts/site.yml": f"""\
# The page map: the sheet's title, its home page and which facts go on which page.
title: {quoted(title)}
description: "Facts checked word for word against the articles they come from."
home:
  intro:
    - "Every fact on this site quotes the article it comes from, and a checker verifies that \
each value stands in that quote."
  summary:
    - {{label: "Started", fact: sheet-started}}
pages:
  - path: overview
    title: "Overview"
    kind: table
    files: [overview.yml]
    sections:
      - id: sheet
        title: "This fact sheet"
        subject: This fact sheet
        rows:
          - {{property: name, label: "Name"}}
          - {{property: started, label: "Started"}}
""",
        "mkdocs.yml": MKDOCS.read_text("utf-8"),
        "docs/.keep": "",
        "README.md": f"""\
# {title}

A fact sheet: facts in `facts/*.yml`, each quoting an article in `facts/sources/` word
for word. Run the commands below in this folder with the Python that has the generator:
in the generator's own folder `make setup` installs it in `.venv`, so `python` below is
that folder's `.venv/bin/python` (or activate it: `source .venv/bin/activate`).

| step | command |
|---|---|
| add an article (a saved page, a web archive or a text file) | `python -m generator add FILE` |
| write a fact from a sentence of it | `python -m generator draft FILE.txt "the sentence"` |
| check every fact | `python -m generator check` |
| build the site into `site/` | `mkdocs build --strict` |

- `facts/sources.yml` registers each article: publisher, title, dates and where each was
  read (`origin:`), and a sha256 pin. `add` writes the entry; check what it read.
- `facts/site.yml` is the page map: the site's title, its pages and nav (labelled with
  the page titles). A page of `docs/` reaches the site only when `site.yml` names it
  (`methodology:` or `editors: {{title, pages}}`). `mkdocs.yml` stays as it is.
- The site's title is backed by the fact `sheet-name`, which quotes this sheet's note.
  Start by adding a real article; then delete the fact `sheet-started` (in
  `facts/overview.yml` and `facts/site.yml`). Keep the note and `sheet-name` while the
  title names things no other fact backs; to retitle, change the title, the note's
  sentence and `sheet-name` together and run `python -m generator pin`.
""",
    }


def new(target: Path, title: str | None = None) -> int:
    """Write a new sheet into ``target``, which must not exist or be empty."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        problem = Problem("A811", Severity.ERROR, Position(str(target)),
                          f"{target} already exists and is not an empty folder",
                          "give the name of a new folder")
        print(problem_line(problem), file=sys.stderr)
        return 1
    written = files(" ".join((title or "").split()) or "A new fact sheet", _today())

    def fill(folder: Path) -> None:
        for name, text in written.items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")

    replace_tree(target, fill)
    # The interpreter running this command has the generator: name it, so the next step
    # works as printed (a bare 'python' may be one without it).
    print(f"{target}: a new fact sheet; next: cd {target} && {sys.executable} -m generator "
          "check", file=sys.stderr)
    return 0
