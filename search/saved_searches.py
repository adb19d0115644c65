"""Saved searches: a member keeps a search, runs it again from a list, and gets its new matches by email daily.

The daily email runs each search as its member at sending time (what they may see now, not when they saved
it), keeps what was published since the last email, and moves that watermark only once the email is sent.
"""

import logging
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from django.core import signing
from django.core.mail import get_connection
from django.db import IntegrityError, transaction
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from portal.emails import absolute_url, member_email, member_language
from portal.privacy import find_personal_data

from .models import IndexOutboxEntry, SavedSearch
from .query import SearchQuery, SearchRequestError, parse_search_request
from .results import SearchHit
from .service import KIND_LABELS, LANGUAGE_LABELS, knowledge_search
from .taxonomy import taxonomy_labels

logger = logging.getLogger(__name__)

MAX_SAVED_SEARCHES = 25
MATCHES_PER_EMAIL = 20
NAME_LENGTH = 120
UNSUBSCRIBE_SALT = "search.saved.unsubscribe"
# Changes recorded this recently may not have reached the index yet; their documents wait for the next email.
INDEXING_MARGIN = timedelta(minutes=1)


class SavedSearchError(ValueError):
    """The search cannot be saved as asked; the message says why."""


def _already_saved(existing: SavedSearch) -> SavedSearchError:
    return SavedSearchError(_("You already saved this search as “%(name)s”.") % {"name": existing.name})


def search_query_string(query: SearchQuery) -> str:
    """The search's parameters in one canonical order, without the page: equal searches give equal strings."""
    params = QueryDict(mutable=True)
    if query.text:
        params["q"] = query.text
    for name, values in (
        ("country", query.countries),
        ("topic", query.topics),
        ("type", query.kinds),
        ("lang", query.languages),
    ):
        for value in sorted(values):
            params.appendlist(name, value)
    if query.date_from:
        params["from"] = query.date_from.isoformat()
    if query.date_to:
        params["to"] = query.date_to.isoformat()
    if query.edition:
        params["edition"] = query.edition
    if query.sort != "relevance":
        params["sort"] = query.sort
    return params.urlencode()


def search_description(query: SearchQuery) -> str:
    """The search in words, e.g. "réintégration · Mali, Niger · Guideline section", in the active language."""
    labels = taxonomy_labels(translation.get_language() or "en")
    parts = [f"“{query.text}”"] if query.text else []
    parts.extend(
        ", ".join(str(names.get(value, value)) for value in values)
        for names, values in (
            (labels["country"], query.countries),
            (labels["topic"], query.topics),
            (KIND_LABELS, query.kinds),
            (LANGUAGE_LABELS, query.languages),
        )
        if values
    )
    if query.date_from or query.date_to:
        parts.append(f"{query.date_from or '…'} – {query.date_to or '…'}")
    if query.edition:
        parts.append(_("all editions") if query.edition == "all" else _("edition %(label)s") % {"label": query.edition})
    return " · ".join(parts)


def saved_search_query(saved: SavedSearch) -> SearchQuery:
    return parse_search_request(QueryDict(saved.query_string), reader_language=saved.language)


def saved_search_url(saved: SavedSearch) -> str:
    with translation.override(saved.language):
        return f"{reverse('search:search')}?{saved.query_string}"


def check_name_is_impersonal(name: str) -> None:
    """A saved search's name is shown in emails and lists: it never carries what looks like personal data."""
    findings = find_personal_data(name)
    if findings:
        raise SavedSearchError(
            _("The name seems to contain %(what)s: give the saved search a name without personal data.")
            % {"what": findings[0].label}
        )


def saved_search_create(*, user, query: SearchQuery, name: str = "") -> SavedSearch:
    """After: the member has this search saved once, with email on; raises SavedSearchError with the reason."""
    if not query.is_answerable:
        raise SavedSearchError(_("There is nothing to save yet: search for some words or choose a filter first."))
    query_string = search_query_string(query)
    existing = SavedSearch.objects.filter(user=user, query_string=query_string).first()
    if existing:
        raise _already_saved(existing)
    if SavedSearch.objects.filter(user=user).count() >= MAX_SAVED_SEARCHES:
        raise SavedSearchError(
            ngettext(
                "You have %(count)s saved search, the most there can be. Delete it to save this search.",
                "You have %(count)s saved searches, the most there can be. Delete one to save this search.",
                MAX_SAVED_SEARCHES,
            )
            % {"count": MAX_SAVED_SEARCHES}
        )
    name = " ".join(name.split())[:NAME_LENGTH] or search_description(query)[:NAME_LENGTH]
    check_name_is_impersonal(name)
    try:
        with transaction.atomic():
            return SavedSearch.objects.create(
                user=user, name=name, query_string=query_string, language=query.reader_language
            )
    except IntegrityError:  # the same search saved from two tabs at once
        raise _already_saved(SavedSearch.objects.get(user=user, query_string=query_string)) from None


def saved_search_rename(*, saved: SavedSearch, name: str) -> None:
    name = " ".join(name.split())[:NAME_LENGTH]
    if not name:
        raise SavedSearchError(_("Give the saved search a name."))
    check_name_is_impersonal(name)
    saved.name = name
    saved.save(update_fields=["name"])


def saved_search_set_email(*, saved: SavedSearch, enabled: bool) -> None:
    """Turning the email back on starts from now: no flood of what appeared while it was off."""
    saved.email_enabled = enabled
    if enabled:
        saved.notified_until = max(saved.notified_until, timezone.now())
    saved.save(update_fields=["email_enabled", "notified_until"])


