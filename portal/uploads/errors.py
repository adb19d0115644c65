"""The one error an upload check raises."""


class UploadRejected(ValueError):
    """The file cannot be attached; the message says why, for the author."""
