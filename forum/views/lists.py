"""The forum's front page and a category's topic list, with filters and keyset pagination."""

from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from portal.models import Country
from portal.models import Topic as TaxonomyTopic

from ..choices import PopulationGroup, TopicKind
from ..models import Watch
from ..selectors import (
    Cursor,
    TopicFilters,
    categories_with_counts,
    is_moderator,
    pinned_topics,
    topic_page,
    visible_categories,
)


def _filters(request) -> TopicFilters:
    get = request.GET
    return TopicFilters(
        kind=get.get("kind", "") if get.get("kind") in TopicKind.values else "",
        country=get.get("country", "")[:2],
        topic=get.get("topic", "")[:80],
        population_group=get.get("population", "") if get.get("population") in PopulationGroup.values else "",
        solved=get.get("solved", "") if get.get("solved") in {"yes", "no"} else "",
    )


def _list_context(request, *, category=None) -> dict:
    filters = _filters(request)
    raw_cursor = request.GET.get("after")
    cursor = Cursor.decode(raw_cursor)
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
    context = _list_context(request)
    if request.GET.get("after") and not Cursor.decode(request.GET["after"]):
        return HttpResponseBadRequest(_("This page link is not valid; go back to the first page."))
    context["categories"] = categories_with_counts(request.user)
    return render(request, "forum/index.html", context)


def category(request, slug: str):
    category = get_object_or_404(visible_categories(request.user).prefetch_related("groups"), slug=slug)
    if request.GET.get("after") and not Cursor.decode(request.GET["after"]):
        return HttpResponseBadRequest(_("This page link is not valid; go back to the first page."))
    context = _list_context(request, category=category)
    context["category"] = category
    context["watch"] = (
        Watch.objects.filter(user=request.user, category=category).first() if request.user.is_authenticated else None
    )
    return render(request, "forum/category.html", context)
