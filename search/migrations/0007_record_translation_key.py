"""Records keep their translation key: results group a topic with its replies under one key, and only true
translations are offered as "also in" another language."""

from django.db import migrations, models
from django.db.models import F


def keep_translation_keys(apps, schema_editor):
    """Until now the group key was the translation key, or the document's own id when it had none."""
    SearchRecord = apps.get_model("search", "SearchRecord")
    SearchRecord.objects.exclude(group_key=F("document_id")).update(translation_key=F("group_key"))


class Migration(migrations.Migration):
    dependencies = [("search", "0006_semantic_vectors")]

    operations = [
        # A plain ADD COLUMN: Django's SQLite AddField rebuilds the table, which drops the full-text triggers.
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.RunSQL(
                    "ALTER TABLE search_searchrecord ADD COLUMN translation_key varchar(255) DEFAULT '' NOT NULL",
                    "ALTER TABLE search_searchrecord DROP COLUMN translation_key",
                )
            ],
            state_operations=[
                migrations.AddField(
                    model_name="searchrecord",
                    name="translation_key",
                    field=models.CharField(blank=True, default="", max_length=255),
                )
            ],
        ),
        migrations.RunPython(keep_translation_keys, migrations.RunPython.noop),
    ]
