"""A static fact-sheet site generator: curated YAML facts, checked against their articles."""

__version__ = "0.1.0"
