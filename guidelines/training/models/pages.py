"""The training section's pages: index → course → module → lesson."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from guidelines.training.blocks import QUESTION_BLOCK_NAMES, LessonStreamBlock
from guidelines.training.forms import TrainingPageForm


class TrainingIndexPage(RoutablePageMixin, Page):
    base_form_class = TrainingPageForm

    # Fields
    introduction = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    # Panels
    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    # Search
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    # Helpers
    def get_context(self, request, *args, **kwargs):
        from guidelines.training.selectors import courses_for_learner

        context = super().get_context(request, *args, **kwargs)
        context["courses"] = courses_for_learner(user=request.user, locale=self.locale)
        return context

    def dashboard_url(self) -> str:
        return (self.url or "") + self.reverse_subpage("dashboard")

    def certificate_url(self, code: str) -> str:
        return (self.url or "") + self.reverse_subpage("certificate", kwargs={"code": code})

    @path("dashboard/", name="dashboard")
    def dashboard(self, request):
        from guidelines.training.views import dashboard

        return dashboard(request, index_page=self)

    @path("certificates/<str:code>/", name="certificate")
    def certificate(self, request, code):
        from guidelines.training.views import certificate

        return certificate(request, index_page=self, code=code)

    # Tree
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["training.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("training index page")


class CoursePage(RoutablePageMixin, Page):
    base_form_class = TrainingPageForm

    # Fields
    summary = models.TextField(_("summary"), max_length=600)
    audience = models.CharField(_("audience"), max_length=240, help_text=_("Who the course is for."))
    learning_objectives = RichTextField(_("learning objectives"), features=["bold", "italic", "ol", "ul"])
    duration = models.CharField(_("duration"), max_length=80, help_text=_("e.g. 3 hours, in four sittings"))
    prerequisites = models.TextField(_("prerequisites"), blank=True)
    countries = ParentalManyToManyField("portal.Country", verbose_name=_("countries"), blank=True, related_name="+")
    topics = ParentalManyToManyField("portal.Topic", verbose_name=_("topics"), blank=True, related_name="+")

    # Panels
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("audience"), FieldPanel("duration"), FieldPanel("prerequisites")], heading=_("For whom")
        ),
        FieldPanel("learning_objectives"),
        MultiFieldPanel([FieldPanel("countries"), FieldPanel("topics")], heading=_("Classification")),
    ]

    # Search
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("audience"),
        index.SearchField("learning_objectives"),
    ]

    # Helpers
    @property
    def language(self) -> str:
        return self.locale.language_code

    def get_context(self, request, *args, **kwargs):
        from guidelines.training.reports import is_course_report_reader
        from guidelines.training.selectors import course_outline

        context = super().get_context(request, *args, **kwargs)
        context["outline"] = course_outline(course=self, user=request.user)
        context["can_read_report"] = is_course_report_reader(request.user)
        context["index_page"] = self.get_parent().specific if self.pk else None
        return context

    def enrol_url(self) -> str:
        return (self.url or "") + self.reverse_subpage("enrol")

    def report_url(self) -> str:
        """The course report in the admin (guidelines.training.admin_report); none for an unsaved course's preview."""
        return reverse("training_course_report", args=[self.pk]) if self.pk else ""

    def report_csv_url(self) -> str:
        return self.report_url() + "?export=csv"

    @path("enrol/", name="enrol")
    def enrol(self, request):
        from guidelines.training.views import enrol

        return enrol(request, course=self)

    # Tree
    parent_page_types = ["training.TrainingIndexPage"]
    subpage_types = ["training.ModulePage"]

    class Meta:
        verbose_name = _("course")
        permissions = [
            ("view_course_report", _("Can read course reports")),
            ("publish_training_without_review", _("Can publish training pages without review")),
        ]


class ModulePage(Page):
    base_form_class = TrainingPageForm

    # Fields
    introduction = models.TextField(_("introduction"), blank=True)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_(
            "Score a learner needs in each lesson's knowledge check; empty means the site's default pass mark."
        ),
    )

    # Panels
    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("pass_mark")]

    # Search
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    # Helpers
    @property
    def check_pass_mark(self) -> int:
        """The score each knowledge check needs: the module's own, else the site default (never "any answer")."""
        return self.pass_mark or settings.TRAINING_DEFAULT_PASS_MARK

    def serve(self, request, *args, **kwargs):
        """A module has no page of its own: learners see it within the course outline."""
        from django.shortcuts import redirect

        return redirect(self.get_parent().get_url(request) + f"#module-{self.pk}")

    # Tree
    parent_page_types = ["training.CoursePage"]
    subpage_types = ["training.LessonPage"]

    class Meta:
        verbose_name = _("module")


class LessonPage(Page):
    base_form_class = TrainingPageForm

    # Fields
    summary = models.TextField(_("summary"), blank=True)
    body = StreamField(LessonStreamBlock(), verbose_name=_("content"), blank=True)

    # Panels
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel(
            "guideline_sections",
            heading=_("Guideline sections this lesson teaches"),
            label=_("Guideline section"),
            help_text=_("When a new edition changes one of these sections, the lesson is flagged for review."),
        ),
    ]

    # Search
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]

    # Helpers
    def questions(self) -> list:
        """The knowledge-check questions, as stream children (their `.id` is the stable question id)."""
        return [child for child in self.body if child.block_type in QUESTION_BLOCK_NAMES]

    def content_blocks(self) -> list:
        return [child for child in self.body if child.block_type not in QUESTION_BLOCK_NAMES]

    def serve(self, request, *args, **kwargs):
        from guidelines.training.views import lesson

        return lesson(request, lesson_page=self)

    def serve_preview(self, request, mode_name):
        """The draft as a learner will see it, within its course (or alone, before it is saved)."""
        return self.serve(request)

    # Tree
    parent_page_types = ["training.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")


class LessonGuidelineSection(Orderable):
    """A guideline section a lesson teaches: the guideline page and the section's stable anchor."""

    lesson = ParentalKey(LessonPage, on_delete=models.CASCADE, related_name="guideline_sections")
    guideline = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("guideline"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    anchor = models.SlugField(
        _("section anchor"), max_length=120, help_text=_("The section's anchor, as in the guideline's link #…")
    )

    panels = [PageChooserPanel("guideline", page_type="guidelines.GuidelinePage"), FieldPanel("anchor")]

    class Meta(Orderable.Meta):
        verbose_name = _("guideline section")

    def clean(self):
        from django.core.exceptions import ValidationError

        from guidelines.training.guideline_links import section_exists

        super().clean()
        if self.guideline_id and self.anchor and not section_exists(guideline=self.guideline, anchor=self.anchor):
            raise ValidationError(
                {"anchor": _("The current edition of this guideline has no section with this anchor.")}
            )
