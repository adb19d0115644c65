"""Login lockouts, reset-mail limits and used two-factor codes hold across app servers, not per process.

Two real gunicorn servers on one database and one shared cache (CACHE_URL's Redis when set, as in CI;
else a file cache in a temporary folder) take turns answering one visitor, as behind a load balancer.
"""

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from http.cookiejar import CookieJar
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode
from urllib.request import HTTPCookieProcessor, HTTPRedirectHandler, Request, build_opener

import pytest

from django.conf import settings
from django.db import connections
from django.utils.module_loading import import_string

from portal.roles import Role
from tests.conftest import worker_port
from tests.portal.factories import DEFAULT_PASSWORD, UserFactory, current_totp_code

# django_db: the test database the servers copy is created only for tests that ask for one.
pytestmark = [pytest.mark.slow, pytest.mark.django_db]

PORTS = (worker_port(8631), worker_port(8632))
LOCKED = "locked@example.org"
RESET = "reset@example.org"
EDITOR = "editor@example.org"
STARTUP_SECONDS = 180


# ---- a visitor with cookies, CSRF tokens and no redirect following ----


class NoRedirect(HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Visitor:
    def __init__(self):
        self.cookies = CookieJar()
        self.opener = build_opener(HTTPCookieProcessor(self.cookies), NoRedirect)

    def request(self, url: str, data: dict | None = None) -> tuple[int, str, str]:
        """(status, Location, body) of one GET, or of one POST with the CSRF token when `data` is given."""
        if data is not None:
            data = {**data, "csrfmiddlewaretoken": self.csrf_token()}
        request = Request(url, data=urlencode(data).encode() if data is not None else None)
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.headers.get("Location", ""), response.read().decode()
        except HTTPError as error:
            return error.code, error.headers.get("Location", ""), error.read().decode()

    def csrf_token(self) -> str:
        return next(cookie.value for cookie in self.cookies if cookie.name == "csrftoken")

    def open_form(self, url: str) -> None:
        status, _location, _body = self.request(url)
        assert status == 200, url

    def sign_in(self, server: str, email: str, password: str) -> tuple[int, str, str]:
        self.open_form(f"{server}/accounts/login/")
        return self.request(f"{server}/accounts/login/", {"login": email, "password": password})

    def ask_password_reset(self, server: str, email: str) -> int:
        self.open_form(f"{server}/accounts/password/reset/")
        return self.request(f"{server}/accounts/password/reset/", {"email": email})[0]


# ---- two servers on one database ----


def copy_test_database(workdir: Path) -> dict:
    """The test database as it stands, copied for the servers; its settings dict."""
    connection = connections["default"]
    copy = {**connection.settings_dict}
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        copy["NAME"] = str(workdir / "servers.sqlite3")
        with sqlite3.connect(copy["NAME"]) as target:
            connection.connection.backup(target)
        return copy
    copy["NAME"] = f"{connection.settings_dict['NAME']}_servers"
    connection.close()
    with postgres_admin(connection.settings_dict) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{copy["NAME"]}"')
        admin.execute(f'CREATE DATABASE "{copy["NAME"]}" TEMPLATE "{connection.settings_dict["NAME"]}"')
    return copy


def postgres_admin(settings_dict: dict):
    import psycopg

    return psycopg.connect(
        dbname="postgres",
        host=settings_dict["HOST"],
        port=settings_dict["PORT"] or 5432,
        user=settings_dict["USER"],
        password=settings_dict["PASSWORD"],
        autocommit=True,
    )


def database_url(settings_dict: dict) -> str:
    if "sqlite" in settings_dict["ENGINE"]:
        return f"sqlite:///{settings_dict['NAME']}"
    return (
        f"postgres://{settings_dict['USER']}:{settings_dict['PASSWORD']}@{settings_dict['HOST']}:"
        f"{settings_dict['PORT'] or 5432}/{settings_dict['NAME']}"
    )


def seed_members(settings_dict: dict) -> None:
    """The accounts the tests use, written into the servers' database through a connection of its own."""
    original = connections["default"]
    seeding = original.__class__(settings_dict, alias="default")
    connections["default"] = seeding
    try:
        UserFactory(email=LOCKED)
        UserFactory(email=RESET)
        UserFactory(email=EDITOR, roles=[Role.EDITOR], totp=True)
    finally:
        seeding.close()
        connections["default"] = original


def wait_until_answering(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"{url} exited before answering:\n{log.read_text()[-3000:]}")
        try:
            with build_opener().open(f"{url}/healthz", timeout=5) as response:
                if response.status == 200:
                    return
        except (URLError, ConnectionError, TimeoutError):
            time.sleep(0.5)
    pytest.fail(f"{url} did not answer /healthz within {STARTUP_SECONDS}s:\n{log.read_text()[-3000:]}")


class Servers:
    def __init__(self, urls: list[str], mail_dir: Path, cache_config: dict):
        self.urls = urls
        self.mail_dir = mail_dir
        self.cache_config = cache_config

    def take_turns(self, count: int) -> list[str]:
        """`count` server URLs, alternating, as a round-robin load balancer sends them."""
        return [self.urls[number % len(self.urls)] for number in range(count)]

    def forget_limits_and_mail(self) -> None:
        backend = import_string(self.cache_config["BACKEND"])
        backend(self.cache_config["LOCATION"], self.cache_config).clear()
        for message in self.mail_dir.iterdir():
            message.unlink()

    def mails_to(self, address: str) -> int:
        return sum(
            line == f"To: {address}"
            for message in self.mail_dir.iterdir()
            for line in message.read_text(errors="replace").splitlines()
        )


@pytest.fixture(scope="module")
def servers(django_db_setup, django_db_blocker, tmp_path_factory):
    workdir = tmp_path_factory.mktemp("two-servers")
    mail_dir, cache_dir = workdir / "mail", workdir / "cache"
    mail_dir.mkdir()
    for port in PORTS:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                pytest.fail(f"port {port} is already in use: the two servers cannot start there")
    with django_db_blocker.unblock():
        database = copy_test_database(workdir)
        seed_members(database)
    environment = {
        **{key: value for key, value in os.environ.items() if not key.startswith("PYTEST_")},
        "DJANGO_SETTINGS_MODULE": "tests.portal.two_servers_settings",
        "DATABASE_URL": database_url(database),
        "PORTAL_TEST_MAIL_DIR": str(mail_dir),
        "PORTAL_TEST_CACHE_DIR": str(cache_dir),
        "PYTHONPATH": str(settings.BASE_DIR),
    }
    processes, urls = [], []
    try:
        for port in PORTS:
            log = workdir / f"server-{port}.log"
            command = [sys.executable, "-m", "gunicorn", "portal.wsgi", "--bind", f"127.0.0.1:{port}"]
            command += ["--workers", "1", "--threads", "2", "--timeout", "120"]
            with log.open("w") as output:
                processes.append(
                    subprocess.Popen(
                        command, cwd=settings.BASE_DIR, env=environment, stdout=output, stderr=subprocess.STDOUT
                    )
                )
            urls.append(f"http://127.0.0.1:{port}")
        for url, process, port in zip(urls, processes, PORTS, strict=True):
            wait_until_answering(url, process, workdir / f"server-{port}.log")
        cache_config = (
            settings.CACHES["default"]
            if settings.CACHE_URL
            else {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": str(cache_dir)}
        )
        yield Servers(urls, mail_dir, cache_config)
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if "postgresql" in database["ENGINE"]:
            with django_db_blocker.unblock(), postgres_admin(database) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{database["NAME"]}" WITH (FORCE)')
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture
def two_servers(servers):
    servers.forget_limits_and_mail()
    return servers


# ---- the limits ----


def test_sixth_wrong_password_is_refused_whichever_server_answers(two_servers):
    visitor = Visitor()
    first, second, third, fourth, fifth, sixth = two_servers.take_turns(6)

    wrong = [visitor.sign_in(server, LOCKED, "not-the-password")[0] for server in (first, second, third, fourth, fifth)]
    status, _location, page = visitor.sign_in(sixth, LOCKED, "not-the-password")

    assert wrong == [200, 200, 200, 200, 200]
    assert status == 429
    assert "Too many failed login attempts" in page


def test_right_password_is_refused_on_both_servers_while_locked(two_servers):
    visitor = Visitor()
    for server in two_servers.take_turns(5):
        visitor.sign_in(server, LOCKED, "not-the-password")

    answers = [visitor.sign_in(server, LOCKED, DEFAULT_PASSWORD)[0] for server in two_servers.urls]

    assert answers == [429, 429]
    for server in two_servers.urls:
        assert visitor.request(f"{server}/accounts/profile/")[1].startswith("/accounts/login/")


def test_password_reset_mails_to_one_address_are_capped_across_servers(two_servers):
    visitor = Visitor()

    answers = [visitor.ask_password_reset(server, RESET) for server in two_servers.take_turns(8)]

    assert answers == [302] * 5 + [429] * 3
    assert two_servers.mails_to(RESET) == 5


def test_unknown_account_mails_to_one_address_are_capped_across_servers(two_servers):
    visitor = Visitor()

    answers = [visitor.ask_password_reset(server, "stranger@example.net") for server in two_servers.take_turns(8)]

    assert answers == [302] * 5 + [429] * 3
    assert two_servers.mails_to("stranger@example.net") == 5


def test_unknown_account_mails_from_one_address_are_capped_across_servers(two_servers):
    """25 different strangers asked for from one network address: the portal mails 20 in a minute."""
    visitor = Visitor()
    strangers = [f"stranger{number}@example.net" for number in range(25)]

    answers = [
        visitor.ask_password_reset(server, email)
        for server, email in zip(two_servers.take_turns(25), strangers, strict=True)
    ]

    assert answers == [302] * 20 + [429] * 5
    assert sum(two_servers.mails_to(email) for email in strangers) == 20


def test_a_two_factor_code_used_on_one_server_is_refused_on_the_other(two_servers):
    if 30 - time.time() % 30 < 10:  # the code must stay current for both attempts
        time.sleep(30 - time.time() % 30 + 0.5)
    code = current_totp_code()
    first_server, second_server = two_servers.urls
    first, second = Visitor(), Visitor()

    assert first.sign_in(first_server, EDITOR, DEFAULT_PASSWORD)[1] == "/accounts/2fa/authenticate/"
    assert second.sign_in(second_server, EDITOR, DEFAULT_PASSWORD)[1] == "/accounts/2fa/authenticate/"
    accepted = first.request(f"{first_server}/accounts/2fa/authenticate/", {"code": code})
    replayed = second.request(f"{second_server}/accounts/2fa/authenticate/", {"code": code})

    assert accepted[0] == 302
    assert first.request(f"{second_server}/accounts/profile/")[0] == 200
    assert replayed[0] == 200
    assert "Incorrect code." in replayed[2]
    assert second.request(f"{first_server}/accounts/profile/")[1].startswith("/accounts/login/")
