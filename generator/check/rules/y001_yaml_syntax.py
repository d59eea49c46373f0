"""The file must be valid YAML.

Why: a syntax error hides every fact in the file, so it is reported at the line and
column where the YAML parser stopped.

Passing::

    facts:
      - id: s400-range
        quote: "The S-400 can engage targets at a distance of 400 kilometers"

Failing::

    facts:
      - id: s400-range
        quote: "The S-400 can engage targets
    # error[Y001] YAML syntax error: while scanning a quoted scalar found unexpected end of stream
"""

ID = "Y001"
NAME = "yaml-syntax"
STAGE = "load"
