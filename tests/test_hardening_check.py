"""Hostile and broken input for the checker, each case run as a real command.

Every refusal must be a clear ``path:line:col: error[CODE]`` line, exit status 1, no
traceback, and no change at all to the project (bytes, modes and mtimes compared).
"""

from __future__ import annotations

import os
import re
import stat
import subprocess
import textwrap
import tracemalloc
import unicodedata
from pathlib import Path

import pytest
from factcheck_helpers import (
    GOOD_FACT,
    PYTHON,
    REPO,
    build,
    check,
    no_traceback,
    registry_text,
    run_cli,
    sha256,
    snapshot,
)

ARTICLE = (
    "WASHINGTON, December 30. /TASS/. Washington keeps persuading Turkey not to buy air "
    "and missile defense systems from Russia.\n\n"
    "Russia’s S-400 Triumf (NATO reporting name: SA-21 Growler) went into service in 2007. "
    "The S-400 can engage targets at a distance of 400 kilometers and at an altitude of up "
    "to 30 kilometers.\n"
)


def project(tmp_path: Path, facts: str | bytes = GOOD_FACT, *,
            articles: dict[str, str | bytes] | None = None,
            registry: str | None = None) -> Path:
    files: dict[str, str | bytes | None] = {"facts/specs.yml": facts}
    if registry is not None:
        files["facts/sources.yml"] = registry
    return build(tmp_path / "project", articles or {"tass.txt": ARTICLE}, files)


def entry(name: str, pin: str = "0" * 64) -> str:
    """A registry entry for ``name`` (to add to a generated registry's text)."""
    return textwrap.indent(textwrap.dedent(f"""\
        - file: "{name}"
          publisher: Nobody
          title: An entry
          language: en
          published: {{basis: unknown}}
          sha256: "{pin}"
        """), "  ")


def refused(root: Path, code: str, path: str, line: int, col: int | None = None,
            message: str = "", timeout: float = 30) -> str:
    """Run the check; assert the refusal and that nothing was touched. Returns stdout."""
    before = snapshot(root)
    result = run_cli(root, timeout=timeout)
    column = str(col) if col is not None else r"\d+"
    where = f"{re.escape(path)}:{line}:{column}"
    pattern = rf"^{where}: error\[{code}\] .*{re.escape(message)}"
    assert re.search(pattern, result.stdout, re.MULTILINE), result.stdout + result.stderr
    assert result.returncode == 1, result.stdout + result.stderr
    assert no_traceback(result.stderr), result.stderr
    assert snapshot(root) == before
    return result.stdout


