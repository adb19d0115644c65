from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from guidelines.models import GuidelineIndexPage, GuidelinePage
from guidelines.training.models import CoursePage, LessonPage, ModulePage, TrainingIndexPage
from portal.models import HomePage, StandardPage

TRAINING_PAGES = (TrainingIndexPage, CoursePage, ModulePage, LessonPage)


class TrainingPageTreeTests(WagtailPageTestCase):
    """Training index → course → module → lesson, each only where it belongs (editors cannot misplace one)."""

    def test_index_lives_under_the_home_page_and_holds_only_courses(self):
        self.assertAllowedParentPageTypes(TrainingIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(TrainingIndexPage, {CoursePage})

    def test_course_lives_only_in_the_index_and_holds_only_modules(self):
        self.assertAllowedParentPageTypes(CoursePage, {TrainingIndexPage})
        self.assertAllowedSubpageTypes(CoursePage, {ModulePage})

    def test_module_lives_only_in_a_course_and_holds_only_lessons(self):
        self.assertAllowedParentPageTypes(ModulePage, {CoursePage})
        self.assertAllowedSubpageTypes(ModulePage, {LessonPage})

    def test_lesson_lives_only_in_a_module_and_has_no_subpages(self):
        self.assertAllowedParentPageTypes(LessonPage, {ModulePage})
        self.assertAllowedSubpageTypes(LessonPage, set())

    def test_no_training_page_can_be_created_under_other_pages(self):
        for other in (Page, StandardPage, GuidelineIndexPage, GuidelinePage):
            for page_type in TRAINING_PAGES:
                self.assertCanNotCreateAt(other, page_type)