def unsubscribe_token(*, user_id: int, saved_search_id: int | None) -> str:
    """A signed link to turn off one saved search's emails, or (None) every one of the member's."""
    return signing.dumps({"user": user_id, "search": saved_search_id}, salt=UNSUBSCRIBE_SALT, compress=True)


def saved_searches_for_token(token: str) -> list[SavedSearch]:
    """The saved searches a signed link names (one, or all of its member's); empty when forged or all deleted."""
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return []
    searches = SavedSearch.objects.filter(user_id=data.get("user"))
    if data.get("search") is not None:
        searches = searches.filter(pk=data["search"])
    return list(searches)


def saved_searches_unsubscribe(*, searches: list[SavedSearch]) -> None:
    """After: none of these searches sends emails (their owner may turn them on again from the list)."""
    SavedSearch.objects.filter(pk__in=[saved.pk for saved in searches]).update(email_enabled=False)


@dataclass
class SavedSearchMatches:
    saved: SavedSearch
    description: str
    url: str
    hits: list[SearchHit]
    total: int
    unsubscribe_url: str = ""  # set when the email is written, in the member's language


@dataclass
class DigestReport:
    emails_sent: int = 0
    searches_with_matches: int = 0
    failures: list[str] = field(default_factory=list)
    planned: list[str] = field(default_factory=list)  # with dry_run: "email → n matches" lines


def _cutoff(now: datetime) -> datetime:
    """Documents published after this may still be on their way to the index: they belong to the next email."""
    oldest_pending = IndexOutboxEntry.objects.pending().order_by("created_at").values_list("created_at", flat=True)
    oldest = oldest_pending.first()
    cutoff = now - INDEXING_MARGIN
    return min(cutoff, oldest - INDEXING_MARGIN) if oldest else cutoff


def _new_matches(saved: SavedSearch, *, cutoff: datetime) -> SavedSearchMatches | None:
    try:
        query = saved_search_query(saved)
    except SearchRequestError:
        logger.warning("saved search %s no longer parses; skipped", saved.pk)
        return None
    query = replace(
        query,
        published_after=saved.notified_until,
        published_until=cutoff,
        sort="date",
        page=1,
        page_size=MATCHES_PER_EMAIL,
    )
    results = knowledge_search(query=query, user=saved.user)
    if results.degraded:  # the fallback may lag behind the index: better a day late than a match lost
        raise ConnectionError("search is degraded")
    if not results.hits:
        return None
    with translation.override(saved.language):
        description = search_description(query)
    return SavedSearchMatches(
        saved=saved,
        description=description,
        url=absolute_url(saved_search_url(saved)),
        hits=results.hits,
        total=results.total,
    )


def _digest_email(user, matches: list[SavedSearchMatches]):
    language = member_language(user)
    with translation.override(language):
        count = sum(len(item.hits) for item in matches)
        subject = ngettext(
            "%(count)s new match for your saved searches", "%(count)s new matches for your saved searches", count
        ) % {"count": count}
        unsubscribe_all = absolute_url(
            reverse(
                "search:saved_unsubscribe", kwargs={"token": unsubscribe_token(user_id=user.pk, saved_search_id=None)}
            )
        )
        for item in matches:
            item.unsubscribe_url = absolute_url(
                reverse(
                    "search:saved_unsubscribe",
                    kwargs={"token": unsubscribe_token(user_id=user.pk, saved_search_id=item.saved.pk)},
                )
            )
        manage_url = absolute_url(reverse("search:saved_list"))
    return member_email(
        user=user,
        subject=subject,
        template="search/emails/saved_searches",
        context={"matches": matches, "manage_url": manage_url, "language": language, "site_url": absolute_url("")},
        unsubscribe_url=unsubscribe_all,
    )


def saved_search_digests_send(*, now: datetime | None = None, dry_run: bool = False) -> DigestReport:
    """One email per member with new matches for their saved searches; a failed member does not stop the others."""
    from allauth.account.models import EmailAddress

    now = now or timezone.now()
    cutoff = _cutoff(now)
    report = DigestReport()
    verified = EmailAddress.objects.filter(verified=True).values("user_id")
    searches = (
        SavedSearch.objects.filter(email_enabled=True, user__is_active=True, user__in=verified)
        .select_related("user")
        .order_by("user_id", "created_at")
    )
    by_user: dict[int, list[SavedSearch]] = {}
    for saved in searches:
        by_user.setdefault(saved.user_id, []).append(saved)
    connection = None if dry_run else get_connection()
    for user_searches in by_user.values():
        user = user_searches[0].user
        try:
            matches = [found for saved in user_searches if (found := _new_matches(saved, cutoff=cutoff))]
            if not matches:
                continue
            report.searches_with_matches += len(matches)
            if dry_run:
                report.planned.append(f"{user.email}: {sum(len(item.hits) for item in matches)} new matches")
                continue
            connection.send_messages([_digest_email(user, matches)])
        except Exception as error:  # one member's failure (mail server, search) must not stop the others
            logger.exception("saved-search email to user %s failed", user.pk)
            report.failures.append(f"{user.email}: {error.__class__.__name__}")
            continue
        report.emails_sent += 1
        SavedSearch.objects.filter(pk__in=[item.saved.pk for item in matches]).update(
            notified_until=cutoff, last_emailed_at=now
        )
    return report
