"""Keeps the index, the view restriction and the PDF text in step with evidence pages and their files.

A PDF is read when its item is published (a draft's files are not searched), once per new file.
"""

from django.db.models.signals import post_delete, post_save, pre_save

from wagtail.signals import page_published, page_unpublished

from search.outbox import record_change

from .access import sync_view_restriction
from .choices import TextStatus
from .extraction import queue_text_extraction
from .models import EvidenceFile, EvidenceIndexPage, EvidenceItemPage
from .search_source import SOURCE_NAME


def on_item_published(sender, instance, **kwargs):
    sync_view_restriction(item=instance)
    for evidence_file in instance.files.all():
        queue_text_extraction(evidence_file)
    record_change(source=SOURCE_NAME, key=str(instance.pk))


def on_item_gone(sender, instance, **kwargs):
    record_change(source=SOURCE_NAME, key=str(instance.pk))


def on_file_saving(sender, instance, raw=False, **kwargs):
    """A publish re-saves the file row from its revision: what extraction found is kept unless the file changed."""
    if raw:
        return
    stored = EvidenceFile.objects.filter(pk=instance.pk).values("text_read_from", "text_status", "page_count").first()
    if stored and instance.file.name == stored["text_read_from"]:
        instance.text_read_from, instance.text_status = stored["text_read_from"], stored["text_status"]
        instance.page_count = stored["page_count"]
    elif instance.file.name != instance.text_read_from:
        instance.text_status, instance.page_count = TextStatus.PENDING, 0


def on_index_saved(sender, instance, created, raw=False, **kwargs):
    """A new evidence section gets its Editor permissions and review workflow straight away."""
    if created and not raw:
        from .section import EVIDENCE_REVIEW

        EVIDENCE_REVIEW.set_up(index_page=instance)


def connect() -> None:
    page_published.connect(on_item_published, sender=EvidenceItemPage, dispatch_uid="evidence.publish")
    page_unpublished.connect(on_item_gone, sender=EvidenceItemPage, dispatch_uid="evidence.unpublish")
    post_delete.connect(on_item_gone, sender=EvidenceItemPage, dispatch_uid="evidence.delete")
    pre_save.connect(on_file_saving, sender=EvidenceFile, dispatch_uid="evidence.file_saving")
    post_save.connect(on_index_saved, sender=EvidenceIndexPage, dispatch_uid="evidence.set_up_section")
