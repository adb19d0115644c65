"""The moderators' review queue, their actions on posts and topics, and the log of what was done."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Min, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.models import PrivacyOverride
from portal.redirects import safe_next

from ..choices import FlagStatus
from ..errors import ForumError
from ..filtering import position
from ..forms import ModerationForm, MoveForm
from ..models import Category, HeldPost, ModerationLogEntry, Post, Topic
from ..selectors import is_moderator
from ..services import (
    flags_dismiss,
    held_post_publish,
    held_post_refuse,
    post_hide,
    post_restore,
    topic_hide,
    topic_lock,
    topic_move,
    topic_pin,
    topic_restore,
)

LOG_PAGE = 50
OVERRIDES_SHOWN = 50


def _require_moderator(request) -> None:
    if not is_moderator(request.user):
        raise PermissionDenied(_("Only moderators can see this page."))


def queue(request):
    _require_moderator(request)
    open_flags = Q(flags__status=FlagStatus.OPEN)
    posts = (
        Post.objects.filter(open_flags)
        .annotate(open_flag_count=Count("flags", filter=open_flags), first_flagged_at=Min("flags__created_at"))
        .select_related("topic__category", "author")
        .prefetch_related("flags__flagged_by")
        .order_by("first_flagged_at")[:100]
    )
    held = HeldPost.objects.waiting().select_related("post__topic__category", "post__author")[:100]
    overrides = PrivacyOverride.objects.select_related("author")[:OVERRIDES_SHOWN]
    context = {"posts": posts, "held_posts": held, "privacy_overrides": overrides, "form": ModerationForm()}
    return render(request, "forum/moderation_queue.html", context)


def _name_moved_categories(entries) -> None:
    """A move is logged with category slugs (they outlive renames); moderators read the names, in one query."""
    slugs = {entry.details.get(end) for entry in entries for end in ("from", "to") if entry.details}
    names = {category.slug: category.name for category in Category.objects.filter(slug__in=slugs - {None})}
    for entry in entries:
        if entry.details and entry.details.get("to"):
            entry.moved_from = names.get(entry.details.get("from"), entry.details.get("from"))
            entry.moved_to = names.get(entry.details["to"], entry.details["to"])


def log(request):
    _require_moderator(request)
    entries = ModerationLogEntry.objects.select_related("moderator", "topic", "post")
    before = position(request.GET, "before")
    if before is not None:
        entries = entries.filter(id__lt=before)
    rows = list(entries.order_by("-id")[: LOG_PAGE + 1])
    next_before = rows[LOG_PAGE - 1].id if len(rows) > LOG_PAGE else None
    _name_moved_categories(rows)
    return render(request, "forum/moderation_log.html", {"entries": rows[:LOG_PAGE], "next_before": next_before})


@require_POST
def moderate_post(request, pk: int):
    _require_moderator(request)
    post = get_object_or_404(Post.objects.select_related("topic"), pk=pk)
    form = ModerationForm(request.POST)
    form.is_valid()
    reason = form.cleaned_data.get("reason", "")
    actions = {
        "hide": post_hide,
        "restore": post_restore,
        "dismiss": flags_dismiss,
        "publish": held_post_publish,
        "refuse": held_post_refuse,
    }
    action = actions.get(request.POST.get("action", ""))
    if action is None:
        messages.error(request, _("Unknown moderation action."))
        return redirect(safe_next(request, post.topic.get_absolute_url()))
    try:
        action(moderator=request.user, post=post, reason=reason)
    except ForumError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Done; the action is in the moderation log."))
    return redirect(safe_next(request, post.topic.get_absolute_url()))


@require_POST
def moderate_topic(request, pk: int):
    _require_moderator(request)
    topic = get_object_or_404(Topic, pk=pk)
    form = MoveForm(request.POST) if request.POST.get("action") == "move" else ModerationForm(request.POST)
    form.is_valid()
    reason = form.cleaned_data.get("reason", "")
    action = request.POST.get("action", "")
    simple = {
        "lock": lambda: topic_lock(moderator=request.user, topic=topic, reason=reason, locked=True),
        "unlock": lambda: topic_lock(moderator=request.user, topic=topic, reason=reason, locked=False),
        "pin": lambda: topic_pin(moderator=request.user, topic=topic, reason=reason, pinned=True),
        "unpin": lambda: topic_pin(moderator=request.user, topic=topic, reason=reason, pinned=False),
        "hide": lambda: topic_hide(moderator=request.user, topic=topic, reason=reason),
        "restore": lambda: topic_restore(moderator=request.user, topic=topic, reason=reason),
    }
    try:
        if action == "move":
            category = form.cleaned_data.get("category")
            if not isinstance(category, Category):
                raise ForumError(_("Choose the category to move the topic to."))
            topic_move(moderator=request.user, topic=topic, category=category, reason=reason)
        elif action in simple:
            simple[action]()
        else:
            raise ForumError(_("Unknown moderation action."))
    except ForumError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Done; the action is in the moderation log."))
    return redirect(topic.get_absolute_url())
