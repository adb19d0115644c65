"""A member's journey across two app servers, through nginx and directly; exits 1 on the first failed check.

    python3 .ci/topology_journey.py --proxy URL --app URL --app URL --accounts JSON \
        --elasticsearch URL --index-prefix PREFIX [--lockout]

Standard library only (urllib, http.cookiejar), as a browser would: cookies, CSRF tokens from the forms.
Production cookies are Secure; over this plain-HTTP loopback the cookie jar sends them anyway, as a browser
does behind the TLS-terminating proxy.
"""

import argparse
import gzip
import http.cookiejar
import json
import re
import secrets
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

CHECKS: list[str] = []


class LoopbackCookiePolicy(http.cookiejar.DefaultCookiePolicy):
    def return_ok_secure(self, cookie, request):
        return True


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """One person's browser: one cookie jar, whichever server it talks to."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar(policy=LoopbackCookiePolicy())
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)

    def request(self, url, data=None, headers=None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(url, data=body, headers={"User-Agent": "topology-journey", **(headers or {})})
        try:
            response = self.opener.open(request, timeout=30)
        except urllib.error.HTTPError as error:
            response = error
        raw = response.read()
        if response.headers.get("Content-Encoding") == "gzip":
            raw = gzip.decompress(raw)
        elif response.headers.get("Content-Encoding") == "br":
            import brotli  # the portal's own dependency (portal/compression.py)

            raw = brotli.decompress(raw)
        return response.status, response.headers, raw.decode("utf-8", "replace")

    def form(self, url):
        """GET a page with a form: its CSRF token and hidden fields."""
        status, _, html = self.request(url)
        check(status == 200, f"GET {url} answers 200 (got {status})")
        hidden = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html))
        check("csrfmiddlewaretoken" in hidden, f"{url} carries a CSRF token")
        return hidden

    def sign_in(self, base, email, password):
        fields = self.form(f"{base}/accounts/login/")
        status, headers, html = self.request(
            f"{base}/accounts/login/",
            {**fields, "login": email, "password": password},
            {"Referer": f"{base}/accounts/login/"},
        )
        return status, headers, html

    def has_session(self):
        return any(cookie.name == "sessionid" for cookie in self.jar)


def check(condition, what):
    if not condition:
        print(f"FAILED: {what}", file=sys.stderr)
        sys.exit(1)
    CHECKS.append(what)
    print(f"ok  {what}")


def offline_and_compression(proxy):
    """What the portal does to its responses (brotli, revalidation, low-data mode, the offline routes) survives nginx."""
    reader = Browser()
    status, headers, _ = reader.request(f"{proxy}/en/forum/", headers={"Accept-Encoding": "br, gzip"})
    check(
        status == 200
        and headers.get("Content-Encoding") == "br"
        and "Accept-Encoding" in ", ".join(headers.get_all("Vary") or []),
        f"a page through nginx is brotli-compressed for a browser that accepts it ({status}, {headers.get('Content-Encoding')}"
        f", Vary {headers.get_all('Vary')})",
    )
    for _ in range(3):  # stored on the second anonymous visit; the third comes from the page cache
        status, headers, _ = reader.request(f"{proxy}/en/forum/", headers={"Accept-Encoding": "gzip"})
    etag = headers.get("ETag", "")
    status, _, _ = reader.request(f"{proxy}/en/forum/", headers={"Accept-Encoding": "gzip", "If-None-Match": etag})
    check(etag and status == 304, f"a cached page revalidates through nginx: 304 for ETag {etag!r} (got {status})")
    status, headers, body = reader.request(f"{proxy}/sw.js", headers={"Accept-Encoding": "gzip"})
    check(
        status == 200 and "javascript" in headers.get("Content-Type", "") and "addEventListener" in body,
        f"/sw.js through nginx is the service worker ({status}, {headers.get('Content-Type')})",
    )
    status, headers, body = reader.request(f"{proxy}/manifest.webmanifest?lang=en", headers={"Accept-Encoding": "gzip"})
    check(
        status == 200 and json.loads(body).get("start_url", "").startswith("/en/"),
        f"/manifest.webmanifest through nginx is the web manifest ({status}, {headers.get('Content-Type')})",
    )
    status, _, html = reader.request(f"{proxy}/en/kept/", headers={"Accept-Encoding": "gzip"})
    check(status == 200 and "<main" in html, f"/en/kept/ through nginx answers the kept-pages page ({status})")
    reader.jar.set_cookie(
        http.cookiejar.Cookie(
            0, "low_data", "1", None, False, urllib.parse.urlsplit(proxy).hostname, False, False, "/", True,
            False, None, False, None, None, {},
        )
    )  # fmt: skip
    status, headers, html = reader.request(f"{proxy}/en/forum/", headers={"Accept-Encoding": "gzip"})
    check(
        status == 200 and "low-data-saved" in html and headers.get("ETag", "").endswith('-low"'),
        f"low-data mode through nginx: the page is text only, its ETag {headers.get('ETag')!r} marks the mode",
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--proxy", required=True, help="nginx in front of the app servers")
    parser.add_argument("--app", action="append", required=True, help="an app server, directly (twice)")
    parser.add_argument("--accounts", required=True, help="the JSON line printed by topology_accounts.py")
    parser.add_argument("--lockout", action="store_true", help="check the shared login lockout (needs CACHE_URL)")
    parser.add_argument("--elasticsearch", required=True, help="the node(s) of ELASTICSEARCH_URL")
    parser.add_argument("--index-prefix", required=True, help="SEARCH_INDEX_PREFIX of the app servers")
    parser.add_argument("--search-timeout", type=float, default=60)
    args = parser.parse_args()
    accounts = json.loads(args.accounts)
    proxy, (app1, app2) = args.proxy.rstrip("/"), [url.rstrip("/") for url in args.app]
    started = time.monotonic()

    anonymous = Browser()
    for base in (proxy, app1, app2):
        status, _, body = anonymous.request(f"{base}/healthz")
        check(status == 200 and json.loads(body)["status"] == "ok", f"{base}/healthz answers 200 ok")
    status, _, body = anonymous.request(f"{proxy}/readyz")
    check(status == 200, f"/readyz through nginx answers 200 ({body})")
    status, headers, html = anonymous.request(f"{proxy}/en/forum/", headers={"Accept-Encoding": "gzip"})
    check(status == 200 and headers.get("Content-Encoding") == "gzip", "the forum through nginx is gzipped")
    static = re.search(r'(?:href|src)="(/static/[^"]+)"', html)
    check(static is not None, "the forum page links a static file")
    status, headers, _ = anonymous.request(f"{proxy}{static.group(1)}")
    check(
        status == 200 and "immutable" in headers.get("Cache-Control", ""),
        f"nginx serves {static.group(1)} with Cache-Control {headers.get('Cache-Control')!r}",
    )

    offline_and_compression(proxy)

    member = Browser()
    status, headers, _ = member.sign_in(app1, accounts["replier"], accounts["password"])
    check(status == 302 and member.has_session(), f"sign-in on app 1 redirects ({status}) and sets a session")
    status, headers, _ = member.request(f"{app2}/accounts/profile/")
    check(status == 200, f"app 2 knows the member signed in on app 1 (profile answers {status})")

    word = f"kestrel{secrets.token_hex(4)}"
    reply_url = f"{app2}/en/forum/t/{accounts['topic_id']}/reply/"
    fields = member.form(reply_url)
    status, headers, _ = member.request(
        reply_url,
        {
            **fields,
            "body": f"Both app servers share one database: {word}.",
            "language": "en",
            "privacy_confirmed": "on",
        },
        {"Referer": reply_url},
    )
    check(status == 302 and "/forum/p/" in headers.get("Location", ""), f"reply posted on app 2 ({status})")
    for base in (app1, proxy):
        status, _, html = anonymous.request(f"{base}/en{accounts['topic_url'].removeprefix('/en')}")
        check(status == 200 and word in html, f"the reply shows on {base}")

    if args.lockout:
        guesser = Browser()
        for attempt in range(1, 6):
            base = (app1, app2)[attempt % 2]
            status, _, html = guesser.sign_in(base, accounts["guessed"], "wrong-password")
            check(status != 302 and "Too many" not in html, f"wrong password {attempt} on {base} is refused as wrong")
        for base in (app1, app2):
            status, _, html = guesser.sign_in(base, accounts["guessed"], accounts["password"])
            check(
                status != 302 and "Too many failed login attempts" in html and not guesser.has_session(),
                f"after 5 failures on two servers, {base} refuses even the right password",
            )
    else:
        print("--  login lockout across servers not checked: no CACHE_URL (each server would count on its own)")

    # The search worker first: the search page is cached for a minute, so ask it once the index has the reply.
    node = args.elasticsearch.split(",")[0].rstrip("/")
    query = json.dumps({"query": {"query_string": {"query": word, "lenient": True}}}).encode()
    deadline, indexed = time.monotonic() + args.search_timeout, []
    while time.monotonic() < deadline and not indexed:
        request = urllib.request.Request(
            f"{node}/{args.index_prefix}-knowledge/_search", data=query, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            indexed = [hit["_id"] for hit in json.load(response)["hits"]["hits"]]
        time.sleep(0.5 if not indexed else 0)
    check(
        f"forum-topic:{accounts['topic_id']}" in indexed,
        f"the search worker put the reply into Elasticsearch within {args.search_timeout:.0f}s ({indexed})",
    )
    status, _, body = anonymous.request(f"{proxy}/api/search/?q={word}")
    found = json.loads(body) if status == 200 else {}
    urls = [hit.get("url", "") for hit in found.get("hits", [])]
    check(any(f"/forum/t/{accounts['topic_id']}/" in url for url in urls), f"search through nginx finds it: {urls}")
    check(found.get("backend") == "elasticsearch", f"the search was answered by {found.get('backend')}")

    print(f"{len(CHECKS)} checks passed in {time.monotonic() - started:.1f}s")


if __name__ == "__main__":
    main()
