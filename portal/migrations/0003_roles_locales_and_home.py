"""Creates the role groups, the three content locales and a home page at the site root."""

from django.db import migrations

from portal.roles import create_role_groups

LANGUAGE_CODES = ["en", "fr", "ar"]


def create_groups(apps, schema_editor):
    create_role_groups(apps.get_model("auth", "Group"))


def create_locales_and_home(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    ContentType = apps.get_model("contenttypes", "ContentType")
    HomePage = apps.get_model("portal", "HomePage")

    english, _created = Locale.objects.get_or_create(language_code="en")
    for code in LANGUAGE_CODES[1:]:
        Locale.objects.get_or_create(language_code=code)

    if HomePage.objects.exists():
        return
    # Wagtail's initial migration leaves a placeholder "Welcome" page at depth 2; the portal's home replaces it.
    Page.objects.filter(depth=2, slug="home", content_type__app_label="wagtailcore").delete()
    root = Page.objects.get(depth=1)
    content_type, _created = ContentType.objects.get_or_create(model="homepage", app_label="portal")
    home = HomePage.objects.create(
        title="Home",
        draft_title="Home",
        slug="home",
        content_type=content_type,
        path=f"{root.path}0001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=english,
        headline="Case management community of practice",
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.update_or_create(is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Case management portal"})


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0002_pages"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(create_groups, migrations.RunPython.noop),
        migrations.RunPython(create_locales_and_home, migrations.RunPython.noop),
    ]
