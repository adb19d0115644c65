"""A guideline's images go into its edition PDF and the field packs: small, without metadata, with their text
alternative, and within a byte budget past which the text alternative stands in."""

import io
import json
import re
import subprocess
import zipfile

import pytest
from PIL import Image as PillowImage

from django.core.files.images import ImageFile
from django.urls import reverse
from django.utils import translation

from wagtail.images.models import Image

from guidelines import edition_images
from tests.guidelines import factories
from tests.portal.factories import CountryFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def private_files(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def _photo(name: str, *, size=(1600, 1200), colour=(200, 80, 40)) -> Image:
    """A camera photo as an editor uploads it: big, with GPS coordinates and a comment in its EXIF."""
    exif = PillowImage.Exif()
    exif[0x010E] = "CANARY-exif-description"  # ImageDescription
    exif[0x8825] = {1: "N", 2: (13.0, 30.0, 0.0)}  # GPS: latitude
    out = io.BytesIO()
    PillowImage.new("RGB", size, colour).save(out, "JPEG", exif=exif, comment=b"CANARY-comment")
    assert b"CANARY-exif-description" in out.getvalue()
    return Image.objects.create(title=name, file=ImageFile(io.BytesIO(out.getvalue()), name=f"{name}.jpg"))


def _image_section(heading: str, image: Image, alt: str, *, anchor: str) -> dict:
    section = factories.section(heading, "Read the pathway below.", anchor=anchor)
    section["value"]["content"].append({"type": "image", "value": {"image": image.pk, "alt_text": alt, "caption": ""}})
    return section


@pytest.fixture
def illustrated():
    CountryFactory(code="ML", name_en="Mali")
    first, second = _photo("pathway"), _photo("map", colour=(20, 90, 200))
    return factories.guideline(
        sections=[
            _image_section("Referral", first, "Referral pathway: caseworker to shelter", anchor="s-refer1"),
            _image_section("Map", second, "Map of the shelters in Bamako", anchor="s-map001"),
        ]
    )


def _pack(client) -> dict[str, bytes]:
    with translation.override("en"):
        response = client.get(reverse("offline_packs:download", kwargs={"code": "ML"}))
    with zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content))) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _assert_small_and_clean(content: bytes) -> None:
    assert b"CANARY" not in content and b"Exif" not in content
    with PillowImage.open(io.BytesIO(content)) as image:
        assert image.format == "JPEG" and max(image.size) <= 800
        assert not image.getexif() and "comment" not in image.info and "icc_profile" not in image.info


def test_a_pack_holds_the_guidelines_images_small_without_metadata_and_with_their_alt_text(client, illustrated):
    files = _pack(client)

    images = sorted(name for name in files if name.startswith("images/"))
    assert len(images) == 2
    page = files["guidelines/case-management.html"].decode()
    for name in images:
        _assert_small_and_clean(files[name])
        assert f'src="../{name}"' in page  # relative: opens from a USB stick
    assert 'alt="Referral pathway: caseworker to shelter"' in page and 'alt="Map of the shelters in Bamako"' in page
    assert "/media/" not in page
    assert "images/" not in files["index.html"].decode()  # the contents list what a reader reads, not files


def test_past_the_budget_an_image_is_left_out_and_its_text_alternative_stays(illustrated):
    one_image = len(edition_images._small_copy(re.search(r'src="([^"]+)"', _rendered(illustrated)).group(1)))
    budget = edition_images.ImageBudget(limit=one_image + 100)

    html = "".join(str(budget.embed(section["html"], prefix="../")) for section in _sections(illustrated))

    assert len(budget.images) == 1 and budget.used <= one_image + 100
    assert '<span class="image-left-out">Map of the shelters in Bamako</span>' in html
    assert html.count("<img ") == 1


def test_an_image_deleted_since_the_edition_leaves_its_text_alternative(illustrated):
    Image.objects.get(title="map").delete()
    budget = edition_images.ImageBudget()

    html = "".join(str(budget.embed(section["html"], prefix="../")) for section in _sections(illustrated))

    assert len(budget.images) == 1 and "Map of the shelters in Bamako" in html


def test_the_edition_pdf_embeds_the_images_without_their_metadata(client, illustrated, tmp_path):
    response = client.get(f"{illustrated.url}editions/1.0/pdf/")
    pdf = b"".join(response.streaming_content)

    path = tmp_path / "edition.pdf"
    path.write_bytes(pdf)
    listed = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in listed.splitlines()[2:]]
    assert len(rows) == 2 and all(int(row[3]) <= 800 for row in rows)  # width
    assert b"CANARY" not in pdf


def _sections(guideline):
    return guideline.editions.get().served_sections


def _rendered(guideline) -> str:
    return "".join(section["html"] for section in _sections(guideline))


def _illustrated_course(image: Image, alt: str):
    from tests.training import factories as training_factories

    picture = {
        "type": "image",
        "id": training_factories.new_id(),
        "value": {"image": image.pk, "alt_text": alt, "decorative": False},
    }
    lesson = {"title": "Safe referral", "body": [training_factories.paragraph("<p>Look at the pathway.</p>"), picture]}
    return training_factories.make_course(title="Referral basics", modules=[{"title": "Module 1", "lessons": [lesson]}])


def test_a_pack_holds_the_lessons_images_small_without_metadata_and_named_relatively(client):
    CountryFactory(code="ML", name_en="Mali")
    course = _illustrated_course(_photo("lesson-pathway"), "Pathway from intake to shelter")

    files = _pack(client)

    images = [name for name in files if name.startswith("images/")]
    assert len(images) == 1
    _assert_small_and_clean(files[images[0]])
    page = files[f"courses/{course.slug}.html"].decode()
    assert f'src="../{images[0]}"' in page and 'alt="Pathway from intake to shelter"' in page
    assert "/media/" not in page
    manifest = json.loads(files["manifest.json"])
    assert [item["path"] for item in manifest["items"]].count(images[0]) == 1


def test_an_image_in_a_guideline_and_a_lesson_is_one_file_of_the_pack(client, illustrated):
    shared = Image.objects.get(title="pathway")
    course = _illustrated_course(shared, "Referral pathway: caseworker to shelter")

    files = _pack(client)

    manifest_paths = [item["path"] for item in json.loads(files["manifest.json"])["items"]]
    images = sorted(name for name in files if name.startswith("images/"))
    assert len(images) == 2 and sorted(path for path in manifest_paths if path.startswith("images/")) == images
    lesson_image = re.search(r'src="\.\./(images/[^"]+)"', files[f"courses/{course.slug}.html"].decode()).group(1)
    assert f'src="../{lesson_image}"' in files["guidelines/case-management.html"].decode()


def test_keeping_an_edition_keeps_its_images(client, settings, illustrated):
    kept = client.get(f"/api/offline/pages/{illustrated.pk}/").json()

    images = [url for url in kept["urls"] if url.startswith(settings.MEDIA_URL)]
    assert len(images) == 2  # the two sections' pictures, as the edition's pages show them
    for url in images:  # renditions the device fetches while online
        assert (settings.MEDIA_ROOT / url.removeprefix(settings.MEDIA_URL)).is_file(), url
