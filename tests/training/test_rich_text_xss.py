"""No training page serves markup that runs, whatever a trainer stored in a lesson block or a course's rich text.

Every field of every lesson block (walked from LessonStreamBlock) holds each payload; the course's and the training
index's rich text hold them all. Each page is compared with the same page built from plain words.
"""

import pytest

from django.core.files.base import ContentFile
from django.test import RequestFactory
from django.urls import reverse

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from guidelines.training.blocks import LessonStreamBlock
from guidelines.training.models import TrainingIndexPage
from guidelines.training.services import enrolment_create
from tests.guidelines import factories as guideline_factories
from tests.guidelines.xss import PAYLOADS, features_changed, fill, leaf_filler, what_runs
from tests.training.factories import lessons_of, make_course, publish, training_index

pytestmark = pytest.mark.django_db

PLAIN_HTML = "<p>Plain words.</p>"


def _lesson_body(values: list[str], *, target) -> list[dict]:
    document = Document.objects.create(title=values[0], file=ContentFile(b"%PDF-1.4\n", name="case-plan.pdf"))
    image = Image.objects.create(title=values[0], file=get_test_image_file())
    body = []
    for value in values:
        body += fill(LessonStreamBlock(), leaf_filler(value, value, document=document, image=image, page=target))
    return body


def _pages(client, *, trainer, learner, values: list[str], target) -> dict[str, str]:
    index = TrainingIndexPage.objects.get(pk=training_index().pk)
    index.introduction = "".join(values)
    publish(index)
    course = make_course(
        title=f"Course {len(values[0])}",
        modules=[{"title": "Module 1", "lessons": [{"title": "Lesson", "body": _lesson_body(values, target=target)}]}],
        revisions=True,
    )
    course.learning_objectives = "".join(values)
    publish(course)
    lesson = lessons_of(course)[0]
    pages = {}

    def read(name, url, **kwargs):
        response = client.post(url, kwargs) if kwargs else client.get(url)
        assert response.status_code == 200, f"{name}: {url} answered {response.status_code}"
        pages[name] = response.content.decode()

    read("training index", index.url)
    read("course, anonymous", course.url)
    read("lesson, anonymous", lesson.url)
    client.force_login(learner)
    enrolment_create(user=learner, course=course)
    read("course, enrolled", course.url)
    read("lesson, enrolled", lesson.url)
    answers = {f"q-{question.id}": question.value["answers"].bound_blocks[0].id for question in lesson.questions()}
    read("lesson, answered", lesson.url, action="check", **answers)
    client.force_login(trainer)
    revision = lesson.latest_revision
    read("admin revision preview", reverse("wagtailadmin_pages:revisions_view", args=[lesson.pk, revision.pk]))
    request = RequestFactory().get(lesson.url)
    request.user = trainer
    response = lesson.get_latest_revision_as_object().serve_preview(request, "")
    response.render()
    pages["admin preview panel"] = response.content.decode()
    client.logout()
    return pages


def test_no_training_page_serves_markup_that_runs(client, trainer, learner):
    target = guideline_factories.guideline()
    attacked = _pages(client, trainer=trainer, learner=learner, values=PAYLOADS, target=target)
    plain = _pages(client, trainer=trainer, learner=learner, values=[PLAIN_HTML] * len(PAYLOADS), target=target)

    runnable = what_runs(attacked)
    changed = features_changed(attacked, plain)
    assert len(attacked) == 8
    assert runnable == {}
    assert changed == {}
