"""The guidelines app's reactions to Wagtail's page lifecycle, connected in GuidelinesConfig.ready."""

from guidelines.services import edition_publish, guideline_index_change, guideline_index_prepare


def on_page_published(sender, instance, revision, **kwargs) -> None:
    edition_publish(guideline=instance, revision=revision, user=getattr(revision, "user", None))


def on_page_gone(sender, instance, **kwargs) -> None:
    guideline_index_change(guideline=instance)


def on_index_page_saved(sender, instance, created, **kwargs) -> None:
    if created and not kwargs.get("raw"):
        guideline_index_prepare(index_page=instance)
