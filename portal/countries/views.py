"""Thin views: the list of programme countries, and one country's page assembled from the apps' sections."""

from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from .sections import country_page_sections
from .selectors import country_search_url, programme_countries, programme_country


def country_list(request):
    return render(request, "portal/countries/country_list.html", {"countries": programme_countries()})


def country_detail(request, code: str):
    country = programme_country(code)
    if country is None:
        raise Http404(_("There is no page for this country."))
    if code != country.code:
        return redirect("countries:detail", code=country.code, permanent=True)
    context = {
        "country": country,
        "country_sections": country_page_sections(country_code=country.code, request=request),
        "search_url": country_search_url(country.code),
    }
    return render(request, "portal/countries/country_page.html", context)
