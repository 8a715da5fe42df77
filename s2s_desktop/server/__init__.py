"""``s2s-desktop serve``: the stored models behind a local HTTP API that speaks LibreTranslate's
dialect, so browser extensions, CAT-tool plug-ins and scripts written for it work with them.
Beside the engine, like the CLI: ``app`` answers requests, ``params`` reads their parameters
within a size cap, ``detection`` tells which served language a text is in, ``files`` keeps the
translated documents until they expire, ``pool`` keeps one model per language pair warm,
``batching`` translates the requests waiting for a model together, ``running`` starts and stops
the server in a thread (for the window and the tests)."""
