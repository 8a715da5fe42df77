"""What keeps the training process's memory bounded."""

import os
import subprocess
import sys

import pytest

CACHES = {"ONEDNN_PRIMITIVE_CACHE_CAPACITY": "64", "LRU_CACHE_CAPACITY": "64"}


@pytest.mark.parametrize(("variable", "ours"), CACHES.items())
def test_the_engine_bounds_onednns_kernel_caches_unless_the_user_chose_a_size(variable, ours):
    probe = f"import os, s2s_desktop.engine; print(os.environ[{variable!r}])"
    env = {k: v for k, v in os.environ.items() if k not in CACHES}
    chosen = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True)
    assert chosen.stdout.strip() == ours
    env[variable] = "500"
    theirs = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True)
    assert theirs.stdout.strip() == "500"
