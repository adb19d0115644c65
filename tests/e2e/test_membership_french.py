"""The membership journey in French, in real Chromium: a verified Reader asks to post, a moderator
approves, and the new Practitioner starts a topic (screenshots in test-artifacts/membership-fr-*.png)."""

import pytest

from forum.models import Topic
from portal.models import MembershipRequest
from portal.roles import Role
from tests.forum.factories import CategoryFactory
from tests.portal.factories import CountryFactory, UserFactory

from .conftest import DESKTOP, save_screenshot, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def journey(live_server):
    CountryFactory(code="GN", name_en="Guinea", name_fr="Guinée", name_ar="غينيا")
    CategoryFactory(slug="reintegration", name_en="Reintegration", name_fr="Réintégration")
    reader = UserFactory(
        email="aminata@example.org", display_name="Aminata Diallo", preferred_language="fr", roles=[Role.READER]
    )
    moderator = UserFactory(
        email="moussa@example.org",
        display_name="Moussa Sow",
        preferred_language="fr",
        roles=[Role.MODERATOR],
        totp=True,
    )
    return reader, moderator


def test_a_reader_asks_is_approved_and_posts_in_french(live_server, journey, browser_page, chromium, screenshot):
    reader, moderator = journey
    page = browser_page
    sign_in(page, live_server.url, reader.email, "/fr/forum/new/")
    assert page.locator("html").get_attribute("lang") == "fr"
    ask = page.locator('a[href="/fr/membership/request/"]').first
    assert ask.is_visible()
    screenshot("membership-fr-1-cannot-post")

    ask.click()
    page.wait_for_load_state()
    page.fill("input[name=organisation]", "OIM Guinée")
    page.fill("input[name=role_title]", "Assistante réintégration")
    page.select_option("select[name=country]", label="Guinée")
    page.fill("textarea[name=reason]", "J'accompagne les personnes de retour à Kankan.")
    screenshot("membership-fr-2-request-form")
    page.locator("form.form button[type=submit]").click()
    page.wait_for_load_state()
    assert "/accounts/profile/" in page.url
    assert page.locator("#membership-status-heading").is_visible()
    assert page.input_value("input[name=organisation]") == "OIM Guinée"  # the profile is not asked for again
    screenshot("membership-fr-3-profile-pending")
    assert MembershipRequest.objects.get().status == "pending"

    moderator_context = chromium.new_context(viewport=DESKTOP)
    moderator_page = moderator_context.new_page()
    sign_in(moderator_page, live_server.url, moderator.email, "/fr/membership/requests/")
    assert "J'accompagne les personnes de retour à Kankan." in moderator_page.content()
    assert "example.org" in moderator_page.locator(".membership-request").inner_text()
    save_screenshot(moderator_page, "membership-fr-4-review")
    moderator_page.locator(".membership-request button[value=approve]").click()
    moderator_page.wait_for_load_state()
    save_screenshot(moderator_page, "membership-fr-5-approved")
    moderator_context.close()
    assert MembershipRequest.objects.get().status == "approved"

    page.goto(f"{live_server.url}/fr/forum/new/")
    page.select_option("select[name=category]", label="Réintégration")
    page.fill("input[name=title]", "Suivi des personnes de retour après six mois")
    page.fill("textarea[name=body]", "Nous appelons chaque personne à trois et six mois. Et vous ?")
    page.select_option("select[name=language]", "fr")
    screenshot("membership-fr-6-new-topic")
    page.locator("form button[type=submit]").last.click()
    page.wait_for_load_state()
    topic = Topic.objects.get()
    assert page.url.endswith(f"/fr/forum/t/{topic.pk}/")
    assert page.get_by_role("heading", level=1).inner_text() == "Suivi des personnes de retour après six mois"
    screenshot("membership-fr-7-topic-published")
