"""The search JSON API (/api/search/ and /api/search/suggest/): the page's results as data."""

from dataclasses import asdict

from django.http import JsonResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from .query import SearchRequestError, parse_search_request
from .service import knowledge_search, knowledge_suggest


@require_GET
def search(request):
    try:
        query = parse_search_request(request.GET, reader_language=_reader_language(request))
    except SearchRequestError as error:
        return JsonResponse({"error": str(error)}, status=400)
    if not query.is_answerable:
        return JsonResponse({"error": _("Give a search text in “q” or at least one filter.")}, status=400)
    results = knowledge_search(query=query, user=request.user)
    response = JsonResponse(results.as_dict(), json_dumps_params={"ensure_ascii": False})
    if results.degraded:
        add_never_cache_headers(response)  # the fallback's answer must not outlive the outage in the page cache
    return response


@require_GET
def suggest(request):
    suggestions = knowledge_suggest(
        text=request.GET.get("q", ""), user=request.user, reader_language=_reader_language(request)
    )
    return JsonResponse(
        {"suggestions": [asdict(suggestion) for suggestion in suggestions]}, json_dumps_params={"ensure_ascii": False}
    )


def _reader_language(request) -> str:
    language = request.GET.get("ui", "") or get_language() or "en"
    return language[:2] if language[:2] in ("en", "fr", "ar") else "en"
