from django.urls import path, re_path

from portal.offline_packs import views

app_name = "offline_packs"

urlpatterns = [
    path("", views.pack_list, name="list"),
    re_path(r"^(?P<code>[^/]{1,40})\.zip$", views.pack_download, name="download"),
]
