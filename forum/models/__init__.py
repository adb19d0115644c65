from .categories import Category
from .moderation import Flag, ModerationLogEntry
from .posts import Attachment, Post, PostCitation, PostEvidenceCitation, PostRevision, Reaction
from .review import HeldPost
from .subscriptions import Watch
from .topics import Topic

__all__ = [
    "Attachment",
    "Category",
    "Flag",
    "HeldPost",
    "ModerationLogEntry",
    "Post",
    "PostCitation",
    "PostEvidenceCitation",
    "PostRevision",
    "Reaction",
    "Topic",
    "Watch",
]
