"""Production settings, run the way an operator runs them: a fresh process with the environment of `.env.example`."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from django.conf import settings

ENV_EXAMPLE = Path(settings.BASE_DIR) / ".env.example"

# Runs in a production process: one page that uses a script nonce and a CSRF token, fetched over HTTP and HTTPS.
PRODUCTION_PROBE = """
import json, sys, types
import django
django.setup()
from django.conf import settings
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import Client, override_settings
from django.urls import path

def page_with_script(request):
    get_token(request)
    return HttpResponse(f'<form method="post"></form><script nonce="{request.csp_nonce}"></script>')

urls = types.ModuleType("probe_urls")
urls.urlpatterns = [path("probe/", page_with_script)]
sys.modules["probe_urls"] = urls
host = settings.ALLOWED_HOSTS[0]
with override_settings(ROOT_URLCONF="probe_urls"):
    plain = Client().get("/probe/", HTTP_HOST=host)
    secure = Client().get("/probe/", HTTP_HOST=host, secure=True)
print(json.dumps({
    "plain": {"status": plain.status_code, "location": plain.headers.get("Location", "")},
    "secure": {
        "status": secure.status_code,
        "body": secure.content.decode(),
        "headers": dict(secure.headers),
        "cookies": {name: {"secure": bool(c["secure"]), "samesite": c["samesite"]} for name, c in secure.cookies.items()},
    },
    "session_cookie_secure": settings.SESSION_COOKIE_SECURE,
    "session_cookie_httponly": settings.SESSION_COOKIE_HTTPONLY,
}))
"""


def env_example() -> dict[str, str]:
    """The KEY=value lines of `.env.example`."""
    values = {}
    for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            key, value = line.split("=", 1)
            values[key.strip()] = value.strip()
    return values


def production_environment(**overrides: str) -> dict[str, str]:
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "PYTEST_"))}
    environment.update(env_example(), PYTHONPATH=str(settings.BASE_DIR), **overrides)
    return environment


def run_in_production(args: list[str], **overrides: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args],
        cwd=settings.BASE_DIR,
        env=production_environment(**overrides),
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def production_probe(tmp_path_factory) -> dict:
    var_dir = tmp_path_factory.mktemp("production-var")
    result = run_in_production(["-c", PRODUCTION_PROBE], PORTAL_VAR_DIR=str(var_dir), MEDIA_ROOT=str(var_dir / "media"))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_env_example_names_production_settings():
    assert env_example()["DJANGO_SETTINGS_MODULE"] == "portal.settings.production"


def test_check_deploy_with_env_example_reports_no_issues():
    result = run_in_production(["manage.py", "check", "--deploy", "--fail-level", "WARNING"])

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_production_without_secret_key_refuses_to_start():
    result = run_in_production(["manage.py", "check"], SECRET_KEY="")

    assert result.returncode != 0
    assert "SECRET_KEY must be set in production." in result.stderr


def test_production_without_allowed_hosts_refuses_to_start():
    result = run_in_production(["manage.py", "check"], ALLOWED_HOSTS="")

    assert result.returncode != 0
    assert "ALLOWED_HOSTS must list the portal's host names in production." in result.stderr


def test_production_plain_http_redirects_to_https(production_probe):
    assert production_probe["plain"]["status"] == 301
    assert production_probe["plain"]["location"] == "https://portal.example.org/probe/"


def test_production_page_policy_carries_the_script_nonce(production_probe):
    page = production_probe["secure"]
    nonce = page["body"].split('nonce="')[1].split('"')[0]

    policy = page["headers"]["Content-Security-Policy"]
    assert f"'nonce-{nonce}'" in policy
    assert "default-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy


def test_production_response_enforces_https_for_a_year(production_probe):
    hsts = production_probe["secure"]["headers"]["Strict-Transport-Security"]

    assert hsts == "max-age=31536000; includeSubDomains; preload"


def test_production_response_sends_the_usual_security_headers(production_probe):
    headers = production_probe["secure"]["headers"]

    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"


def test_production_cookies_are_secure(production_probe):
    assert production_probe["secure"]["cookies"]["csrftoken"] == {"secure": True, "samesite": "Lax"}
    assert production_probe["session_cookie_secure"] is True
    assert production_probe["session_cookie_httponly"] is True
