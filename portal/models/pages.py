"""The home page and plain content pages of the portal."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.blocks import BaseStreamBlock


class HomePage(Page):
    # Fields
    headline = models.CharField(_("headline"), max_length=160)
    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    # Panels
    content_panels = [*Page.content_panels, FieldPanel("headline"), FieldPanel("intro"), FieldPanel("body")]

    # Search
    search_fields = [*Page.search_fields, index.SearchField("headline"), index.SearchField("intro")]

    # Helpers
    def get_context(self, request, *args, **kwargs):
        from portal.selectors import latest_activity, section_entry_points

        context = super().get_context(request, *args, **kwargs)
        context["entry_points"] = section_entry_points(locale=self.locale)
        context["latest_activity"] = latest_activity(locale=self.locale, user=request.user)
        return context

    # Tree
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")


class StandardPage(Page):
    # Fields
    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    # Panels
    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]

    # Search
    search_fields = [*Page.search_fields, index.SearchField("introduction"), index.SearchField("body")]

    # Helpers
    activity_label = _("page")

    # Tree
    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = ["portal.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
