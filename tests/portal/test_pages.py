"""The home page and standard pages: where they may sit in the tree, what a reader sees, and their SQL budget."""

import pytest

from django.utils import timezone

from wagtail.models import Locale, Page
from wagtail.test.utils import WagtailPageTestCase

from portal.models import HomePage, StandardPage


def english_home() -> HomePage:
    return HomePage.objects.get(locale__language_code="en", depth=2)


def add_standard_page(parent: Page, title: str, *, live: bool = True) -> StandardPage:
    page = StandardPage(title=title, slug=title.lower().replace(" ", "-"), introduction=f"About {title}.", live=live)
    if live:
        page.last_published_at = page.first_published_at = timezone.now()
    parent.add_child(instance=page)
    return page


class PageTreeTests(WagtailPageTestCase):
    def test_home_page_sits_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_home_page_holds_standard_pages(self):
        self.assertCanCreateAt(HomePage, StandardPage)

    def test_standard_page_sits_under_the_home_page_or_another_standard_page(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})

    def test_standard_page_holds_only_standard_pages(self):
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_standard_page_cannot_hold_a_home_page(self):
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_standard_page_cannot_sit_at_the_root(self):
        self.assertCanNotCreateAt(Page, StandardPage)

    def test_second_home_page_cannot_be_created_in_the_same_place(self):
        root = Page.get_first_root_node()
        self.assertEqual(HomePage.objects.filter(depth=2, locale__language_code="en").count(), 1)
        self.assertFalse(HomePage.can_create_at(root))


@pytest.mark.django_db
def test_home_page_shows_search_box_sections_and_latest_pages(client):
    add_standard_page(english_home(), "Referral pathways")

    response = client.get("/en/")

    assert response.status_code == 200
    assert 'role="search"' in response.text
    assert 'action="/en/search/"' in response.text
    assert 'class="card card--search"' in response.text
    assert "Referral pathways" in response.text


@pytest.mark.django_db
def test_home_page_latest_activity_leaves_out_drafts_and_other_languages(client):
    home = english_home()
    add_standard_page(home, "Published guidance")
    add_standard_page(home, "Unfinished draft", live=False)
    french_home = home.copy_for_translation(Locale.objects.get(language_code="fr"))
    french_home.save_revision().publish()
    add_standard_page(french_home, "Orientation des cas")

    english = client.get("/en/")
    french = client.get("/fr/")

    assert "Published guidance" in english.text
    assert "Unfinished draft" not in english.text
    assert "Orientation des cas" not in english.text
    assert "Orientation des cas" in french.text


@pytest.mark.django_db
def test_home_page_says_so_when_nothing_is_published(client):
    response = client.get("/en/")

    assert "Nothing has been published yet." in response.text


@pytest.mark.django_db
def test_standard_page_shows_its_title_and_introduction(client):
    add_standard_page(english_home(), "Privacy")

    response = client.get("/en/privacy/")

    assert response.status_code == 200
    assert "<h1>Privacy</h1>" in response.text
    assert "About Privacy." in response.text


@pytest.mark.django_db
@pytest.mark.parametrize("published_pages", [5, 50])
def test_home_page_sql_queries_do_not_grow_with_published_pages(client, django_assert_max_num_queries, published_pages):
    home = english_home()
    for number in range(published_pages):
        add_standard_page(home, f"Lesson learned {number}")
    client.get("/en/")  # warms the site-root and content-type caches, as a running server has them

    # Measured: 24 at both sizes (site and page 6, language switcher 9, section entry points 2x3,
    # latest activity 2, locales 1); the margin leaves room for sections still to come.
    with django_assert_max_num_queries(30):
        response = client.get("/en/")

    assert response.text.count('class="meta"') == min(published_pages, 6)
