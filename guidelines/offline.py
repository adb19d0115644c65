"""Guidelines read without a connection: what "keep for offline" downloads, and the pages of a field pack.

Plugged into the portal through the `offline_keep_list` and `field_pack_files` extensions (guidelines.apps).
"""

from django.utils.translation import gettext as _

from guidelines.edition_images import ImageBudget
from guidelines.models import GuidelinePage
from guidelines.selectors import current_edition, edition_by_label
from portal.offline.keep import KeepList, media_urls, shell_assets
from portal.offline_packs.contents import PackFile, online_links, render_pack_page


def keep_list(page, *, edition_label: str) -> KeepList | None:
    """The URLs a reader needs to read an edition of a guideline offline (default: the current one)."""
    if not isinstance(page, GuidelinePage):
        return None
    current = current_edition(page)
    edition = edition_by_label(page, edition_label) if edition_label else current
    if edition is None:
        return None
    base = page.url
    frozen = f"{base}editions/{edition.label}/"
    urls = [frozen, f"{frozen}print/", f"{base}countries/", f"{base}editions/"]
    if current is not None and current.pk == edition.pk:
        urls[:0] = [base, f"{base}print/"]
        urls += [f"{base}?country={code}" for code in edition.countries()]
    urls += [f"{base}countries/?country={code}" for code in edition.countries()]
    urls += media_urls("".join(section["html"] for section in edition.served_sections))
    title = _("%(title)s, edition %(label)s") % {"title": page.title, "label": edition.label}
    return KeepList(key=f"guideline-{page.pk}-{edition.label}", title=title, urls=urls + shell_assets())


def field_pack_files(*, country, language: str, origin: str) -> list[PackFile]:
    """The current edition of every public guideline in `language`, with `country`'s notes, and its images
    (within the pack's image budget) beside them."""
    budget = ImageBudget()
    files = []
    for page in GuidelinePage.objects.live().public().filter(locale__language_code=language).order_by("path"):
        edition = current_edition(page)
        if edition is None:
            continue
        sections = [
            {
                **section,
                "html": online_links(budget.embed(section["html"], prefix="../"), origin=origin),
                "country_note": online_links(section["country_notes"].get(country.code, ""), origin=origin),
            }
            for section in edition.served_sections
        ]
        content = render_pack_page(
            "offline_packs/guideline.html",
            {"edition": edition, "sections": sections, "country": country, "online_url": page.full_url},
            depth=1,
        )
        files.append(PackFile(f"guidelines/{page.slug}.html", "guideline", edition.title, edition.label, content))
    images = [PackFile(image.name, "image", image.alt, "", image.content) for image in budget.images.values()]
    return files + sorted(images, key=lambda image: image.path)
