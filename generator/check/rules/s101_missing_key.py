"""Every required key is present.

Why: ``id``, ``source``, ``quote`` and ``value`` are the contract that the site, CI and
editors rely on; ``subject`` and ``property`` make claims comparable.

Passing::

    - id: s400-range
      source: 002_23fc4c3bdc32fffa.txt
      subject: S-400
      property: range
      quote: "The S-400 can engage targets at a distance of 400 kilometers"
      value: {kind: quantity, amount: 400, unit: km}

Failing::

    - id: s400-range
      source: 002_23fc4c3bdc32fffa.txt
    # error[S101] missing key 'quote' in facts.0
"""

ID = "S101"
NAME = "missing-key"
STAGE = "validate"
