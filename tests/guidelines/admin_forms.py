"""Builds the POST data of Wagtail's page editor for a guideline, as a browser would submit it."""

from allauth.mfa.models import Authenticator

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from portal.roles import Role
from tests.portal.factories import UserFactory


def staff_member(role: Role, email: str):
    """A member in `role` with a second factor set up, as the admin requires for staff."""
    user = UserFactory(email=email, roles=[role])
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"})
    return user


def editor_post_data(page, *, label: str, action: str, heading_suffix: str = "") -> dict:
    sections = []
    for child in page.body:
        value = child.value
        content = [
            (block.block_type, rich_text(block.value.source))
            for block in value["content"]
            if block.block_type == "text"
        ]
        sections.append(
            (
                "section",
                {
                    "heading": value["heading"] + heading_suffix,
                    "level": value["level"],
                    "anchor": value["anchor"],
                    "content": streamfield(content),
                    "country_notes": {"count": "0"},
                },
            )
        )
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "edition_label": label,
            "edition_effective_date": "2026-09-01",
            "edition_change_note": "Clarified wording.",
            "source_edition_label": "",
            "summary": page.summary,
            "body": streamfield(sections),
            "comments": inline_formset([]),
        }
    )
    data[action] = "1"
    return data
