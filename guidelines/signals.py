"""Signals the guidelines app sends, and its reactions to Wagtail's page lifecycle.

`edition_published` is public: other apps (training) connect to it to learn which sections changed.
It is sent inside the publishing transaction with keyword arguments guideline, new_edition, previous_edition
(previous_edition is None for a first edition).
"""

from django.dispatch import Signal

edition_published = Signal()


def on_page_published(sender, instance, revision, **kwargs) -> None:
    from guidelines.services import edition_publish

    edition_publish(guideline=instance, revision=revision, user=getattr(revision, "user", None))


def on_page_gone(sender, instance, **kwargs) -> None:
    from guidelines.services import guideline_index_change

    guideline_index_change(guideline=instance)


def on_index_page_saved(sender, instance, created, **kwargs) -> None:
    from guidelines.services import guideline_index_prepare

    if created and not kwargs.get("raw"):
        guideline_index_prepare(index_page=instance)
