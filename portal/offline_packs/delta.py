"""The pack update format: what a device holding version N needs to reach the current version, and no more.

A delta zip holds the files added or changed since N and `delta.json`: the new version and build time, the
manifest entries of those files without their hash and size (the device computes both from the files it got),
and the paths to delete. The full manifest is not sent: a device rebuilds it from its own, so a pack updated
by a delta is byte for byte the fresh full pack (`apply_delta`, which is also how a device's updater works).
"""

import hashlib
import json

MANIFEST = "manifest.json"
DELTA = "delta.json"
_DERIVED = ("sha256", "bytes")  # recomputed by the device from the file, so not sent


def manifest_bytes(manifest: dict) -> bytes:
    """The one encoding of a manifest: the full pack's manifest.json and a rebuilt one are the same bytes."""
    return json.dumps(manifest, ensure_ascii=False, separators=(",", ":")).encode()


def manifest_item(*, path: str, kind: str, title: str, version: str, content: bytes) -> dict:
    return {
        "path": path,
        "kind": kind,
        "title": title,
        "version": version,
        "sha256": hashlib.sha256(content).hexdigest(),
        "bytes": len(content),
    }


def delta_description(*, old: dict, new: dict) -> tuple[dict, list[str]]:
    """delta.json's content from version `old` to `new`, and the paths whose files the delta carries."""
    old_hashes = {item["path"]: item["sha256"] for item in old["items"]}
    changed = [item for item in new["items"] if old_hashes.get(item["path"]) != item["sha256"]]
    removed = sorted(set(old_hashes) - {item["path"] for item in new["items"]})
    description = {
        "since": old["version"],
        "version": new["version"],
        "built_at": new["built_at"],
        "changed": [{key: value for key, value in item.items() if key not in _DERIVED} for item in changed],
        "removed": removed,
    }
    return description, [item["path"] for item in changed]


def apply_delta(*, pack: dict[str, bytes], delta: dict[str, bytes]) -> dict[str, bytes]:
    """The files of the pack after the update: changed files written, removed ones deleted, manifest rebuilt.

    Raises ValueError when the delta was made for another version than the pack's."""
    manifest = json.loads(pack[MANIFEST])
    description = json.loads(delta[DELTA])
    if description["since"] != manifest["version"]:
        raise ValueError(f"this update is for version {description['since']}, the pack is {manifest['version']}")
    files = {path: content for path, content in pack.items() if path not in description["removed"]}
    items = {item["path"]: item for item in manifest["items"] if item["path"] not in description["removed"]}
    for entry in description["changed"]:
        files[entry["path"]] = delta[entry["path"]]
        items[entry["path"]] = manifest_item(**entry, content=delta[entry["path"]])
    manifest.update(version=description["version"], built_at=description["built_at"])
    manifest["items"] = [items[path] for path in sorted(items)]
    files[MANIFEST] = manifest_bytes(manifest)
    return files
