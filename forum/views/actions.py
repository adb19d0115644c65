"""Small member actions: helpful, flag, accept an answer, watch, unsubscribe from a signed link."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from portal.redirects import safe_next

from ..errors import ForumError
from ..forms import FlagForm, WatchForm
from ..models import Post
from ..selectors import readable_posts, visible_categories, visible_topics
from ..services import answer_accept, post_flag, reaction_toggle, watch_remove, watch_set
from ..services.watch import watch_for_token, watch_unsubscribe
from .common import refused, status_for


def _post_for(request, pk: int) -> Post:
    return get_object_or_404(readable_posts(request.user).select_related("topic__category", "author"), pk=pk)


@require_POST
@login_required
def helpful(request, pk: int):
    post = _post_for(request, pk)
    try:
        reaction_toggle(user=request.user, post=post)
    except ForumError as error:
        return refused(request, error, back=post.get_absolute_url())
    return redirect(safe_next(request, post.get_absolute_url()))


@login_required
def flag(request, pk: int):
    post = _post_for(request, pk)
    form = FlagForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            post_flag(user=request.user, post=post, reason=form.cleaned_data["reason"], note=form.cleaned_data["note"])
        except ForumError as error:
            if error.code == "not_found":
                return refused(request, error, back=post.get_absolute_url())
            form.add_error(None, error.message)
            status = status_for(error)
        else:
            messages.success(request, _("Thank you: moderators will review this post."))
            return redirect(post.get_absolute_url())
    return render(request, "forum/flag.html", {"form": form, "post": post, "topic": post.topic}, status=status)


@require_POST
@login_required
def accept(request, pk: int):
    post = _post_for(request, pk)
    try:
        answer_accept(user=request.user, post=post, accepted=request.POST.get("accepted") != "0")
    except ForumError as error:
        return refused(request, error, back=post.get_absolute_url())
    return redirect(post.get_absolute_url())


@require_POST
@login_required
def watch_topic(request, pk: int):
    topic = get_object_or_404(visible_topics(request.user), pk=pk)
    return _watch(request, back=topic.get_absolute_url(), topic=topic)


@require_POST
@login_required
def watch_category(request, slug: str):
    category = get_object_or_404(visible_categories(request.user), slug=slug)
    return _watch(request, back=category.get_absolute_url(), category=category)


def _watch(request, *, back: str, **target):
    form = WatchForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose how you want to be told."))
        return redirect(back)
    try:
        if form.cleaned_data["email"] == "off":
            watch_remove(user=request.user, **target)
            messages.success(request, _("You no longer watch this."))
        else:
            watch_set(user=request.user, email=form.cleaned_data["email"], **target)
            messages.success(request, _("You are watching this."))
    except ForumError as error:
        return refused(request, error, back=back)
    return redirect(back)


@csrf_exempt  # mail clients POST one-click unsubscribes (List-Unsubscribe-Post) without a form
def unsubscribe(request, token: str):
    """Works without signing in: the signed token is the proof. GET asks, POST does (mail scanners only GET)."""
    watch = watch_for_token(token)
    if watch is None:
        return render(request, "forum/unsubscribe.html", {"invalid": True}, status=400)
    if request.method == "POST":
        watch_unsubscribe(token=token)
        return render(request, "forum/unsubscribe.html", {"done": True, "watch": watch})
    return render(request, "forum/unsubscribe.html", {"watch": watch, "token": token})
