"""Content blocks shared by the portal's page types."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageBlock

from portal import block_previews


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=160)

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        preview_value = {"text": "Identification and first contact"}


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(label=_("Tone"), choices=[("note", _("Note")), ("warning", _("Warning"))], default="note")
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ol", "ul"])

    class Meta:
        icon = "warning"
        template = "blocks/callout_block.html"
        preview_value = {"tone": "warning", "text": "<p>Never record a survivor's details in a shared channel.</p>"}


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        icon="pilcrow",
        features=["h3", "bold", "italic", "link", "ol", "ul", "document-link"],
        template="blocks/paragraph_block.html",
        preview_value=block_previews.PARAGRAPH,
    )
    image = ImageBlock(label=_("Image"), template="blocks/image_block.html", preview_value=block_previews.image_preview)
    callout = CalloutBlock()
