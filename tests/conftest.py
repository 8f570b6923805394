"""Test-wide setup: Qt renders offscreen, so a bare ``pytest`` works headless."""

import os
import sys
from pathlib import Path

# Must happen before any QApplication exists; pytest-qt creates it lazily.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# The app's BLAS setting (see main.py), before numpy loads.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Property tests draw the same examples on every run (seeded by each test's
# name), so the suite never passes on one machine and fails on the next by
# luck; HYPOTHESIS_PROFILE=explore searches fresh examples on demand.
from hypothesis import settings  # noqa: E402

settings.register_profile("default", derandomize=True)
settings.register_profile("explore", derandomize=False, max_examples=500)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
