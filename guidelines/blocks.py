"""The blocks a guideline is written in: numbered sections holding content blocks and country notes."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from portal import block_previews

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "link", "ol", "ul", "document-link"]


def country_choices() -> list[tuple[str, str]]:
    """Programme countries by ISO code; read when the editor opens, so new countries appear without a migration."""
    from portal.models import Country

    return [(country.code, country.name_en) for country in Country.objects.programme()]


# Block previews (portal.block_previews): read each time the block picker opens.
def document_preview() -> dict:
    return {"document": block_previews.first_document(), "description": "Consent form to sign before assessment"}


def captioned_image_preview() -> dict:
    return {
        "image": block_previews.first_image(),
        "alt_text": "A caseworker and a client at a desk",
        "caption": "A first meeting, in a private room",
    }


def cross_reference_preview() -> dict:
    """The first live guideline (none before one is published)."""
    from guidelines.models import GuidelinePage

    guideline = GuidelinePage.objects.live().order_by("path").first()
    return {"guideline": guideline, "anchor": "s-preview", "label": "Referral pathways"}


class AnchorBlock(blocks.FieldBlock):
    """A section's permanent anchor: generated on first save, shown read-only so nobody breaks a cited link."""

    def __init__(self, required=False, help_text=None, **kwargs):
        self.field = forms.CharField(
            required=False,
            max_length=32,
            widget=forms.TextInput(attrs={"readonly": "readonly"}),
            help_text=help_text,
        )
        super().__init__(**kwargs)

    class Meta:
        icon = "link"
        default = ""


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        label=_("Tone"),
        choices=[("note", _("Note")), ("warning", _("Warning")), ("safeguarding", _("Safeguarding"))],
        default="note",
    )
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ol", "ul"])

    class Meta:
        icon = "warning"
        template = "guidelines/blocks/callout.html"
        preview_value = {"tone": "warning", "text": "<p>Never record a survivor's details in a shared channel.</p>"}


class ProcedureStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=160)
    detail = blocks.RichTextBlock(label=_("Detail"), features=["bold", "italic", "link", "ul"], required=False)


class ProcedureBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Procedure title"), max_length=160, required=False)
    steps = blocks.ListBlock(ProcedureStepBlock(), label=_("Steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        template = "guidelines/blocks/procedure.html"
        preview_value = {
            "title": "Referral",
            "steps": [{"title": "Obtain informed consent", "detail": "<p>Explain what will be shared.</p>"}],
        }


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Checklist title"), max_length=160, required=False)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item"), max_length=300), label=_("Items"), min_num=1)

    class Meta:
        icon = "tasks"
        template = "guidelines/blocks/checklist.html"
        preview_value = {"title": "Before closing a case", "items": ["Goals of the case plan reviewed"]}


class DocumentDownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Form or tool"))
    description = blocks.CharBlock(label=_("What it is for"), max_length=300, required=False)

    class Meta:
        icon = "doc-full"
        template = "guidelines/blocks/document.html"
        preview_value = staticmethod(document_preview)


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(label=_("Text alternative"), max_length=250)
    caption = blocks.CharBlock(label=_("Caption"), max_length=300, required=False)

    class Meta:
        icon = "image"
        template = "guidelines/blocks/image.html"
        preview_value = staticmethod(captioned_image_preview)


class CrossReferenceBlock(blocks.StructBlock):
    guideline = blocks.PageChooserBlock(label=_("Guideline"), page_type="guidelines.GuidelinePage")
    anchor = blocks.CharBlock(
        label=_("Section anchor"),
        max_length=32,
        help_text=_("The anchor shown in the section's permalink, e.g. s-4k2p9q."),
    )
    label = blocks.CharBlock(label=_("Link text"), max_length=200, required=False)

    class Meta:
        icon = "link"
        template = "guidelines/blocks/cross_reference.html"
        preview_value = staticmethod(cross_reference_preview)


class EvidenceCitationBlock(blocks.StructBlock):
    """An evidence item cited by a section or a lesson; its title is shown only to readers who may read the item."""

    item = blocks.PageChooserBlock(label=_("Evidence item"), page_type="evidence.EvidenceItemPage")
    pdf_page = blocks.IntegerBlock(
        label=_("Page of its PDF"), required=False, min_value=1, help_text=_("Leave empty to cite the whole item.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Evidence cited")
        template = "blocks/evidence_citation.html"

    def get_preview_value(self):
        """The first public evidence item (none before one is published), at page 2 of its PDF."""
        items = self.child_blocks["item"].target_model.objects.live().public().order_by("path")
        return self.to_python({"item": getattr(items.first(), "pk", None), "pdf_page": 2})


class SectionContentBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(
        label=_("Text"),
        icon="pilcrow",
        features=RICH_TEXT_FEATURES,
        template="guidelines/blocks/text.html",
        preview_value=block_previews.PARAGRAPH,
    )
    callout = CalloutBlock(label=_("Callout or warning"))
    procedure = ProcedureBlock(label=_("Step-by-step procedure"))
    checklist = ChecklistBlock(label=_("Checklist"))
    document = DocumentDownloadBlock(label=_("Form or tool to download"))
    image = CaptionedImageBlock(label=_("Image with caption"))
    table = TableBlock(
        label=_("Table"),
        template="guidelines/blocks/table.html",
        preview_value={
            "data": [["Step", "Within"], ["Registration", "1 day"], ["Assessment", "5 working days"]],
            "first_row_is_table_header": True,
            "first_col_is_header": False,
        },
    )
    cross_reference = CrossReferenceBlock(label=_("Cross-reference"))
    # Frozen as data beside the section's HTML (see snapshot.evidence_cited), rendered for each reader.
    evidence = EvidenceCitationBlock(template="guidelines/blocks/evidence_frozen.html")


class CountryNoteBlock(blocks.StructBlock):
    country = blocks.ChoiceBlock(label=_("Country"), choices=country_choices)
    text = blocks.RichTextBlock(label=_("Note"), features=["bold", "italic", "link", "ol", "ul"])

    class Meta:
        icon = "site"


class SectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("1", _("Section")), ("2", _("Sub-section"))],
        default="1",
        help_text=_("Sub-sections are numbered under the section before them (4.1, 4.2...)."),
    )
    anchor = AnchorBlock(label=_("Permanent anchor"), help_text=_("Generated on first save; it never changes."))
    content = SectionContentBlock(label=_("Content"))
    country_notes = blocks.ListBlock(CountryNoteBlock(), label=_("Country notes"), default=[])

    class Meta:
        icon = "doc-full-inverse"
        template = "guidelines/blocks/section.html"
        preview_value = {
            "heading": "Identification",
            "level": "1",
            "anchor": "s-preview",
            "content": [],
            "country_notes": [],
        }


class GuidelineBodyBlock(blocks.StreamBlock):
    section = SectionBlock(label=_("Section"))
