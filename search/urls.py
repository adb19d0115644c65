from django.urls import path

from . import saved_views, views

app_name = "search"

urlpatterns = [
    path("", views.search, name="search"),
    path("saved/", saved_views.saved_list, name="saved_list"),
    path("saved/new/", saved_views.saved_create, name="saved_create"),
    path("saved/<int:pk>/", saved_views.saved_update, name="saved_update"),
    path("saved/unsubscribe/<str:token>/", saved_views.saved_unsubscribe, name="saved_unsubscribe"),
]
