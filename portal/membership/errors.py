class MembershipRefused(Exception):
    """A rule refused the request or the decision; `message` is shown to the member as is."""

    def __init__(self, message: str, *, code: str = "refused", field: str | None = None):
        super().__init__(message)
        self.message = message
        self.code = code
        self.field = field
