"""Settings shared by every deployment; safe for production by default.

Anything that differs per deployment comes from an environment variable listed
in `.env.example`. Optional integrations (Elasticsearch, SMTP) switch on only
when their variable is set.
"""

import ipaddress
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, SELF

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("PORTAL_VAR_DIR", BASE_DIR / "var"))

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [host for host in os.environ.get("ALLOWED_HOSTS", "").split(",") if host]
CSRF_TRUSTED_ORIGINS = [origin for origin in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if origin]

INSTALLED_APPS = [
    "portal",
    "guidelines",
    "guidelines.training",
    "guidelines.evidence",
    "forum",
    "portal.offline_packs",
    "search",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "portal.users_app.PortalUsersAppConfig",  # wagtail.users with the portal's user forms
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.locales",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "portal.load_shedding.LoadSheddingMiddleware",  # first: a request past capacity costs nothing more
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "portal.compression.CompressionMiddleware",  # brotli or gzip; after WhiteNoise (static files come compressed)
    "portal.page_cache.middleware.PrivateByDefaultMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "portal.middleware.StaffMfaRequiredMiddleware",
    "portal.offline.low_data.LowDataMiddleware",  # outside the page cache: one stored page serves both modes
    "portal.page_cache.middleware.PageCacheMiddleware",  # innermost but Wagtail redirects: a hit skips the view
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
            ],
        },
    },
]

# Database: SQLite under var/ unless DATABASE_URL names another (PostgreSQL in production and CI).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'portal.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: allauth keeps login lockouts, reset-mail limits and used two-factor codes here, so every app
# server must see the same one. CACHE_URL names the Redis server in production (redis://, rediss:// or
# unix://). Without it, a file cache under var/ that every process on this machine shares and that needs
# no service and no setup step (a database cache would need `createcachetable` after each migrate).
CACHE_URL = os.environ.get("CACHE_URL", "")
if CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
    CACHES = {
        "default": {
            "BACKEND": "portal.cache_backend.OutageTolerantRedisCache",  # a Redis outage degrades, never a 500
            "LOCATION": CACHE_URL,
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
elif CACHE_URL:
    raise ImproperlyConfigured("CACHE_URL must be a redis://, rediss:// or unix:// URL, or be left unset.")
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": VAR_DIR / "cache",
            "OPTIONS": {"MAX_ENTRIES": 10000},
        }
    }

# Load shedding per process (0: off): requests running at once, waiting at most, and for how many seconds.
MAX_ACTIVE_REQUESTS = int(os.environ.get("PORTAL_MAX_ACTIVE_REQUESTS", "0"))
MAX_QUEUED_REQUESTS = int(os.environ.get("PORTAL_MAX_QUEUED_REQUESTS", "8"))
QUEUE_TIMEOUT = float(os.environ.get("PORTAL_QUEUE_TIMEOUT", "0.5"))

# Accounts: login by email, mandatory verification, allauth's rate limits, MFA by TOTP.
AUTH_USER_MODEL = "portal.User"
AUTHENTICATION_BACKENDS = [
    "portal.permission_cache.CachedPermissionsBackend",  # ModelBackend, its permission sets in the shared cache
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "portal.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_RATE_LIMITS = {
    "login_failed": "5/5m/key",
    "login": "30/m/ip",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "confirm_email": "1/3m/key",
}
ACCOUNT_ADAPTER = "portal.accounts.PortalAccountAdapter"
ACCOUNT_FORMS = {"signup": "portal.forms.PortalSignupForm"}
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""  # portal.branding.email_subject puts the name in the reader's language
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Case management portal"
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_RESET_ENABLED = False

# Languages: URLs prefixed /en/, /fr/, /ar/; content translated with Wagtail locales.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("fr", _("French")), ("ar", _("Arabic"))]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGE_COOKIE_NAME = "portal_language"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

