"""How the other apps plug into the portal core without the core importing them.

An app's AppConfig may declare, as dotted paths or plain data:
- `role_permissions`: {role name: ["app_label.codename", ...]} added to that role's group;
- `section_entry_points`: a function (locale) -> list[EntryPoint] for the header and home page;
- `demo_content`: a function (*, stdout) -> None that `load_demo_content` calls, idempotent;
- `latest_activity`: a function for the home page's latest activity (see portal.selectors);
- `taxonomy_names`: a function () -> {"country": [(code, names)], "topic": [(slug, names)]} (search's facets);
- `readiness_checks`: a function () -> {name: status dict} that /readyz reports (search: index and queue);
- `section_citation`: a function (*, slug, anchor, language) -> citation with `url` and `label`, or None;
- `section_discussions` / `section_discussions_by_anchor`: functions (guideline, *, user) giving the
  conversations about a guideline (a list) and about each of its sections ({anchor: list});
- `evidence_citation` / `evidence_discussions`: functions (*, slug, pdf_page, language) -> citation with `url`
  and `label` of a public evidence item, or None; and (slug, *, user) giving the forum topics citing an item;
- `evidence_reader_citation`: a function (*, item_id, pdf_page, user, language) -> citation with `url` and
  `label` of an evidence item this reader may read, or None (sections and lessons cite evidence per reader);
- `offline_keep_list`: a function (page, *, edition_label) -> KeepList or None (portal.offline.keep);
- `field_pack_files`: a function (*, country, language, origin) -> list of PackFile (portal.offline_packs).
- `country_page_sections`: a function (*, country_code: str, request) -> dict | None, the app's section of a
  country page ({"title", "template", "context", "order"}; None leaves it out), see `portal/countries/sections.py`.
Each app may leave any of them out: the portal then simply has less to show.
"""

from collections.abc import Callable, Iterator

from django.apps import AppConfig, apps
from django.utils.module_loading import import_string


def _declaring_apps(attribute: str) -> Iterator[AppConfig]:
    for app_config in apps.get_app_configs():
        if getattr(app_config, attribute, None):
            yield app_config


def app_role_permissions() -> dict[str, list[str]]:
    """Every app's extra permissions per role, merged."""
    merged: dict[str, list[str]] = {}
    for app_config in _declaring_apps("role_permissions"):
        for role, permissions in app_config.role_permissions.items():
            merged.setdefault(str(role), []).extend(permissions)
    return merged


def app_hooks(attribute: str) -> list[Callable]:
    """The functions that apps declare under `attribute`, in INSTALLED_APPS order."""
    return [import_string(getattr(app_config, attribute)) for app_config in _declaring_apps(attribute)]


def app_hook(attribute: str) -> Callable | None:
    """The first app's function declared under `attribute`, or None when no installed app offers one."""
    hooks = app_hooks(attribute)
    return hooks[0] if hooks else None
