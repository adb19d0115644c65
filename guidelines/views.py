"""Reader views of a guideline (routed by GuidelinePage): parse input, pick the edition, render."""

import re

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import FileResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.functional import SimpleLazyObject
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from guidelines.diff import Change, compare_sections
from guidelines.forms import FeedbackForm
from guidelines.models import GuidelineEdition, GuidelineFeedback
from guidelines.pdf_files import queue_edition_pdf, stored_pdf
from guidelines.reading import reader_sections, translation_status
from guidelines.selectors import current_edition, edition_by_label, editions_of
from guidelines.snapshot import freeze_page
from portal.extensions import app_hook
from portal.models import Country
from portal.page_cache import POLICIES

_RELATIVE_HREF = re.compile(r'href="/')
PDF_RETRY_SECONDS = 10
PDF_MAX_AGE = 365 * 24 * 3600  # the edition never changes, nor its PDF


def _countries(codes: list[str]) -> list:
    return list(Country.objects.filter(code__in=codes).order_by("name_en")) if codes else []


def _not_found(request, page, *, reason: str):
    return TemplateResponse(request, "guidelines/edition_not_found.html", {"page": page, "reason": reason}, status=404)


def _discussions(request, page) -> list:
    """Conversations citing this guideline (the forum's, when installed), as the reader may see them."""
    discussions = app_hook("section_discussions")
    return discussions(page, user=request.user) if discussions else []


def _with_section_discussions(request, page, sections: list) -> list:
    """Each section with the conversations citing it (one batched lookup for the whole page)."""
    discussions_by_anchor = app_hook("section_discussions_by_anchor")
    if discussions_by_anchor is None:
        return sections
    by_anchor = discussions_by_anchor(page, user=request.user)
    for section in sections:
        section.discussions = by_anchor.get(section.anchor, [])
    return sections


def _no_edition(request, page):
    return _not_found(request, page, reason=_("This guideline has no published edition yet."))


def _edition_response(request, page, edition, *, newest, template="guidelines/guideline_page.html", extra=None):
    codes = edition.countries()
    countries = _countries(codes)
    country = request.GET.get("country", "").upper()
    if country not in codes:
        country = ""
    context = {
        "page": page,
        "index_url": page.url[: page.url.rstrip("/").rfind("/") + 1],
        "edition": edition,
        "newest": newest,
        "is_current": newest is not None and newest.pk == edition.pk,
        # Lazy: a signed-in member whose audience's fragment is cached never runs these queries.
        "guideline_sections": SimpleLazyObject(
            lambda: _with_section_discussions(
                request, page, reader_sections(request, page=page, edition=edition, newest=newest, country=country)
            )
        ),
        "countries": countries,
        "country": country,
        "country_name": next((item.name for item in countries if item.code == country), ""),
        "translation_status": translation_status(page=page, edition=edition),
        "feedback_form": FeedbackForm(),
        "discussions": SimpleLazyObject(lambda: _discussions(request, page)),
        # The text, the topics citing it and the related items: one fragment per audience, under the scopes
        # the anonymous page depends on (a preview is never shared).
        "content_scopes": [] if edition.pk is None else POLICIES["guideline"].scopes(page, {}),
        **(extra or {}),
    }
    return TemplateResponse(request, template, context)


def guideline_current(request, *, page):
    edition = current_edition(page)
    if edition is None:
        return _no_edition(request, page)
    return _edition_response(request, page, edition, newest=edition)


def guideline_edition(request, *, page, label):
    edition = edition_by_label(page, label)
    if edition is None:
        return _not_found(
            request, page, reason=_("There is no edition “%(label)s” of this guideline.") % {"label": label}
        )
    return _edition_response(request, page, edition, newest=current_edition(page))


def guideline_preview(request, *, page):
    """The editor's draft rendered like an edition, without saving one."""
    draft = GuidelineEdition(
        guideline=page,
        label=page.edition_label or "draft",
        effective_date=page.edition_effective_date or page.latest_revision_created_at or None,
        snapshot=freeze_page(page),
    )
    if draft.effective_date is None:
        from django.utils import timezone

        draft.effective_date = timezone.localdate()
    return _edition_response(request, page, draft, newest=draft, extra={"is_preview": True})


def guideline_editions(request, *, page):
    editions = editions_of(page)
    return TemplateResponse(
        request,
        "guidelines/edition_list.html",
        {"page": page, "editions": editions, "newest": editions[0] if editions else None},
    )


def guideline_print(request, *, page, label):
    edition = current_edition(page) if label is None else edition_by_label(page, label)
    if edition is None:
        return _not_found(
            request, page, reason=_("There is no edition “%(label)s” of this guideline.") % {"label": label or ""}
        )
    root = request.build_absolute_uri("/").rstrip("/")
    sections = reader_sections(request, page=page, edition=edition)
    for section in sections:
        # Only the (escaped) site origin is put into the already sanitized HTML.
        section.printable_html = mark_safe(_RELATIVE_HREF.sub(f'href="{escape(root)}/', section.html))
    return TemplateResponse(
        request,
        "guidelines/print.html",
        {
            "page": page,
            "edition": edition,
            "guideline_sections": sections,
            "edition_url": request.build_absolute_uri(f"{page.url}editions/{edition.label}/"),
        },
    )


