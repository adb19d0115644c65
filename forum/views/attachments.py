"""Attachments are served only to people who may read their topic; documents always download.

The portal streams the file itself (from disk or the private bucket), so it never hands out a storage URL.
"""

import logging

from botocore.exceptions import BotoCoreError, ClientError

from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from ..models import Attachment
from ..selectors import is_moderator, visible_topics

logger = logging.getLogger(__name__)


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
    except (BotoCoreError, ClientError):
        logger.exception("Object storage did not return attachment %s", item.pk)
        message = _("The file store is not answering. Try again in a minute.")
        return HttpResponse(
            message, status=503, content_type="text/plain; charset=utf-8", headers={"Retry-After": "60"}
        )
    response = FileResponse(
        handle, content_type=item.content_type, as_attachment=not item.is_image, filename=item.original_name
    )
    response["Cache-Control"] = "private, max-age=3600"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["X-Content-Type-Options"] = "nosniff"
    return response
