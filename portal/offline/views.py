"""The installable, offline-capable site: manifest, service worker, the "available offline" page, keep lists."""

import hashlib
import json
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from .keep import SHELL_ASSETS, keep_list, public_page
from .low_data import COOKIE as LOW_DATA_COOKIE

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
SERVICE_WORKER = Path(__file__).with_name("sw.js")  # plain JavaScript; the URLs it needs are filled in


@require_safe
def manifest(request):
    language = request.GET.get("lang", settings.LANGUAGE_CODE)
    if language not in LANGUAGE_CODES:
        return HttpResponseBadRequest(_("Unknown language."))
    with translation.override(language):
        body = {
            "name": _("Case management community of practice"),
            "short_name": _("Case management"),
            "lang": language,
            "dir": "rtl" if translation.get_language_bidi() else "ltr",
            "start_url": f"/{language}/",
            "scope": "/",
            "display": "standalone",
            "background_color": "#ffffff",
            "theme_color": "#1d4f91",
            "icons": [{"src": static("img/favicon.svg"), "sizes": "any", "type": "image/svg+xml"}],
        }
    response = HttpResponse(json.dumps(body, ensure_ascii=False), content_type="application/manifest+json")
    response["Cache-Control"] = "public, max-age=86400"
    return response


@require_safe
def service_worker(request):
    """Rendered with the hashed asset URLs, so a new deployment is a new worker; never cached for long itself."""
    body = (
        SERVICE_WORKER.read_text()
        .replace("__ASSETS__", json.dumps([static(name) for name in SHELL_ASSETS]))
        .replace("__OFFLINE_PAGES__", json.dumps({code: f"/{code}/kept/" for code in LANGUAGE_CODES}))
    )
    version = hashlib.sha256(body.encode()).hexdigest()[:16]
    body = body.replace("__VERSION__", version)
    etag = f'"{version}"'
    if request.headers.get("If-None-Match") == etag:
        response = HttpResponse(status=304)
    else:
        response = HttpResponse(body, content_type="text/javascript; charset=utf-8")
    response["ETag"] = etag
    response["Cache-Control"] = "private, no-cache"  # "private": members get revalidation too, not no-store
    response["Service-Worker-Allowed"] = "/"
    return response


def kept(request):
    """What this device keeps for offline reading; also what the service worker shows for a page it lacks."""
    return TemplateResponse(request, "offline/kept.html", {})


@require_safe
def keep_list_json(request, page_id: int):
    page = public_page(page_id)
    kept_list = keep_list(page=page, edition_label=request.GET.get("edition", "")) if page else None
    if kept_list is None:
        # 400 rather than 404: LocaleMiddleware redirects any unprefixed 404 to /<lang>/api/…, a page that is not there.
        message = _("Only a published, public guideline edition or course can be kept for offline reading.")
        return JsonResponse({"error": message}, status=400)
    response = JsonResponse(
        {"key": kept_list.key, "title": kept_list.title, "urls": kept_list.urls, "checks": kept_list.checks},
        json_dumps_params={"ensure_ascii": False},
    )
    response["Cache-Control"] = "public, max-age=300"
    return response


@require_safe
def low_data_toggle(request):
    """A plain link or GET form switches it, so it works without JavaScript; the cookie remembers it."""
    mode = request.GET.get("mode", "")
    if mode not in {"on", "off"}:
        return HttpResponseBadRequest(_("Choose low-data mode “on” or “off”."))
    next_url = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = "/"
    # The page's query (a search) comes from the Referer: put in the cached form, it would be the first visitor's.
    referer = urlsplit(request.headers.get("Referer", ""))
    if referer.netloc == request.get_host() and referer.path == next_url and referer.query:
        next_url = f"{referer.path}?{referer.query}"
    response = redirect(next_url)
    if mode == "on":
        response.set_cookie(LOW_DATA_COOKIE, "1", max_age=365 * 86400, samesite="Lax")
    else:
        response.delete_cookie(LOW_DATA_COOKIE, samesite="Lax")
    return response
