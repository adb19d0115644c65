"""Every block an editor can add to a StreamField shows a preview in the block picker, in the site's styles,
whether or not the image and document libraries hold anything yet."""

import pytest

from django.apps import apps
from django.urls import reverse

from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from portal.roles import Role

from .factories import UserFactory

pytestmark = pytest.mark.django_db


def _pickable_blocks() -> dict[str, blocks.Block]:
    """{"Model.field.block": block} for every child block of every page StreamField and of the streams nested in it."""
    found = {}

    def walk(stream: blocks.StreamBlock, where: str) -> None:
        for name, child in stream.child_blocks.items():
            found[f"{where}.{name}"] = child
            for grandchild_name, grandchild in getattr(child, "child_blocks", {}).items():
                if isinstance(grandchild, blocks.StreamBlock):
                    walk(grandchild, f"{where}.{name}.{grandchild_name}")

    for model in apps.get_models():
        for field in model._meta.get_fields():
            if isinstance(field, StreamField) and field.model is model:
                walk(field.stream_block, f"{model.__name__}.{field.name}")
    return found


PICKABLE = _pickable_blocks()


@pytest.fixture
def editor_client(client):
    client.force_login(UserFactory(roles=[Role.EDITOR], totp=True))
    return client


def test_the_walk_finds_the_blocks_of_guidelines_lessons_and_pages():
    assert {"GuidelinePage.body.section", "LessonPage.body.video", "StandardPage.body.callout"} <= set(PICKABLE)
    assert "GuidelinePage.body.section.content.cross_reference" in PICKABLE


@pytest.mark.parametrize("where", sorted(PICKABLE))
def test_every_pickable_block_has_a_template_and_a_preview(where):
    block = PICKABLE[where]

    assert block.meta.icon and block.meta.icon != "placeholder", where
    assert block.is_previewable, where


@pytest.mark.parametrize("where", sorted(PICKABLE))
def test_block_preview_renders_in_the_site_styles_with_empty_libraries(editor_client, where):
    response = editor_client.get(reverse("wagtailadmin_block_preview"), {"id": PICKABLE[where].definition_prefix})

    assert response.status_code == 200, where
    assert "css/portal.css" in response.content.decode()


def test_image_block_previews_show_the_librarys_first_image(editor_client):
    Image.objects.create(title="Desk", file=get_test_image_file())

    for where in ("StandardPage.body.image", "LessonPage.body.image", "GuidelinePage.body.section.content.image"):
        response = editor_client.get(reverse("wagtailadmin_block_preview"), {"id": PICKABLE[where].definition_prefix})

        assert "<img" in response.content.decode(), where
