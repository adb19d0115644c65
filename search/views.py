"""The search page; until the knowledge index lands it searches published pages in the reader's language."""

from django.core.paginator import Paginator
from django.shortcuts import render

from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = None
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).search(query)
        results = Paginator(pages, 20).get_page(request.GET.get("page"))
    return render(request, "search/search.html", {"query": query, "results": results})
