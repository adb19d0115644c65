"""Changes made outside the services (admin deletes, category restrictions) still reach the search index;
moderators' answers to requests to post join the moderation log."""

from django.db.models.signals import m2m_changed, post_delete
from django.dispatch import receiver

from portal.membership.services import membership_decided

from .choices import ModerationAction
from .models import Category, Post, Topic
from .search_source import record_topic_change
from .services.moderation_log import log_moderation


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


@receiver(membership_decided, dispatch_uid="forum.log_membership_decision")
def log_membership_decision(sender, request, reviewer, **kwargs):
    """A reviewer's decision is logged like any moderator action (a trusted domain's approval has no reviewer)."""
    if reviewer is None:
        return
    action = ModerationAction.APPROVE_MEMBER if request.status == "approved" else ModerationAction.DECLINE_MEMBER
    log_moderation(
        moderator=reviewer,
        action=action,
        reason=request.decision_reason or "—",
        topic=None,
        details={"member": request.member.public_name, "request": request.pk},
    )
