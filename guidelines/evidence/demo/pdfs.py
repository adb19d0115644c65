"""Small real PDFs for the demo and the tests: one page per text, laid out by WeasyPrint (RTL for Arabic)."""

from django.utils.html import escape


def _refuse_fetch(url: str, *args, **kwargs):
    raise ValueError(f"the demo PDF fetches no resource ({url[:60]})")


def text_pdf(*, title: str, pages: list[str], language: str = "en") -> bytes:
    """A PDF with `title` atop the first page and each of `pages` on a page of its own."""
    from weasyprint import HTML

    direction = "rtl" if language == "ar" else "ltr"
    sections = "".join(
        f'<section style="page-break-after: always">{"<h1>" + escape(title) + "</h1>" if number == 0 else ""}'
        f"<p>{escape(text)}</p></section>"
        for number, text in enumerate(pages)
    )
    html = (
        f'<!doctype html><html lang="{language}" dir="{direction}"><head><meta charset="utf-8">'
        f"<style>@page {{ size: A5; margin: 18mm }} body {{ font-family: 'Noto Sans', 'Noto Naskh Arabic', sans-serif;"
        f" font-size: 11pt }}</style></head><body>{sections}</body></html>"
    )
    return HTML(string=html, url_fetcher=_refuse_fetch).write_pdf()


def scanned_pdf(*, pages: int = 2) -> bytes:
    """A PDF whose pages hold no text at all, as a scan without OCR looks to a text extractor."""
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    for _number in range(pages):
        writer.add_blank_page(width=420, height=595)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
