import pytest

from guidelines.models import GuidelineEdition
from tests.guidelines import factories

pytestmark = pytest.mark.django_db


def _english_and_arabic():
    english = factories.guideline(sections=[factories.section("Referral", "Refer with consent.", anchor="s-refer1")])
    arabic = factories.translate(
        english,
        "ar",
        title="مبادئ إدارة الحالات وإجراءاتها",
        sections=[factories.section("الإحالة", "أحِل الحالة بعد الحصول على الموافقة.", anchor="s-refer1")],
    )
    return english, arabic


def test_translation_records_the_source_edition_it_follows():
    _english, arabic = _english_and_arabic()

    edition = GuidelineEdition.objects.get(guideline=arabic)

    assert edition.source_edition.label == "1.0"


def test_up_to_date_translation_shows_no_banner(client):
    _english, arabic = _english_and_arabic()

    html = client.get(arabic.url).content.decode()

    assert arabic.url.startswith("/ar/")
    assert "الإحالة" in html
    assert 'class="banner banner--translation"' not in html


def test_translation_behind_the_source_shows_banner_with_link(client):
    english, arabic = _english_and_arabic()
    factories.new_edition(
        english,
        sections=[factories.section("Referral", "Refer with informed consent.", anchor="s-refer1")],
        label="2.0",
    )

    response = client.get(arabic.url, HTTP_ACCEPT_LANGUAGE="en")
    html = response.content.decode()

    assert 'class="banner banner--translation"' in html
    assert f'href="{english.url}"' in html
