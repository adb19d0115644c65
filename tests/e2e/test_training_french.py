"""A French-speaking learner enrols and takes a knowledge check in real Chromium, with feedback per answer."""

from io import StringIO

import pytest

from guidelines.training.demo import load_demo_content as load_training_demo
from guidelines.training.models import KnowledgeCheckResult, LessonCompletion
from portal.demo import load_demo_content as load_portal_demo
from tests.portal.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def french_learner(live_server):
    load_portal_demo(stdout=StringIO())
    load_training_demo(stdout=StringIO())
    return UserFactory(email="mariam@example.org", display_name="Mariam Keïta", preferred_language="fr")


def _sign_in(page, base_url, user):
    page.goto(f"{base_url}/accounts/login/")
    page.fill("input[name=login]", user.email)
    page.fill("input[name=password]", DEFAULT_PASSWORD)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_load_state()


def test_french_learner_takes_a_knowledge_check(live_server, french_learner, browser_page, screenshot):
    page = browser_page
    _sign_in(page, live_server.url, french_learner)

    page.goto(f"{live_server.url}/fr/training/")
    assert page.locator("html").get_attribute("lang") == "fr"
    first_course = page.locator(".course-card h2").first.inner_text()
    assert first_course in {
        "Les bases de la gestion de cas",
        "Identifier les victimes de la traite",
        "Premiers secours psychologiques et réintégration",
    }
    screenshot("training-fr-index")

    page.get_by_role("link", name="Identifier les victimes de la traite").click()
    page.locator(".enrol-form button").click()
    page.wait_for_load_state()
    assert page.locator(".progress").first.is_visible()
    screenshot("training-fr-course-enrolled")

    page.get_by_role("link", name="Indicateurs courants").first.click()
    assert page.get_by_role("heading", level=1).inner_text() == "Indicateurs courants"
    page.locator("#knowledge-check button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator(".message--error").is_visible()
    assert not KnowledgeCheckResult.objects.filter(learner=french_learner).exists()
    screenshot("training-fr-check-no-answer")

    page.get_by_label("L'employeur garde le passeport de la personne").check()
    page.locator("#knowledge-check button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator(".check-score--failed").is_visible()
    assert page.get_by_text("Oui : le contrôle des documents est un indicateur clé.").is_visible()
    screenshot("training-fr-check-not-passed")

    page.get_by_label("Une dette envers le recruteur qui ne cesse d'augmenter").check()
    page.locator("#knowledge-check button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator(".check-score--passed").is_visible()
    assert page.locator("p.badge--done").is_visible()
    assert LessonCompletion.objects.filter(learner=french_learner, lesson__title="Indicateurs courants").exists()
    screenshot("training-fr-check-passed")

    page.goto(f"{live_server.url}/fr/training/dashboard/")
    assert page.get_by_role("link", name="Identifier les victimes de la traite").is_visible()
    screenshot("training-fr-dashboard")
