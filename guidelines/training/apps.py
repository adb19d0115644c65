from django.apps import AppConfig


class TrainingConfig(AppConfig):
    """Training courses, modules and lessons, and learners' progress; lives beside the guidelines it teaches."""

    name = "guidelines.training"
    label = "training"
    default_auto_field = "django.db.models.BigAutoField"
