"""Writes: publishing editions, recording index changes, preparing a guidelines index for review."""

import logging

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_noop

from guidelines.models import GuidelineEdition, GuidelinePage
from guidelines.signals import edition_published
from guidelines.snapshot import freeze_page
from portal.roles import Role
from portal.workflows import ReviewSection
from search.outbox import record_change

logger = logging.getLogger(__name__)

SEARCH_SOURCE = "guidelines.guideline"
# Stored in English; shown in the admin user's language (portal.admin_names).
REVIEW_WORKFLOW_NAME = gettext_noop("Guideline review")
REVIEW_TASK_NAME = gettext_noop("Second editor approves")
# Wagtail publishes an approved revision as the approver, so Editors hold publish_page; the editor form and
# admin hooks keep them from publishing guidelines without review (guidelines.wagtail_hooks).
GUIDELINE_REVIEW = ReviewSection(
    workflow_name=REVIEW_WORKFLOW_NAME,
    task_name=REVIEW_TASK_NAME,
    author_role=Role.EDITOR.value,
    approver_roles=(Role.EDITOR.value,),
    page_permissions=("add_page", "change_page", "publish_page"),
)


def guideline_index_change(*, guideline) -> None:
    """Tell the search index that this guideline's documents must be recomputed (call inside the transaction)."""
    record_change(source=SEARCH_SOURCE, key=str(guideline.pk))


def _unused_label(guideline, label: str) -> str:
    """The label, or label-r2, -r3... when an old revision is republished under a label already taken."""
    taken = set(guideline.editions.values_list("label", flat=True))
    candidate, counter = label, 1
    while candidate in taken:
        counter += 1
        candidate = f"{label}-r{counter}"
    return candidate


def _source_edition(guideline):
    """For a translation: the English edition it follows (the named one, else the current English one)."""
    from django.conf import settings

    if guideline.locale.language_code == settings.LANGUAGE_CODE:
        return None
    source = GuidelinePage.objects.filter(
        translation_key=guideline.translation_key, locale__language_code=settings.LANGUAGE_CODE
    ).first()
    if source is None:
        return None
    editions = GuidelineEdition.objects.filter(guideline=source).newest_first()
    if guideline.source_edition_label:
        return editions.filter(label=guideline.source_edition_label).first() or editions.first()
    return editions.first()


@transaction.atomic
def edition_publish(*, guideline, revision=None, user=None):
    """After: a new immutable edition freezes the page as published; search and listeners are told.

    Before: the page's edition label is new (the editor form checks it); if an old revision is republished
    with a used label, the edition is still recorded, under a suffixed label, so no published text is lost.
    """
    previous = GuidelineEdition.objects.filter(guideline=guideline).newest_first().first()
    label = _unused_label(guideline, guideline.edition_label or "1")
    if label != guideline.edition_label:
        logger.warning(
            "Guideline %s republished with used label %s; stored as %s", guideline.pk, guideline.edition_label, label
        )
    edition = GuidelineEdition.objects.create(
        guideline=guideline,
        label=label,
        effective_date=guideline.edition_effective_date or timezone.localdate(),
        change_note=guideline.edition_change_note,
        published_by=user if user is not None and user.is_authenticated else None,
        revision=revision,
        source_edition=_source_edition(guideline),
        snapshot=freeze_page(guideline),
    )
    guideline_index_change(guideline=guideline)
    edition_published.send(sender=GuidelineEdition, guideline=guideline, new_edition=edition, previous_edition=previous)
    return edition


def review_workflow():
    """The 'Guideline review' workflow with its one task for Editors (created if missing)."""
    return GUIDELINE_REVIEW.workflow()


@transaction.atomic
def guideline_index_prepare(*, index_page) -> None:
    """After: Editors may add and edit guidelines under the index, and publication goes through Guideline review."""
    GUIDELINE_REVIEW.set_up(index_page=index_page)
