"""Keeps the knowledge index in step with training pages, and sets up a new training section."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.signals import page_published, page_unpublished

from search.outbox import record_change, record_changes

from .models import TrainingIndexPage
from .search_source import SOURCE_NAME, TRAINING_PAGE_MODELS
from .section import TRAINING_REVIEW


def _record(instance) -> None:
    record_change(source=SOURCE_NAME, key=str(instance.pk))


def _record_with_descendants(instance) -> None:
    """Unpublishing a course hides its modules and lessons too, so their documents must go as well."""
    _record(instance)
    for model in TRAINING_PAGE_MODELS:
        record_changes(source=SOURCE_NAME, keys=model.objects.descendant_of(instance).values_list("pk", flat=True))


def index_on_publish(sender, instance, **kwargs):
    _record(instance)


def index_on_unpublish(sender, instance, **kwargs):
    _record_with_descendants(instance)


def index_on_delete(sender, instance, **kwargs):
    _record(instance)


for _model in TRAINING_PAGE_MODELS:
    page_published.connect(index_on_publish, sender=_model, dispatch_uid=f"training.publish.{_model.__name__}")
    page_unpublished.connect(index_on_unpublish, sender=_model, dispatch_uid=f"training.unpublish.{_model.__name__}")
    post_delete.connect(index_on_delete, sender=_model, dispatch_uid=f"training.delete.{_model.__name__}")


@receiver(post_save, sender=TrainingIndexPage, dispatch_uid="training.set_up_section")
def set_up_new_training_section(sender, instance, created, raw=False, **kwargs):
    """A new training section gets its Trainer permissions and review workflow straight away."""
    if created and not raw:
        TRAINING_REVIEW.set_up(index_page=instance)
