"""The files in deploy/ agree with the code: commands that exist, the upload limit, no secret in the example.

Run by .ci/topology with the deployment's settings in the environment; exits 1 naming what disagrees.
"""

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import django  # noqa: E402

django.setup()

from django.core.management import get_commands  # noqa: E402

from forum.uploads import MAX_UPLOAD_BYTES  # noqa: E402

DEPLOY = REPO / "deploy"
SECRET_NAMES = re.compile(r"SECRET|PASSWORD|TOKEN")
problems = []

commands = get_commands()
for path in [*sorted((DEPLOY / "systemd").glob("*.service")), DEPLOY / "compose.yaml"]:
    for command in re.findall(r'manage\.py"?,? "?([a-z_]+)', path.read_text()):
        if command not in commands:
            problems.append(f"{path.relative_to(REPO)} runs `manage.py {command}`, which does not exist")

for path in sorted((DEPLOY / "nginx").glob("*.conf")):
    limits = re.findall(r"client_max_body_size (\d+)m;", path.read_text())
    if not limits or any(int(limit) * 1024 * 1024 <= MAX_UPLOAD_BYTES for limit in limits):
        problems.append(
            f"{path.relative_to(REPO)}: client_max_body_size must exceed the {MAX_UPLOAD_BYTES} B upload limit"
        )

for line in (DEPLOY / "portal.env.example").read_text().splitlines():
    name, _, value = line.partition("=")
    if not line.startswith("#") and SECRET_NAMES.search(name) and value != "replace-me":
        problems.append(f"deploy/portal.env.example gives {name} a value: secrets are `replace-me`")

for problem in problems:
    print(f"FAILED: {problem}", file=sys.stderr)
if problems:
    sys.exit(1)
print("ok  deploy/: every manage.py command exists, nginx accepts the upload limit, no secret in portal.env.example")
