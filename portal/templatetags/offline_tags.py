from django import template
from django.conf import settings
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

register = template.Library()


def offline_strings() -> dict:
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
        "signedIn": _("Signed in on this device"),
        "signOut": _("Sign out"),
        # Sizes of what a device keeps: "%s" is the number, already written in the reader's digits by offline.js.
        "kilobytes": _("%s KB"),
        "megabytes": _("%s MB"),
        "languages": {code: get_language_info(code)["name_local"] for code, _name in settings.LANGUAGES},
    }


@register.inclusion_tag("offline/includes/header.html", takes_context=True)
def offline_header(context):
    """The same HTML in both modes (pages are cached once); LowDataMiddleware marks it "on" for the reader.

    `signed_in` tells offline.js the page was made for a member (such pages are never stored on a device)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    return {
        "next": request.path if request is not None else "/",
        "strings": offline_strings(),
        "signed_in": bool(user and user.is_authenticated),
    }
