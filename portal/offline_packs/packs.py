"""Building, keeping and updating field packs: one zip per country and language, with numbered versions.

A build compares the new files' hashes with the current manifest and keeps a new version only when something
changed. Every version's manifest is kept (small), so a reader holding version N gets a delta (offline_packs/delta.py):
the files added or changed since N and what to delete. Only the newest full zip is kept.
"""

import io
import json
import zipfile
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.utils import timezone

from portal.models import Country
from portal.offline_packs.contents import pack_files
from portal.offline_packs.delta import DELTA, MANIFEST, delta_description, manifest_bytes, manifest_item
from portal.private_files import private_storage

FOLDER = "offline-packs"
_FIXED_TIME = (2020, 1, 1, 0, 0, 0)  # zip entries carry no build time, so equal files zip to equal bytes


class UnknownVersionError(LookupError):
    """The reader's `since` names no version this pack ever had."""


@dataclass(frozen=True)
class Pack:
    country: str
    country_name: str
    language: str
    version: int
    size: int
    built_at: str


def _storage():
    return private_storage(FOLDER)


def _name(country: str, language: str, leaf: str) -> str:
    return f"{language}/{country}/{leaf}"


def _read_json(name: str) -> dict | None:
    storage = _storage()
    if not storage.exists(name):
        return None
    with storage.open(name, "rb") as stored:
        return json.loads(stored.read())


def _write(name: str, content: bytes) -> None:
    storage = _storage()
    if storage.exists(name):
        storage.delete(name)
    storage.save(name, ContentFile(content))


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(files):
            archive.writestr(zipfile.ZipInfo(path, date_time=_FIXED_TIME), files[path], zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def current_manifest(*, country: str, language: str) -> dict | None:
    return _read_json(_name(country, language, "current.json"))


def build_pack(*, country, language: str) -> tuple[dict, bool]:
    """After: the pack's current version holds today's public content; returns (manifest, whether it changed)."""
    files = pack_files(country=country, language=language)
    items = sorted(
        (
            manifest_item(path=item.path, kind=item.kind, title=item.title, version=item.version, content=item.content)
            for item in files
        ),
        key=lambda item: item["path"],  # the order a device rebuilding its manifest from a delta uses too
    )
    previous = current_manifest(country=country.code, language=language)
    if previous is not None and previous["items"] == items:
        return previous, False
    version = (previous["version"] + 1) if previous else 1
    manifest = {
        "country": country.code,
        "language": language,
        "version": version,
        "built_at": timezone.now().isoformat(timespec="seconds"),
        "items": items,
    }
    encoded = manifest_bytes(manifest)
    archive = _zip({**{item.path: item.content for item in files}, MANIFEST: encoded})
    _write(_name(country.code, language, f"v{version}.json"), encoded)
    _write(_name(country.code, language, f"v{version}.zip"), archive)
    _write(_name(country.code, language, "current.json"), encoded)
    if previous is not None and _storage().exists(_name(country.code, language, f"v{previous['version']}.zip")):
        _storage().delete(_name(country.code, language, f"v{previous['version']}.zip"))
    return manifest, True


def pack_archive(*, country: str, language: str, manifest: dict):
    """The open full zip of the manifest's version."""
    return _storage().open(_name(country, language, f"v{manifest['version']}.zip"), "rb")


def pack_delta(*, country: str, language: str, manifest: dict, since: int) -> bytes:
    """A zip of what changed from version `since` to the current one: the changed and added files and delta.json
    (their entries, the removed paths, the new version). Raises UnknownVersionError for a version never built."""
    old = _read_json(_name(country, language, f"v{since}.json")) if 0 < since <= manifest["version"] else None
    if old is None:
        raise UnknownVersionError(since)
    description, wanted = delta_description(old=old, new=manifest)
    with pack_archive(country=country, language=language, manifest=manifest) as stored:
        archive = stored.read()
    with zipfile.ZipFile(io.BytesIO(archive)) as full:
        files = {path: full.read(path) for path in wanted}
    files[DELTA] = json.dumps(description, ensure_ascii=False, separators=(",", ":")).encode()
    return _zip(files)


def packs_for(*, language: str) -> list[Pack]:
    """One pack per programme country in this language, with its version and size once built (0 before)."""
    packs = []
    for country in Country.objects.programme().order_by("name_en"):
        manifest = current_manifest(country=country.code, language=language)
        if manifest is None:
            packs.append(Pack(country.code, country.name, language, 0, 0, ""))
            continue
        size = _storage().size(_name(country.code, language, f"v{manifest['version']}.zip"))
        packs.append(Pack(country.code, country.name, language, manifest["version"], size, manifest["built_at"]))
    return packs


def build_all_packs(*, languages: list[str]) -> list[tuple[str, str, int, bool]]:
    """Builds every programme country's pack in each language; (country, language, version, changed) rows."""
    rows = []
    for country in Country.objects.programme().order_by("code"):
        for language in languages:
            manifest, changed = build_pack(country=country, language=language)
            rows.append((country.code, language, manifest["version"], changed))
    return rows
