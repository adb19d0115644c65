from django.urls import path

from . import api

app_name = "search_api"

urlpatterns = [
    path("", api.search, name="search"),
    path("suggest/", api.suggest, name="suggest"),
]
