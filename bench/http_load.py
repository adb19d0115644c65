"""Open-loop HTTP load against a running portal: achieved rate, latency percentiles, errors, and /healthz.

Run:  .venv/bin/python bench/http_load.py --base http://127.0.0.1:8661 --rate 100 --duration 60 \
          [--signed-in 0.1 --login reader@example.org:password ...] [--max-in-flight 256]

Open loop: requests start on a fixed schedule (`rate` per second) whatever the server's speed, so a slow
server meets a growing queue as real visitors would make it; a bounded number in flight (`--max-in-flight`)
keeps the generator itself from collapsing: a request that cannot start is counted as "not sent".
The anonymous mix: 40 % guideline pages, 15 % editions and compare, 20 % forum lists and topics,
15 % search, 5 % search API, 5 % home, with URLs discovered from the portal's own pages before the run.
`/healthz` is sampled twice a second in the same run: the floor that every other figure sits on.
Standard library only (asyncio, one connection per request).
"""

import argparse
import asyncio
import gzip
import random
import re
import statistics
import time
import urllib.parse
from collections import defaultdict
from dataclasses import dataclass, field

LANGUAGES = ["en", "fr", "ar"]
SEARCH_WORDS = {
    "en": ["referral", "reintegration", "trafficking", "consent", "shelter", "psychosocial", "case plan"],
    "fr": ["réintégration", "traite des personnes", "orientation", "consentement", "hébergement"],
    "ar": ["إعادة الإدماج", "الاتجار بالأشخاص", "الإحالة", "الموافقة"],
}
MIX = [("guideline", 40), ("edition", 15), ("forum", 20), ("search", 15), ("api", 5), ("home", 5)]
GOALS = {"anonymous": (100, 150), "signed-in": (30, 250)}  # req/s, p95 ms


@dataclass
class Result:
    kind: str
    status: int
    ms: float
    signed_in: bool = False


@dataclass
class Catalogue:
    urls: dict = field(default_factory=lambda: defaultdict(list))


async def fetch(base: urllib.parse.SplitResult, path: str, cookie: str = "", timeout: float = 30.0):
    """(status, headers, body) with one connection; status 0 when the connection failed or timed out."""
    host, port = base.hostname, base.port or 80
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout)
        lines = [f"GET {path} HTTP/1.1", f"Host: {base.netloc}", "Connection: close", "Accept-Encoding: gzip"]
        if cookie:
            lines.append(f"Cookie: {cookie}")
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode())
        raw = await asyncio.wait_for(reader.read(-1), timeout)
        writer.close()
    except (OSError, TimeoutError):
        return 0, {}, b""
    head, _sep, body = raw.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    try:
        status = int(status_line.split()[1])
    except (IndexError, ValueError):
        return 0, {}, b""
    headers = {}
    for line in header_lines:
        name, _colon, value = line.partition(":")
        headers.setdefault(name.strip().lower(), []).append(value.strip())
    return status, headers, body


def decoded(headers: dict, body: bytes) -> bytes:
    return gzip.decompress(body) if "gzip" in headers.get("content-encoding", [""])[0] else body


async def page_text(base, path: str) -> str:
    status, headers, body = await fetch(base, path)
    return decoded(headers, body).decode("utf-8", "replace") if status == 200 else ""


async def discover(base) -> Catalogue:
    """Guideline, edition, compare, forum list and topic URLs, as linked from the portal's own pages."""
    found = Catalogue()
    for language in LANGUAGES:
        found.urls["home"].append(f"/{language}/")
        index = await page_text(base, f"/{language}/guidelines/")
        for slug in sorted(set(re.findall(rf'href="/{language}/guidelines/([\w-]+)/"', index))):
            page = f"/{language}/guidelines/{slug}/"
            found.urls["guideline"].append(page)
            editions = await page_text(base, f"{page}editions/")
            labels = sorted(set(re.findall(rf'href="{re.escape(page)}editions/([\w.-]+)/"', editions)))
            found.urls["edition"].extend(f"{page}editions/{label}/" for label in labels)
            if len(labels) > 1:
                found.urls["edition"].append(f"{page}compare/?from={labels[0]}&to={labels[-1]}")
        forum = await page_text(base, f"/{language}/forum/")
        found.urls["forum"].append(f"/{language}/forum/")
        found.urls["forum"].extend(sorted(set(re.findall(rf'href="(/{language}/forum/c/[\w-]+/)"', forum))))
        found.urls["forum"].extend(sorted(set(re.findall(rf'href="(/{language}/forum/t/\d+/)"', forum)))[:40])
        for word in SEARCH_WORDS[language]:
            query = urllib.parse.urlencode({"q": word})
            found.urls["search"].append(f"/{language}/search/?{query}")
            found.urls["api"].append(f"/api/search/?{query}&ui={language}")
    bench = await page_text(base, "/en/forum/c/bench/")
    found.urls["forum"].extend(sorted(set(re.findall(r'href="(/en/forum/t/\d+/)"', bench)))[:40])
    for kind, _weight in MIX:
        if not found.urls[kind]:
            raise SystemExit(f"no {kind} URL found on {base.geturl()}: is the demo content loaded?")
    return found


