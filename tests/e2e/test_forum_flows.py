"""The forum in real Chromium: a practitioner shares a lesson learned with a photo; a moderator hides a flagged post."""

import io

import pytest
from PIL import Image

from forum.models import Attachment, Flag, ModerationLogEntry, Topic
from portal.roles import Role
from tests.e2e.conftest import sign_in
from tests.forum.factories import CategoryFactory, ForumTopicFactory, MemberFactory, PostFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def field_photo(path) -> None:
    """A photo straight from a phone: EXIF with a GPS position."""
    image = Image.new("RGB", (800, 500), (70, 120, 160))
    for x in range(0, 800, 40):
        for y in range(300, 500):
            image.putpixel((x, y), (230, 200, 90))
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (9.0, 30.0, 12.5), 3: "W", 4: (13.0, 42.0, 5.0)}
    image.save(path, format="JPEG", exif=exif)


def test_practitioner_shares_a_lesson_learned_with_a_photo(live_server, browser_page, screenshot, tmp_path):
    CategoryFactory(slug="reintegration", name_en="Reintegration")
    MemberFactory(email="mariama@example.org", display_name="Mariama Bah")
    photo = tmp_path / "peer-group.jpg"
    field_photo(photo)
    page = browser_page

    sign_in(page, live_server.url, "mariama@example.org", "/en/forum/new/?kind=lesson")
    page.select_option("select[name=category]", label="Reintegration")
    page.select_option("select[name=kind]", value="lesson")
    page.fill("input[name=title]", "Peer groups kept returnees in Conakry engaged")
    page.fill("textarea[name=context]", "Returnees stopped answering follow-up calls after the first month.")
    page.fill("textarea[name=what_was_done]", "Monthly peer groups with a returnee facilitator.")
    page.fill("textarea[name=what_worked]", "Attendance stayed above 70% for four months.")
    page.fill("textarea[name=recommendation]", "Start peer groups within two weeks of arrival.")
    page.select_option("select[name=population_group]", value="returnees")
    page.fill("textarea[name=what_did_not_work]", "Calling returnees on +224 622 12 34 56 from a personal phone.")
    page.set_input_files("input[name=attachment]", str(photo))
    screenshot("forum-lesson-form")
    page.get_by_role("button", name="Publish").click()
    page.wait_for_load_state()

    # The privacy guard holds the post: the warning names the phone number and every field keeps its text.
    assert page.get_by_role("alert").filter(has_text="a phone number").is_visible()
    assert page.input_value("textarea[name=what_was_done]") == "Monthly peer groups with a returnee facilitator."
    assert not Topic.objects.exists()
    screenshot("forum-lesson-privacy-warning")
    page.fill("textarea[name=what_did_not_work]", "Calling returnees from caseworkers' personal phones.")
    page.set_input_files("input[name=attachment]", str(photo))
    page.get_by_role("button", name="Publish").click()
    page.wait_for_load_state()

    assert page.get_by_role("heading", level=1).inner_text() == "Peer groups kept returnees in Conakry engaged"
    assert page.get_by_text("Start peer groups within two weeks of arrival.").is_visible()
    image = page.locator(".attachments img")
    image.scroll_into_view_if_needed()
    assert page.evaluate("img => img.complete && img.naturalWidth", image.element_handle()) == 800
    screenshot("forum-lesson-published")
    attachment = Attachment.objects.get()
    assert Image.open(io.BytesIO(attachment.file.read())).getexif() == {}
    assert Topic.objects.get().kind == "lesson"


def test_moderator_hides_a_flagged_post_from_the_queue(live_server, browser_page, screenshot):
    category = CategoryFactory(slug="protection", name_en="Protection")
    topic = ForumTopicFactory(category=category, title="Night arrivals of children in Agadez")
    reply = PostFactory(topic=topic, body="The girl is called A. and sleeps behind the bus station every night.")
    reader = MemberFactory(email="reader@example.org", roles=[Role.READER])
    Flag.objects.create(post=reply, flagged_by=reader, reason="personal_data", note="Identifies a child")
    MemberFactory(email="moderator@example.org", display_name="Moussa (moderator)", roles=[Role.MODERATOR], totp=True)
    page = browser_page

    sign_in(page, live_server.url, "moderator@example.org", "/en/forum/moderation/")
    assert page.get_by_text("Night arrivals of children in Agadez").is_visible()
    assert page.get_by_text("Identifies a child").is_visible()
    screenshot("forum-moderation-queue")
    page.fill(f"#queue-reason-{reply.pk}", "Identifies a child and where she sleeps")
    page.get_by_role("button", name="Hide post").click()
    page.wait_for_load_state()

    assert page.get_by_text("Nothing waits for review.").is_visible()
    reply.refresh_from_db()
    assert reply.is_hidden
    assert ModerationLogEntry.objects.get().reason == "Identifies a child and where she sleeps"
    page.goto(f"{live_server.url}/en/forum/moderation/log/")
    assert page.get_by_text("Identifies a child and where she sleeps").is_visible()
    screenshot("forum-moderation-log")

    page.context.clear_cookies()
    page.goto(f"{live_server.url}{topic.get_absolute_url()}")
    assert "sleeps behind the bus station" not in page.content()
    screenshot("forum-topic-after-hide")
