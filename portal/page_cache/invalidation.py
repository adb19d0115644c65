"""Every change that alters what an anonymous page shows bumps exactly the scopes that page depends on.

Pages: publishing or unpublishing a page bumps it, its ancestors (their lists and the home page's latest
pages), its translations (their "newer English edition" banner) and `pages` (country pages list any page);
when the tree as navigation and routing see it changed (a new or removed page, a title, slug, move, view restriction) `site` is bumped,
which every page depends on. Forum: a topic's changes bump the topic, its category (both, on a move), the
forum index and the guidelines its posts cite; a category's changes and members' names bump `forum`.

QuerySet.update(), bulk_create() and bulk_update() send no signals: code that changes shown content with
them calls `topics_changed` (counters updated in place) or `everything_changed` (a bulk load) itself.
"""

import hashlib

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save

from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .versions import bump

FINGERPRINT_KEY = "pc:site-fingerprint"
NAME_FIELDS = {"display_name", "email", "is_active"}
TREE_FIELDS = {"title", "slug", "url_path", "live", "locale"}


def site_fingerprint() -> str:
    """What navigation, the language switcher and routing read from the tree, in one query per table."""
    digest = hashlib.sha256()
    for row in Page.objects.order_by("id").values_list(
        "id", "url_path", "title", "live", "locale_id", "translation_key"
    ):
        digest.update(repr(row).encode())
    for row in PageViewRestriction.objects.order_by("id").values_list("id", "page_id", "restriction_type"):
        digest.update(repr(row).encode())
    return digest.hexdigest()


def _site_changed_scopes() -> list[str]:
    fingerprint = site_fingerprint()
    cache = caches["default"]
    if cache.get(FINGERPRINT_KEY) == fingerprint:
        return []
    cache.set(FINGERPRINT_KEY, fingerprint, timeout=None)
    return ["site"]


def page_scopes(page: Page) -> list[str]:
    related = Page.objects.filter(translation_key=page.translation_key).values_list("id", flat=True)
    ancestors = Page.objects.ancestor_of(page).values_list("id", flat=True)
    ids = {page.pk, *related, *ancestors}
    return [f"page:{pk}" for pk in sorted(ids)]


def page_changed(sender, instance, **kwargs):
    bump(*page_scopes(instance), "pages", *_site_changed_scopes())


def page_saved(sender, instance, update_fields=None, **kwargs):
    """A live page saved outside publishing (a script, a fixture): as a publication."""
    if isinstance(instance, Page) and instance.live and (update_fields is None or TREE_FIELDS & set(update_fields)):
        page_changed(sender, instance)


def tree_changed(sender, instance=None, **kwargs):
    caches["default"].delete(FINGERPRINT_KEY)
    bump("site")


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        tree_changed(sender, instance)


def restriction_groups_changed(sender, action, **kwargs):
    if action.startswith("post_"):
        tree_changed(sender)


# Forum: models found through the app registry, so the portal works without the forum app.


def topic_scopes(topic_id: int, *, extra_categories=()) -> list[str]:
    Topic = apps.get_model("forum", "Topic")
    PostCitation = apps.get_model("forum", "PostCitation")
    categories = list(Topic.objects.filter(pk=topic_id).values_list("category__slug", flat=True))
    cited = PostCitation.objects.filter(post__topic_id=topic_id).values_list("guideline_slug", flat=True).distinct()
    return [
        f"topic:{topic_id}",
        "forum-index",
        *(f"category:{slug}" for slug in [*categories, *extra_categories]),
        *(f"citations:{slug}" for slug in cited),
    ]


def topics_changed(*topic_ids: int) -> None:
    """For topics changed without a save (QuerySet.update): the scopes a save of each would bump."""
    for topic_id in topic_ids:
        bump(*topic_scopes(topic_id), recompute=lambda topic_id=topic_id: topic_scopes(topic_id))


def everything_changed() -> None:
    """For a bulk load (bulk_create): every cached page depends on `site`."""
    caches["default"].delete(FINGERPRINT_KEY)
    bump("site", "forum", "forum-index")