async def sign_in(base, email: str, password: str) -> str:
    """A session cookie, through the real login form (CSRF token included)."""
    status, headers, body = await fetch(base, "/accounts/login/")
    cookies = dict(cookie.split(";")[0].split("=", 1) for cookie in headers.get("set-cookie", []))
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', decoded(headers, body)).group(1).decode()
    form = urllib.parse.urlencode({"csrfmiddlewaretoken": token, "login": email, "password": password})
    reader, writer = await asyncio.open_connection(base.hostname, base.port or 80)
    request = (
        f"POST /accounts/login/ HTTP/1.1\r\nHost: {base.netloc}\r\nConnection: close\r\n"
        f"Cookie: csrftoken={cookies['csrftoken']}\r\nReferer: {base.geturl()}/accounts/login/\r\n"
        f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(form)}\r\n\r\n{form}"
    )
    writer.write(request.encode())
    raw = (await reader.read(-1)).decode("latin-1")
    writer.close()
    session = re.search(r"sessionid=([^;]+)", raw)
    if not session:
        raise SystemExit(f"could not sign in as {email}")
    return f"sessionid={session.group(1)}; csrftoken={cookies['csrftoken']}"


async def run(args) -> None:
    base = urllib.parse.urlsplit(args.base)
    catalogue = await discover(base)
    print("URLs: " + ", ".join(f"{kind} {len(urls)}" for kind, urls in catalogue.urls.items()))
    sessions = [await sign_in(base, *login.split(":", 1)) for login in args.login]
    if args.signed_in and not sessions:
        raise SystemExit("--signed-in needs at least one --login email:password")
    kinds = [kind for kind, weight in MIX for _ in range(weight)]
    rng = random.Random(args.seed)
    results: list[Result] = []
    health: list[Result] = []
    in_flight = 0
    not_sent = 0
    tasks = set()

    async def one(kind: str, path: str, cookie: str, into: list):
        started = time.perf_counter()
        status, _headers, _body = await fetch(base, path, cookie)
        into.append(Result(kind, status, (time.perf_counter() - started) * 1000, bool(cookie)))

    async def counted(kind: str, path: str, cookie: str):
        nonlocal in_flight
        try:
            await one(kind, path, cookie, results)
        finally:
            in_flight -= 1

    async def healthz_sampler(until: float):
        while time.perf_counter() < until:
            await one("healthz", "/healthz", "", health)
            await asyncio.sleep(0.5)

    if args.warm:
        for urls in catalogue.urls.values():
            for path in urls:
                for _ in range(2):
                    await fetch(base, path)
    started = time.perf_counter()
    until = started + args.duration
    sampler = asyncio.create_task(healthz_sampler(until))
    interval = 1.0 / args.rate
    for number in range(int(args.rate * args.duration)):
        delay = started + number * interval - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        if in_flight >= args.max_in_flight:
            not_sent += 1
            continue
        kind = rng.choice(kinds)
        cookie = rng.choice(sessions) if sessions and rng.random() < args.signed_in else ""
        in_flight += 1
        task = asyncio.create_task(counted(kind, rng.choice(catalogue.urls[kind]), cookie))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
    sent_for = time.perf_counter() - started
    await asyncio.gather(*tasks, sampler)
    report(args, results, health, not_sent, sent_for, time.perf_counter() - started)


def percentiles(values: list[float]) -> tuple[float, float, float]:
    if len(values) < 2:
        return (values[0],) * 3 if values else (0.0, 0.0, 0.0)
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return cuts[49], cuts[94], cuts[98]


def report(args, results: list[Result], health: list[Result], not_sent: int, sent_for: float, total: float) -> None:
    ok = [result for result in results if 200 <= result.status < 400]
    shed = [result for result in results if result.status == 503]
    errors = [result for result in results if not (200 <= result.status < 400) and result.status != 503]
    print(f"target {args.rate:.0f} req/s for {args.duration:.0f} s, {args.signed_in:.0%} signed in")
    print(
        f"sent {len(results)} in {sent_for:.1f} s, all answered after {total:.1f} s; not sent (client bound) {not_sent}"
    )
    print(f"achieved {len(ok) / sent_for:.1f} req/s answered 2xx/3xx; 503 shed {len(shed)}; errors {len(errors)}")
    print(f"/healthz asked {len(health)} times, answered 200 {sum(result.status == 200 for result in health)} times")
    if errors:
        codes = defaultdict(int)
        for result in errors:
            codes[result.status] += 1
        print(f"  error statuses: {dict(codes)}")
    print(f"{'':24} {'n':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    rows = [("all answered", ok), ("healthz (same run)", [result for result in health if result.status == 200])]
    rows += [(f"  {kind}", [result for result in ok if result.kind == kind]) for kind, _weight in MIX]
    rows += [("  anonymous", [r for r in ok if not r.signed_in]), ("  signed in", [r for r in ok if r.signed_in])]
    rows += [("503 (shed)", shed)]
    for label, subset in rows:
        if subset:
            p50, p95, p99 = percentiles([result.ms for result in subset])
            print(f"{label:24} {len(subset):>6} {p50:>8.1f} {p95:>8.1f} {p99:>8.1f}")
    goal = GOALS["signed-in" if args.signed_in else "anonymous"]
    p95 = percentiles([result.ms for result in ok])[1] if ok else float("inf")
    met = len(ok) / sent_for >= goal[0] and p95 <= goal[1] and not errors and not shed
    print(f"goal: >= {goal[0]} req/s at p95 <= {goal[1]} ms with 0 errors: {'met' if met else 'NOT met'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="http://127.0.0.1:8000")
    parser.add_argument("--rate", type=float, default=100.0, help="requests started per second")
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of sending")
    parser.add_argument("--signed-in", type=float, default=0.0, help="share of requests with a session")
    parser.add_argument("--login", action="append", default=[], help="email:password of a member (repeatable)")
    parser.add_argument("--max-in-flight", type=int, default=256)
    parser.add_argument("--warm", action="store_true", help="request every URL twice before measuring")
    parser.add_argument("--seed", type=int, default=7)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
