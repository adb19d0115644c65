from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from guidelines.models import GuidelineIndexPage, GuidelinePage
from portal.models import HomePage, StandardPage


class GuidelinePageTreeTests(WagtailPageTestCase):
    def test_index_allows_only_guidelines_below(self):
        self.assertAllowedSubpageTypes(GuidelineIndexPage, {GuidelinePage})

    def test_index_lives_under_the_home_page(self):
        self.assertAllowedParentPageTypes(GuidelineIndexPage, {HomePage})

    def test_guideline_lives_only_in_the_index(self):
        self.assertAllowedParentPageTypes(GuidelinePage, {GuidelineIndexPage})

    def test_guideline_has_no_subpages(self):
        self.assertAllowedSubpageTypes(GuidelinePage, set())

    def test_guideline_cannot_be_created_under_a_standard_page(self):
        self.assertCanNotCreateAt(StandardPage, GuidelinePage)
        self.assertCanNotCreateAt(Page, GuidelinePage)