WAGTAIL_SITE_NAME = _("Case management community of practice")  # the admin dashboard names it in its user's language
WAGTAILADMIN_BASE_URL = os.environ.get("PORTAL_BASE_URL", "http://127.0.0.1:8000")
TRAINING_DEFAULT_PASS_MARK = int(os.environ.get("PORTAL_TRAINING_DEFAULT_PASS_MARK", "70"))  # % when a module sets none
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "ods", "csv", "txt", "pptx"]

# Search: Elasticsearch when ELASTICSEARCH_URL is set, else Wagtail's database backend.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")  # one node, or a comma-separated list of a cluster's
ELASTICSEARCH_QUERY_TIMEOUT = float(os.environ.get("ELASTICSEARCH_QUERY_TIMEOUT", "2"))
ELASTICSEARCH_INDEX_TIMEOUT = float(os.environ.get("ELASTICSEARCH_INDEX_TIMEOUT", "60"))
SEARCH_INDEX_PREFIX = os.environ.get("SEARCH_INDEX_PREFIX", "portal")
SEARCH_INDEX_REPLICAS = int(os.environ.get("SEARCH_INDEX_REPLICAS", "0"))  # copies of each shard on other nodes
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# The multilingual semantic layer (search/semantic/): sentence vectors at index time, kNN fused with keywords.
SEARCH_SEMANTIC = os.environ.get("SEARCH_SEMANTIC", "on") != "off"

# Background tasks (every email, Wagtail's index updates) wait in the database for `manage.py tasks_worker`.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# A task RUNNING longer than this (seconds) lost its worker (kill -9, power cut): the worker queues it again.
TASKS_RUNNING_TIMEOUT = float(os.environ.get("TASKS_RUNNING_TIMEOUT", "900"))

# Every email is queued as a task (portal.mail); the task delivers it through EMAIL_DELIVERY_BACKEND.
EMAIL_BACKEND = "portal.mail.TaskEmailBackend"
EMAIL_DELIVERY_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "") == "true"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "portal@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# /readyz details (database vendor, cluster status, queue depths) go only to requests with this token
# (Authorization: Bearer or X-Readiness-Token) or from these networks when not forwarded by a proxy.
READINESS_TOKEN = os.environ.get("READINESS_TOKEN", "")
READINESS_TRUSTED_NETWORKS = [
    ipaddress.ip_network(network.strip())
    for network in os.environ.get("READINESS_TRUSTED_NETWORKS", "127.0.0.0/8,::1/128").split(",")
    if network.strip()
]

# Security headers; production.py tightens cookies and transport.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": ["'none'"],
        "base-uri": [SELF],
        "object-src": ["'none'"],
    },
}

# Media on S3-compatible object storage when MEDIA_STORAGE_URL (or AWS_STORAGE_BUCKET_NAME) is set, shared by
# every app server; unset, files stay on disk under MEDIA_ROOT. Objects are private (portal/object_storage.py).
from portal.object_storage import S3_BACKEND, image_origin, object_storage_options  # noqa: E402

if MEDIA_OBJECT_STORAGE := object_storage_options(os.environ):
    STORAGES["default"] = {"BACKEND": S3_BACKEND, "OPTIONS": MEDIA_OBJECT_STORAGE}
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(image_origin(MEDIA_OBJECT_STORAGE))
WAGTAILDOCS_SERVE_METHOD = "serve_view"  # streamed after Wagtail's collection privacy check, never a bucket URL

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"elastic_transport": {"level": "WARNING"}},
}

# Evidence library (guidelines.evidence): upload limits, and the smallest count of people shown in a dataset.
EVIDENCE_PDF_MAX_BYTES = int(os.environ.get("EVIDENCE_PDF_MAX_BYTES", str(50 * 1024 * 1024)))
EVIDENCE_PDF_MAX_PAGES = int(os.environ.get("EVIDENCE_PDF_MAX_PAGES", "500"))
EVIDENCE_CSV_MAX_BYTES = int(os.environ.get("EVIDENCE_CSV_MAX_BYTES", str(2 * 1024 * 1024)))
EVIDENCE_MIN_CELL_SIZE = int(os.environ.get("EVIDENCE_MIN_CELL_SIZE", "5"))
