"""What one edit costs in the Glossary panel of a large termbase, against the file write alone.

``measure_glossary_edit`` runs this module as a child process (so the bench itself never loads
Qt). The child stores a generated glossary of ``terms`` terms, opens the real panel on it, and
changes a target term ``edits`` times as a user's typing does (each edit is saved at once and
sent to the translator); the baseline is ``Glossary.save`` alone, the write every edit must do.
It prints one JSON line: the median milliseconds of each.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

from s2s_desktop.bench.startup import isolated_env


@dataclass
class GlossaryEditFigures:
    edit_ms: float
    save_ms: float


def measure_glossary_edit(terms: int, edits: int) -> GlossaryEditFigures:
    """Run the panel in a child process; see the module's docstring."""
    with tempfile.TemporaryDirectory(prefix="s2s-bench-") as folder:
        done = subprocess.run(
            [sys.executable, "-m", __name__, str(terms), str(edits)],
            env=isolated_env(folder),
            capture_output=True,
            text=True,
            timeout=600,
        )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"The glossary panel failed: {done.stderr.strip()[-800:]}")
    result = json.loads(lines[-1])
    return GlossaryEditFigures(result["edit_ms"], result["save_ms"])


def _run_panel(terms: int, edits: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from s2s_desktop.engine.glossary import Glossary, Term
    from s2s_desktop.gui.glossary_panel import TARGET, GlossaryPanel

    glossary = Glossary("en", "de")
    glossary.set_terms([Term(f"source term {n}", f"Zielbegriff {n}", "") for n in range(terms)])
    glossary.save()
    saves = []
    for _ in range(edits):
        start = time.perf_counter()
        glossary.save()
        saves.append(time.perf_counter() - start)
    panel = GlossaryPanel("en", "de")
    panel.show()
    app.processEvents()
    times = []
    for edit in range(edits):
        item = panel.table.item((edit * 7919) % terms, TARGET)
        start = time.perf_counter()
        item.setText(f"{item.text()} {edit}")  # the panel saves it and says so
        app.processEvents()
        times.append(time.perf_counter() - start)
    if len(Glossary.load("en", "de").terms) != terms:
        raise RuntimeError("The edited glossary lost terms.")
    return {
        "edit_ms": 1000 * statistics.median(times),
        "save_ms": 1000 * statistics.median(saves),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("terms", type=int)
    parser.add_argument("edits", type=int)
    args = parser.parse_args()
    print(json.dumps(_run_panel(args.terms, args.edits)))


if __name__ == "__main__":
    main()
