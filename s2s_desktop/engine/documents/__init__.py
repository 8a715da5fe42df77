"""Whole documents translated with their layout: each format (``formats``) cuts a file into
segments, the model translates their plain text, ``transfer`` carries markup and protected
``placeholders`` onto the translation through the attention, and ``job`` writes the result."""
