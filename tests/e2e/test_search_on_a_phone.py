"""Search on a phone in real Chromium: the first result sits on the first screen, above a closed filters panel
whose countries are named (not coded), and the page does not shift as it loads."""

import pytest

import search.sources
from search.maintenance import index_rebuild
from tests.e2e.conftest import save_screenshot
from tests.portal.factories import CountryFactory
from tests.search.factories import FixtureSource, knowledge_document

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PHONE = {"width": 390, "height": 844}
COUNTRIES = {"GN": "Guinée", "ML": "Mali", "NE": "Niger", "SN": "Sénégal", "BF": "Burkina Faso", "CI": "Côte d’Ivoire"}
TOPICS = ["reintegration", "referral", "shelter", "psychosocial", "family-tracing", "livelihood"]
# Chromium's own layout-shift entries, summed as Lighthouse's CLS does for a page this short.
CUMULATIVE_LAYOUT_SHIFT = """() => new Promise(resolve => {
    let total = 0;
    new PerformanceObserver(list => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
    }).observe({type: "layout-shift", buffered: true});
    setTimeout(() => resolve(total), 500);
})"""


@pytest.fixture
def many_facets(monkeypatch):
    source = FixtureSource()
    monkeypatch.setattr(search.sources, "_sources", {source.name: source})
    for code, name in COUNTRIES.items():
        CountryFactory(code=code, name_en=name, name_fr=name, name_ar=name)
    source.documents["a"] = [
        knowledge_document(
            title=f"Réintégration, expérience {number}",
            text="réintégration des personnes de retour",
            language=("fr", "en", "ar")[number % 3],
            countries=[list(COUNTRIES)[number % len(COUNTRIES)]],
            topics=[TOPICS[number % len(TOPICS)]],
        )
        for number in range(18)
    ]
    index_rebuild()


def test_first_result_is_on_the_first_screen_of_a_phone_and_the_page_holds_still(live_server, chromium, many_facets):
    context = chromium.new_context(viewport=PHONE)
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/fr/search/?q=r%C3%A9int%C3%A9gration")
        page.wait_for_load_state("networkidle")
        first_result = page.locator(".search-results__list > li").first
        assert first_result.bounding_box()["y"] < PHONE["height"]
        filters = page.locator("details").filter(has=page.locator("summary"))
        assert filters.count() >= 1 and not filters.first.evaluate("element => element.open")
        shift = page.evaluate(CUMULATIVE_LAYOUT_SHIFT)
        assert shift < 0.1, shift
        save_screenshot(page, "search-phone-fr")
        filters.first.locator("summary").click()
        html = page.content()
        assert "Guinée" in html and "Sénégal" in html
        save_screenshot(page, "search-phone-fr-filters-open")
    finally:
        context.close()
