"""Prose must not be cut short by a ``#`` comment.

Why: in an unquoted YAML scalar, `` #`` starts a comment, so
``quote: prices rose #1 in history`` loads as ``prices rose``, which may still match the
article. An unquoted prose value followed by a comment on its line is refused.

Passing::

    quote: "prices rose #1 in history"

Failing::

    quote: prices rose #1 in history
    # error[Y007] the unquoted 'quote' is followed by '#': YAML cut the text there
"""

ID = "Y007"
NAME = "comment-cut"
STAGE = "validate"
