"""Changes made outside the services (admin deletes, category restrictions) still reach the search index."""

from django.db.models.signals import m2m_changed, post_delete
from django.dispatch import receiver

from .models import Category, Post, Topic
from .search_source import record_topic_change


@receiver(post_delete, sender=Topic)
def topic_deleted(sender, instance: Topic, **kwargs):
    record_topic_change(instance.pk)


@receiver(post_delete, sender=Post)
def post_deleted(sender, instance: Post, **kwargs):
    record_topic_change(instance.topic_id)


@receiver(m2m_changed, sender=Category.groups.through)
def category_groups_changed(sender, instance, action: str, **kwargs):
    """A category's restriction changed: every one of its topics is indexed again with the new visibility."""
    if action not in {"post_add", "post_remove", "post_clear"} or not isinstance(instance, Category):
        return
    for topic_id in Topic.objects.filter(category=instance).values_list("pk", flat=True):
        record_topic_change(topic_id)
