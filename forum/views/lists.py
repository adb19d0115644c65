"""The forum's front page and a category's topic list, with filters and keyset pagination."""

from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, render
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _

from portal.choices import PopulationGroup
from portal.models import Country
from portal.models import Topic as TaxonomyTopic
from portal.page_cache import POLICIES

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
    """Lazy lists: a signed-in member whose audience's fragment is cached runs none of their queries."""
    filters = topic_filters(request.GET)
    cursor, _is_invalid = cursor_from(request.GET)
    user = request.user
    return {
        "filters": filters,
        "filter_query": filters.as_query(),
        "page": SimpleLazyObject(lambda: topic_page(user=user, category=category, filters=filters, after=cursor)),
        "is_first_page": cursor is None,
        "pinned": SimpleLazyObject(lambda: pinned_topics(user=user, category=category) if cursor is None else []),
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
    context["categories"] = SimpleLazyObject(lambda: categories_with_counts(request.user))
    context["list_scopes"] = POLICIES["forum-index"].scopes(None, {})
    context["list_query"] = sorted(request.GET.lists())
    return render(request, "forum/index.html", context)


def category(request, slug: str):
    category = get_object_or_404(visible_categories(request.user).prefetch_related("groups"), slug=slug)
    if cursor_from(request.GET)[1]:
        return HttpResponseBadRequest(_("This page link is not valid; go back to the first page."))
    context = _list_context(request, category=category)
    context["category"] = category
    context["list_scopes"] = POLICIES["forum-category"].scopes(None, {"slug": category.slug})
    context["list_query"] = sorted(request.GET.lists())
    context["watch"] = (
        Watch.objects.filter(user=request.user, category=category).first() if request.user.is_authenticated else None
    )
    return render(request, "forum/category.html", context)
