"""Media on S3-compatible object storage, so that several app servers see the same uploads.

Read by the settings (plain environment in, plain options out: nothing here imports Django's app registry).
Every object is private: a bucket URL without a signature is refused. Forum attachments and documents are
streamed by the portal after its permission check; only public images are linked by short-lived signed URLs.
"""

from urllib.parse import parse_qsl, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

S3_BACKEND = "storages.backends.s3.S3Storage"
SIGNED_URL_SECONDS = 3600
CONNECT_TIMEOUT_SECONDS = 3
READ_TIMEOUT_SECONDS = 10
_URL_PARAMETERS = {"endpoint_url", "region", "addressing_style", "url_expiry"}


def _from_url(url: str) -> dict:
    parts = urlsplit(url)
    if parts.scheme != "s3" or not parts.hostname:
        raise ImproperlyConfigured(f"MEDIA_STORAGE_URL must look like s3://bucket?endpoint_url=…, not {url!r}.")
    query = dict(parse_qsl(parts.query))
    unknown = sorted(set(query) - _URL_PARAMETERS)
    if unknown:
        raise ImproperlyConfigured(
            f"MEDIA_STORAGE_URL has unknown parameters {', '.join(unknown)}; known: {', '.join(sorted(_URL_PARAMETERS))}."
        )
    values = {
        "bucket": parts.hostname,
        "location": parts.path.strip("/"),
        "endpoint_url": query.get("endpoint_url", ""),
        "region": query.get("region", ""),
        "addressing_style": query.get("addressing_style", ""),
        "url_expiry": query.get("url_expiry", ""),
    }
    if parts.username:
        values["access_key"] = unquote(parts.username)
        values["secret_key"] = unquote(parts.password or "")
    return values


def _client_config(addressing_style: str):
    """Short timeouts and few retries: a request waiting on a silent file store must end before gunicorn's 30 s."""
    from botocore.config import Config

    return Config(
        s3={"addressing_style": addressing_style},  # self-hosted servers rarely have bucket DNS: path style there
        signature_version="s3v4",
        connect_timeout=CONNECT_TIMEOUT_SECONDS,
        read_timeout=READ_TIMEOUT_SECONDS,
        retries={"mode": "standard", "total_max_attempts": 2},  # the first try and one retry
    )


def object_storage_options(environ) -> dict | None:
    """OPTIONS of STORAGES["default"] on object storage, or None when neither MEDIA_STORAGE_URL nor
    AWS_STORAGE_BUCKET_NAME is set (files then stay on disk under MEDIA_ROOT)."""
    url = environ.get("MEDIA_STORAGE_URL", "")
    if url:
        values = _from_url(url)
    elif environ.get("AWS_STORAGE_BUCKET_NAME"):
        values = {
            "bucket": environ["AWS_STORAGE_BUCKET_NAME"],
            "location": environ.get("AWS_LOCATION", "").strip("/"),
            "endpoint_url": environ.get("AWS_S3_ENDPOINT_URL", ""),
            "region": environ.get("AWS_S3_REGION_NAME", ""),
            "addressing_style": environ.get("AWS_S3_ADDRESSING_STYLE", ""),
            "url_expiry": environ.get("AWS_QUERYSTRING_EXPIRE", ""),
        }
    else:
        return None
    try:
        expiry = int(values["url_expiry"] or SIGNED_URL_SECONDS)
    except ValueError:
        raise ImproperlyConfigured(
            f"The signed URL expiry must be a number of seconds, not {values['url_expiry']!r}."
        ) from None
    options = {
        "bucket_name": values["bucket"],
        "location": values["location"],
        "default_acl": "private",
        "querystring_auth": True,
        "querystring_expire": expiry,
        "file_overwrite": False,  # two uploads with one name keep both files, as on disk
        "client_config": _client_config(values["addressing_style"] or ("path" if values["endpoint_url"] else "auto")),
    }
    if values["endpoint_url"]:
        options["endpoint_url"] = values["endpoint_url"]
    if values["region"]:
        options["region_name"] = values["region"]
    access_key = values.get("access_key") or environ.get("AWS_ACCESS_KEY_ID", "")
    secret_key = values.get("secret_key") or environ.get("AWS_SECRET_ACCESS_KEY", "")
    if access_key:
        options["access_key"] = access_key
        options["secret_key"] = secret_key
    return options


def image_origin(options: dict) -> str:
    """Where pages load images from (the Content-Security-Policy's img-src): the endpoint, or AWS S3 itself."""
    endpoint = urlsplit(options.get("endpoint_url", ""))
    return f"{endpoint.scheme}://{endpoint.netloc}" if endpoint.netloc else "https://*.amazonaws.com"


def private_folder_storage(folder: str):
    """A storage for one private folder of the media bucket, or None when media are on disk."""
    from django.conf import settings
    from django.core.files.storage import storages

    default = settings.STORAGES["default"]
    if default["BACKEND"] != S3_BACKEND:
        return None
    options = dict(default.get("OPTIONS", {}))
    options["location"] = "/".join(part for part in (options.get("location", ""), folder) if part)
    return storages.create_storage({"BACKEND": S3_BACKEND, "OPTIONS": options})
