"""The portal's extension points (portal/extensions.py): what the portal asks for is documented, and what apps offer loads."""

import re
from pathlib import Path

import pytest

from django.apps import apps
from django.utils.module_loading import import_string

import portal.extensions

ROOT = Path(__file__).resolve().parents[2]
APP_FOLDERS = ("portal", "guidelines", "forum", "search")
ASKED = re.compile(r"""app_hooks?\(\s*["']([a-z_]+)["']""")
DOCUMENTED = re.compile(r"^- `([a-z_]+)`(?: / `([a-z_]+)`)?:", re.MULTILINE)


def _asked_for() -> set[str]:
    names = set()
    for folder in APP_FOLDERS:
        for path in (ROOT / folder).rglob("*.py"):
            if "engine" not in path.parts:
                names.update(ASKED.findall(path.read_text()))
    return names


def _documented() -> set[str]:
    return {name for pair in DOCUMENTED.findall(portal.extensions.__doc__) for name in pair if name}


def test_every_extension_the_code_asks_for_is_documented():
    asked = _asked_for()
    assert {"section_citation", "offline_keep_list", "field_pack_files", "readiness_checks"} <= asked
    assert asked - _documented() == set()


@pytest.mark.parametrize("attribute", sorted(_documented() - {"role_permissions"}))
def test_every_declared_extension_imports(attribute):
    for app_config in apps.get_app_configs():
        dotted = getattr(app_config, attribute, None)
        if dotted:
            assert callable(import_string(dotted)), f"{app_config.label}.{attribute} = {dotted!r}"


def test_apps_declare_only_extensions_the_portal_asks_for():
    asked = _asked_for() | {"role_permissions"}
    for app_config in apps.get_app_configs():
        if app_config.name.split(".")[0] in APP_FOLDERS:
            declared = {name for name in _documented() if getattr(app_config, name, None)}
            assert declared <= asked, app_config.label
