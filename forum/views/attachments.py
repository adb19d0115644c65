"""Attachments are served only to people who may read their topic; documents always download."""

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404

from ..models import Attachment
from ..selectors import is_moderator, visible_topics


def attachment(request, pk: int):
    item = get_object_or_404(Attachment.objects.select_related("post"), pk=pk, post__isnull=False)
    if not visible_topics(request.user).filter(pk=item.post.topic_id).exists():
        raise Http404
    if item.post.is_hidden and not is_moderator(request.user):
        raise Http404
    try:
        handle = item.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        handle, content_type=item.content_type, as_attachment=not item.is_image, filename=item.original_name
    )
    response["Cache-Control"] = "private, max-age=3600"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["X-Content-Type-Options"] = "nosniff"
    return response
