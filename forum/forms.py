"""Forms only parse input; the rules live in the services and come back as ForumError."""

import uuid

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from portal.choices import ContentLanguage, PopulationGroup
from portal.models import Country
from portal.models import Topic as TaxonomyTopic

from .choices import FlagReason, TopicKind, WatchEmail, language_or_default
from .errors import ForumError, PrivacyWarning
from .models import Category
from .permissions import MAX_POST_LENGTH
from .uploads import ALLOWED_EXTENSIONS, UploadRejected, upload_receive


class PostingForm(forms.Form):
    """Shared by new topics, replies and edits: the one-time token, the privacy confirmation, one attachment."""

    submission_key = forms.CharField(widget=forms.HiddenInput, required=False, max_length=64)
    attachment = forms.FileField(
        label=_("Attach a photo or document (optional)"),
        required=False,
        help_text=_(
            "Images are re-encoded and their location data removed. Documents: PDF, DOCX, XLSX, ODT, TXT, CSV."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(ALLOWED_EXTENSIONS)}),
    )
    privacy_confirmed = forms.BooleanField(
        label=_("I checked: this text does not identify a person or a case."), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("submission_key", uuid.uuid4().hex)
        self.privacy_findings = []

    def clean_attachment(self):
        """Type, size and image header only: decoding waits until the service has checked the posting rate."""
        upload = self.cleaned_data.get("attachment")
        if not upload:
            return []
        try:
            return [upload_receive(upload)]
        except UploadRejected as error:
            raise forms.ValidationError(str(error)) from None

    def add_forum_error(self, error: ForumError) -> None:
        """Shows a refused rule next to its field (or above the form); the member's text stays in the form."""
        if isinstance(error, PrivacyWarning):
            self.privacy_findings = error.findings
        self.refusal_code = error.code
        field = error.field if error.field in self.fields else None
        self.add_error(field, error.message)


class ReplyForm(PostingForm):
    body = forms.CharField(label=_("Your reply"), widget=forms.Textarea(attrs={"rows": 8}), required=False)
    language = forms.ChoiceField(label=_("Language of your reply"), choices=ContentLanguage.choices)
    field_order = ["body", "language", "attachment", "privacy_confirmed", "submission_key"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].widget.attrs["maxlength"] = MAX_POST_LENGTH
        self.initial.setdefault("language", language_or_default(get_language()))


class EditForm(forms.Form):
    body = forms.CharField(label=_("Text"), widget=forms.Textarea(attrs={"rows": 10}), required=False)
    privacy_confirmed = PostingForm.base_fields["privacy_confirmed"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.privacy_findings = []

    add_forum_error = PostingForm.add_forum_error


class TopicForm(PostingForm):
    category = forms.ModelChoiceField(label=_("Category"), queryset=Category.objects.none())
    kind = forms.ChoiceField(label=_("Kind of topic"), choices=TopicKind.choices)
    title = forms.CharField(label=_("Title"), max_length=200, required=False)
    body = forms.CharField(
        label=_("Text"),
        widget=forms.Textarea(attrs={"rows": 8}),
        required=False,
        help_text=_("Markdown. Cite a guideline section as [[guideline-slug#section-anchor]]."),
    )
    context = forms.CharField(label=_("Context"), widget=forms.Textarea(attrs={"rows": 4}), required=False)
    what_was_done = forms.CharField(label=_("What was done"), widget=forms.Textarea(attrs={"rows": 4}), required=False)
    what_worked = forms.CharField(label=_("What worked"), widget=forms.Textarea(attrs={"rows": 4}), required=False)
    what_did_not_work = forms.CharField(
        label=_("What did not work"), widget=forms.Textarea(attrs={"rows": 4}), required=False
    )
    recommendation = forms.CharField(
        label=_("Recommendation"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    countries = forms.ModelMultipleChoiceField(
        label=_("Countries"), queryset=Country.objects.all(), required=False, widget=forms.CheckboxSelectMultiple
    )
    topics = forms.ModelMultipleChoiceField(
        label=_("Topics"), queryset=TaxonomyTopic.objects.all(), required=False, widget=forms.CheckboxSelectMultiple
    )
    population_group = forms.ChoiceField(label=_("Population group"), choices=PopulationGroup.choices)
    language = forms.ChoiceField(label=_("Language of your post"), choices=ContentLanguage.choices)

    LESSON_FIELDS = ("context", "what_was_done", "what_worked", "what_did_not_work", "recommendation")

    def __init__(self, *args, categories, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = categories
        self.initial.setdefault("language", language_or_default(get_language()))
        self.initial.setdefault("population_group", PopulationGroup.ALL_MIGRANTS)
        for name in ("body", *self.LESSON_FIELDS):
            self.fields[name].widget.attrs["maxlength"] = MAX_POST_LENGTH

    def lesson_fields(self):
        return [self[name] for name in self.LESSON_FIELDS]


class FlagForm(forms.Form):
    reason = forms.ChoiceField(label=_("Why should moderators look at this post?"), choices=FlagReason.choices)
    note = forms.CharField(
        label=_("Anything moderators should know (optional)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=1000,
    )


class ModerationForm(forms.Form):
    reason = forms.CharField(label=_("Reason (kept in the moderation log)"), max_length=1000, required=False)


class MoveForm(ModerationForm):
    category = forms.ModelChoiceField(label=_("Move to category"), queryset=Category.objects.all())


class WatchForm(forms.Form):
    email = forms.ChoiceField(label=_("Email me"), choices=[*WatchEmail.choices, ("off", _("Stop watching"))])
