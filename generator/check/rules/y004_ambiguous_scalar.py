"""Keys must be text, and numbers must be plain decimals.

Why: YAML 1.1 reads ``no:``, ``on:`` and ``true:`` as yes/no values and ``1:`` as a number,
so two keys can collide after loading; ``0x1F``, ``0o17`` and ``1:30`` are numbers in
forms no editor means. Write keys as words and numbers in decimal.

Decided: unquoted ISO dates (``date: 2019-07-15``) are accepted and read as their text;
``1e9`` is text in YAML 1.1, so an amount written that way is a type error (S103) that
says to write ``1000000000`` or ``1.0e9``.

Passing::

    "no": "a key that must be the word no is quoted"
    amount: 400

Failing::

    no: "read as a yes/no value"
    # error[Y004] the key no is read as a yes/no value, not text
"""

ID = "Y004"
NAME = "ambiguous-scalar"
STAGE = "load"
