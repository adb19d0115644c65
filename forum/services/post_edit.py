"""Editing a post keeps the previous text as a revision every reader can see."""

from django.db import transaction
from django.utils import timezone

from portal.privacy import find_personal_data, privacy_overrides_record

from ..errors import PrivacyWarning
from ..models import Post, PostRevision
from ..permissions import check_can_edit_post, check_editing_rate, check_text
from ..rendering import render_markdown
from ..search_source import record_topic_change
from .posting import citations_save


def check_post_edit(*, editor, post: Post, body: str, privacy_confirmed: bool) -> None:
    check_can_edit_post(editor, post)
    check_text(body, required=not post.is_opening)
    if body != post.body:
        check_editing_rate(editor)
    findings = find_personal_data(body)
    if findings and not privacy_confirmed:
        raise PrivacyWarning(findings)


def post_edit(*, editor, post: Post, body: str, privacy_confirmed: bool = False) -> Post:
    """After: the post shows `body`, and its previous text is kept in its history (unless nothing changed)."""
    check_post_edit(editor=editor, post=post, body=body, privacy_confirmed=privacy_confirmed)
    if body == post.body:
        return post
    with transaction.atomic():
        PostRevision.objects.create(post=post, body=post.body, body_html=post.body_html, edited_by=editor)
        post.body = body
        post.body_html = render_markdown(body, language=post.language)
        post.edited_at = timezone.now()
        post.edit_count += 1
        post.save(update_fields=["body", "body_html", "edited_at", "edit_count"])
        citations_save(post=post)
        record_topic_change(post.topic_id)
        if privacy_confirmed:
            privacy_overrides_record(author=editor, texts={"body": body}, url=post.get_absolute_url())
    return post
