"""Field packs: a country's public content as static pages in a zip, with versions and deltas."""

import io
import json
import re
import zipfile

import pytest

from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from wagtail.models import PageViewRestriction

from forum.choices import TopicKind
from portal.offline_packs.delta import apply_delta
from tests.forum.factories import CategoryFactory, ForumTopicFactory, PostFactory
from tests.guidelines import factories
from tests.portal.factories import CountryFactory
from tests.training.factories import make_course, paragraph

pytestmark = pytest.mark.django_db

CANARIES = {
    "restricted guideline": "CANARY-guideline-91b",
    "members-only course": "CANARY-course-4c2",
    "hidden post": "CANARY-hidden-post-7d1",
    "hidden topic": "CANARY-hidden-topic-2e9",
    "restricted category": "CANARY-category-5a0",
    "other country's note": "CANARY-note-BF-3f8",
    "unsolved discussion": "CANARY-unsolved-6b4",
}


@pytest.fixture(autouse=True)
def private_files(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def world():
    mali = CountryFactory(code="ML", name_en="Mali", name_fr="Mali", name_ar="مالي")
    burkina = CountryFactory(code="BF", name_en="Burkina Faso")
    guideline = factories.guideline(
        sections=[
            factories.section(
                "Referral",
                'Refer the person with consent, using the <a href="/documents/1/form.pdf">referral form</a>.',
                anchor="s-refer1",
                notes={
                    "ML": "<p>In Mali, call the hotline.</p>",
                    "BF": "<p>" + CANARIES["other country's note"] + "</p>",
                },
            ),
            factories.section("Follow-up", "Call within a week.", anchor="s-follow"),
        ]
    )
    restricted = factories.guideline(
        slug="restricted",
        title="Restricted guideline",
        sections=[factories.section("Secret", CANARIES["restricted guideline"], anchor="s-secret")],
    )
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    make_course(title="Reintegration basics", modules=[{"lessons": [{"body": [paragraph("<p>Open lesson.</p>")]}]}])
    members = make_course(
        title="Members course",
        modules=[{"lessons": [{"body": [paragraph(f"<p>{CANARIES['members-only course']}</p>")]}]}],
    )
    PageViewRestriction.objects.create(page=members, restriction_type=PageViewRestriction.LOGIN)

    public = CategoryFactory(slug="field")
    solved = ForumTopicFactory(category=public, kind=TopicKind.QUESTION, title="Documents for returnees?")
    solved.countries.add(mali)
    answer = PostFactory(topic=solved, body="Ask the civil registry first, as [[case-management#s-refer1]] says.")
    PostFactory(topic=solved, body=CANARIES["hidden post"], is_hidden=True)
    solved.accepted_answer = answer
    solved.save()
    lesson = ForumTopicFactory(
        category=public, kind=TopicKind.LESSON_LEARNED, title="Shelter referrals", what_worked="Weekly calls."
    )
    lesson.countries.add(mali)
    hidden = ForumTopicFactory(
        category=public, kind=TopicKind.LESSON_LEARNED, title=CANARIES["hidden topic"], is_hidden=True
    )
    hidden.countries.add(mali)
    unsolved = ForumTopicFactory(category=public, kind=TopicKind.QUESTION, title=CANARIES["unsolved discussion"])
    unsolved.countries.add(mali)
    closed = CategoryFactory(slug="case-conference", restricted_to=["Case conference"])
    secret = ForumTopicFactory(category=closed, kind=TopicKind.LESSON_LEARNED, title=CANARIES["restricted category"])
    secret.countries.add(mali)
    return {"mali": mali, "burkina": burkina, "guideline": guideline, "lesson": lesson}


def download(client, language: str, code: str, **query):
    with translation.override(language):
        url = reverse("offline_packs:download", kwargs={"code": code})
    response = client.get(url, query)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, body


def unzip(body: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_pack_has_index_style_manifest_and_the_countrys_public_content(client, world):
    response, body = download(client, "en", "ML")

    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    files = unzip(body)
    manifest = json.loads(files["manifest.json"])
    assert manifest["country"] == "ML" and manifest["version"] == 1
    assert {item["path"] for item in manifest["items"]} == set(files) - {"manifest.json"}
    assert {"index.html", "style.css", "guidelines/case-management.html"} <= set(files)
    guideline = files["guidelines/case-management.html"].decode()
    assert "In Mali, call the hotline." in guideline and "1 Referral" in guideline
    index = files["index.html"].decode()
    assert "Documents for returnees?" in index and "Shelter referrals" in index and "Reintegration basics" in index
    topic = next(
        content.decode()
        for name, content in files.items()
        if "returnees" in content.decode() and name.startswith("forum/")
    )
    assert "Ask the civil registry first" in topic
    assert 'href="http://localhost/en/guidelines/case-management/' in topic  # a citation links to the portal
    assert 'href="http://localhost/documents/1/form.pdf"' in guideline


def test_pack_pages_link_only_relatively_so_they_open_from_a_usb_stick(client, world):
    files = unzip(download(client, "en", "ML")[1])

    for name, content in files.items():
        if not name.endswith(".html"):
            continue
        html = content.decode()
        for target in re.findall(r'(?:href|src)="([^"]+)"', html):
            assert not target.startswith("/"), (name, target)
            if target.startswith(("http", "#", "mailto:")):
                continue
            folder = name.rsplit("/", 1)[0] + "/" if "/" in name else ""
            resolved = re.sub(r"[^/]+/\.\./", "", folder + target.split("#")[0])
            assert resolved in files, (name, target)


def test_manifest_hashes_match_the_files(client, world):
    import hashlib

    files = unzip(download(client, "en", "ML")[1])
    manifest = json.loads(files["manifest.json"])

    for item in manifest["items"]:
        assert hashlib.sha256(files[item["path"]]).hexdigest() == item["sha256"]
        assert len(files[item["path"]]) == item["bytes"]


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_no_pack_in_any_language_holds_restricted_hidden_or_members_only_content_canary(client, world, language):
    call_command("build_offline_packs", stdout=io.StringIO())

    for code in ("ML", "BF"):
        files = unzip(download(client, language, code)[1])
        everything = b"".join(files.values()).decode()
        for what, canary in CANARIES.items():
            if what == "other country's note" and code == "BF":
                continue  # Burkina Faso's own note belongs in its pack
            assert canary not in everything, f"{what} in the {code} {language} pack"


def test_arabic_pack_is_right_to_left_and_french_is_french(client, world):
    factories.translate(
        world["guideline"],
        "ar",
        title="مبادئ إدارة الحالات",
        sections=[factories.section("الإحالة", "نص.", anchor="s-refer1", notes={"ML": "<p>ملاحظة مالي.</p>"})],
    )

    arabic = unzip(download(client, "ar", "ML")[1])
    french = unzip(download(client, "fr", "ML")[1])

    assert 'dir="rtl"' in arabic["index.html"].decode() and "مالي" in arabic["index.html"].decode()
    assert "ملاحظة مالي." in arabic["guidelines/case-management.html"].decode()
    assert 'lang="fr"' in french["index.html"].decode() and 'dir="ltr"' in french["index.html"].decode()


def test_unchanged_content_keeps_the_version_and_a_new_edition_makes_a_small_delta(client, world):
    first, full = download(client, "en", "ML")
    call_command("build_offline_packs", "--language", "en", stdout=io.StringIO())
    assert download(client, "en", "ML")[0]["X-Pack-Version"] == "1"

    factories.new_edition(
        world["guideline"],
        sections=[factories.section("Referral", "New referral wording.", anchor="s-refer1")],
        label="2.0",
    )
    out = io.StringIO()
    call_command("build_offline_packs", "--language", "en", stdout=out)
    assert "ML en: version 2 (new version)" in out.getvalue()

    response, body = download(client, "en", "ML", since="1")
    delta = unzip(body)
    assert response.status_code == 200 and response["X-Pack-Version"] == "2"
    assert set(delta) == {"guidelines/case-management.html", "delta.json"}  # no full manifest: only what changed
    assert "New referral wording." in delta["guidelines/case-management.html"].decode()
    description = json.loads(delta["delta.json"])
    assert (description["since"], description["version"], description["removed"]) == (1, 2, [])
    assert description["changed"] == [
        {
            "path": "guidelines/case-management.html",
            "kind": "guideline",
            "title": "Case management principles and process",
            "version": "2.0",
        }
    ]


def test_delta_lists_removed_files(client, world):
    download(client, "en", "ML")
    world["lesson"].is_hidden = True
    world["lesson"].save()
    call_command("build_offline_packs", "--language", "en", stdout=io.StringIO())

    delta = unzip(download(client, "en", "ML", since="1")[1])

    assert json.loads(delta["delta.json"])["removed"] == [f"forum/{world['lesson'].pk}.html"]


def _new_edition(world):
    factories.new_edition(
        world["guideline"], sections=[factories.section("Referral", "Reworded.", anchor="s-refer1")], label="2.0"
    )


def _hide_lesson_learned(world):
    world["lesson"].is_hidden = True
    world["lesson"].save()


def _new_solved_question(world):
    topic = ForumTopicFactory(category=world["lesson"].category, kind=TopicKind.QUESTION, title="Birth certificates?")
    topic.countries.add(world["mali"])
    topic.accepted_answer = PostFactory(topic=topic, body="The mayor's office issues them.")
    topic.save()


def _all_at_once(world):
    _new_edition(world)
    _hide_lesson_learned(world)
    _new_solved_question(world)


@pytest.mark.parametrize(
    ("change", "language"),
    [(_new_edition, "en"), (_hide_lesson_learned, "en"), (_new_solved_question, "fr"), (_all_at_once, "ar")],
)
def test_a_pack_updated_by_its_delta_is_the_fresh_full_pack(client, world, change, language):
    old = unzip(download(client, language, "ML")[1])
    change(world)
    call_command("build_offline_packs", "--language", language, stdout=io.StringIO())

    delta = unzip(download(client, language, "ML", since="1")[1])
    fresh = unzip(download(client, language, "ML")[1])

    assert apply_delta(pack=old, delta=delta) == fresh
    assert len(delta) < len(fresh) and "manifest.json" not in delta


def test_a_delta_for_another_version_is_refused_by_the_device(client, world):
    old = unzip(download(client, "en", "ML")[1])
    _new_edition(world)
    call_command("build_offline_packs", "--language", "en", stdout=io.StringIO())
    _hide_lesson_learned(world)
    call_command("build_offline_packs", "--language", "en", stdout=io.StringIO())

    with pytest.raises(ValueError, match="this update is for version 2, the pack is 1"):
        apply_delta(pack=old, delta=unzip(download(client, "en", "ML", since="2")[1]))


@pytest.mark.parametrize(
    ("code", "query", "status", "reason"),
    [
        ("XX", {}, 404, "There is no field pack for “XX”."),
        ("MLI", {}, 404, "There is no field pack for “MLI”."),
        ("..%2F", {}, 404, "There is no field pack"),
        ("ML", {"since": "abc"}, 400, "must be a pack version number"),
        ("ML", {"since": "-1"}, 400, "must be a pack version number"),
        ("ML", {"since": "\x00"}, 400, "must be a pack version number"),
        ("ML", {"since": "0"}, 400, "This pack has no version 0; its current version is 1."),
        ("ML", {"since": "99"}, 400, "This pack has no version 99"),
        ("ML", {"since": "9999999999999"}, 400, "must be a pack version number"),
    ],
)
def test_bad_input_is_refused_with_a_reason(client, world, code, query, status, reason):
    response, body = download(client, "en", code, **query)

    assert response.status_code == status
    assert reason in body.decode()


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_pack_list_shows_every_programme_country_with_version_and_size_once_built(client, world, language):
    download(client, language, "ML")
    with translation.override(language):
        html = client.get(reverse("offline_packs:list")).content.decode()
        url = reverse("offline_packs:download", kwargs={"code": "ML"})

    assert f'href="{url}"' in html and "(BF)" in html
    assert "version 1" in html or language != "en"
