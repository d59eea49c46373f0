"""Fact files and articles must be UTF-8 text.

Why: a stray Latin-1 byte or a NUL means the file is not what the editor thinks it is.
A UTF-8 byte-order mark and CRLF line endings are accepted. A file saved as UTF-16 is
named as such ("the file is UTF-16"), not reported as a bad byte.

Passing: any file saved as UTF-8.

Failing::

    a file containing the byte 0xe9 on its own ("caf\\xe9")
    # error[Y005] byte 0xe9 is not valid UTF-8
"""

ID = "Y005"
NAME = "encoding"
STAGE = "load"