def accepted(root: Path) -> None:
    before = snapshot(root)
    result = run_cli(root)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error[" not in result.stdout
    assert no_traceback(result.stderr)
    assert snapshot(root) == before


# ---------------------------------------------------------------------------------------
# YAML


@pytest.mark.parametrize(("text", "line", "col"), [
    ('facts:\n  - id: s400-range\n    quote: "unterminated\n', 4, 1),
    ("facts:\n  - id: [unclosed\n  - id: next\n", 3, 7),
    ("facts:\n\t- id: tabbed\n", 2, 1),
    ("facts:\n  - id: a\n   source: misaligned\n", 3, 4),
    ("facts: [\x07]\n", 1, 9),
])
def test_yaml_syntax_errors(tmp_path: Path, text: str, line: int, col: int) -> None:
    refused(project(tmp_path, text), "Y001", "facts/specs.yml", line, col)


def test_quote_cut_by_a_comment(tmp_path: Path) -> None:
    article = "Officials said prices rose #1 in history, a record.\n"
    facts = GOOD_FACT.replace("tass.txt", "prices.txt").replace(
        'quote: "The S-400 can engage targets at a distance of 400 kilometers"',
        "quote: Officials said prices rose #1 in history").replace(
        "{kind: quantity, amount: 400, unit: km}", "{kind: text, text: prices}")
    root = project(tmp_path, facts, articles={"prices.txt": article})
    out = refused(root, "Y007", "facts/specs.yml", 6, 12, "YAML cut the text there")
    # the cut quote "Officials said prices rose" is in the article: only Y007 stops it
    assert "Q301" not in out


@pytest.mark.parametrize(("key", "kind"), [("1", "a number"), ("true", "a yes/no value"),
                                           ("no", "a yes/no value"), ("~", "empty (null)")])
def test_keys_that_are_not_text(tmp_path: Path, key: str, kind: str) -> None:
    facts = GOOD_FACT + f"    {key}: something\n"
    refused(project(tmp_path, facts), "Y004", "facts/specs.yml", 8, 5,
            f"the key {key} is read as {kind}, not text")


def test_impossible_date(tmp_path: Path) -> None:
    facts = GOOD_FACT.replace("{kind: quantity, amount: 400, unit: km}",
                              "{kind: date, date: 2017-02-30}")
    refused(project(tmp_path, facts), "S103", "facts/specs.yml", 7, 31,
            "2017-02-30 is not a calendar date")


def test_duplicate_keys(tmp_path: Path) -> None:
    facts = GOOD_FACT + "    subject: S-300\n"
    refused(project(tmp_path, facts), "Y002", "facts/specs.yml", 8, 5,
            "duplicate key 'subject' (first at line 4)")


def test_duplicate_ids(tmp_path: Path) -> None:
    facts = GOOD_FACT + GOOD_FACT.split("\n", 1)[1]
    refused(project(tmp_path, facts), "S104", "facts/specs.yml", 8, 9,
            "duplicate fact id 's400-range' (first at facts/specs.yml:2:9)")


def test_unknown_key_with_suggestion(tmp_path: Path) -> None:
    facts = GOOD_FACT.replace("    property: range", "    proprety: range")
    refused(project(tmp_path, facts), "S102", "facts/specs.yml", 5, 5,
            "unknown key 'proprety'; did you mean 'property'?")


@pytest.mark.parametrize("word", ["no", "on", "yes", "off"])
def test_yes_no_words_are_booleans(tmp_path: Path, word: str) -> None:
    facts = GOOD_FACT.replace("    subject: S-400", f"    subject: {word}")
    refused(project(tmp_path, facts), "S103", "facts/specs.yml", 4, 14,
            "YAML reads yes/no/on/off/true/false as a yes/no value, so put it in quotes")


def test_exponent_without_a_point_is_text(tmp_path: Path) -> None:
    facts = GOOD_FACT.replace("amount: 400,", "amount: 4e2,")
    refused(project(tmp_path, facts), "S103", "facts/specs.yml", 7, 37,
            "got the text '4e2'")


def test_accepted_point_exponent_and_unquoted_year(tmp_path: Path) -> None:
    facts = GOOD_FACT.replace("amount: 400,", "amount: 4.0e2,") + (
        "  - id: s400-service\n"
        "    source: tass.txt\n"
        "    subject: S-400\n"
        "    property: in service since\n"
        '    quote: "SA-21 Growler) went into service in 2007"\n'
        "    value: {kind: date, date: 2007}\n")
    root = project(tmp_path, facts)
    result = check(root)
    assert result.ok, [f"{p.position} {p.message}" for p in result.report]
    first, second = (entry.model.value for entry in result.validated.facts)
    assert first.amount == 400  # type: ignore[union-attr]
    assert second.date == "2007"  # type: ignore[union-attr]
    accepted(root)


def test_unquoted_iso_date_is_accepted_as_text(tmp_path: Path) -> None:
    article = "The Kremlin said the deliveries would begin on 12 July 2019, in Ankara.\n"
    facts = textwrap.dedent("""\
        facts:
          - id: deliveries
            source: kremlin.txt
            subject: S-400 deliveries
            property: start
            quote: "the deliveries would begin on 12 July 2019"
            value: {kind: date, date: 2019-07-12}
            stance: expected
        """)
    root = project(tmp_path, facts, articles={"kremlin.txt": article})
    result = check(root)
    assert result.ok
    assert result.validated.facts[0].model.value.date == "2019-07-12"  # type: ignore[union-attr]
    accepted(root)


@pytest.mark.parametrize(("text", "line", "message"), [
    ("", 1, "the file is empty"),
    ("# nothing yet\n", 1, "the file is empty"),
    ("just a sentence\n", 1, "the file holds a single value"),
    ("- id: a\n- id: b\n", 1, "the file holds a list"),
    ("facts: []\n---\nfacts: []\n", 3, "the file holds 2 YAML documents"),
    ("~\n", 1, "only an empty value"),
])
def test_file_shape(tmp_path: Path, text: str, line: int, message: str) -> None:
    refused(project(tmp_path, text), "Y006", "facts/specs.yml", line, None, message)


def billion_laughs(levels: int = 9) -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    names = "abcdefghijklmnopqrstuvwxyz"
    for index in range(1, levels + 1):
        here, before = names[index], names[index - 1]
        lines.append(f"{here}: &{here} [" + ",".join([f"*{before}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    root = project(tmp_path, billion_laughs())
    # 9**10 "lol"s if expanded; the process gets seconds, not hours
    refused(root, "Y003", "facts/specs.yml", 2, 8, "YAML aliases (*a) are not allowed",
            timeout=20)


@pytest.mark.parametrize("shape", ["flow", "block", "compact-block", "flow-maps"])
def test_nesting_100000_levels_is_refused_without_a_crash(tmp_path: Path, shape: str) -> None:
    depth = 100_000
    text = {
        "flow": "[" * depth,
        "flow-maps": "facts: " + "{a: " * depth,
        "block": "".join("  " * i + "-\n" for i in range(3000)),  # 3000 levels by indent
        "compact-block": "facts:\n  " + "- " * depth + "x\n",
    }[shape]
    root = project(tmp_path, text)
    line = {"flow": 1, "flow-maps": 1, "block": 65, "compact-block": 2}[shape]
    refused(root, "Y006", "facts/specs.yml", line, None,
            "nesting deeper than 64 levels", timeout=30)


def test_python_tags_are_refused_and_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    facts = GOOD_FACT.replace(
        "{kind: quantity, amount: 400, unit: km}",
        f'!!python/object/apply:os.system ["touch {marker}"]')
    facts += f'    note: !!python/object/apply:subprocess.call [["touch", "{marker}"]]\n'
    root = project(tmp_path, facts)
    out = refused(root, "Y003", "facts/specs.yml", 7, 12, "python/object/apply:os.system")
    assert "facts/specs.yml:8:11: error[Y003]" in out
    assert not marker.exists()


def test_non_utf8_bytes(tmp_path: Path) -> None:
    facts = GOOD_FACT.encode().replace(b"subject: S-400", b"subject: S-400 caf\xe9")
    refused(project(tmp_path, facts), "Y005", "facts/specs.yml", 4, 23,
            "byte 0xe9 is not valid UTF-8")


def test_utf16_file_is_not_utf8(tmp_path: Path) -> None:
    refused(project(tmp_path, GOOD_FACT.encode("utf-16")), "Y005", "facts/specs.yml", 1, 1)


# ---------------------------------------------------------------------------------------
# Source paths


def with_source(tmp_path: Path, source: str) -> Path:
    facts = GOOD_FACT + GOOD_FACT.split("\n", 1)[1].replace("s400-range", "other").replace(
        "source: tass.txt", f"source: {source}")
    return project(tmp_path, facts)


@pytest.mark.parametrize(("source", "why"), [
    ("/etc/passwd", "is a path"),
    ("../../etc/passwd", "is a path"),
    ("../sources.yml", "is a path"),
    ("sub\\\\file.txt", "is a path"),
    ("..", "is not a file name"),
])
def test_fact_source_that_is_a_path(tmp_path: Path, source: str, why: str) -> None:
    refused(with_source(tmp_path, f'"{source}"'), "R202", "facts/specs.yml", 9, 13, why)


def registered(tmp_path: Path, name: str, make: object) -> Path:
    """A project whose registry also lists ``name``, made in facts/sources by ``make``."""
    root = project(tmp_path)
    sources = root / "facts" / "sources"
    make(sources / name)  # type: ignore[operator]
    registry = registry_text({"tass.txt": ARTICLE.encode()}) + entry(name)
    (root / "facts" / "sources.yml").write_text(registry, encoding="utf-8")
    return root


REGISTRY_LINE = 8  # the second entry's "file:" line in the registry written above


def test_symlink_to_proc_self_environ(tmp_path: Path) -> None:
    root = registered(tmp_path, "environ.txt",
                      lambda path: path.symlink_to("/proc/self/environ"))
    out = refused(root, "R202", "facts/sources.yml", REGISTRY_LINE, 11,
                  "symbolic link that leads out of the sources folder")
    assert "PATH=" not in out


def test_symlink_to_a_file_outside(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOKEN=hunter2\n")
    root = registered(tmp_path, "secret.txt", lambda path: path.symlink_to(secret))
    out = refused(root, "R202", "facts/sources.yml", REGISTRY_LINE, 11, "leads out")
    assert "hunter2" not in out


def test_symlink_to_dev_null_leaves_the_folder(tmp_path: Path) -> None:
    root = registered(tmp_path, "null.txt", lambda path: path.symlink_to("/dev/null"))
    refused(root, "R202", "facts/sources.yml", REGISTRY_LINE, 11, "leads out")


def test_dangling_symlink(tmp_path: Path) -> None:
    root = registered(tmp_path, "gone.txt", lambda path: path.symlink_to("nowhere.txt"))
    refused(root, "R203", "facts/sources.yml", REGISTRY_LINE, 11, "does not exist")


def test_directory_as_article(tmp_path: Path) -> None:
    root = registered(tmp_path, "folder.txt", lambda path: path.mkdir())
    refused(root, "R203", "facts/sources.yml", REGISTRY_LINE, 11, "is a directory")


def test_fifo_as_article_does_not_hang(tmp_path: Path) -> None:
    root = registered(tmp_path, "pipe.txt", lambda path: os.mkfifo(path))
    refused(root, "R203", "facts/sources.yml", REGISTRY_LINE, 11,
            "is not a regular file", timeout=20)


def test_fifo_as_fact_file_and_registry_does_not_hang(tmp_path: Path) -> None:
    root = project(tmp_path)
    os.mkfifo(root / "facts" / "more.yml")
    out = refused(root, "Y006", "facts/more.yml", 1, 1, "is not a regular file", timeout=20)
    (root / "facts" / "more.yml").unlink()
    (root / "facts" / "sources.yml").unlink()
    os.mkfifo(root / "facts" / "sources.yml")
    out = refused(root, "Y006", "facts/sources.yml", 1, 1, "is not a regular file", timeout=20)
    assert out


def test_device_inside_the_folder(tmp_path: Path) -> None:
    """A character device is refused as not a regular file (when one can be made here)."""
    def make(path: Path) -> None:
        try:
            os.mknod(path, stat.S_IFCHR | 0o600, os.makedev(1, 3))  # /dev/null's numbers
        except (PermissionError, OSError):
            path.symlink_to("/dev/zero")  # no CAP_MKNOD: a symlink to a device instead
    root = registered(tmp_path, "device.txt", make)
    device = root / "facts" / "sources" / "device.txt"
    if device.is_symlink():
        refused(root, "R202", "facts/sources.yml", REGISTRY_LINE, 11, "leads out")
    else:
        assert stat.S_ISCHR(device.lstat().st_mode)
        refused(root, "R203", "facts/sources.yml", REGISTRY_LINE, 11,
                "is not a regular file", timeout=20)


def test_sources_folder_that_is_a_symlink_out(tmp_path: Path) -> None:
    """Replacing facts/sources by a link to /etc-like folder, with honest pins, is refused."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "tass.txt").write_text(ARTICLE)  # pinned below: only the link is wrong
    root = project(tmp_path)
    sources = root / "facts" / "sources"
    for child in sources.iterdir():
        child.unlink()
    sources.rmdir()
    sources.symlink_to(outside)
    out = refused(root, "R204", "facts/sources.yml", 1, 1,
                  "the sources folder facts/sources is reached through a symbolic link")
    # The fact it leaves unchecked is folded into the cause (root cause first).
    assert "; 1 fact citing it follows from this" in out


def test_facts_folder_that_is_a_symlink_out(tmp_path: Path) -> None:
    real = project(tmp_path)
    root = tmp_path / "linked"
    (root).mkdir()
    (root / "facts").symlink_to(real / "facts")
    refused(root, "R204", "facts/sources.yml", 1, 1, "reached through a symbolic link")


def test_symlinked_fact_file_is_refused(tmp_path: Path) -> None:
    root = project(tmp_path)
    outside = tmp_path / "elsewhere.yml"
    outside.write_text(GOOD_FACT.replace("s400-range", "elsewhere"))
    (root / "facts" / "linked.yml").symlink_to(outside)
    refused(root, "Y006", "facts/linked.yml", 1, 1, "is a symbolic link")


def test_source_matching_only_ignoring_case(tmp_path: Path) -> None:
    root = with_source(tmp_path, "TASS.txt")
    refused(root, "R201", "facts/specs.yml", 9, 13, "did you mean 'tass.txt'?")


def test_registry_name_matching_only_in_another_unicode_form(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", "café.txt")
    nfc = unicodedata.normalize("NFC", "café.txt")
    assert nfd != nfc
    article = "The café served coffee to the delegates on the second day.\n"
    facts = GOOD_FACT.replace("tass.txt", nfc).replace(
        'quote: "The S-400 can engage targets at a distance of 400 kilometers"',
        'quote: "The café served coffee to the delegates"').replace(
        "{kind: quantity, amount: 400, unit: km}", "{kind: text, text: coffee}")
    root = build(tmp_path / "project", {nfd: article},
                 {"facts/specs.yml": facts,
                  "facts/sources.yml": registry_text({nfc: article.encode()})})
    out = refused(root, "R204", "facts/sources.yml", 2, 11,
                  f"the folder has '{nfd}', which matches only when case or Unicode form "
                  "is ignored")
    assert f"facts/sources/{nfd} is not registered" in out


# ---------------------------------------------------------------------------------------
# Articles and quotes


@pytest.mark.parametrize(("data", "why"), [
    (ARTICLE.encode().replace(b"Washington", b"Wash\x00ington"), "NUL byte"),
    (bytes(range(256)) * 4, "not valid UTF-8"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "byte 0x89 is not valid UTF-8"),
    (b"PNG-ish\x00\x00\x00", "NUL byte"),
])
def test_binary_articles(tmp_path: Path, data: bytes, why: str) -> None:
    root = project(tmp_path, articles={"tass.txt": data})
    out = refused(root, "R203", "facts/sources.yml", 2, 11, why)
    # the fact citing it is not passed unchecked
    assert "facts/specs.yml:6:12: error[Q301] the quote cannot be checked" in out


def test_empty_quote(tmp_path: Path) -> None:
    facts = GOOD_FACT.replace('"The S-400 can engage targets at a distance of 400 kilometers"',
                              '""')
    refused(project(tmp_path, facts), "S103", "facts/specs.yml", 6, 12, "quote")


def test_blank_quote(tmp_path: Path) -> None:
    facts = GOOD_FACT.replace('"The S-400 can engage targets at a distance of 400 kilometers"',
                              '"  \\u00a0 "')
    refused(project(tmp_path, facts), "Q302", "facts/specs.yml", 6, 12, "the quote has 0 words")


def test_too_short_quote(tmp_path: Path) -> None:
    facts = GOOD_FACT.replace('"The S-400 can engage targets at a distance of 400 kilometers"',
                              '"400 kilometers"')
    refused(project(tmp_path, facts), "Q302", "facts/specs.yml", 6, 12,
            "the quote has 2 words; at least 4 are needed")


def test_fact_file_of_50_mb_is_refused_without_reading_it(tmp_path: Path) -> None:
    root = project(tmp_path)
    huge = root / "facts" / "huge.yml"
    with huge.open("wb") as handle:  # sparse: 50 MB long, nothing written
        handle.truncate(50 * 1024 * 1024)
    refused(root, "Y006", "facts/huge.yml", 1, 1, "over the limit of 16 MiB", timeout=20)
    # in-process: the check allocates nowhere near the file's size
    tracemalloc.start()
    try:
        result = check(root)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert not result.ok
    assert peak < 8 * 1024 * 1024


def test_article_over_the_limit(tmp_path: Path) -> None:
    big = ("The S-400 can engage targets at a distance of 400 kilometers. " * 40_000).encode()
    root = project(tmp_path, articles={"tass.txt": big})
    refused(root, "R203", "facts/sources.yml", 2, 11, "over the limit of 2 MiB")


# ---------------------------------------------------------------------------------------
# Accepted


def test_bom_and_crlf_fact_file_and_article(tmp_path: Path) -> None:
    facts = ("\ufeff" + GOOD_FACT).replace("\n", "\r\n").encode()
    article = ("\ufeff" + ARTICLE).replace("\n", "\r\n")
    root = project(tmp_path, facts, articles={"tass.txt": article})
    result = check(root)
    assert result.ok, [p.message for p in result.report]
    assert result.validated.facts[0].at("quote").line == 6
    accepted(root)


def test_quote_spanning_a_line_break(tmp_path: Path) -> None:
    article = ARTICLE.replace("at a distance of 400 kilometers",
                              "at a distance\nof 400 kilometers")
    assert "distance\nof" in article
    root = project(tmp_path, articles={"tass.txt": article})
    result = check(root)
    assert result.ok, [p.message for p in result.report]
    [highlight] = result.highlights_for("tass.txt")
    original = result.articles["tass.txt"].text[highlight.start:highlight.end]
    assert original == "The S-400 can engage targets at a distance\nof 400 kilometers"
    accepted(root)


def test_the_check_never_writes(tmp_path: Path) -> None:
    """Run the check from inside the project, with a read-only tree: still no error."""
    root = project(tmp_path)
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            os.chmod(Path(folder) / name, 0o555 if name in dirs else 0o444)
    os.chmod(root, 0o555)
    try:
        before = snapshot(root)
        result = subprocess.run([PYTHON, "-m", "generator", "check"], cwd=root,
                                capture_output=True, text=True, timeout=30, check=False,
                                env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)})
        assert result.returncode == 0, result.stdout + result.stderr
        assert snapshot(root) == before
    finally:
        os.chmod(root, 0o755)
        for folder, dirs, files in os.walk(root):
            for name in dirs + files:
                os.chmod(Path(folder) / name, 0o755 if name in dirs else 0o644)
    assert sha256(ARTICLE.encode()) in (root / "facts" / "sources.yml").read_text()
