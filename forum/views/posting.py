"""Writing: a new topic, a reply, an edit. A refused post comes back with the author's text intact."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..errors import ForumError
from ..filtering import NewTopicLinkForm
from ..forms import EditForm, ReplyForm, TopicForm
from ..permissions import check_can_edit_post, check_can_reply, check_can_start_topic
from ..selectors import readable_posts, visible_categories, visible_topics
from ..services import post_create, post_edit, topic_create
from .common import form_submit, refused, status_for
from .topics import quote_initial

HELD_MESSAGE = gettext_lazy(
    "Your post is saved and awaits a moderator's review; others will see it once it is published."
)


def _start_refusal(user) -> ForumError | None:
    """Why this member cannot start a topic anywhere, checked against a public category (None when they can)."""
    category = visible_categories(user).first()
    if category is None:
        return ForumError(_("There is no category you can post in."), code="forbidden")
    try:
        check_can_start_topic(user, category)
    except ForumError as error:
        return error
    return None


@login_required
def topic_new(request):
    refusal = _start_refusal(request.user)
    if refusal is not None:
        return render(request, "forum/refused.html", {"error": refusal}, status=status_for(refusal))
    categories = visible_categories(request.user)
    form = TopicForm(request.POST or None, request.FILES or None, categories=categories)
    form.fields["category"].error_messages["invalid_choice"] = _(
        "You cannot post in this category: it does not exist or is restricted to some groups."
    )
    if request.method == "GET":
        link = NewTopicLinkForm(request.GET).initial_values()
        chosen = categories.filter(slug=link["category"]).first() if "category" in link else None
        if chosen:
            form.initial["category"] = chosen.pk
        if "kind" in link:
            form.initial["kind"] = link["kind"]
        return render(request, "forum/topic_new.html", {"form": form})
    submission = form_submit(
        form,
        lambda data: topic_create(
            author=request.user,
            category=data["category"],
            kind=data["kind"],
            title=data["title"],
            body=data["body"],
            language=data["language"],
            population_group=data["population_group"],
            countries=data["countries"],
            topics=data["topics"],
            lesson={name: data[name] for name in TopicForm.LESSON_FIELDS},
            uploads=data["attachment"],
            submission_key=data["submission_key"],
            privacy_confirmed=data["privacy_confirmed"],
        ),
    )
    if submission.done:
        topic = submission.result
        if topic.is_hidden:
            messages.info(request, HELD_MESSAGE)
            return redirect("forum:index")
        messages.success(request, _("Your topic is published."))
        return redirect(topic.get_absolute_url())
    return render(request, "forum/topic_new.html", {"form": form}, status=submission.status)


@login_required
def reply(request, pk: int):
    topic = get_object_or_404(visible_topics(request.user).select_related("category"), pk=pk)
    try:
        check_can_reply(request.user, topic)
    except ForumError as error:
        if request.method == "GET":
            return refused(request, error, back=topic.get_absolute_url())
        form = ReplyForm(request.POST)
        form.is_valid()
        form.add_forum_error(error)
        return render(request, "forum/reply.html", {"form": form, "topic": topic}, status=status_for(error))
    if request.method == "GET":
        form = ReplyForm(initial=quote_initial(request, topic))
        return render(request, "forum/reply.html", {"form": form, "topic": topic})
    form = ReplyForm(request.POST, request.FILES)
    submission = form_submit(
        form,
        lambda data: post_create(
            author=request.user,
            topic=topic,
            body=data["body"],
            language=data["language"],
            uploads=data["attachment"],
            submission_key=data["submission_key"],
            privacy_confirmed=data["privacy_confirmed"],
        ),
    )
    if submission.done:
        post = submission.result
        if post.is_hidden:
            messages.info(request, HELD_MESSAGE)
            return redirect(topic.get_absolute_url())
        return redirect(post.get_absolute_url())
    return render(request, "forum/reply.html", {"form": form, "topic": topic}, status=submission.status)


@login_required
def post_edit_view(request, pk: int):
    """Only someone allowed to edit the post ever sees its text in the form: the check comes before the form."""
    post = get_object_or_404(readable_posts(request.user).select_related("topic__category"), pk=pk)
    try:
        check_can_edit_post(request.user, post)
    except ForumError as error:
        return render(request, "forum/refused.html", {"error": error}, status=status_for(error))
    form = EditForm(request.POST or None, initial={"body": post.body})
    status = 200
    if request.method == "POST":
        submission = form_submit(
            form,
            lambda data: post_edit(
                editor=request.user, post=post, body=data["body"], privacy_confirmed=data["privacy_confirmed"]
            ),
            invalid_status=200,
        )
        if submission.done:
            messages.success(request, _("Your changes are saved; the previous text stays in the post's history."))
            return redirect(post.get_absolute_url())
        status = submission.status
    return render(request, "forum/post_edit.html", {"form": form, "post": post, "topic": post.topic}, status=status)
