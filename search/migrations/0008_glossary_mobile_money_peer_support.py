"""Glossary concepts the cross-language search lacked (issue 12): mobile money, peer support, and the Arabic
adjective "community" (المجتمعي). Added only where editors have not written their own: a concept that
exists keeps its terms, and "community" gains the adjective only while its Arabic terms are the shipped ones.
"""

from django.db import migrations

NEW_KEYS = ("mobile-money", "peer-support")
SHIPPED_COMMUNITY_ARABIC = "المجتمع المحلي"


def add_concepts(apps, schema_editor):
    from search.glossary import seed_concepts

    GlossaryConcept = apps.get_model("search", "GlossaryConcept")
    for concept in seed_concepts():
        if concept["key"] in NEW_KEYS:
            GlossaryConcept.objects.get_or_create(
                key=concept["key"],
                defaults={
                    "terms_en": "\n".join(concept["en"]),
                    "terms_fr": "\n".join(concept["fr"]),
                    "terms_ar": "\n".join(concept["ar"]),
                },
            )
    GlossaryConcept.objects.filter(key="community", terms_ar=SHIPPED_COMMUNITY_ARABIC).update(
        terms_ar=f"{SHIPPED_COMMUNITY_ARABIC}\nالمجتمعي"
    )


class Migration(migrations.Migration):
    dependencies = [("search", "0007_record_translation_key")]

    operations = [migrations.RunPython(add_concepts, migrations.RunPython.noop)]
