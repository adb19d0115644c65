"""Members' permissions from the shared cache: every signed-in page asks (the header's Admin link, forum
moderation, the Wagtail user bar), and Django's ModelBackend answers with two queries per request.

A group's permissions are cached under the member's group ids (read once per request, portal.roles.member_groups)
and the `permissions` version, a member's own under their id and the same version. Any change to a group's or a
member's permissions bumps that version, so a cached set is never read after a change.
"""

from django.contrib.auth.backends import ModelBackend
from django.core.cache import caches

from .page_cache import versions
from .roles import member_groups

SCOPE = "permissions"
TTL = 86400


def _owner(user_obj, from_name: str) -> str:
    if user_obj.is_superuser:
        return "superuser"  # ModelBackend gives a superuser every permission, whatever their groups
    if from_name == "user":
        return f"user:{user_obj.pk}"
    return "groups:" + ",".join(str(group_id) for group_id in sorted(member_groups(user_obj)))


class CachedPermissionsBackend(ModelBackend):
    """ModelBackend whose `user` and `group` permission sets come from the shared cache when it answers."""

    def _get_permissions(self, user_obj, obj, from_name):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        perm_cache_name = f"_{from_name}_perm_cache"
        if hasattr(user_obj, perm_cache_name):
            return getattr(user_obj, perm_cache_name)
        cache = caches["default"]
        try:
            if not hasattr(user_obj, "_permissions_version"):  # one read per request for both sets
                user_obj._permissions_version = versions.current([SCOPE])[SCOPE]
            key = f"pc:perms:{user_obj._permissions_version}:{from_name}:{_owner(user_obj, from_name)}"
            found = cache.get(key)
        except Exception:  # the cache is down: ask the database, as without a cache
            return super()._get_permissions(user_obj, obj, from_name)
        if found is None:
            found = super()._get_permissions(user_obj, obj, from_name)
            cache.set(key, found, timeout=TTL)
        setattr(user_obj, perm_cache_name, found)
        return found


def permissions_changed() -> None:
    """After: no cached permission set from before this change is read again."""
    versions.bump(SCOPE)
