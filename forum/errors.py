"""Why a forum action was refused, in words the member can act on."""


class ForumError(Exception):
    """A rule refused the action; `message` is shown to the member as is."""

    def __init__(self, message: str, *, code: str = "refused", field: str | None = None):
        super().__init__(message)
        self.message = message
        self.code = code
        self.field = field


class PrivacyWarning(ForumError):
    """The text looks like it holds personal data and the author has not confirmed it is safe to publish."""

    def __init__(self, findings):
        from django.utils.translation import gettext as _

        super().__init__(
            _("Your text may contain personal or case-identifying data. Edit it, or confirm it is safe to publish."),
            code="privacy",
        )
        self.findings = findings
