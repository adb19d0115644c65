"""The default site takes the portal's own name, the one its catalogues translate (admin_names shows it per language)."""

from django.db import migrations

OLD_NAME = "Case management portal"
PORTAL_NAME = "Case management community of practice"


def name_site_like_the_portal(apps, schema_editor):
    apps.get_model("wagtailcore", "Site").objects.filter(site_name=OLD_NAME).update(site_name=PORTAL_NAME)


def name_site_as_before(apps, schema_editor):
    apps.get_model("wagtailcore", "Site").objects.filter(site_name=PORTAL_NAME).update(site_name=OLD_NAME)


class Migration(migrations.Migration):
    dependencies = [("portal", "0008_block_previews"), ("wagtailcore", "0001_initial")]

    operations = [migrations.RunPython(name_site_like_the_portal, name_site_as_before)]
