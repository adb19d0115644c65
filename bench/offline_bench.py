"""Page weight and first paint of a guideline page on a 2G profile, first and repeat visit, and an offline reload.

Run against a running portal (production-like: DEBUG off, collected and compressed static files):
    .venv/bin/python bench/offline_bench.py --base http://127.0.0.1:8742 [--proxy-port 0] [--path /en/guidelines/…/]

Chromium (Debian's /usr/bin/chromium) is throttled through CDP to 250 kbit/s down, 50 kbit/s up, 300 ms round trip.
Bytes are counted on the wire by a small TCP proxy between Chromium and the portal, so every request counts:
the page, its assets, the service worker, the manifest and what the worker itself fetches (CDP would miss those).
A visit ends once no byte has moved for 1.5 s after the load event.
"""

import argparse
import contextlib
import os
import re
import socket
import subprocess
import threading
import time
import urllib.request

GOALS = {"first visit (KB)": 60, "repeat visit (KB)": 5, "first paint, first visit (s)": 3.0}
THROTTLE = {"offline": False, "latency": 300, "downloadThroughput": 250_000 / 8, "uploadThroughput": 50_000 / 8}


class CountingProxy:
    """Forwards 127.0.0.1:<port> to the portal, adding up the bytes in both directions."""

    def __init__(self, port: int, target: tuple[str, int]):
        self.bytes = 0
        self.last_activity = time.monotonic()
        self.target = target
        self.lock = threading.Lock()
        self.server = socket.create_server(("127.0.0.1", port))
        self.port = self.server.getsockname()[1]  # the one the system chose for port 0
        threading.Thread(target=self._accept, daemon=True).start()

    def reset(self) -> None:
        with self.lock:
            self.bytes = 0

    def _accept(self) -> None:
        while True:
            client, _address = self.server.accept()
            upstream = socket.create_connection(self.target)
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    def _pipe(self, source, sink) -> None:
        try:
            while chunk := source.recv(65536):
                with self.lock:
                    self.bytes += len(chunk)
                    self.last_activity = time.monotonic()
                sink.sendall(chunk)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)


def first_guideline_path(base: str) -> str:
    html = urllib.request.urlopen(f"{base}/en/guidelines/").read().decode()
    return next(path for path in re.findall(r'href="(/en/guidelines/[^"/]+/)"', html) if path != "/en/guidelines/")


def visit(page, proxy: CountingProxy, url: str) -> tuple[int, float]:
    """(bytes on the wire, first paint in seconds) for one navigation and everything it sets off."""
    proxy.reset()
    page.goto(url, wait_until="load", timeout=120_000)
    while time.monotonic() - proxy.last_activity < 1.5:
        time.sleep(0.1)
    paint = page.evaluate(
        "() => (performance.getEntriesByType('paint').find(e => e.name === 'first-contentful-paint') || {}).startTime"
    )
    return proxy.bytes, (paint or 0) / 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="http://127.0.0.1:8742")
    parser.add_argument("--proxy-port", type=int, default=0, help="0: any free port")
    parser.add_argument("--path", default="")
    args = parser.parse_args()
    host, port = args.base.removeprefix("http://").split(":")
    proxy = CountingProxy(args.proxy_port, (host, int(port)))
    path = args.path or first_guideline_path(args.base)
    origin = f"http://localhost:{proxy.port}"  # localhost: a secure context, as service workers need
    url = f"{origin}{path}"

    from playwright.sync_api import sync_playwright

    figures = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        context = browser.new_context()
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.emulateNetworkConditions", THROTTLE)
        first_bytes, first_paint = visit(page, proxy, url)
        controlled = page.evaluate("() => navigator.serviceWorker.ready.then(() => true)")
        repeat_bytes, repeat_paint = visit(page, proxy, url)
        context.set_offline(True)
        page.reload()
        offline_ok = page.locator("article.guideline h1").count() == 1
        context.set_offline(False)
        low = browser.new_context()
        low.add_cookies([{"name": "low_data", "value": "1", "url": origin}])
        low_page = low.new_page()
        low.new_cdp_session(low_page).send("Network.emulateNetworkConditions", THROTTLE)
        low_bytes, low_paint = visit(low_page, proxy, url)
        # The floor, same run and throttle: the smallest page with the same header and style sheet (a 404).
        bare = browser.new_context()
        bare_page = bare.new_page()
        bare.new_cdp_session(bare_page).send("Network.emulateNetworkConditions", THROTTLE)
        floor_bytes, floor_paint = visit(bare_page, proxy, f"{origin}/en/no-such-page-bench/")
        browser.close()

    figures["first visit (KB)"] = first_bytes / 1024
    figures["repeat visit (KB)"] = repeat_bytes / 1024
    figures["first paint, first visit (s)"] = first_paint
    load = os.getloadavg()[0]
    print(f"Guideline page {path} on 2G (250/50 kbit/s, 300 ms RTT); load average {load:.2f}")
    print(f"{'measure':<32}{'figure':>10}{'goal':>10}  met")
    for name, value in figures.items():
        goal = GOALS[name]
        print(f"{name:<32}{value:>10.1f}{goal:>10}  {'yes' if value <= goal else 'NO'}")
    print(
        f"{'floor: first paint of a 404':<32}{floor_paint:>10.2f}  ({floor_bytes / 1024:.1f} KB: same header and CSS, "
        "no content; what this machine and profile allow now)"
    )
    print(f"{'first paint, repeat visit (s)':<32}{repeat_paint:>10.2f}")
    print(f"{'low-data first visit (KB)':<32}{low_bytes / 1024:>10.1f}  (first paint {low_paint:.2f} s)")
    print(f"service worker in control after the first visit: {'yes' if controlled else 'no'}")
    print(f"reloads offline after one visit: {'yes' if offline_ok else 'NO'}")
    print(subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())


if __name__ == "__main__":
    main()
