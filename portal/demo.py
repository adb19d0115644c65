"""The portal's demo content: countries, topics, one or two accounts per role, and the home, about and
privacy pages in English, French and Arabic.

The texts are data under demo_data/: programme.json (the countries and topics every demo reads),
accounts.json (accounts, trusted domains, membership requests) and pages.<language>.json (the home page
and the standard pages, in the same order in each language). Idempotent: whatever already exists (matched
by ISO code, slug, email or translation) is left as it is, so a second run changes nothing and edits made
in the admin survive. `DEMO_PASSWORD` is public: the other apps' demo accounts use it too.
"""

from allauth.account.models import EmailAddress

from django.db import transaction

from wagtail.models import Locale, Page

from .demo_programme import DEMO_DATA, load_countries, load_topics, read_demo_json
from .models import Country, HomePage, MembershipRequest, StandardPage, TrustedDomain, User
from .roles import Role, grant_role

LANGUAGES = ("en", "fr", "ar")
ACCOUNTS_DATA = read_demo_json(DEMO_DATA / "accounts.json")
DEMO_PASSWORD = ACCOUNTS_DATA["password"]
ACCOUNTS = ACCOUNTS_DATA["accounts"]
PAGES = {language: read_demo_json(DEMO_DATA / f"pages.{language}.json") for language in LANGUAGES}


def load_demo_content(*, stdout) -> None:
    with transaction.atomic():
        created_countries = load_countries()
        created_topics = load_topics()
        created_accounts = load_accounts()
        created_pages = load_pages()
        load_membership()
    stdout.write(
        f"Portal: {created_countries} countries, {created_topics} topics, {created_accounts} accounts "
        f"and {created_pages} pages created."
    )


def load_accounts() -> int:
    """After: every demo account exists with a verified primary email; existing accounts keep their password."""
    countries = {country.code: country for country in Country.objects.all()}
    created = 0
    for account in ACCOUNTS:
        if User.objects.filter(email=account["email"]).exists():
            continue
        role = Role(account["role"])
        is_administrator = role == Role.ADMINISTRATOR
        user = User.objects.create_user(
            email=account["email"],
            password=DEMO_PASSWORD,
            first_name=account["first_name"],
            last_name=account["last_name"],
            display_name=f"{account['first_name']} {account['last_name']}",
            country=countries.get(account["country_code"]),
            organisation=account["organisation"],
            role_title=account["role_title"],
            preferred_language=account["preferred_language"],
            is_staff=is_administrator,
            is_superuser=is_administrator,
        )
        EmailAddress.objects.create(user=user, email=account["email"], verified=True, primary=True)
        grant_role(user, role)
        created += 1
    return created


def load_membership() -> None:
    """After: the demo's trusted domains exist, and each listed Reader has the request (once, never re-asked)."""
    for trusted in ACCOUNTS_DATA["trusted_domains"]:
        TrustedDomain.objects.get_or_create(
            domain=trusted["domain"], defaults={"organisation": trusted["organisation"]}
        )
    for request in ACCOUNTS_DATA["membership_requests"]:
        member = User.objects.filter(email=request["email"]).first()
        if member is None or MembershipRequest.objects.filter(member=member).exists():
            continue
        MembershipRequest.objects.create(
            member=member,
            organisation=request["organisation"],
            role_title=request["role_title"],
            country=Country.objects.get(code=request["country_code"]),
            reason=request["reason"],
        )


def demo_accounts_table() -> str:
    """The demo accounts as a plain-text table: what `make run` shows to whoever tries the portal."""
    rows = [("Email", "Role", "Password")] + [
        (account["email"], account["role"], DEMO_PASSWORD) for account in ACCOUNTS
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    note = (
        "Trainer, Editors, Moderator and Administrator set up two-factor authentication as soon as they sign in.\n"
        "The two Editors show guideline review: one submits, the other approves.\n"
        "Forum authors at @demo.forum.example are sample authors only: they have no password and cannot sign in."
    )
    return "Demo accounts (development only):\n" + "\n".join(lines) + "\n" + note


def load_pages() -> int:
    """After: the home page has content in the three languages, with About and Privacy pages under each."""
    home = HomePage.objects.get(locale__language_code="en", depth=2)
    created = 0
    homes = {"en": home}
    pages_per_language: dict[str, dict[str, Page]] = {"en": {}}
    english_pages = PAGES["en"]["standard_pages"]
    for content in english_pages:
        page, was_created = _child_page(home, content)
        pages_per_language["en"][content["slug"]] = page
        created += was_created
    if not home.intro:
        _fill_home(home, PAGES["en"]["home"], privacy=pages_per_language["en"]["privacy"])

    for language in LANGUAGES[1:]:
        locale = Locale.objects.get(language_code=language)
        translated_home = home.get_translation_or_none(locale)
        home_was_created = translated_home is None
        if home_was_created:
            translated_home = home.copy_for_translation(locale)
            created += 1
        homes[language] = translated_home.specific
        pages_per_language[language] = {}
        for english_content, content in zip(english_pages, PAGES[language]["standard_pages"], strict=True):
            english = pages_per_language["en"][english_content["slug"]]
            translation = english.get_translation_or_none(locale)
            if translation is None:
                translation = _add_standard_page(homes[language], content, locale=locale, translation_of=english)
                created += 1
            pages_per_language[language][english_content["slug"]] = translation
        if home_was_created:
            _fill_home(homes[language], PAGES[language]["home"], privacy=pages_per_language[language]["privacy"])
    return created


def _child_page(home: HomePage, content: dict) -> tuple[Page, bool]:
    existing = home.get_children().filter(slug=content["slug"]).first()
    if existing is not None:
        return existing, False
    return _add_standard_page(home, content, locale=home.locale), True


def _add_standard_page(parent: Page, content: dict, *, locale: Locale, translation_of: Page | None = None) -> Page:
    """Creates and publishes the page; a translation shares its English page's translation key.

    Built directly rather than with `copy_for_translation`, whose copy would keep the English slug
    and leave a redirect behind when renamed.
    """
    page = StandardPage(
        title=content["title"],
        slug=content["slug"],
        locale=locale,
        introduction=content["introduction"],
        body=content["body"],
    )
    if translation_of is not None:
        page.translation_key = translation_of.translation_key
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _fill_home(home: HomePage, content: dict, *, privacy: Page) -> None:
    home.title = content["title"]
    home.headline = content["headline"]
    home.intro = content["intro"]
    home.body = [_with_privacy_link(block, privacy) for block in content["body"]]
    home.save_revision().publish()


def _with_privacy_link(block: dict, privacy: Page) -> dict:
    if block["type"] == "callout":
        return {
            **block,
            "value": {**block["value"], "text": block["value"]["text"].replace("{privacy}", str(privacy.id))},
        }
    return block
