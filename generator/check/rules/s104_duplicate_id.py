"""Fact ids are unique across all fact files.

Why: the id is the fact's anchor on the site; two facts with one id would share a link.

Passing: ``s400-range-tass`` and ``s400-range-presstv``.

Failing::

    - id: s400-range
    - id: s400-range
    # error[S104] duplicate fact id 's400-range' (first at facts/specs.yml:3:9)
"""

ID = "S104"
NAME = "duplicate-id"
STAGE = "validate"
