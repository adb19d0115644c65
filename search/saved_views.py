"""Saved searches: save from the results page, manage the list, unsubscribe from a signed email link."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from portal.redirects import safe_next

from .models import SavedSearch
from .query import SearchRequestError, parse_search_request
from .saved_searches import (
    MAX_SAVED_SEARCHES,
    SavedSearchError,
    saved_search_create,
    saved_search_query,
    saved_search_rename,
    saved_search_set_email,
    saved_search_url,
    saved_searches_for_token,
    saved_searches_unsubscribe,
    search_description,
)


@login_required
@require_POST
def saved_create(request):
    """The search form's own parameters come back in the POST; the reader returns to the same results."""
    try:
        query = parse_search_request(request.POST, reader_language=(get_language() or "en")[:2])
        saved = saved_search_create(user=request.user, query=query, name=request.POST.get("name", ""))
    except (SearchRequestError, SavedSearchError) as error:
        messages.error(request, str(error))
        return redirect(safe_next(request, reverse("search:search")))
    messages.success(
        request,
        _("Search saved as “%(name)s”. New matches will be emailed to you once a day.") % {"name": saved.name},
    )
    return redirect(safe_next(request, reverse("search:search")))


@login_required
def saved_list(request):
    searches = []
    for saved in SavedSearch.objects.filter(user=request.user):
        try:
            description = search_description(saved_search_query(saved))
        except SearchRequestError:
            description = ""
        searches.append({"saved": saved, "url": saved_search_url(saved), "description": description})
    return render(request, "search/saved_list.html", {"searches": searches, "limit": MAX_SAVED_SEARCHES})


@login_required
@require_POST
def saved_update(request, pk: int):
    """Rename, email on/off or delete; another member's saved search is not found."""
    saved = get_object_or_404(SavedSearch, pk=pk, user=request.user)
    action = request.POST.get("action", "")
    try:
        if action == "rename":
            saved_search_rename(saved=saved, name=request.POST.get("name", ""))
            messages.success(request, _("Renamed."))
        elif action in ("email_on", "email_off"):
            saved_search_set_email(saved=saved, enabled=action == "email_on")
            messages.success(
                request,
                _("Daily email turned on.") if action == "email_on" else _("Daily email turned off."),
            )
        elif action == "delete":
            saved.delete()
            messages.success(request, _("Saved search “%(name)s” deleted.") % {"name": saved.name})
        else:
            messages.error(request, _("Choose what to do with the saved search."))
    except SavedSearchError as error:
        messages.error(request, str(error))
    return redirect(reverse("search:saved_list"))


@csrf_exempt  # mail clients' one-click unsubscribe POSTs without a form; the signed token is the proof
def saved_unsubscribe(request, token: str):
    """Works without signing in. GET asks, POST does (mail scanners only GET)."""
    searches = saved_searches_for_token(token)
    if not searches:
        return render(request, "search/saved_unsubscribe.html", {"invalid": True}, status=400)
    if request.method == "POST":
        saved_searches_unsubscribe(searches=searches)
        return render(request, "search/saved_unsubscribe.html", {"done": True, "searches": searches})
    return render(request, "search/saved_unsubscribe.html", {"searches": searches})
