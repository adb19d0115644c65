"""Moderators and administrators edit forum categories (and their group restriction) in the Wagtail admin."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Category


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "group"
    menu_label = _("Forum categories")
    list_display = ["name_en", "slug", "sort_order"]
    add_to_admin_menu = True


register_snippet(CategoryViewSet)
