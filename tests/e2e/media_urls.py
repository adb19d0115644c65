"""The portal's URLs and its uploaded files, as a web server in front of it serves them: the live server of a
browser test runs with DEBUG off, where portal.urls leaves `/media/` to nginx."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from portal.urls import urlpatterns as portal_urlpatterns

urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *portal_urlpatterns,
]
