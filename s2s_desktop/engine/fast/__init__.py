"""The speed paths: the same arithmetic as the readable engine, arranged to run faster.

- ``rows``: activations kept as padded rows, so CPU bfloat16 kernels are reused across batches.
- ``dropout``: dropout masks drawn cheaply on a CPU, and the fused residual ``x + dropout(y)``.
- ``attention``: CPU training attention with its own lean backward pass.
- ``output_loss``: the output layer and the label-smoothed loss a slice of rows at a time.
- ``step_decoder``: the decoder one position at a time with a key/value cache, for search.
- ``ctranslate``: greedy translation through CTranslate2, when it is installed.

Each is tested against the readable reference it replaces: ``model.py`` (attention, dropout,
rows), ``search.py`` (the step decoder, CTranslate2) and ``losses.py`` (the sliced loss). A
reader learning the model can skip this package.
"""
