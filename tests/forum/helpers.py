"""Posting through the real form, as a member's browser would."""

import uuid


def new_topic_data(category, **overrides) -> dict:
    data = {
        "category": category.pk,
        "kind": "discussion",
        "title": "How do you follow up returnees after six months?",
        "body": "We call every returnee after three and six months. What do you do?",
        "population_group": "returnees",
        "language": "en",
        "submission_key": uuid.uuid4().hex,
    }
    data.update(overrides)
    return data


def reply_data(**overrides) -> dict:
    data = {"body": "We do home visits at six months.", "language": "en", "submission_key": uuid.uuid4().hex}
    data.update(overrides)
    return data


def forum_state() -> dict:
    """Every row of every forum model and of the search outbox: what "nothing changed" means."""
    from django.apps import apps

    models = [*apps.get_app_config("forum").get_models(), apps.get_model("search", "IndexOutboxEntry")]
    return {model.__name__: list(model.objects.order_by("pk").values()) for model in models}
