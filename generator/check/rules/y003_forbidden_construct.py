"""No aliases, anchors used as aliases, merge keys or custom tags.

Why: aliases can expand exponentially (a "billion laughs" file of 500 bytes), and tags
such as ``!!python/object`` ask a loader to run code. Fact files hold plain text, numbers,
lists and mappings only; the loader composes and never constructs.

Passing::

    value: {kind: text, text: "SA-21 Growler"}

Failing::

    value: !!python/object/apply:os.system ["true"]
    # error[Y003] the tag tag:yaml.org,2002:python/object/apply:os.system is not allowed
"""

ID = "Y003"
NAME = "forbidden-construct"
STAGE = "load"
