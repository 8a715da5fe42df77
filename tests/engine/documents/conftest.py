"""Fixtures the document tests share: a real (tiny) model that translates the toy language."""

import pytest


@pytest.fixture(scope="session")
def toy_translator(trained_toy_model):
    """The session's toy model (en -> eo), loaded once: "the big cat sees a dog" ->
    "la kato granda vidas unu hundo"."""
    from s2s_desktop.engine.translator import load_translator

    return load_translator(trained_toy_model.model_dir)
