from django.urls import path

from .feeds import TopicFeed
from .views import actions, attachments, lists, moderation, posting, topics

app_name = "forum"

urlpatterns = [
    path("", lists.index, name="index"),
    path("new/", posting.topic_new, name="topic_new"),
    path("c/<slug:slug>/", lists.category, name="category"),
    path("c/<slug:slug>/watch/", actions.watch_category, name="watch_category"),
    path("t/<int:pk>/", topics.topic, name="topic"),
    path("t/<int:pk>/reply/", posting.reply, name="reply"),
    path("t/<int:pk>/watch/", actions.watch_topic, name="watch_topic"),
    path("t/<int:pk>/moderate/", moderation.moderate_topic, name="moderate_topic"),
    path("p/<int:pk>/", topics.post, name="post"),
    path("p/<int:pk>/edit/", posting.post_edit_view, name="post_edit"),
    path("p/<int:pk>/history/", topics.post_history, name="post_history"),
    path("p/<int:pk>/helpful/", actions.helpful, name="helpful"),
    path("p/<int:pk>/flag/", actions.flag, name="flag"),
    path("p/<int:pk>/accept/", actions.accept, name="accept"),
    path("p/<int:pk>/moderate/", moderation.moderate_post, name="moderate_post"),
    path("attachments/<int:pk>/", attachments.attachment, name="attachment"),
    path("moderation/", moderation.queue, name="moderation_queue"),
    path("moderation/log/", moderation.log, name="moderation_log"),
    path("unsubscribe/<str:token>/", actions.unsubscribe, name="unsubscribe"),
    path("feeds/latest/", TopicFeed(), name="feed"),
    path("feeds/c/<slug:slug>/", TopicFeed(), name="category_feed"),
]
