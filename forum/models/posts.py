"""Posts, their edit history, reactions, citations of guideline sections and attachments."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.choices import ContentLanguage

from ..storage import attachment_storage


class Post(models.Model):
    topic = models.ForeignKey("forum.Topic", verbose_name=_("topic"), on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), on_delete=models.PROTECT, related_name="forum_posts"
    )
    is_opening = models.BooleanField(default=False)
    body = models.TextField(_("text"))
    body_html = models.TextField(editable=False)
    language = models.CharField(
        _("language"), max_length=2, choices=ContentLanguage.choices, default=ContentLanguage.ENGLISH
    )
    created_at = models.DateTimeField(_("posted"), auto_now_add=True, db_index=True)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    edit_count = models.PositiveIntegerField(default=0)
    helpful_count = models.PositiveIntegerField(default=0)
    is_hidden = models.BooleanField(_("hidden"), default=False)
    # The form's one-time token: a double submit finds the post it already made.
    submission_key = models.CharField(max_length=64, unique=True, null=True, blank=True, editable=False)

    class Meta:
        ordering = ["id"]
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        indexes = [models.Index(fields=["topic", "id"], name="forum_post_topic_idx")]
        # Staff roles' posts go live at once; a new Practitioner's first ones wait for a moderator.
        permissions = [("post_without_review", _("Can post without review"))]

    def __str__(self) -> str:
        return f"{self.topic} #{self.pk}"

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("forum:post", kwargs={"pk": self.pk})


class PostRevision(models.Model):
    """The text a post had before an edit; readers see the whole history."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    body = models.TextField()
    body_html = models.TextField()
    edited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]

    def __str__(self) -> str:
        return f"Revision of post {self.post_id}"


class Reaction(models.Model):
    """A member found a post helpful."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reactions")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["post", "user"], name="forum_reaction_once")]

    def __str__(self) -> str:
        return f"Helpful: post {self.post_id}"


class PostCitation(models.Model):
    """A guideline section a post cites, so the section can list the discussions about it."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="citations")
    guideline_slug = models.SlugField(max_length=120)
    anchor = models.CharField(max_length=120, blank=True)

    class Meta:
        indexes = [models.Index(fields=["guideline_slug", "anchor"], name="forum_citation_idx")]

    def __str__(self) -> str:
        return f"{self.guideline_slug}#{self.anchor}"


class PostEvidenceCitation(models.Model):
    """An evidence item (and a page of its PDF) a post cites, so the item can list the discussions about it."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="evidence_citations")
    evidence_slug = models.SlugField(max_length=120)
    pdf_page = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["evidence_slug"], name="forum_evidence_citation_idx")]

    def __str__(self) -> str:
        return f"evidence:{self.evidence_slug}" + (f"#page={self.pdf_page}" if self.pdf_page else "")


def _attachment_path(instance, filename: str) -> str:
    return f"forum/{uuid.uuid4().hex}{instance.extension}"


class Attachment(models.Model):
    """An uploaded file, already checked and (for images) re-encoded; served only to readers of its topic."""

    post = models.ForeignKey(Post, null=True, blank=True, on_delete=models.CASCADE, related_name="attachments")
    uploader = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    file = models.FileField(upload_to=_attachment_path, storage=attachment_storage, max_length=200)
    original_name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=120)
    extension = models.CharField(max_length=8)
    size = models.PositiveIntegerField()
    is_image = models.BooleanField(default=False)
    width = models.PositiveIntegerField(null=True, blank=True)
    height = models.PositiveIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.original_name

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("forum:attachment", kwargs={"pk": self.pk})
