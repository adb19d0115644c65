"""Cumulative layout shift (CLS) of the pages a caseworker opens first, in Chromium, beside the 0.1 floor.

Run against a running portal with the demo content:
    .venv/bin/python bench/cls_bench.py --base http://127.0.0.1:8751 [--settle 3] [--sources]

For each language (en, fr, ar), each viewport (390×844 phone, 1280×900 desktop) and each page (the home page,
a guideline page, a forum topic, search results), a fresh browser context loads the page, waits `--settle`
seconds after the load event for late arrivals (banners, fonts, images, scripts), and reads the layout shifts
with a PerformanceObserver ('layout-shift', buffered). CLS is the largest session window (shifts less than 1 s
apart, at most 5 s long), shifts right after input excluded, as Chrome's Web Vitals compute it.
`--sources` prints the elements that moved, to find what to fix.
"""

import argparse
import re
import sys
import urllib.request

FLOOR = 0.1
LANGUAGES = ("en", "fr", "ar")
VIEWPORTS = {"390x844": {"width": 390, "height": 844}, "1280x900": {"width": 1280, "height": 900}}

OBSERVE = """
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    window.__shifts.push({
      value: entry.value, time: entry.startTime, input: entry.hadRecentInput,
      sources: (entry.sources || []).map((s) => s.node ? (s.node.nodeName + (s.node.id ? '#' + s.node.id : '')
        + (s.node.className && typeof s.node.className === 'string' ? '.' + s.node.className.split(' ').join('.') : ''))
        : '?'),
    });
  }
}).observe({type: 'layout-shift', buffered: true});
"""

CLS = """
() => {
  let best = 0, current = 0, start = -1, last = -1;
  for (const shift of window.__shifts) {
    if (shift.input) continue;
    if (start < 0 || shift.time - last > 1000 || shift.time - start > 5000) { start = shift.time; current = 0; }
    current += shift.value; last = shift.time; best = Math.max(best, current);
  }
  return best;
}
"""


def first_link(base: str, path: str, pattern: str) -> str:
    """The first link on `path` whose address matches `pattern` (a guideline, a topic in the demo content)."""
    html = urllib.request.urlopen(base + path, timeout=30).read().decode()
    match = re.search(rf'href="({pattern})"', html)
    if not match:
        sys.exit(f"no link matching {pattern} on {path}")
    return match.group(1)


def pages(base: str, language: str) -> dict[str, str]:
    return {
        "home": f"/{language}/",
        "guideline": first_link(base, f"/{language}/guidelines/", rf"/{language}/guidelines/[\w-]+/"),
        "forum topic": first_link(base, f"/{language}/forum/", rf"/{language}/forum/t/\d+/[^\"]*"),
        "search results": f"/{language}/search/?q=reintegration",
    }


def measure(browser, url: str, viewport: dict, settle: float) -> tuple[float, list[dict]]:
    context = browser.new_context(viewport=viewport)
    try:
        page = context.new_page()
        page.add_init_script(OBSERVE)
        page.goto(url, wait_until="load", timeout=60_000)
        page.wait_for_timeout(settle * 1000)
        return page.evaluate(CLS), page.evaluate("window.__shifts")
    finally:
        context.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="http://127.0.0.1:8751")
    parser.add_argument("--settle", type=float, default=3.0, help="seconds to wait after the load event")
    parser.add_argument("--sources", action="store_true", help="print the elements that moved")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    over = 0
    print(f"{'language':8} {'viewport':9} {'page':15} {'CLS':>7}  floor")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
        try:
            for language in LANGUAGES:
                for name, path in pages(args.base, language).items():
                    for label, viewport in VIEWPORTS.items():
                        cls, shifts = measure(browser, args.base + path, viewport, args.settle)
                        over += cls > FLOOR
                        verdict = "ok" if cls <= FLOOR else "OVER"
                        print(f"{language:8} {label:9} {name:15} {cls:7.4f}  ≤ {FLOOR} {verdict}")
                        if args.sources:
                            for shift in shifts:
                                if shift["value"] >= 0.001:
                                    print(f"{'':34}{shift['value']:.4f} at {shift['time']:.0f} ms: {shift['sources']}")
        finally:
            browser.close()
    print(f"{over} page(s) over the floor")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
