"""The frozen program: packaging/build.sh builds it with PyInstaller and smoke-tests it.

The build takes a minute or more, so this runs only with RECALL_DESK_FROZEN_TEST=1 (CI's own stage):

    RECALL_DESK_FROZEN_TEST=1 .venv/bin/pytest -m frozen
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ENV_VAR = "RECALL_DESK_FROZEN_TEST"

pytestmark = [
    pytest.mark.frozen,
    pytest.mark.skipif(
        os.environ.get(ENV_VAR) != "1",
        reason=f"builds the PyInstaller program, which takes minutes: set {ENV_VAR}=1 to run it",
    ),
]


def test_build_script_builds_and_smoke_tests_the_frozen_program() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("RECALL_DESK_DB", "RECALL_DESK_SETTINGS")}
    proc = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build.sh")],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    output = f"--- stdout\n{proc.stdout}\n--- stderr\n{proc.stderr}"
    assert proc.returncode == 0, output[-8000:]
    assert "smoke test passed" in proc.stdout, output[-8000:]
    assert "outcome: need_answer" in proc.stdout, output[-8000:]
    assert (ROOT / "dist" / "recall-desk" / "recall-desk").is_file()
    assert (ROOT / "dist" / "recall-desk" / "_internal" / "resources" / "catalog" / "seed.json").is_file()