def remember_old_category(sender, instance, update_fields=None, **kwargs):
    """A move is a save of `category`: keep the category it leaves, whose list changes too."""
    if instance.pk and (update_fields is None or "category" in update_fields):
        instance._page_cache_old_categories = list(
            sender.objects.filter(pk=instance.pk).values_list("category__slug", flat=True)
        )


def topic_changed(sender, instance, **kwargs):
    old = getattr(instance, "_page_cache_old_categories", [])
    topic_id = instance.pk
    bump(*topic_scopes(topic_id, extra_categories=old), recompute=lambda: topic_scopes(topic_id))


def post_changed(sender, instance, **kwargs):
    topic_id = instance.topic_id
    bump(*topic_scopes(topic_id), recompute=lambda: topic_scopes(topic_id))


def post_part_changed(sender, instance, **kwargs):
    """A reaction or an attachment: the counts and files shown under its post."""
    if instance.post_id is None:
        return
    Post = apps.get_model("forum", "Post")
    topic_ids = list(Post.objects.filter(pk=instance.post_id).values_list("topic_id", flat=True))
    for topic_id in topic_ids:
        bump(*topic_scopes(topic_id))


def category_changed(sender, instance, **kwargs):
    bump("forum", "forum-index", f"category:{instance.slug}")


def category_groups_changed(sender, instance, action, **kwargs):
    if action.startswith("post_"):
        bump("forum", "forum-index", *(f"category:{slug}" for slug in [getattr(instance, "slug", "")] if slug))


def member_changed(sender, instance, update_fields=None, **kwargs):
    """Names appear on every post: a change to them (not a login's `last_login`) bumps the forum."""
    if update_fields is None or NAME_FIELDS & set(update_fields):
        bump("forum")


def connect() -> None:
    uid = "portal.page_cache."
    page_published.connect(page_changed, dispatch_uid=uid + "published")
    page_unpublished.connect(page_changed, dispatch_uid=uid + "unpublished")
    post_page_move.connect(tree_changed, dispatch_uid=uid + "moved")
    post_save.connect(page_saved, dispatch_uid=uid + "page_saved")
    post_delete.connect(page_deleted, dispatch_uid=uid + "page_deleted")
    for model in (
        PageViewRestriction,
        Locale,
        Site,
        apps.get_model("portal", "Country"),
        apps.get_model("portal", "Topic"),
    ):
        post_save.connect(tree_changed, sender=model, dispatch_uid=uid + f"saved.{model._meta.label}")
        post_delete.connect(tree_changed, sender=model, dispatch_uid=uid + f"deleted.{model._meta.label}")
    m2m_changed.connect(
        restriction_groups_changed, sender=PageViewRestriction.groups.through, dispatch_uid=uid + "restriction_groups"
    )
    post_save.connect(member_changed, sender=get_user_model(), dispatch_uid=uid + "member")
    if not apps.is_installed("forum"):
        return
    Topic, Post, Category = (apps.get_model("forum", name) for name in ("Topic", "Post", "Category"))
    pre_save.connect(remember_old_category, sender=Topic, dispatch_uid=uid + "topic_old_category")
    post_save.connect(topic_changed, sender=Topic, dispatch_uid=uid + "topic_saved")
    pre_delete.connect(topic_changed, sender=Topic, dispatch_uid=uid + "topic_deleted")
    post_save.connect(post_changed, sender=Post, dispatch_uid=uid + "post_saved")
    post_delete.connect(post_changed, sender=Post, dispatch_uid=uid + "post_deleted")
    for name in ("Reaction", "Attachment"):
        model = apps.get_model("forum", name)
        post_save.connect(post_part_changed, sender=model, dispatch_uid=uid + f"{name}_saved")
        post_delete.connect(post_part_changed, sender=model, dispatch_uid=uid + f"{name}_deleted")
    post_save.connect(category_changed, sender=Category, dispatch_uid=uid + "category_saved")
    post_delete.connect(category_changed, sender=Category, dispatch_uid=uid + "category_deleted")
    m2m_changed.connect(category_groups_changed, sender=Category.groups.through, dispatch_uid=uid + "category_groups")
