"""The demo loaded from its data files is the demo it was before they were data files, and a second load adds nothing."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

DIGEST_SCRIPT = Path(__file__).resolve().parents[1] / "demo_digest.py"
SAVED_DIGEST = Path(__file__).with_name("data") / "demo_digest.json"


@pytest.mark.slow
def test_demo_loaded_twice_from_data_files_makes_the_saved_content(tmp_path):
    output = tmp_path / "digest.json"

    loaded = subprocess.run([sys.executable, str(DIGEST_SCRIPT), str(output), "2"], capture_output=True, text=True)
    assert loaded.returncode == 0, loaded.stderr[-3000:]

    made, saved = json.loads(output.read_text(encoding="utf-8")), json.loads(SAVED_DIGEST.read_text(encoding="utf-8"))
    assert sorted(made) == sorted(saved)
    for model, rows in saved.items():
        assert made[model] == rows, f"{model}: the demo's rows differ from tests/portal/data/demo_digest.json"
