"""Let the reading tests use the shared helpers in tests/ when run on their own."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
