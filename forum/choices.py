"""The forum's fixed vocabularies."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.choices import ContentLanguage


class TopicKind(models.TextChoices):
    QUESTION = "question", _("Question")
    LESSON_LEARNED = "lesson", _("Lesson learned")
    GOOD_PRACTICE = "practice", _("Good practice")
    DISCUSSION = "discussion", _("Discussion")


class FlagReason(models.TextChoices):
    PERSONAL_DATA = "personal_data", _("Reveals personal or case-identifying data")
    ABUSIVE = "abusive", _("Abusive or disrespectful")
    SPAM = "spam", _("Spam or advertising")
    HARMFUL_ADVICE = "harmful_advice", _("Advice that could put someone at risk")
    OFF_TOPIC = "off_topic", _("Off topic")


class FlagStatus(models.TextChoices):
    OPEN = "open", _("Waiting for review")
    ACTIONED = "actioned", _("Post hidden")
    DISMISSED = "dismissed", _("Dismissed")


class WatchEmail(models.TextChoices):
    INSTANT = "instant", _("An email for every new reply")
    DAILY = "daily", _("A daily digest")
    WEEKLY = "weekly", _("A weekly digest")


class ModerationAction(models.TextChoices):
    HIDE_POST = "hide_post", _("Hid a post")
    RESTORE_POST = "restore_post", _("Restored a post")
    HIDE_TOPIC = "hide_topic", _("Hid a topic")
    RESTORE_TOPIC = "restore_topic", _("Restored a topic")
    LOCK = "lock", _("Locked a topic")
    UNLOCK = "unlock", _("Unlocked a topic")
    PIN = "pin", _("Pinned a topic")
    UNPIN = "unpin", _("Unpinned a topic")
    MOVE = "move", _("Moved a topic")
    DISMISS_FLAGS = "dismiss_flags", _("Dismissed flags")
    APPROVE_MEMBER = "approve_member", _("Approved a request to post")
    DECLINE_MEMBER = "decline_member", _("Declined a request to post")
    PUBLISH_HELD = "publish_held", _("Published a held post")
    REFUSE_HELD = "refuse_held", _("Refused a held post")


def language_or_default(code: str | None) -> str:
    """The post language matching an interface language code, English otherwise."""
    code = (code or "")[:2]
    return code if code in ContentLanguage.values else ContentLanguage.ENGLISH
