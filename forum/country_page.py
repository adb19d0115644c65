"""The forum's section of a country page: the newest and the most helpful lessons learned, and the active topics.

Only topics the reader may see (`selectors.visible_topics`): a restricted category or a hidden topic never appears.
"""

from django.db.models import prefetch_related_objects
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from portal.countries.selectors import country_search_url

from .choices import TopicKind
from .selectors import visible_topics

TOPICS_SHOWN = 5
ORDER = 40


def country_topics(*, country_code: str, user) -> dict[str, list]:
    """Four queries whatever the size of the forum: three short lists and the countries of every topic in them."""
    topics = visible_topics(user).filter(countries__code=country_code).select_related("category")
    lessons = topics.filter(kind=TopicKind.LESSON_LEARNED)
    lists = {
        "newest_lessons": list(lessons.order_by("-created_at", "-id")[:TOPICS_SHOWN]),
        "helpful_lessons": list(lessons.filter(helpful_count__gt=0).order_by("-helpful_count", "-id")[:TOPICS_SHOWN]),
        "active_topics": list(
            topics.exclude(kind=TopicKind.LESSON_LEARNED).order_by("-last_posted_at", "-id")[:TOPICS_SHOWN]
        ),
    }
    prefetch_related_objects([topic for shown in lists.values() for topic in shown], "countries")
    return lists


def country_page_section(*, country_code: str, request) -> dict | None:
    lists = country_topics(country_code=country_code, user=request.user)
    if not any(lists.values()):
        return None
    forum_url = reverse("forum:index")
    return {
        "title": _("From the forum"),
        "template": "forum/includes/country_page_topics.html",
        "order": ORDER,
        "context": {
            **lists,
            "lessons_url": f"{forum_url}?{urlencode({'country': country_code, 'kind': TopicKind.LESSON_LEARNED})}",
            "topics_url": f"{forum_url}?{urlencode({'country': country_code})}",
            "search_url": country_search_url(country_code, kind="forum_topic"),
        },
    }
