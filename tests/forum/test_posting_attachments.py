"""The order of posting with an attachment: rules and rate first, decoding after, files only with a saved post."""

import importlib
from pathlib import Path

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile

from forum import uploads
from forum.forms import ReplyForm
from forum.models import Attachment, Post
from forum.services import post_create, topic_create
from forum.uploads import upload_receive

from . import files
from .factories import ForumTopicFactory
from .helpers import reply_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def decodes(monkeypatch) -> list[int]:
    """Counts the expensive image decodes."""
    calls: list[int] = []
    real = uploads.image_reencode

    def counting(content):
        calls.append(len(content))
        return real(content)

    monkeypatch.setattr(uploads, "image_reencode", counting)
    return calls


def stored_files() -> set[Path]:
    root = Path(Attachment.file.field.storage.location)
    return {path for path in root.rglob("*") if path.is_file()} if root.exists() else set()


def test_form_validation_reads_the_header_but_decodes_nothing(decodes):
    form = ReplyForm(reply_data(), {"attachment": SimpleUploadedFile("photo.jpg", files.gps_tagged_jpeg())})
    assert form.is_valid(), form.errors
    assert decodes == []


def test_image_too_large_is_refused_by_the_form_without_decoding(decodes):
    form = ReplyForm(reply_data(), {"attachment": SimpleUploadedFile("big.png", files.png_declaring(6300, 6300))})
    assert not form.is_valid()
    assert "too large to be processed" in form.errors["attachment"][0]
    assert decodes == []


def test_member_posting_too_fast_gets_no_image_decoded(client, practitioner, public_category, decodes):
    topic = ForumTopicFactory(category=public_category)
    client.force_login(practitioner)
    first = client.post(f"/en/forum/t/{topic.pk}/reply/", reply_data(body="First reply"))
    assert first.status_code == 302
    upload = SimpleUploadedFile("photo.jpg", files.gps_tagged_jpeg())
    second = client.post(f"/en/forum/t/{topic.pk}/reply/", {**reply_data(body="Second"), "attachment": upload})
    assert second.status_code == 429
    assert "posting too quickly" in second.content.decode()
    assert decodes == []
    assert not Attachment.objects.exists()


def test_allowed_post_decodes_its_image_once(client, practitioner, public_category, decodes):
    topic = ForumTopicFactory(category=public_category)
    client.force_login(practitioner)
    upload = SimpleUploadedFile("photo.jpg", files.gps_tagged_jpeg())
    response = client.post(f"/en/forum/t/{topic.pk}/reply/", {**reply_data(), "attachment": upload})
    assert response.status_code == 302
    assert len(decodes) == 1
    assert Attachment.objects.count() == 1


def _reply(author, topic):
    received = upload_receive(SimpleUploadedFile("notes.txt", b"follow-up notes"))
    post_create(author=author, topic=topic, body="With notes", language="en", uploads=[received])


def _new_topic(author, topic):
    received = upload_receive(SimpleUploadedFile("photo.jpg", files.gps_tagged_jpeg()))
    topic_create(
        author=author,
        category=topic.category,
        kind="discussion",
        title="Follow-up",
        body="With a photo",
        language="en",
        population_group="returnees",
        uploads=[received],
    )


@pytest.mark.parametrize("create", [_reply, _new_topic], ids=["reply", "new-topic"])
@pytest.mark.parametrize(
    "failing",
    [("posting", "citations_save"), (None, "record_topic_change")],
    ids=["citations", "outbox"],
)
def test_a_post_that_rolls_back_leaves_no_file(practitioner, public_category, monkeypatch, create, failing):
    topic = ForumTopicFactory(category=public_category)
    module = failing[0] or ("post_create" if create is _reply else "topic_create")

    def fail(*args, **kwargs):
        assert stored_files() - before, "the failure must come after the file is written"
        raise RuntimeError("database went away")

    before = stored_files()
    posts = Post.objects.count()
    monkeypatch.setattr(importlib.import_module(f"forum.services.{module}"), failing[1], fail)
    with pytest.raises(RuntimeError):
        create(practitioner, topic)
    assert stored_files() == before
    assert Post.objects.count() == posts
    assert not Attachment.objects.exists()


def test_files_refused_one_after_another_stop_being_decoded(practitioner, public_category, decodes):
    """A refused file makes no post, so the posting rate alone would let a member have images decoded forever."""
    from forum.errors import ForumError
    from forum.services.posting import UPLOAD_CHECKS_PER_WINDOW

    topic = ForumTopicFactory(category=public_category)
    truncated = files.gps_tagged_jpeg((400, 300))[:-200]
    reasons = []
    for _attempt in range(UPLOAD_CHECKS_PER_WINDOW + 3):
        received = upload_receive(SimpleUploadedFile("photo.jpg", truncated))
        with pytest.raises(ForumError) as refused:
            post_create(author=practitioner, topic=topic, body="Photo", language="en", uploads=[received])
        reasons.append(refused.value.code)
    assert reasons[:UPLOAD_CHECKS_PER_WINDOW] == ["upload"] * UPLOAD_CHECKS_PER_WINDOW
    assert reasons[UPLOAD_CHECKS_PER_WINDOW:] == ["rate_limited"] * 3
    assert len(decodes) == UPLOAD_CHECKS_PER_WINDOW
