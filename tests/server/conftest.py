"""A server over the session's toy model, started once per test module."""

import pytest

from tests.server.serving import serve


@pytest.fixture(scope="module")
def server(trained_toy_model):
    running, address, pool = serve(trained_toy_model)
    yield address, pool
    running.stop()
