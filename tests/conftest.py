"""Test-wide setup: Qt renders offscreen, so a bare ``pytest`` works headless."""

import os
import sys
from pathlib import Path

# Must happen before any QApplication exists; pytest-qt creates it lazily.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
