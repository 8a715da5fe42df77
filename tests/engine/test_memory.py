"""What keeps the training process's memory bounded."""

import os
import subprocess
import sys


def test_the_engine_bounds_onednns_kernel_cache_unless_the_user_chose_a_size():
    probe = "import os, s2s_desktop.engine; print(os.environ['ONEDNN_PRIMITIVE_CACHE_CAPACITY'])"
    env = {k: v for k, v in os.environ.items() if k != "ONEDNN_PRIMITIVE_CACHE_CAPACITY"}
    ours = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True)
    assert ours.stdout.strip() == "64"
    env["ONEDNN_PRIMITIVE_CACHE_CAPACITY"] = "500"
    theirs = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True)
    assert theirs.stdout.strip() == "500"
