"""The repository checkout the dev stack runs from, and its git-ignored ``.local/``
(service data, generated secrets). Only the dev stack and the demo use these."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Final

#: The repository root (``streams/mamori/devstack`` → three levels up). Overridable
#: for images that install the package without the source tree next to it.
REPO_ROOT: Final = Path(os.environ.get("MAMORI_HOME", Path(__file__).resolve().parent.parents[2]))
LOCAL_DIR: Final = REPO_ROOT / ".local"
