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
