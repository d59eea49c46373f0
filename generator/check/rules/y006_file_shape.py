"""A file is one YAML document, a mapping, of bounded size and depth, and a regular file.

Why: an empty file, a bare scalar, several ``---`` documents, nesting thousands of levels
deep (which crashes the C parser) or a 50 MB file are refused with a message that names
the limit (16 MiB per fact file, 64 levels of nesting), instead of a traceback.

Passing::

    facts:
      - id: ...

Failing::

    facts: []
    ---
    facts: []
    # error[Y006] the file holds 2 YAML documents; one is expected
"""

ID = "Y006"
NAME = "file-shape"
STAGE = "load"
