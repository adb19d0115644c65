from django import template
from django.utils.translation import gettext as _

register = template.Library()


def offline_strings() -> dict[str, str]:
    """What offline.js says, in the reader's language (it runs where the server cannot translate: offline)."""
    return {
        "keeping": _("Downloading…"),
        "kept": _("Kept on this device"),
        "failed": _("Could not keep this for offline: check the connection and try again."),
        "removed": _("Removed from this device."),
        "remove": _("Remove from this device"),
        "save": _("Save my answers on this device"),
        "complete": _("Mark this lesson complete"),
        "queued": _("Saved on this device. It will be uploaded when you are back online."),
        "signIn": _("Sign in while online, then keep the course, to answer its checks offline."),
        "waiting": _("Answers waiting to upload:"),
        "uploaded": _("Answers uploaded and checked:"),
        "passed": _("passed"),
        "notPassed": _("not passed"),
        "refused": _("not counted"),
    }


@register.inclusion_tag("offline/includes/header.html", takes_context=True)
def offline_header(context):
    """The same HTML in both modes (pages are cached once); LowDataMiddleware marks it "on" for the reader."""
    request = context.get("request")
    return {"next": request.path if request is not None else "/", "strings": offline_strings()}
