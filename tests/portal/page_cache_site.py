"""A small portal with one URL per page-cache policy and three canaries only some roles may read.

- a guideline restricted to the Editor group by a Wagtail view restriction;
- a hidden reply in a public topic (moderators see hidden posts);
- a topic in a category restricted to a group the Practitioner holds (moderators see every category).
Each canary says "referral" and cites the public guideline, so every list, search and guideline page
that leaked it would show it.
"""

from dataclasses import dataclass

from django.contrib.auth.models import Group

from wagtail.models import PageViewRestriction

from forum.search_source import record_topic_change
from forum.services.posting import citations_save
from guidelines.models import GuidelinePage
from portal.models import HomePage
from portal.roles import Role
from tests.forum.factories import CategoryFactory, ForumTopicFactory, MemberFactory, PostFactory
from tests.guidelines import factories as guideline_factories
from tests.portal.factories import CountryFactory
from tests.training import factories as training_factories

CANARY_PAGE = "zqcanarypage7781"
CANARY_HIDDEN = "zqcanaryhidden5523"
CANARY_CATEGORY = "zqcanarycategory9034"
RESTRICTED_GROUP = "Verified caseworkers"
ROLES = ["Reader", "Practitioner", "Editor", "Moderator"]
MAY_SEE = {
    CANARY_PAGE: {"Editor"},
    CANARY_HIDDEN: {"Moderator"},
    CANARY_CATEGORY: {"Practitioner", "Moderator"},
}


@dataclass
class Site:
    guideline: GuidelinePage
    restricted_guideline: GuidelinePage
    course: object
    topic: object
    hidden_post: object
    canary_topic: object
    members: dict
    urls: dict  # policy name -> a URL it serves


def _cited_topic(category, title: str, opening: str, author):
    topic = ForumTopicFactory(category=category, title=title, opening=opening, author=author)
    citations_save(post=topic.posts.get())
    record_topic_change(topic.pk)
    return topic


def build_site() -> Site:
    """Call inside `django_capture_on_commit_callbacks(execute=True)`: the search index is filled on commit."""
    guinea = CountryFactory(code="GN", name_en="Guinea")  # first: a new country bumps `site`, as a tree change
    guideline = guideline_factories.guideline(
        sections=guideline_factories.numbered_sections(3), title="Referral and case management"
    )
    guideline = guideline_factories.new_edition(
        guideline, sections=guideline_factories.numbered_sections(4), label="2.0"
    )
    restricted = GuidelinePage(
        title=f"Referral {CANARY_PAGE}",
        slug="restricted-referral",
        summary=f"Referral {CANARY_PAGE}",
        body=guideline_factories.numbered_sections(1, prefix=CANARY_PAGE),
        edition_label="1.0",
        live=False,
    )
    guideline_factories.guidelines_index().add_child(instance=restricted)
    restricted = guideline_factories.publish(restricted)
    restriction = PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get(name=Role.EDITOR.value))
    course = training_factories.publish(training_factories.simple_course(title="Referral course", with_questions=False))

    members = {
        "Reader": MemberFactory(email="reader@example.org", display_name="Rita Reader", roles=[Role.READER]),
        "Practitioner": MemberFactory(email="practitioner@example.org", display_name="Pia Practitioner"),
        "Editor": MemberFactory(email="editor@example.org", display_name="Eddy Editor", roles=[Role.EDITOR], totp=True),
        "Moderator": MemberFactory(
            email="moderator@example.org", display_name="Mo Moderator", roles=[Role.MODERATOR], totp=True
        ),
    }
    members["Practitioner"].groups.add(Group.objects.get_or_create(name=RESTRICTED_GROUP)[0])
    author = members["Practitioner"]

    public = CategoryFactory(slug="reintegration", name_en="Reintegration")
    topic = _cited_topic(public, "Referral follow-up", "Referral steps, see [[case-management#s-n0001]].", author)
    hidden = PostFactory(topic=topic, author=author, body=f"Referral {CANARY_HIDDEN}", is_hidden=True)
    citations_save(post=hidden)
    restricted_category = CategoryFactory(slug="verified", name_en="Verified", restricted_to=[RESTRICTED_GROUP])
    canary_topic = _cited_topic(
        restricted_category,
        f"Referral {CANARY_CATEGORY}",
        f"Referral {CANARY_CATEGORY} [[case-management#s-n0001]]",
        author,
    )
    for tagged in (topic, canary_topic):  # the country page lists both, each to whom may read it
        tagged.countries.set([guinea])

    page_url = guideline.url
    urls = {
        "home": HomePage.objects.get(locale__language_code="en", depth=2).url,
        "guidelines": guideline_factories.guidelines_index().url,
        "guideline": page_url,
        "editions": f"{page_url}editions/",
        "frozen-edition": f"{page_url}editions/1.0/",
        "guideline-print": f"{page_url}print/",
        "frozen-edition-print": f"{page_url}editions/1.0/print/",
        "compare": f"{page_url}compare/?from=1.0&to=2.0",
        "courses": training_factories.training_index().url,
        "course": course.url,
        "forum-index": "/en/forum/",
        "forum-category": "/en/forum/c/reintegration/",
        "forum-topic": f"/en/forum/t/{topic.pk}/",
        "countries": "/en/countries/",
        "country": "/en/countries/GN/",
        "search": "/en/search/?q=referral",
        "search-api": "/api/search/?q=referral",
    }
    return Site(guideline, restricted, course, topic, hidden, canary_topic, members, urls)


def restricted_urls(site: Site) -> list[str]:
    """The canaries' own addresses: served by cached views, but never to an outsider."""
    return [site.restricted_guideline.url, f"/en/forum/t/{site.canary_topic.pk}/", "/en/forum/c/verified/"]
