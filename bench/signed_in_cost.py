"""CPU per signed-in page, for each page kind of http_load.py's mix, beside an anonymous page from the cache.

Run (production settings, PostgreSQL with the demo content and forum_bench.py's 100,000 posts, Redis,
Elasticsearch; a database of its own, never a shared one):
    DATABASE_URL=postgres://… CACHE_URL=redis://127.0.0.1:6379/15 ELASTICSEARCH_URL=http://127.0.0.1:9200 \
        .venv/bin/python bench/signed_in_cost.py [--repeat 30] [--email aminata.diallo@example.org …] [--profile guideline]

One process, Django's test client, no network: each figure is `time.process_time()` of this process (the
app server's share: templates, ORM, Redis and Elasticsearch client work; PostgreSQL's and Elasticsearch's
own CPU is not in it) over `--repeat` requests per URL after two warm-up requests, as a median per page.
URLs come from the portal's own pages, as http_load.py discovers them. The floor is the same anonymous
pages served from the page cache (the hit path: middleware only). `--profile KIND` prints cProfile's
top functions for that kind's signed-in requests.
"""

import argparse
import cProfile
import os
import pstats
import re
import statistics
import sys
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")
os.environ.setdefault("SECRET_KEY", "bench-only-secret-key")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")

import django  # noqa: E402

django.setup()

from http_load import LANGUAGES, SEARCH_WORDS  # noqa: E402  (bench/ is on the path as the script's folder)

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from portal.models import User  # noqa: E402

# The kinds of http_load.py's mix, with edition and forum split by view (they cost differently).
KINDS = ["guideline", "edition", "compare", "forum-index", "forum-category", "topic", "search", "api", "home"]
PER_KIND = 3  # URLs per kind: one per language where the kind has languages
DEFAULT_EMAILS = ["aminata.diallo@example.org", "hawa.traore@example.org"]  # a Reader and a Practitioner


def page(client: Client, path: str) -> str:
    response = client.get(path)
    return response.content.decode() if response.status_code == 200 else ""


def discover(client: Client) -> dict[str, list[str]]:
    """PER_KIND URLs per kind, EN/FR/AR in turn, as linked from the portal's pages (anonymous)."""
    found = {kind: [] for kind in KINDS}
    for language in LANGUAGES:
        found["home"].append(f"/{language}/")
        index = page(client, f"/{language}/guidelines/")
        slugs = sorted(set(re.findall(rf'href="/{language}/guidelines/([\w-]+)/"', index)))
        for slug in slugs[:1]:
            guideline = f"/{language}/guidelines/{slug}/"
            found["guideline"].append(guideline)
            editions = page(client, f"{guideline}editions/")
            labels = sorted(set(re.findall(rf'href="{re.escape(guideline)}editions/([\w.-]+)/"', editions)))
            found["edition"].extend(f"{guideline}editions/{label}/" for label in labels[:1])
            if len(labels) > 1:
                found["compare"].append(f"{guideline}compare/?from={labels[0]}&to={labels[-1]}")
        forum = page(client, f"/{language}/forum/")
        found["forum-index"].append(f"/{language}/forum/")
        found["forum-category"].extend(sorted(set(re.findall(rf'href="(/{language}/forum/c/[\w-]+/)"', forum)))[:1])
        found["topic"].extend(sorted(set(re.findall(rf'href="(/{language}/forum/t/\d+/)"', forum)))[:1])
        query = urllib.parse.urlencode({"q": SEARCH_WORDS[language][0]})
        found["search"].append(f"/{language}/search/?{query}")
        found["api"].append(f"/api/search/?{query}&ui={language}")
    bench = page(client, "/en/forum/c/bench/")
    if bench:
        found["forum-category"][-1:] = ["/en/forum/c/bench/"]  # 16,000 topics: the long list
    return {kind: urls[:PER_KIND] for kind, urls in found.items()}


def cpu_ms(client: Client, path: str, repeat: int) -> tuple[float, int, int]:
    """(median CPU ms, queries, status) of `repeat` requests after two warm-up requests."""
    for _ in range(2):
        client.get(path)
    timings = []
    for _ in range(repeat):
        started = time.process_time()
        client.get(path)
        timings.append((time.process_time() - started) * 1000)
    with CaptureQueriesContext(connection) as queries:
        status = client.get(path).status_code
    return statistics.median(timings), len(queries), status


def signed_in_client(email: str) -> Client:
    client = Client(secure=True)
    client.force_login(User.objects.get(email=email), backend="portal.permission_cache.CachedPermissionsBackend")
    return client


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=30, help="measured requests per URL")
    parser.add_argument("--email", action="append", help="a member to sign in as (repeatable)")
    parser.add_argument("--profile", choices=KINDS, help="cProfile a kind's signed-in requests")
    args = parser.parse_args()
    anonymous = Client(secure=True)
    urls = discover(anonymous)
    members = {email: signed_in_client(email) for email in args.email or DEFAULT_EMAILS}
    print(f"{connection.vendor}, cache {os.environ.get('CACHE_URL', '(none)')}, {args.repeat} requests per URL")
    print(f"{'page kind':16} {'URLs':>4} {'anonymous hit':>14} " + " ".join(f"{email:>28}" for email in members))
    print(f"{'':16} {'':>4} {'CPU ms':>14} " + " ".join(f"{'CPU ms (queries)':>28}" for _email in members))
    for kind, paths in urls.items():
        floor = statistics.median(cpu_ms(anonymous, path, args.repeat)[0] for path in paths)
        cells = []
        for client in members.values():
            measured = [cpu_ms(client, path, args.repeat) for path in paths]
            statuses = {status for _ms, _queries, status in measured}
            ms = statistics.median(ms for ms, _queries, _status in measured)
            queries = max(count for _ms, count, _status in measured)
            cells.append(f"{ms:7.1f} ({queries:>2})" + ("" if statuses == {200} else f" status {statuses}"))
        print(f"{kind:16} {len(paths):>4} {floor:>14.1f} " + " ".join(f"{cell:>28}" for cell in cells))
    if args.profile:
        client = next(iter(members.values()))
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(args.repeat):
            for path in urls[args.profile]:
                client.get(path)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(60)


if __name__ == "__main__":
    main()
