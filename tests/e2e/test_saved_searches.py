"""Saving a search in real Chromium: from the French results to the list of saved searches, and back."""

import pytest

import search.sources
from search.maintenance import index_rebuild
from search.models import SavedSearch
from tests.e2e.conftest import sign_in
from tests.portal.factories import UserFactory
from tests.search.factories import FixtureSource, knowledge_document

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def fixture_source(monkeypatch):
    source = FixtureSource()
    monkeypatch.setattr(search.sources, "_sources", {source.name: source})
    return source


def test_member_saves_a_french_search_and_runs_it_again(live_server, browser_page, screenshot, fixture_source):
    fixture_source.documents["a"] = [
        knowledge_document(title="Réintégration psychosociale à Bamako", text="réintégration", language="fr")
    ]
    index_rebuild()
    UserFactory(email="awa@example.org", preferred_language="fr")
    results = "/fr/search/?q=r%C3%A9int%C3%A9gration&country=ML"

    sign_in(browser_page, live_server.url, "awa@example.org", results)
    browser_page.get_by_text("Enregistrer cette recherche").click()
    browser_page.get_by_label("Nom (facultatif)").fill("Réintégration au Mali")
    browser_page.get_by_role("button", name="Enregistrer et m’envoyer les nouveaux résultats chaque jour").click()
    browser_page.wait_for_load_state()
    screenshot("saved-search-confirmed-fr")

    assert "Recherche enregistrée sous le nom « Réintégration au Mali »" in browser_page.content()
    assert browser_page.url == f"{live_server.url}{results}"
    browser_page.goto(f"{live_server.url}/fr/search/saved/")
    screenshot("saved-search-list-fr")
    browser_page.get_by_role("link", name="Réintégration au Mali").click()
    browser_page.wait_for_load_state()
    assert "Réintégration psychosociale à Bamako" in browser_page.content()
    assert SavedSearch.objects.get().query_string == "q=r%C3%A9int%C3%A9gration&country=ML"
