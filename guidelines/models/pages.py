"""The guidelines index and the guideline page, whose published editions readers cite."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from guidelines.anchors import assign_missing_anchors
from guidelines.blocks import GuidelineBodyBlock
from guidelines.forms import GuidelinePageForm

from .editions import edition_label_validator


class GuidelineIndexPage(Page):
    # Fields
    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    # Panels
    content_panels = [*Page.content_panels, FieldPanel("intro")]

    # Search
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    # Helpers
    def get_context(self, request, *args, **kwargs):
        from guidelines.selectors import guidelines_with_current_edition

        context = super().get_context(request, *args, **kwargs)
        context["guidelines"] = guidelines_with_current_edition(index_page=self)
        return context

    # Tree
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["guidelines.GuidelinePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("guidelines index")


class GuidelinePage(RoutablePageMixin, Page):
    # Fields
    summary = models.TextField(_("summary"), blank=True, help_text=_("One or two sentences shown in lists."))
    countries = ParentalManyToManyField("portal.Country", verbose_name=_("countries"), blank=True, related_name="+")
    topics = ParentalManyToManyField("portal.Topic", verbose_name=_("topics"), blank=True, related_name="+")
    body = StreamField(GuidelineBodyBlock(), verbose_name=_("sections"), blank=True)

    # Fields: the edition the next publication creates
    edition_label = models.CharField(
        _("edition label"),
        max_length=20,
        validators=[edition_label_validator],
        help_text=_("A new label for each publication, e.g. 2.1. Published editions never change."),
    )
    edition_effective_date = models.DateField(_("effective date"), null=True, blank=True)
    edition_change_note = models.TextField(_("change note"), blank=True, help_text=_("What changed, for readers."))
    source_edition_label = models.CharField(
        _("follows source edition"),
        max_length=20,
        blank=True,
        help_text=_("Translations only: the label of the English edition this text renders (empty: the current one)."),
    )

    # Panels
    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("edition_label"),
                FieldPanel("edition_effective_date"),
                FieldPanel("edition_change_note"),
                FieldPanel("source_edition_label"),
            ],
            heading=_("Edition"),
        ),
        FieldPanel("summary"),
        FieldPanel("countries"),
        FieldPanel("topics"),
        FieldPanel("body"),
    ]
    base_form_class = GuidelinePageForm

    # Search
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]

    # Helpers
    def clean(self):
        super().clean()
        assign_missing_anchors(self.body)

    def serve_preview(self, request, mode_name):
        from guidelines.views import guideline_preview

        return guideline_preview(request, page=self)

    @path("")
    def current_edition(self, request):
        from guidelines.views import guideline_current

        return guideline_current(request, page=self)

    @path("editions/")
    def edition_list(self, request):
        from guidelines.views import guideline_editions

        return guideline_editions(request, page=self)

    @re_path(r"^editions/(?P<label>[^/]+)/$")
    def edition_detail(self, request, label):
        from guidelines.views import guideline_edition

        return guideline_edition(request, page=self, label=label)

    @re_path(r"^editions/(?P<label>[^/]+)/print/$")
    def edition_print(self, request, label):
        from guidelines.views import guideline_print

        return guideline_print(request, page=self, label=label)

    @re_path(r"^editions/(?P<label>[^/]+)/pdf/$")
    def edition_pdf(self, request, label):
        from guidelines.views import guideline_pdf

        return guideline_pdf(request, page=self, label=label)

    @path("print/")
    def current_print(self, request):
        from guidelines.views import guideline_print

        return guideline_print(request, page=self, label=None)

    @path("compare/")
    def compare(self, request):
        from guidelines.views import guideline_compare

        return guideline_compare(request, page=self)

    @path("countries/")
    def country_notes(self, request):
        from guidelines.views import guideline_country_notes

        return guideline_country_notes(request, page=self)

    @path("feedback/")
    def feedback(self, request):
        from guidelines.views import guideline_feedback

        return guideline_feedback(request, page=self)

    # Tree
    parent_page_types = ["guidelines.GuidelineIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guideline")
