"""Reading a topic: its posts page by page, a post's permalink and its edit history."""

from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render

from ..errors import ForumError
from ..filtering import position
from ..forms import ModerationForm, MoveForm, ReplyForm, WatchForm
from ..models import Category, Post, Watch
from ..permissions import check_can_reply
from ..rendering import quote_markdown, render_markdown
from ..selectors import is_moderator, post_page, readable_posts, visible_topics


def topic_context(request, topic, *, reply_form=None) -> dict:
    page = post_page(
        user=request.user, topic=topic, after=position(request.GET, "after"), before=position(request.GET, "before")
    )
    moderator = is_moderator(request.user)
    try:
        check_can_reply(request.user, topic)
        reply_refusal = None
    except ForumError as error:
        reply_refusal = error
    watch = Watch.objects.filter(user=request.user, topic=topic).first() if request.user.is_authenticated else None
    context = {
        "topic": topic,
        "page": page,
        "lesson_sections": [
            (heading, render_markdown(text, language=topic.language)) for heading, text in topic.lesson_sections()
        ],
        "reply_form": reply_form or (ReplyForm() if reply_refusal is None else None),
        "reply_refusal": reply_refusal,
        "is_moderator": moderator,
        "watch": watch,
        "watch_form": WatchForm(initial={"email": watch.email if watch else "instant"}),
        "can_accept": topic.kind == "question" and (moderator or topic.author_id == getattr(request.user, "pk", None)),
    }
    if moderator:
        context["moderation_form"] = ModerationForm()
        # Its own ids: the lock form beside it has a "reason" field too.
        move_form = MoveForm(initial={"category": topic.category_id}, auto_id="id_move_%s")
        move_form.fields["category"].queryset = Category.objects.exclude(pk=topic.category_id)
        context["move_form"] = move_form
        context["open_flags"] = dict(
            Post.objects.filter(topic=topic, flags__status="open").annotate(n=Count("flags")).values_list("pk", "n")
        )
    return context


def _topics_for(request):
    return (
        visible_topics(request.user)
        .select_related("category", "author", "accepted_answer__author")
        .prefetch_related("countries", "topics")
    )


def topic(request, pk: int):
    topic = get_object_or_404(_topics_for(request), pk=pk)
    return render(request, "forum/topic.html", topic_context(request, topic))


def post(request, pk: int):
    """A post's permalink: the topic page that starts at this post."""
    post = get_object_or_404(readable_posts(request.user).select_related("topic"), pk=pk)
    return redirect(f"{post.topic.get_absolute_url()}?after={post.pk - 1}#post-{post.pk}")


def post_history(request, pk: int):
    post = get_object_or_404(readable_posts(request.user).select_related("topic", "author"), pk=pk)
    revisions = post.revisions.select_related("edited_by")
    return render(request, "forum/post_history.html", {"post": post, "topic": post.topic, "revisions": revisions})


def quote_initial(request, topic) -> dict:
    """A reply form's starting text when the member clicked "quote" on a post."""
    quoted = position(request.GET, "quote")
    if not quoted:
        return {}
    source = Post.objects.filter(topic=topic, pk=quoted, is_hidden=False).select_related("author").first()
    return {"body": quote_markdown(body=source.body, author_name=source.author.public_name)} if source else {}
