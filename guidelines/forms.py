"""Editor and reader forms: a publication needs a new edition label; a reader votes once per edition."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.workflows import ReviewedPageForm

# Submit buttons of Wagtail's page editor that lead to a publication.
PUBLISHING_ACTIONS = ("action-publish", "action-submit", "action-restart-workflow")


class GuidelinePageForm(ReviewedPageForm):
    """Only superusers publish a guideline directly; everyone else goes through Guideline review."""

    direct_publish_refused = _(
        "A guideline edition goes live after review: use “Submit to Guideline review”, a second editor approves."
    )

    def clean(self):
        if any(action in self.data for action in PUBLISHING_ACTIONS):
            self._check_new_edition(self.cleaned_data)
        return super().clean()

    def _check_new_edition(self, cleaned_data) -> None:
        from guidelines.models import GuidelineEdition

        label = cleaned_data.get("edition_label")
        if not cleaned_data.get("edition_effective_date"):
            self.add_error("edition_effective_date", _("An edition needs the date from which it applies."))
        if (
            label
            and self.instance.pk
            and GuidelineEdition.objects.filter(guideline=self.instance, label=label).exists()
        ):
            self.add_error(
                "edition_label",
                _("Edition %(label)s is already published and cannot change. Give this edition a new label.")
                % {"label": label},
            )
        source_label = cleaned_data.get("source_edition_label")
        if source_label:
            source = self.instance.get_translations().filter(locale__language_code="en").first()
            if source is None or not GuidelineEdition.objects.filter(guideline=source, label=source_label).exists():
                self.add_error(
                    "source_edition_label",
                    _("The English guideline has no edition %(label)s.") % {"label": source_label},
                )


class FeedbackForm(forms.Form):
    helpful = forms.TypedChoiceField(
        label=_("Was this guideline helpful?"),
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Comment (optional)"), max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
