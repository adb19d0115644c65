from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import GlossaryConcept


class GlossaryConceptViewSet(SnippetViewSet):
    """Editors keep the cross-language vocabulary; see search/glossary.py for how changes reach the index."""

    model = GlossaryConcept
    icon = "list-ul"
    menu_label = _("Search glossary")
    menu_order = 900
    add_to_admin_menu = True
    list_display = ["key", "terms_en", "terms_fr", "terms_ar"]
    search_fields = ["key", "terms_en", "terms_fr", "terms_ar"]


register_snippet(GlossaryConceptViewSet)
