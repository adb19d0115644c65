"""The forum's front page and a category's topic list, with filters and keyset pagination."""

from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from portal.choices import PopulationGroup
from portal.models import Country
from portal.models import Topic as TaxonomyTopic

from ..choices import TopicKind
from ..filtering import cursor_from, topic_filters
from ..models import Watch
from ..selectors import (
    categories_with_counts,
    is_moderator,
    pinned_topics,
    topic_page,
    visible_categories,
)


def _list_context(request, *, category=None) -> dict:
    filters = topic_filters(request.GET)
    cursor, _is_invalid = cursor_from(request.GET)
    page = topic_page(user=request.user, category=category, filters=filters, after=cursor)
    return {
        "filters": filters,
        "filter_query": filters.as_query(),
        "page": page,
        "is_first_page": cursor is None,
        "pinned": pinned_topics(user=request.user, category=category) if cursor is None else [],
        "kinds": TopicKind.choices,
        "population_groups": PopulationGroup.choices,
        "countries": Country.objects.programme(),
        "taxonomy_topics": TaxonomyTopic.objects.all(),
        "is_moderator": is_moderator(request.user),
    }


def index(request):
    if cursor_from(request.GET)[1]:
        return HttpResponseBadRequest(_("This page link is not valid; go back to the first page."))
    context = _list_context(request)
    context["categories"] = categories_with_counts(request.user)
    return render(request, "forum/index.html", context)


def category(request, slug: str):
    category = get_object_or_404(visible_categories(request.user).prefetch_related("groups"), slug=slug)
    if cursor_from(request.GET)[1]:
        return HttpResponseBadRequest(_("This page link is not valid; go back to the first page."))
    context = _list_context(request, category=category)
    context["category"] = category
    context["watch"] = (
        Watch.objects.filter(user=request.user, category=category).first() if request.user.is_authenticated else None
    )
    return render(request, "forum/category.html", context)
