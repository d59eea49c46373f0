"""Benchmarks: synthetic corpora (:mod:`benchmarks.corpus`) and ``make bench``
(:mod:`benchmarks.run`)."""
