"""Allow ``python -m s2s_desktop`` (also what torchrun launches)."""

from s2s_desktop.cli import main

raise SystemExit(main())
