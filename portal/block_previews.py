"""Sample values the block picker previews blocks with, so editors see a block before they add it.

Chooser blocks preview the library's first image or document, read when the picker opens (Wagtail calls a
callable preview_value each time); with an empty library they preview without one.
"""

PARAGRAPH = (
    "<p>Case management puts the person at the centre: assess their needs with them, agree a case plan, "
    "refer them to the services they choose, and follow up until the goals are met.</p>"
)


def first_image():
    from wagtail.images import get_image_model

    return get_image_model().objects.order_by("pk").first()


def first_document():
    from wagtail.documents import get_document_model

    return get_document_model().objects.order_by("pk").first()


def image_preview() -> dict:
    """A value for Wagtail's ImageBlock (image, decorative, alt text)."""
    return {"image": first_image(), "decorative": False, "alt_text": "A caseworker and a client at a desk"}
