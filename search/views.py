"""The search page: parse the request, call the search service once, render."""

from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language

from .query import SearchRequestError, parse_search_request
from .service import knowledge_search


def search(request):
    try:
        query = parse_search_request(request.GET, reader_language=(get_language() or "en")[:2])
    except SearchRequestError as error:
        return render(
            request,
            "search/search.html",
            {"error": str(error), "query_text": request.GET.get("q", "")[:200]},
            status=400,
        )
    results = knowledge_search(query=query, user=request.user) if query.is_answerable else None
    response = render(
        request,
        "search/search.html",
        {
            "query": query,
            "query_text": query.text,
            "results": results,
            "notices": query.notices if results is None else results.notices,
        },
    )
    if results is not None and results.degraded:
        add_never_cache_headers(response)  # the fallback's answer must not outlive the outage in the page cache
    return response
