"""``s2s-desktop bench --quick --json`` runs and reports every figure as a number.

The numbers themselves are never checked: machines (and CI runners) are too noisy for that.
"""

import json
import math
import os
import subprocess
import sys

from s2s_desktop.bench.report import KEYS, format_table


def test_quick_bench_reports_every_figure(tmp_path):
    env = dict(os.environ, S2S_DESKTOP_DATA=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "s2s_desktop", "bench", "--quick", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    results = json.loads(done.stdout)
    for key in KEYS:
        assert isinstance(results[key], float) and math.isfinite(results[key]), key
    assert results["notes"]["quick"] is True
    table = format_table(results)
    assert all(key in table for key in KEYS)


def test_quality_bench_refuses_an_unknown_recipe_in_one_sentence(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "s2s_desktop", "bench", "--quality", str(tmp_path)]
        + ["--minutes", "1", "--recipes", "auto,fancy"],
        capture_output=True,
        text=True,
        env=dict(os.environ, S2S_DESKTOP_DATA=str(tmp_path / "data")),
        timeout=120,
    )
    assert done.returncode == 2
    assert "--recipes takes names from auto, tutorial, plain" in done.stderr
    assert "Traceback" not in done.stderr
