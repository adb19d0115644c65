"""The field packs: the list, a country's full zip, and the delta a reader's older version needs."""

from django.conf import settings
from django.http import FileResponse, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from portal.models import Country
from portal.offline_packs.packs import (
    UnknownVersionError,
    current_manifest,
    pack_archive,
    pack_delta,
    packs_for,
)
from portal.offline_packs.tasks import queue_first_pack

PACK_MAX_AGE = 3600  # a pack changes when content does: a browser or proxy reuses it for an hour at most
PREPARING_RETRY_SECONDS = 10


def _language() -> str:
    return (get_language() or settings.LANGUAGE_CODE)[:2]


def pack_list(request):
    return TemplateResponse(request, "offline_packs/pack_list.html", {"packs": packs_for(language=_language())})


def _refusal(request, *, reason: str, status: int):
    return TemplateResponse(request, "offline_packs/refused.html", {"reason": reason}, status=status)


def pack_download(request, code: str):
    language = _language()
    country = Country.objects.programme().filter(code=code.upper()).first() if len(code) == 2 else None
    if country is None:
        return _refusal(request, reason=_("There is no field pack for “%(code)s”.") % {"code": code[:10]}, status=404)
    manifest = current_manifest(country=country.code, language=language)
    if manifest is None:  # never built yet (the scheduled build has not reached it): queued, not built here
        queue_first_pack(country_code=country.code, language=language)
        manifest = current_manifest(country=country.code, language=language)  # tasks run in-process built it
    if manifest is None:
        response = TemplateResponse(
            request,
            "offline_packs/preparing.html",
            {"country": country, "retry_after": PREPARING_RETRY_SECONDS},
            status=503,
        )
        response["Retry-After"] = str(PREPARING_RETRY_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
    since = request.GET.get("since")
    if since is None:
        response = FileResponse(
            pack_archive(country=country.code, language=language, manifest=manifest),
            as_attachment=True,
            filename=f"field-pack-{country.code}-{language}-v{manifest['version']}.zip",
            content_type="application/zip",
        )
    else:
        if not since.isdigit() or len(since) > 9:
            return _refusal(request, reason=_("“since” must be a pack version number, e.g. ?since=3."), status=400)
        try:
            delta = pack_delta(country=country.code, language=language, manifest=manifest, since=int(since))
        except UnknownVersionError:
            return _refusal(
                request,
                reason=_("This pack has no version %(since)s; its current version is %(version)s.")
                % {"since": since, "version": manifest["version"]},
                status=400,
            )
        response = HttpResponse(delta, content_type="application/zip")
        name = f"field-pack-{country.code}-{language}-v{since}-to-v{manifest['version']}.zip"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["X-Pack-Version"] = str(manifest["version"])
    response["Cache-Control"] = f"public, max-age={PACK_MAX_AGE}"
    return response
