from django.urls import path

from . import views

app_name = "membership"

urlpatterns = [
    path("request/", views.request_to_post, name="request"),
    path("requests/", views.review_queue, name="requests"),
    path("requests/<int:pk>/decide/", views.review_decide, name="decide"),
]
