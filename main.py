"""Overfit Lab: start the app, or run a headless command (fit, classify, cluster, entropy, export).

python main.py [SESSION.json]
python main.py fit DATA.csv --degree D [...]
python main.py classify DATA.csv --degree D [...]
python main.py cluster DATA.csv --k K [...]
python main.py entropy [P ...] [...]
python main.py export SESSION.json --out FILE.png|FILE.svg [...]
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

# One BLAS thread, set before numpy loads: the GUI thread and the background
# workers already keep both cores busy, and OpenBLAS threads spinning against
# them made small QR factorizations 100 to 800 times slower (measured).
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to a headless command or to the desktop app; return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    from cli.commands import COMMANDS

    if args and args[0] in COMMANDS:
        from cli.commands import run

        try:
            return run(args)
        except BrokenPipeError:
            # The reader left early (``... | head``): not an error of ours. Point
            # stdout at devnull so the interpreter's final flush stays quiet.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    from gui.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
