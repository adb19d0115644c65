"""What a reader sees of a page: its text without markup, so `<bdi>` isolation around labels does not split it."""

from bs4 import BeautifulSoup


def visible_text(html: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup(["script", "style", "template"]):
        hidden.decompose()
    return soup.get_text("")
