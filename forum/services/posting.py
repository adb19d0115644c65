"""What creating a post shares between a new topic and a reply: rules, rendering, attachments, citations."""

import functools
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from portal.privacy import find_personal_data

from ..errors import ForumError, PrivacyWarning
from ..models import Attachment, Post, PostCitation, PostEvidenceCitation
from ..permissions import check_posting_rate, check_text
from ..rendering import citations_in, evidence_citations_in, render_markdown
from ..uploads import CheckedUpload, ReceivedUpload, UploadRejected, upload_clean

DUPLICATE_SUBMISSION = "duplicate"


def existing_submission(*, author, submission_key: str | None) -> Post | None:
    """The post a previous send of the same form already made (a double submit), if any."""
    if not submission_key:
        return None
    return Post.objects.filter(submission_key=submission_key, author=author).select_related("topic").first()


def once_per_submission(answer: Callable[[Post], object]):
    """Decorates a service taking keyword-only `author` and `submission_key`: a double submit of one form gets
    `answer(post)` of the post the first send made instead of a second one, also when the two sends race
    (the second then meets the submission key's unique constraint, in save_post)."""

    def decorate(create):
        @functools.wraps(create)
        def once(*, author, submission_key: str | None = None, **kwargs):
            previous = existing_submission(author=author, submission_key=submission_key)
            if previous is not None:
                return answer(previous)
            try:
                return create(author=author, submission_key=submission_key, **kwargs)
            except ForumError as error:
                if error.code != DUPLICATE_SUBMISSION:
                    raise
                return answer(existing_submission(author=author, submission_key=submission_key))

        return once

    return decorate


def check_new_post(
    *, author, texts: dict[str, str], privacy_confirmed: bool, body_required: bool = True, title: str = ""
) -> None:
    """Refuses empty or oversized text, posting too fast, or unconfirmed personal data (the title included)."""
    for field, text in texts.items():
        check_text(text, field=field, required=body_required and field == "body")
    check_posting_rate(author)
    findings = find_personal_data(title, *texts.values())
    if findings and not privacy_confirmed:
        raise PrivacyWarning(findings)


# A refused file makes no post, so the posting rate alone would not bound how often one member gets files
# decoded: at most this many per window, each within its own budget (forum/uploads/images.py).
UPLOAD_CHECKS_PER_WINDOW = 20
UPLOAD_CHECK_WINDOW_SECONDS = 600


def check_upload_rate(*, author) -> None:
    now = time.time()
    key = f"forum:upload-checks:{author.pk}:{int(now // UPLOAD_CHECK_WINDOW_SECONDS)}"
    cache.add(key, 0, timeout=UPLOAD_CHECK_WINDOW_SECONDS + 60)
    if cache.incr(key) > UPLOAD_CHECKS_PER_WINDOW:
        seconds = int(UPLOAD_CHECK_WINDOW_SECONDS - now % UPLOAD_CHECK_WINDOW_SECONDS) + 1
        raise ForumError(
            _("You are posting too quickly.")
            + " "
            + ngettext(
                "Please wait %(seconds)s second and send again: your text is kept.",
                "Please wait %(seconds)s seconds and send again: your text is kept.",
                seconds,
            )
            % {"seconds": seconds},
            code="rate_limited",
        )


def uploads_clean(*, author, uploads: list[ReceivedUpload]) -> list[CheckedUpload]:
    """Decodes and inspects the files; called only after the rules and the posting rate allowed the post."""
    if uploads:
        check_upload_rate(author=author)
    try:
        return [upload_clean(upload) for upload in uploads]
    except UploadRejected as error:
        raise ForumError(str(error), code="upload", field="attachment") from None


@contextmanager
def attachments_removed_on_failure() -> Iterator[list[str]]:
    """Wraps a post's transaction: the files written inside it (their names listed) are deleted if it fails."""
    written: list[str] = []
    try:
        yield written
    except BaseException:
        for name in written:
            Attachment.file.field.storage.delete(name)
        raise


def save_post(*, post: Post, uploads: list[CheckedUpload], written: list[str] | None = None) -> Post:
    """Saves a new post with its attachments and citations; a reused submission key means a double submit."""
    post.body_html = render_markdown(post.body, language=post.language)
    try:
        with transaction.atomic():
            post.save()
    except IntegrityError:
        raise ForumError("duplicate submission", code=DUPLICATE_SUBMISSION) from None
    for upload in uploads:
        attachment_save(post=post, upload=upload, written=written)
    citations_save(post=post)
    return post


def attachment_save(*, post: Post, upload: CheckedUpload, written: list[str] | None = None) -> Attachment:
    attachment = Attachment(
        post=post,
        uploader=post.author,
        original_name=upload.original_name,
        content_type=upload.content_type,
        extension=upload.extension,
        size=len(upload.content),
        is_image=upload.is_image,
        width=upload.width,
        height=upload.height,
    )
    attachment.file.save(upload.original_name, ContentFile(upload.content), save=False)
    if written is not None:
        written.append(attachment.file.name)
    attachment.save()
    return attachment


def citations_save(*, post: Post) -> None:
    PostCitation.objects.filter(post=post).delete()
    PostCitation.objects.bulk_create(
        PostCitation(post=post, guideline_slug=citation.guideline_slug, anchor=citation.anchor)
        for citation in citations_in(post.body)
    )
    PostEvidenceCitation.objects.filter(post=post).delete()
    PostEvidenceCitation.objects.bulk_create(
        PostEvidenceCitation(post=post, evidence_slug=citation.evidence_slug, pdf_page=citation.pdf_page)
        for citation in evidence_citations_in(post.body)
    )
