"""The training section's page tree: one index under the home page, then courses, modules and lessons."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from guidelines.models import GuidelineIndexPage, GuidelinePage
from guidelines.training.models import CoursePage, LessonPage, ModulePage, TrainingIndexPage
from portal.models import HomePage, StandardPage
from tests.training.factories import training_index


class TrainingPageTreeTests(WagtailPageTestCase):
    def test_index_lives_under_the_home_page(self):
        self.assertAllowedParentPageTypes(TrainingIndexPage, {HomePage})

    def test_index_allows_only_courses_below(self):
        self.assertAllowedSubpageTypes(TrainingIndexPage, {CoursePage})

    def test_course_lives_only_in_the_index_and_holds_modules(self):
        self.assertAllowedParentPageTypes(CoursePage, {TrainingIndexPage})
        self.assertAllowedSubpageTypes(CoursePage, {ModulePage})

    def test_module_lives_only_in_a_course_and_holds_lessons(self):
        self.assertAllowedParentPageTypes(ModulePage, {CoursePage})
        self.assertAllowedSubpageTypes(ModulePage, {LessonPage})

    def test_lesson_lives_only_in_a_module_and_has_no_subpages(self):
        self.assertAllowedParentPageTypes(LessonPage, {ModulePage})
        self.assertAllowedSubpageTypes(LessonPage, set())

    def test_training_pages_cannot_be_created_elsewhere(self):
        for parent in (Page, StandardPage, GuidelineIndexPage, GuidelinePage):
            for child in (CoursePage, ModulePage, LessonPage):
                self.assertCanNotCreateAt(parent, child)
        self.assertCanNotCreateAt(StandardPage, TrainingIndexPage)

    def test_home_page_holds_one_training_index_only(self):
        home = training_index().get_parent().specific

        self.assertFalse(TrainingIndexPage.can_create_at(home))
