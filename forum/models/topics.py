"""Topics: a question, lesson learned, good practice or discussion, with its taxonomy and counters."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.choices import ContentLanguage, PopulationGroup

from ..choices import TopicKind


class Topic(models.Model):
    category = models.ForeignKey("forum.Category", verbose_name=_("category"), on_delete=models.PROTECT)
    kind = models.CharField(_("kind"), max_length=16, choices=TopicKind.choices, default=TopicKind.DISCUSSION)
    title = models.CharField(_("title"), max_length=200)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), on_delete=models.PROTECT, related_name="forum_topics"
    )
    language = models.CharField(
        _("language"), max_length=2, choices=ContentLanguage.choices, default=ContentLanguage.ENGLISH
    )
    countries = models.ManyToManyField("portal.Country", verbose_name=_("countries"), blank=True, related_name="+")
    topics = models.ManyToManyField("portal.Topic", verbose_name=_("topics"), blank=True, related_name="+")
    population_group = models.CharField(
        _("population group"), max_length=40, choices=PopulationGroup.choices, default=PopulationGroup.ALL_MIGRANTS
    )

    # Lesson learned: the structured account (Markdown), empty for other kinds.
    context = models.TextField(_("context"), blank=True)
    what_was_done = models.TextField(_("what was done"), blank=True)
    what_worked = models.TextField(_("what worked"), blank=True)
    what_did_not_work = models.TextField(_("what did not work"), blank=True)
    recommendation = models.TextField(_("recommendation"), blank=True)

    # State changed by moderators.
    is_locked = models.BooleanField(_("locked"), default=False)
    is_pinned = models.BooleanField(_("pinned"), default=False)
    is_hidden = models.BooleanField(_("hidden"), default=False)

    accepted_answer = models.ForeignKey(
        "forum.Post",
        verbose_name=_("accepted answer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # Counters of visible posts, kept by the services and recomputable (services.counters).
    reply_count = models.PositiveIntegerField(default=0)
    helpful_count = models.PositiveIntegerField(default=0)
    last_posted_at = models.DateTimeField(db_index=True)
    last_poster = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["-last_posted_at", "-id"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        permissions = [("moderate_forum", _("Can moderate the forum"))]
        indexes = [
            # Keyset pages walk this index; hidden topics are few, so is_hidden stays a residual filter.
            models.Index(fields=["category", "-last_posted_at", "-id"], name="forum_topic_category_list_idx"),
            models.Index(fields=["-last_posted_at", "-id"], name="forum_topic_recent_list_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("forum:topic", kwargs={"pk": self.pk})

    @property
    def is_solved(self) -> bool:
        return self.accepted_answer_id is not None

    @property
    def is_lesson_learned(self) -> bool:
        return self.kind == TopicKind.LESSON_LEARNED

    def lesson_sections(self) -> list[tuple[str, str]]:
        """The lesson-learned fields that were filled in, as (heading, Markdown) pairs."""
        fields = ["context", "what_was_done", "what_worked", "what_did_not_work", "recommendation"]
        return [
            (self._meta.get_field(name).verbose_name, getattr(self, name)) for name in fields if getattr(self, name)
        ]
