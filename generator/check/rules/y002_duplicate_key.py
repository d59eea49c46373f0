"""A key may appear only once in a mapping.

Why: PyYAML silently keeps the last of two equal keys, so an editor's first value would
vanish without a word.

Passing::

    - id: s400-range
      quote: "The S-400 can engage targets at a distance of 400 kilometers"

Failing::

    - id: s400-range
      quote: "The S-400 can engage targets at a distance of 400 kilometers"
      quote: "as far as 402 kilometers away"
    # error[Y002] duplicate key 'quote' (first at line 2)
"""

ID = "Y002"
NAME = "duplicate-key"
STAGE = "load"
