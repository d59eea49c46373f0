"""Stage 1: read YAML and articles safely, keeping the position of every value.

Nothing here knows what a fact is. One module per concern:

- :mod:`~generator.load.files`: regular files under a size limit, UTF-8 or a clear error;
- :mod:`~generator.load.yaml_file`: composing one YAML document (no aliases, no custom
  tags, bounded depth);
- :mod:`~generator.load.convert`: composed nodes to plain values, by our own scalar rules
  (see ``docs/format.md``);
- :mod:`~generator.load.positions`: the mappings and sequences that know where their parts
  stand, one packed int per position;
- :mod:`~generator.load.articles`: the sources folder and its articles.
"""

from generator.load.articles import Article, SourceFolder
from generator.load.convert import MAX_DEPTH
from generator.load.files import ARTICLE_LIMIT, FACT_FILE_LIMIT, decode_utf8, read_text
from generator.load.positions import Loc, PosDict, PosList
from generator.load.yaml_file import YamlDocument, load_yaml_file, load_yaml_text

__all__ = [
    "ARTICLE_LIMIT",
    "FACT_FILE_LIMIT",
    "MAX_DEPTH",
    "Article",
    "Loc",
    "PosDict",
    "PosList",
    "SourceFolder",
    "YamlDocument",
    "decode_utf8",
    "load_yaml_file",
    "load_yaml_text",
    "read_text",
]