def guideline_pdf(request, *, page, label):
    """The edition's stored PDF; the first request queues it and answers "being prepared" until it is made.

    Wagtail has already applied the guideline's view restrictions: a restricted PDF is streamed from private
    storage, never linked by a media URL, and never kept by a shared cache.
    """
    edition = edition_by_label(page, label)
    if edition is None:
        return _not_found(
            request, page, reason=_("There is no edition “%(label)s” of this guideline.") % {"label": label}
        )
    stored = stored_pdf(edition)
    if stored is None:
        queue_edition_pdf(edition)
        stored = stored_pdf(edition)  # tasks that run in-process have made it already
    if stored is None:
        response = TemplateResponse(
            request,
            "guidelines/pdf_preparing.html",
            {"page": page, "edition": edition, "retry_after": PDF_RETRY_SECONDS},
            status=503,
        )
        response["Retry-After"] = str(PDF_RETRY_SECONDS)
        return response
    response = FileResponse(stored, content_type="application/pdf", filename=_pdf_filename(page, edition))
    restricted = bool(page.get_view_restrictions())
    response["Cache-Control"] = "private, no-store" if restricted else f"public, max-age={PDF_MAX_AGE}, immutable"
    return response


def _pdf_filename(page, edition) -> str:
    return f"{page.slug}-{edition.label}.pdf"


def guideline_compare(request, *, page):
    editions = editions_of(page)
    if not editions:
        return _no_edition(request, page)
    default_from = editions[1].label if len(editions) > 1 else editions[0].label
    from_label = request.GET.get("from") or default_from
    to_label = request.GET.get("to") or editions[0].label
    labels = {edition.label for edition in editions}
    if from_label not in labels or to_label not in labels:
        return _not_found(
            request,
            page,
            reason=_("These editions cannot be compared: %(a)s and %(b)s.") % {"a": from_label, "b": to_label},
        )
    old = edition_by_label(page, from_label)
    new = old if from_label == to_label else edition_by_label(page, to_label)
    # Lazy: a signed-in member whose audience's fragment is cached never compares the editions again.
    diffs = SimpleLazyObject(lambda: compare_sections(old.sections, new.sections))
    counts = SimpleLazyObject(
        lambda: {status.value: sum(1 for diff in diffs if diff.status == status) for status in Change}
    )
    return TemplateResponse(
        request,
        "guidelines/compare.html",
        {
            "page": page,
            "editions": editions,
            "old": old,
            "new": new,
            "diffs": diffs,
            "counts": counts,
            "identical": SimpleLazyObject(lambda: counts["unchanged"] == len(diffs)),
            "content_scopes": POLICIES["compare"].scopes(page, {}),
        },
    )


def guideline_country_notes(request, *, page):
    edition = current_edition(page)
    if edition is None:
        return _no_edition(request, page)
    codes = edition.countries()
    chosen = [code for code in (value.upper() for value in request.GET.getlist("country")) if code in codes] or codes[
        :3
    ]
    countries = list(_countries(codes))
    chosen_countries = [country for country in countries if country.code in chosen]
    rows = [
        {
            "section": section,
            "notes": [section.get("country_notes", {}).get(country.code, "") for country in chosen_countries],
        }
        for section in edition.served_sections
        if any(code in section.get("country_notes", {}) for code in chosen)
    ]
    return TemplateResponse(
        request,
        "guidelines/country_notes.html",
        {"page": page, "edition": edition, "countries": countries, "chosen": chosen_countries, "rows": rows},
    )


def guideline_feedback(request, *, page):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])

    edition = edition_by_label(page, request.POST.get("edition", "")) or current_edition(page)
    form = FeedbackForm(request.POST)
    if edition is None or not form.is_valid():
        messages.error(request, _("Please choose yes or no before sending."))
        return redirect(page.url + "#feedback")
    identity = (
        {"user": request.user}
        if request.user.is_authenticated
        else {"user": None, "session_key": _session_key(request)}
    )
    values = {"helpful": form.cleaned_data["helpful"], "comment": form.cleaned_data["comment"]}
    try:
        with transaction.atomic():
            GuidelineFeedback.objects.update_or_create(edition=edition, **identity, defaults=values)
    except IntegrityError:
        pass  # a double submit raced itself: the first vote stands
    messages.success(request, _("Thank you: your answer helps the editors improve this guideline."))
    return redirect(
        f"{page.url}editions/{edition.label}/#feedback"
        if edition.pk != current_edition(page).pk
        else page.url + "#feedback"
    )


def _session_key(request) -> str:
    if not request.session.session_key:
        request.session.save()
    return request.session.session_key
