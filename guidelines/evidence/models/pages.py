"""The evidence section's pages: one index (the evidence list) and its items (notes, reports, datasets…)."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from portal.choices import ContentLanguage, PopulationGroup

from ..choices import Access, CollectionComponent, DocumentType, Licence
from ..forms import EvidencePageForm


class EvidenceIndexPage(Page):
    base_form_class = EvidencePageForm

    # Fields
    introduction = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    # Panels
    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    # Search
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    # Helpers
    def get_context(self, request, *args, **kwargs):
        from ..selectors import evidence_list

        context = super().get_context(request, *args, **kwargs)
        context.update(evidence_list(index_page=self, user=request.user, params=request.GET))
        return context

    # Tree
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["evidence.EvidenceItemPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("evidence index page")


class EvidenceItemPage(RoutablePageMixin, Page):
    base_form_class = EvidencePageForm

    # What it is
    summary = models.TextField(_("summary"), max_length=2000)
    document_type = models.CharField(_("document type"), max_length=20, choices=DocumentType.choices)
    publication_date = models.DateField(_("publication date"))
    source_organisations = models.CharField(
        _("source organisations"), max_length=300, help_text=_("Separate several with a semicolon.")
    )
    language = models.CharField(
        _("language"), max_length=2, choices=ContentLanguage.choices, default=ContentLanguage.ENGLISH
    )
    # Where, when and whom
    primary_country = models.ForeignKey(
        "portal.Country",
        verbose_name=_("primary country"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="evidence_items",
    )
    other_countries = ParentalManyToManyField(
        "portal.Country", verbose_name=_("other countries"), blank=True, related_name="evidence_items_also"
    )
    admin1_areas = models.CharField(
        _("admin-1 areas"), max_length=300, blank=True, help_text=_("Regions or provinces, separated by semicolons.")
    )
    period_start = models.DateField(_("period covered from"), null=True, blank=True)
    period_end = models.DateField(_("period covered until"), null=True, blank=True)
    topics = ParentalManyToManyField(
        "portal.Topic", verbose_name=_("themes"), blank=True, related_name="evidence_items"
    )
    population_group = models.CharField(
        _("population group"), max_length=40, choices=PopulationGroup.choices, blank=True
    )
    collection_component = models.CharField(
        _("data-collection component"), max_length=30, choices=CollectionComponent.choices, blank=True
    )
    # Use and access
    licence = models.CharField(_("licence"), max_length=30, choices=Licence.choices, default=Licence.CC_BY)
    access = models.CharField(_("access"), max_length=10, choices=Access.choices, default=Access.PUBLIC)
    access_group = models.ForeignKey(
        Group,
        verbose_name=_("group"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Only members of this group may read the item when access is “One group”."),
    )
    no_personal_data = models.BooleanField(
        _("This item contains no personal data"),
        default=False,
        help_text=_("Required to publish: no names, case numbers, photos or other details that identify a person."),
    )

    # Panels
    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("document_type"), FieldPanel("publication_date"), FieldPanel("language")]),
        FieldPanel("source_organisations"),
        MultiFieldPanel(
            [
                FieldPanel("primary_country"),
                FieldPanel("other_countries"),
                FieldPanel("admin1_areas"),
                FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
                FieldPanel("topics"),
                FieldPanel("population_group"),
                FieldPanel("collection_component"),
            ],
            heading=_("Coverage"),
        ),
        InlinePanel("files", heading=_("PDF files"), label=_("PDF file")),
        InlinePanel("data_files", heading=_("Data files"), label=_("data file")),
        InlinePanel("dataset_links", heading=_("Dataset links"), label=_("dataset link")),
        MultiFieldPanel(
            [FieldPanel("licence"), FieldPanel("access"), FieldPanel("access_group"), FieldPanel("no_personal_data")],
            heading=_("Use and access"),
        ),
    ]

    # Search
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.FilterField("document_type")]

    # Helpers
    def country_codes(self) -> list[str]:
        codes = [self.primary_country.code] if self.primary_country_id else []
        codes += [country.code for country in self.other_countries.all() if country.code not in codes]
        return codes

    def organisations(self) -> list[str]:
        return [name.strip() for name in self.source_organisations.split(";") if name.strip()]

    def admin1_list(self) -> list[str]:
        return [name.strip() for name in self.admin1_areas.split(";") if name.strip()]

    def citation(self) -> str:
        from ..citation import citation_text

        return citation_text(item=self)

    def can_read(self, user) -> bool:
        from ..access import can_read

        return can_read(user=user, item=self)

    def serve(self, request, *args, **kwargs):
        from ..access import refuse

        if not self.can_read(request.user):
            return refuse(request, item=self)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from ..citations import citing_pages, evidence_discussions
        from ..selectors import item_detail

        context = super().get_context(request, *args, **kwargs)
        context.update(item_detail(item=self))
        context["discussions"] = evidence_discussions(item=self, user=request.user)
        context["cited_in"] = citing_pages(item=self, request=request)
        context["can_edit"] = bool(request.user.is_authenticated and self.permissions_for_user(request.user).can_edit())
        return context

    def file_url(self, file, page_number: int | None = None) -> str:
        url = (self.url or "") + self.reverse_subpage("file", kwargs={"pk": file.pk})
        return f"{url}#page={page_number}" if page_number else url

    def data_file_url(self, data_file) -> str:
        return (self.url or "") + self.reverse_subpage("data_file", kwargs={"pk": data_file.pk})

    @path("files/<int:pk>/", name="file")
    def file_view(self, request, pk):
        from ..views import pdf_file

        return pdf_file(request, item=self, pk=pk)

    @path("data/<int:pk>/", name="data_file")
    def data_file_view(self, request, pk):
        from ..views import data_file

        return data_file(request, item=self, pk=pk)

    # Tree
    parent_page_types = ["evidence.EvidenceIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("evidence item")
        verbose_name_plural = _("evidence items")
