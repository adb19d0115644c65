"""In real Chromium, with the Content-Security-Policy switched off so only sanitizing protects the reader:
a guideline whose every field holds an XSS payload opens no dialog, logs no error from script and fetches nothing
from outside the portal."""

import pytest

from django.core.files.base import ContentFile

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from guidelines.blocks import SectionBlock
from tests.e2e.conftest import chromium  # noqa: F401 - the session's browser
from tests.guidelines import factories
from tests.guidelines.xss import PAYLOADS, fill, leaf_filler
from tests.portal.factories import CountryFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _attacked_guideline():
    CountryFactory(code="EG", name_en="Egypt")
    target = factories.guideline(slug="referral")
    document = Document.objects.create(title=PAYLOADS[0], file=ContentFile(b"%PDF-1.4\n", name="form.pdf"))
    image = Image.objects.create(title=PAYLOADS[0], file=get_test_image_file())
    sections = []
    for number, payload in enumerate(PAYLOADS):
        value = fill(SectionBlock(), leaf_filler(payload, payload, document=document, image=image, page=target))
        value.update(anchor=f"s-x{number:03d}", level="1", country_notes=[{"country": "EG", "text": payload}])
        sections.append({"type": "section", "value": value})
    return factories.guideline(slug="attacked", sections=sections)


def test_payloads_run_nothing_in_chromium_without_csp(chromium, live_server):  # noqa: F811
    page = _attacked_guideline()
    context = chromium.new_context(bypass_csp=True)
    tab = context.new_page()
    dialogs, errors, outside = [], [], []
    tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.on("request", lambda request: None if request.url.startswith(live_server.url) else outside.append(request.url))
    try:
        for path in (f"{page.url}?country=EG", f"{page.url}print/", f"{page.url}countries/?country=EG"):
            tab.goto(live_server.url + path)
            tab.wait_for_load_state("load")
            tab.mouse.move(200, 300)
            tab.wait_for_timeout(300)
        headings = tab.locator("h1").count()
    finally:
        context.close()

    assert headings == 1
    assert dialogs == [] and errors == [] and outside == []
