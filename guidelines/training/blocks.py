"""What a lesson is made of: reading, media, materials, scenarios and knowledge checks.

Questions and answers are identified by the ids Wagtail stores with every stream child and
list item; those ids survive edits and reorders, so a learner's score keeps its meaning.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from guidelines.blocks import EvidenceCitationBlock
from portal import block_previews

LESSON_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "link", "ol", "ul", "document-link"]


class VideoBlock(blocks.StructBlock):
    """An uploaded video file or an embed, always with a transcript for slow connections and accessibility."""

    title = blocks.CharBlock(label=_("Title"), max_length=160)
    file = DocumentChooserBlock(label=_("Uploaded video"), required=False)
    embed = EmbedBlock(label=_("Embedded video"), required=False)
    transcript = blocks.RichTextBlock(label=_("Transcript"), features=["bold", "italic", "ol", "ul"])

    class Meta:
        icon = "media"
        template = "training/blocks/video_block.html"
        preview_value = {
            "title": "Opening a case: the first conversation",
            "transcript": "<p>Caseworker: Thank you for coming. Everything you say stays confidential.</p>",
        }

    def clean(self, value):
        if not value.get("file") and not value.get("embed"):
            raise blocks.StructBlockValidationError(
                block_errors={"file": blocks.BlockValidationError(_("Upload a video file or give an embed address."))}
            )
        return super().clean(value)


def material_preview() -> dict:
    """The library's first document, read each time the block picker opens (portal.block_previews)."""
    return {"document": block_previews.first_document(), "description": "Case plan template (printable)"}


class MaterialBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.CharBlock(label=_("Description"), max_length=240, required=False)

    class Meta:
        icon = "doc-full"
        template = "training/blocks/material_block.html"
        preview_value = staticmethod(material_preview)


class CaseScenarioBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=160)
    situation = blocks.RichTextBlock(label=_("Situation"), features=["bold", "italic", "ol", "ul"])
    questions_to_consider = blocks.RichTextBlock(
        label=_("Questions to consider"), features=["bold", "italic", "ol", "ul"], required=False
    )
    discussion = blocks.RichTextBlock(
        label=_("Discussion"),
        features=["bold", "italic", "ol", "ul", "link"],
        required=False,
        help_text=_("Shown folded; learners open it after thinking about the situation."),
    )

    class Meta:
        icon = "group"
        template = "training/blocks/case_scenario_block.html"
        preview_value = {
            "title": "A young woman at the transit centre",
            "situation": "<p>Amina, 19, arrives at the centre and says her employer kept her passport.</p>",
        }


class AnswerBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=300)
    is_correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.CharBlock(label=_("Feedback shown after answering"), max_length=500, required=False)

    class Meta:
        icon = "radio-full"


class QuestionBlock(blocks.StructBlock):
    """A knowledge-check question; `multiple` questions accept several answers and need all the right ones."""

    prompt = blocks.CharBlock(label=_("Question"), max_length=400)
    answers = blocks.ListBlock(AnswerBlock(), label=_("Answers"), min_num=2)
    explanation = blocks.CharBlock(label=_("Explanation"), max_length=600, required=False)

    multiple = False

    class Meta:
        icon = "help"
        template = "training/blocks/question_block.html"

    def clean(self, value):
        value = super().clean(value)
        correct = [answer for answer in value["answers"] if answer["is_correct"]]
        if not correct:
            raise blocks.StructBlockValidationError(
                block_errors={"answers": blocks.BlockValidationError(_("Mark at least one answer as correct."))}
            )
        if len(correct) > 1 and not self.multiple:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "answers": blocks.BlockValidationError(
                        _("A single-choice question has exactly one correct answer; use a multiple-choice question.")
                    )
                }
            )
        return value


class SingleChoiceQuestionBlock(QuestionBlock):
    class Meta:
        icon = "radio-full"
        label = _("Single-choice question")
        preview_value = {
            "prompt": "Who decides whether a survivor is referred to shelter?",
            "answers": [
                {"text": "The survivor, after informed consent", "is_correct": True, "feedback": "Yes."},
                {"text": "The caseworker alone", "is_correct": False, "feedback": "Consent comes first."},
            ],
        }


class MultipleChoiceQuestionBlock(QuestionBlock):
    multiple = True

    class Meta:
        icon = "tasks"
        label = _("Multiple-choice question")
        preview_value = {
            "prompt": "Which are indicators of trafficking?",
            "answers": [
                {"text": "Documents withheld by the employer", "is_correct": True, "feedback": "Yes."},
                {"text": "Debt that keeps growing", "is_correct": True, "feedback": "Yes."},
                {"text": "Travelling with a sibling", "is_correct": False, "feedback": "Not on its own."},
            ],
        }


QUESTION_BLOCK_NAMES = ("single_choice", "multiple_choice")


class LessonStreamBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        icon="pilcrow",
        features=LESSON_TEXT_FEATURES,
        template="blocks/paragraph_block.html",
        preview_value=block_previews.PARAGRAPH,
    )
    video = VideoBlock(label=_("Video"))
    image = ImageBlock(label=_("Image"), template="blocks/image_block.html", preview_value=block_previews.image_preview)
    material = MaterialBlock(label=_("Downloadable material"))
    case_scenario = CaseScenarioBlock(label=_("Case scenario"))
    evidence = EvidenceCitationBlock()
    single_choice = SingleChoiceQuestionBlock()
    multiple_choice = MultipleChoiceQuestionBlock()
