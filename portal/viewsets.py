"""The Wagtail admin for accounts and the shared taxonomy (countries and topics): their edit panels live here only."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup
from wagtail.users.views.users import UserViewSet

from .admin_forms import CountryForm, PortalUserCreationForm, PortalUserEditForm, TopicForm
from .models import Country, Topic, TrustedDomain


class PortalUserViewSet(UserViewSet):
    """Wagtail's user screens with the portal's profile fields (email login, no username)."""

    create_template_name = "portal/admin/user_create.html"
    edit_template_name = "portal/admin/user_edit.html"

    def get_form_class(self, for_update=False):
        return PortalUserEditForm if for_update else PortalUserCreationForm


class CountryViewSet(SnippetViewSet):
    model = Country
    icon = "site"
    menu_label = _("Countries")
    list_display = ["name_en", "code", "name_fr", "name_ar", "is_programme_country"]
    list_filter = ["is_programme_country"]
    search_fields = ["code", "name_en", "name_fr", "name_ar"]
    ordering = ["name_en"]
    edit_handler = ObjectList(
        [
            FieldPanel("code"),
            FieldPanel("name_en"),
            FieldPanel("name_fr"),
            FieldPanel("name_ar"),
            FieldPanel("is_programme_country"),
        ],
        base_form_class=CountryForm,
    )


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name_en", "slug", "name_fr", "name_ar", "parent"]
    search_fields = ["slug", "name_en", "name_fr", "name_ar"]
    ordering = ["name_en"]
    edit_handler = ObjectList(
        [
            FieldPanel("name_en"),
            FieldPanel("slug"),
            FieldPanel("name_fr"),
            FieldPanel("name_ar"),
            FieldPanel("parent"),
        ],
        base_form_class=TopicForm,
    )

    def get_queryset(self, request):
        return Topic.objects.select_related("parent")


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    """Countries and topics under one "Taxonomy" menu, where editors look for them."""

    items = (CountryViewSet, TopicViewSet)
    menu_icon = "tag"
    menu_label = _("Taxonomy")
    menu_name = "taxonomy"
    menu_order = 250


class TrustedDomainViewSet(SnippetViewSet):
    """Administrators list the organisations' email domains whose verified members may post at once."""

    model = TrustedDomain
    icon = "group"
    menu_label = _("Trusted email domains")
    add_to_admin_menu = True
    list_display = ["domain", "organisation", "created_at"]
    search_fields = ["domain", "organisation"]
