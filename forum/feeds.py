"""Atom feeds of public topics: never anything from a restricted category, whoever asks."""

from django.contrib.auth.models import AnonymousUser
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from .filtering import topic_filters
from .models import Category
from .selectors import can_view_category, visible_topics

FEED_SIZE = 30


def _public_topics():
    """Feed readers are anonymous: only what an anonymous visitor may read."""
    return visible_topics(AnonymousUser()).select_related("category", "author").order_by("-last_posted_at", "-id")


class TopicFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, slug=None):
        filters = topic_filters(request.GET)
        category = None
        if slug is not None:
            category = get_object_or_404(Category, slug=slug)
            if not can_view_category(AnonymousUser(), category):
                raise Http404
        return {"category": category, "filters": filters}

    def title(self, obj):
        if obj["category"]:
            return _("Forum: %(category)s") % {"category": obj["category"].name}
        return _("Forum: latest topics")

    def link(self, obj):
        return obj["category"].get_absolute_url() if obj["category"] else reverse("forum:index")

    def subtitle(self, obj):
        return _("New and active topics from the caseworkers' community of practice.")

    def items(self, obj):
        topics = obj["filters"].apply(_public_topics())
        if obj["category"]:
            topics = topics.filter(category=obj["category"])
        if obj["filters"].country or obj["filters"].topic:
            topics = topics.distinct()
        return topics[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return f"{item.get_kind_display()} · {item.category.name} · {item.author.public_name}"

    def item_link(self, item):
        return item.get_absolute_url()

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.last_posted_at

    def item_author_name(self, item):
        return item.author.public_name
