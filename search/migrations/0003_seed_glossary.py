from django.db import migrations


def seed_glossary(apps, schema_editor):
    from search.glossary import seed_concepts

    GlossaryConcept = apps.get_model("search", "GlossaryConcept")
    for concept in seed_concepts():
        GlossaryConcept.objects.get_or_create(
            key=concept["key"],
            defaults={
                "terms_en": "\n".join(concept["en"]),
                "terms_fr": "\n".join(concept["fr"]),
                "terms_ar": "\n".join(concept["ar"]),
            },
        )


class Migration(migrations.Migration):
    dependencies = [("search", "0002_search_records_glossary")]

    operations = [migrations.RunPython(seed_glossary, migrations.RunPython.noop)]
