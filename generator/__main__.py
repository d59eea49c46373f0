"""Command line: ``python -m generator
check|new|add|draft|pin|diff|uncovered|pages|built|render|schema``.

Exit status: 0 clean (warnings allowed), 1 problems found, 2 usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from generator.check.formats import FORMATS, STREAMS


def _root(value: str) -> Path:
    path = Path(value)
    if not path.is_dir():
        raise argparse.ArgumentTypeError(f"{value} is not a directory")
    return path


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    check = commands.add_parser("check", help="check every fact against its article")
    check.add_argument("--root", type=_root, default=Path("."), help="project folder (default: .)")
    default_format = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    check.add_argument("--format", choices=sorted(FORMATS), default=default_format)
    check.add_argument("--staged", action="store_true",
                       help="check what git would commit (the index), not the working tree")
    check.add_argument("--jobs", type=int, default=None, metavar="N",
                       help="processes for the per-fact rules (default: FACTCHECK_JOBS, else "
                            "every core; 1 checks in this process only)")
    check.add_argument("--cache", action=argparse.BooleanOptionalAction, default=None,
                       help="reuse each unchanged fact file's result from .cache/factcheck "
                            "(default: FACTCHECK_CACHE=1 turns it on; off otherwise)")

    diff = commands.add_parser("diff", help="what a change does to the facts, articles and pages")
    diff.add_argument("base", help="git revision or folder")
    diff.add_argument("head", nargs="?", default=".",
                      help="git revision or folder (default: the working tree)")
    diff.add_argument("--format", choices=["markdown", "json"], default="markdown")
    diff.add_argument("--repo", "--root", dest="repo", type=_root, default=Path("."),
                      help="git repository (default: .)")

    draft = commands.add_parser("draft", help="propose a fact from an article and a quote")
    draft.add_argument("source", help="the article's file name in its sources folder")
    draft.add_argument("quote", help="the sentence, word for word")
    draft.add_argument("--root", type=_root, default=Path("."))
    words = draft.add_mutually_exclusive_group()
    words.add_argument("--text", help="a text value: the name or phrase, as the quote spells it")
    words.add_argument("--item", dest="items", action="append",
                       help="a list value: one item (repeat for each)")

    pin = commands.add_parser("pin", help="record the sha256 of every article in the registry")
    pin.add_argument("--root", type=_root, default=Path("."))
    pin.add_argument("--dry-run", action="store_true", help="show what would change")

    render = commands.add_parser("render", help="write the generated pages as Markdown")
    render.add_argument("out", type=Path, help="output folder (created; never inside facts/)")
    render.add_argument("--root", type=_root, default=Path("."))

    pages = commands.add_parser(
        "pages", help="write every page and export into a docs folder any engine builds")
    pages.add_argument("out", type=Path, help="docs folder (kept in step; never inside facts/)")
    pages.add_argument("--root", type=_root, default=Path("."))
    pages.add_argument("--config", type=Path, default=None, metavar="FILE",
                       help="also write the engine configuration (mkdocs.yml without the "
                            "plugin, pointed at OUT) to FILE")

    built = commands.add_parser(
        "built", help="fail when an engine built the site without the generated pages")
    built.add_argument("site", type=Path, help="the engine's output folder")
    built.add_argument("--pages", type=Path, required=True, metavar="OUT",
                       help="the docs folder `pages` wrote")

    uncovered = commands.add_parser(
        "uncovered", help="list the articles' figures and dates that no fact cites")
    uncovered.add_argument("--root", type=_root, default=Path("."))
    uncovered.add_argument("--unaccounted-only", action="store_true",
                           help="leave out the mentions dismissed in the registry")
    uncovered.add_argument("--skeleton", action="store_true",
                           help="print dismissal entries for the unaccounted mentions, one "
                                "per sentence, each reason still to write")

    new = commands.add_parser("new", help="start a fact sheet that checks and builds as it is")
    new.add_argument("folder", type=Path, help="a new (or empty) folder for the sheet")
    new.add_argument("--title", help="the site's title (default: 'A new fact sheet')")

    add = commands.add_parser(
        "add", help="register articles from text (.txt), saved pages (.html) or web archives "
                    "(.warc, .warc.gz, .wacz)")
    add.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="the files to add")
    add.add_argument("--root", type=_root, default=Path("."), help="the sheet (default: .)")
    add.add_argument("--url", help="the article's address; in an archive, the page to take")
    add.add_argument("--title", help="the article's title, where the page gives none")
    add.add_argument("--publisher", help="the publisher's name, where the page gives none")
    add.add_argument("--author", help="the author, where the page gives none")
    add.add_argument("--language", help="the article's language (en, en-GB...)")
    add.add_argument("--republish", action="store_true",
                     help="the sheet may show the full text (its own or a licensed article); "
                          "without it the site shows only the quotes")

    schema = commands.add_parser("schema", help="write or verify the editors' JSON Schemas")
    schema.add_argument("--check", action="store_true", help="fail if the committed ones are stale")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "check":
        if args.staged:
            from generator.check.staged import run_staged

            return run_staged(
                args.root, lambda root: run_check(root, args.format, args.jobs, args.cache))
        return run_check(args.root, args.format, args.jobs, args.cache)
    if args.command == "diff":
        from generator.commands.diff import run_diff

        return run_diff(args.base, args.head, args.format, args.repo)
    if args.command == "draft":
        from generator.commands.draft import run_draft

        return run_draft(args.root, args.source, args.quote, args.text, args.items)
    if args.command == "pin":
        from generator.commands.pin import pin

        return pin(args.root, dry_run=args.dry_run)
    if args.command == "uncovered":
        from generator.commands.uncovered import uncovered

        return uncovered(args.root, include_dismissed=not args.unaccounted_only,
                         skeleton=args.skeleton)
    if args.command == "new":
        from generator.commands.new import new

        return new(args.folder, args.title)
    if args.command == "add":
        from generator.commands.add import Given, add

        return add(args.root, args.paths, Given(
            title=args.title, publisher=args.publisher, author=args.author,
            language=args.language, url=args.url, republish=args.republish))
    if args.command == "render":
        from generator.site.render_to_disk import render_to_disk

        return render_to_disk(args.root, args.out)
    if args.command == "pages":
        from generator.site.render_to_disk import run_pages

        return run_pages(args.root, args.out, args.config)
    if args.command == "built":
        from generator.site.render_to_disk import run_built

        return run_built(args.site, args.pages)
    from generator.commands.schema import export

    return export(check_only=args.check)


def run_check(root: Path, output_format: str, jobs: int | None = None,
              cache: bool | None = None) -> int:
    from generator.base.report import Severity
    from generator.check.cache import wanted
    from generator.check.parallel import default_jobs
    from generator.check.pipeline import check_project
    from generator.check.triage import triage

    result = check_project(root, jobs=default_jobs() if jobs is None else max(1, jobs),
                           cache=wanted(cache))
    # Root causes first; only the text folds consequences in: the machine formats keep
    # every problem's own location, so CI annotates each fact that fails.
    shown = triage(result, fold=output_format == "text")
    sys.stdout.writelines(STREAMS[output_format](shown))
    errors = result.report.count(Severity.ERROR)
    warnings = result.report.count(Severity.WARNING)
    facts = len(result.validated.facts)
    sources = len(result.validated.sources)
    folded = len(result.report.problems) - len(shown.problems)
    note = f" ({folded} folded into their causes)" if folded else ""
    answered = sum(1 for entry in result.validated.facts if entry.model.stance_scope)
    answers = (f"; {answered} stance doubt{'s' * (answered != 1)} answered by the editors "
               "(stance_scope)" if answered else "")
    borrowed = sum(1 for entry in result.validated.facts if entry.model.noun_from)
    answers += (f"; {borrowed} count{'s' * (borrowed != 1)} with the noun stated before the "
                "quote (noun_from)" if borrowed else "")
    dayed = sum(1 for entry in result.validated.facts if entry.model.day_from)
    answers += (f"; {dayed} time{'s' * (dayed != 1)} with {'its' if dayed == 1 else 'their'} "
                "day stated elsewhere in its article (day_from)" if dayed else "")
    print(f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
          f"{note}; {facts} facts from {sources} sources{answers}", file=sys.stderr)
    return 0 if result.ok else 1


def run_command_line() -> int:
    """``main`` for a shell: a reader that stops early (``uncovered | head``) is not an error.

    Python's own advice for a closed pipe: point stdout at /dev/null so the interpreter's
    final flush cannot fail again, and exit quietly, with the status of what was done.
    """
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return code


if __name__ == "__main__":
    sys.exit(run_command_line())
