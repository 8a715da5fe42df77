"""Start-up time: from starting the process to the main window shown, in a fresh process."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time


def isolated_env(folder: str) -> dict[str, str]:
    """An environment whose settings and models live in ``folder``, never the user's, and that
    opens windows offscreen when there is no display."""
    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = os.path.join(folder, "config")
    env["S2S_DESKTOP_DATA"] = os.path.join(folder, "data")
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def startup_seconds(runs: int) -> float:
    """Median over ``runs`` (after one unmeasured run that warms the file cache) of the time
    from spawning ``python -m s2s_desktop`` to the window's first shown event loop turn."""
    times = []
    with tempfile.TemporaryDirectory(prefix="s2s-bench-") as folder:
        env = isolated_env(folder)
        env["S2S_DESKTOP_STARTUP_PROBE"] = "1"
        for run in range(runs + 1):
            start = time.monotonic()
            done = subprocess.run(
                [sys.executable, "-m", "s2s_desktop"],
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
            )
            fields = dict(
                item.split("=", 1) for item in done.stdout.split() if item.startswith("shown_at=")
            )
            if done.returncode != 0 or "shown_at" not in fields:
                raise RuntimeError(f"The window did not start: {done.stderr.strip()[-500:]}")
            if run:
                times.append(float(fields["shown_at"]) - start)
    return statistics.median(times)
