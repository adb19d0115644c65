"""The forum's part of a country's field pack: answered questions and lessons learned, as an anonymous visitor reads them.

Plugged into the portal through the `field_pack_files` extension (forum.apps).
"""

from django.contrib.auth.models import AnonymousUser
from django.db.models import Q
from django.utils.safestring import mark_safe

from portal.offline_packs.contents import PackFile, online_links, render_pack_page

from .choices import TopicKind
from .rendering import render_markdown
from .selectors import visible_posts, visible_topics


def field_pack_files(*, country, language: str, origin: str) -> list[PackFile]:
    """Public topics about `country` with an accepted answer, and its lessons learned (every language)."""
    anonymous = AnonymousUser()
    topics = (
        visible_topics(anonymous)
        .filter(countries=country)
        .filter(Q(accepted_answer__isnull=False) | Q(kind=TopicKind.LESSON_LEARNED))
        .order_by("pk")
    )
    files = []
    for topic in topics:
        posts = list(visible_posts(anonymous, topic).select_related("author").order_by("pk"))
        bodies = [(post, online_links(post.body_html, origin=origin)) for post in posts]  # sanitized when saved
        lesson = [
            (heading, mark_safe(render_markdown(text, language=topic.language)))
            for heading, text in topic.lesson_sections()
        ]
        content = render_pack_page(
            "offline_packs/topic.html",
            {"topic": topic, "posts": bodies, "lesson": lesson, "accepted_id": topic.accepted_answer_id},
            depth=1,
        )
        version = str(max((post.edited_at or post.created_at for post in posts), default=topic.last_posted_at).date())
        files.append(PackFile(f"forum/{topic.pk}.html", topic.kind, topic.title, version, content))
    return files
