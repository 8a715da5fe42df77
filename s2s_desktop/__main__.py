"""Allow ``python -m s2s_desktop`` (also what torchrun launches)."""

from s2s_desktop.cli import main

# Guarded: the window's training process (multiprocessing "spawn") imports this module again.
if __name__ == "__main__":
    raise SystemExit(main())
