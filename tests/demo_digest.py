"""A canonical digest of what the demo content made: every row of the apps' models, sorted, without ids or times.

Rows refer to one another by natural keys (a page by language and URL path, a country by its code, a user by
email…) or, for rows without one (a forum post), by a short hash of their own digest. Ids, timestamps, UUIDs,
password hashes, file names and revision links are left out: they differ between two loads of the same demo.

As a script it loads the demo into a fresh SQLite database (`manage.py migrate`, `load_demo_content`) and
writes the digest:

    .venv/bin/python tests/demo_digest.py tests/portal/data/demo_digest.json

tests/portal/data/demo_digest.json is the digest of the demo as it was when its texts were still Python
literals; tests/portal/test_demo_digest.py checks that the data files load into the same content.
"""

import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

DIGEST_MODELS = ("portal", "guidelines", "training", "evidence", "forum", "auth.Group", "account.EmailAddress")
# Fields whose values change from one load to the next, or only repeat what the page tree already says.
SKIPPED_FIELDS = {
    "password",
    "path",
    "numchild",
    "latest_revision",
    "live_revision",
    "revision",
    "content_type",
    "draft_title",
    "page_ptr",
    "task_ptr",
    "code",  # a course certificate's code is random; a country's code is its natural key (kept below)
    "snapshot_hash",
}
KEY_FIELDS = ("email", "language_code", "domain", "slug", "name")
# The embedded default of `make run`: SQLite, the database search engine, the file cache.
EMBEDDED_DEFAULT_UNSET = ("DATABASE_URL", "ELASTICSEARCH_URL", "CACHE_URL")
PAGE_ID_IN_RICH_TEXT = re.compile(r'(linktype="page" id=)"\d+"')


def demo_digest() -> dict[str, list[dict]]:
    """The digest of the current database: {model label: sorted rows}."""
    from django.apps import apps

    digest = {}
    for label in DIGEST_MODELS:
        models = [apps.get_model(label)] if "." in label else apps.get_app_config(label).get_models()
        for model in models:
            rows = sorted((_row(instance) for instance in model._default_manager.all()), key=lambda row: _dumps(row))
            digest[model._meta.label] = rows
    return digest


def _row(instance) -> dict:
    from django.db import models

    row = {}
    for field in instance._meta.concrete_fields:
        if field.primary_key and not field.is_relation or field.name in SKIPPED_FIELDS and not _is_key(instance, field):
            continue
        if isinstance(field, models.DateTimeField | models.UUIDField | models.FileField):
            continue
        if field.is_relation:
            related = getattr(instance, field.name)
            row[field.name] = None if related is None else _natural(related)
        else:
            row[field.name] = _clean(field.value_from_object(instance), field)
    for field in instance._meta.many_to_many:
        row[field.name] = sorted(_dumps(_natural(related)) for related in getattr(instance, field.name).all())
    if hasattr(instance, "specific_class"):
        row["type"] = instance.specific_class.__name__
    return row


def _is_key(instance, field) -> bool:
    return field.name == "code" and instance._meta.label == "portal.Country"


def _natural(instance):
    """How a row names another: its natural key, or a short hash of the other row's digest."""
    from wagtail.models import Page, Revision

    if isinstance(instance, Page):
        return f"{instance.locale.language_code}:{instance.url_path}"
    if isinstance(instance, Revision):
        return "revision"
    label = instance._meta.label
    if label == "portal.Country":
        return instance.code
    if label == "forum.Topic":  # not by hash: a topic and its accepted answer name each other
        return f"{label}:{instance.language}:{instance.title}:{instance.author.email}"
    if label == "forum.Post":
        text = f"{instance.is_opening}:{instance.author.email}:{instance.body}"
        return f"{label}:{_natural(instance.topic)}#{hashlib.sha1(text.encode()).hexdigest()[:12]}"
    for name in KEY_FIELDS:
        if hasattr(instance, name) and not getattr(instance, name).__class__.__name__.endswith("Manager"):
            return f"{instance._meta.label}:{getattr(instance, name)}"
    return f"{label}#{hashlib.sha1(_dumps(_row(instance)).encode()).hexdigest()[:12]}"


def _clean(value, field):
    """Stream blocks without their ids, rich text without page ids, dates as ISO text."""
    from wagtail.fields import StreamField

    if isinstance(field, StreamField):
        value = field.get_prep_value(value)
        value = json.loads(value) if isinstance(value, str) else value
    value = _without_ids(value)
    if isinstance(value, str):
        return PAGE_ID_IN_RICH_TEXT.sub(r'\1"#"', value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, int | float | bool | list | dict) or value is None:
        return value
    return str(value)


def _without_ids(value):
    if isinstance(value, dict):
        return {key: _without_ids(item) for key, item in value.items() if key != "id"}
    if isinstance(value, list):
        return [_without_ids(item) for item in value]
    if isinstance(value, str):
        return PAGE_ID_IN_RICH_TEXT.sub(r'\1"#"', value)
    return value


def _dumps(value) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def write_digest(path: Path) -> None:
    path.write_text(json.dumps(demo_digest(), sort_keys=True, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def load_fresh_demo_and_write_digest(path: Path, *, loads: int = 1) -> None:
    """Runs migrate and load_demo_content (`loads` times) in a fresh var/ directory, as `make run` does, then
    writes the digest of that database to `path`."""
    root = Path(__file__).resolve().parents[1]
    with tempfile.TemporaryDirectory(prefix="demo-digest-") as var_dir:
        environment = {
            **{name: value for name, value in os.environ.items() if name not in EMBEDDED_DEFAULT_UNSET},
            "PORTAL_VAR_DIR": var_dir,
            "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        }
        for command in (["migrate", "--noinput"], *[["load_demo_content"]] * loads):
            done = subprocess.run(
                [sys.executable, "manage.py", *command], cwd=root, env=environment, capture_output=True, text=True
            )
            if done.returncode:
                sys.exit(f"manage.py {' '.join(command)} failed:\n{done.stdout[-1500:]}\n{done.stderr[-3000:]}")
        for name in EMBEDDED_DEFAULT_UNSET:  # read the same SQLite file as the commands, not CI's services
            os.environ.pop(name, None)
        os.environ.update(environment)
        sys.path.insert(0, str(root))
        import django

        django.setup()
        write_digest(path.resolve())


if __name__ == "__main__":
    # demo_digest.py OUTPUT [LOADS]: LOADS > 1 runs load_demo_content again, to show a second run changes nothing.
    load_fresh_demo_and_write_digest(Path(sys.argv[1]), loads=int(sys.argv[2]) if len(sys.argv) > 2 else 1)
