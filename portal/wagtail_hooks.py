"""Registers the portal's taxonomy (countries and topics) in the Wagtail admin."""

from wagtail.snippets.models import register_snippet

from .viewsets import TaxonomyViewSetGroup

register_snippet(TaxonomyViewSetGroup)
