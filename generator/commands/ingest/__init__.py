"""Bringing an article in: its text and metadata from a saved page or a web archive.

``page`` reads a saved web page (text with trafilatura, dates with htmldate, the rest
from the page's own metadata); ``archive`` finds the page inside a WARC or WACZ file.
Neither writes anything: ``generator.commands.add`` decides what is stored.
"""
