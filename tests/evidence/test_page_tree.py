"""The evidence library's page tree: one index under the home page, and its items below it."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from guidelines.evidence.models import EvidenceIndexPage, EvidenceItemPage
from guidelines.models import GuidelineIndexPage
from portal.models import HomePage, StandardPage
from tests.evidence.factories import evidence_index


class EvidencePageTreeTests(WagtailPageTestCase):
    def test_index_lives_under_the_home_page_and_holds_items(self):
        self.assertAllowedParentPageTypes(EvidenceIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(EvidenceIndexPage, {EvidenceItemPage})

    def test_item_lives_only_in_the_index_and_has_no_subpages(self):
        self.assertAllowedParentPageTypes(EvidenceItemPage, {EvidenceIndexPage})
        self.assertAllowedSubpageTypes(EvidenceItemPage, set())

    def test_items_cannot_be_created_elsewhere(self):
        for parent in (Page, HomePage, StandardPage, GuidelineIndexPage):
            self.assertCanNotCreateAt(parent, EvidenceItemPage)

    def test_home_page_holds_one_evidence_index_only(self):
        home = evidence_index().get_parent().specific

        self.assertFalse(EvidenceIndexPage.can_create_at(home))
