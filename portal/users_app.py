"""Wagtail's user admin, pointed at the portal's user screens (see portal.viewsets.PortalUserViewSet).

Listed in INSTALLED_APPS in place of "wagtail.users", the way Wagtail documents custom user forms.
"""

from wagtail.users.apps import WagtailUsersAppConfig


class PortalUsersAppConfig(WagtailUsersAppConfig):
    user_viewset = "portal.viewsets.PortalUserViewSet"
