"""A small programme for country-page tests: Guinea (GN) with content of every kind, some of it not for everyone.

Each canary may be seen only by the readers `MAY_SEE` names; every other piece of content is public.
"""

from dataclasses import dataclass

from django.contrib.auth.models import Group

from wagtail.models import PageViewRestriction

from forum.choices import TopicKind
from portal.roles import Role
from tests.forum.factories import CategoryFactory, ForumTopicFactory, MemberFactory
from tests.guidelines import factories as guideline_factories
from tests.portal.factories import CountryFactory
from tests.training import factories as training_factories

CANARY_CATEGORY = "zqcountrycategory4417"  # a lesson in a category restricted to a group
CANARY_HIDDEN = "zqcountryhidden8302"  # a lesson hidden by a moderator
CANARY_GUIDELINE = "zqcountryguideline1275"  # a note in a guideline restricted to Editors
CANARY_UNPUBLISHED = "zqcountryunpublished6640"  # a course tagged with the country, then unpublished
RESTRICTED_GROUP = "Guinea caseworkers"
MAY_SEE = {
    CANARY_CATEGORY: {"group member", "moderator"},
    CANARY_HIDDEN: {"moderator"},
    CANARY_GUIDELINE: set(),  # a restricted guideline is never listed on a country page, even for its group
    CANARY_UNPUBLISHED: set(),
}


@dataclass
class World:
    guinea: object
    mali: object
    outside: object  # a country that is not in the programme
    guideline: object
    course: object
    lesson: object
    discussion: object
    readers: dict  # who -> user (None: anonymous)


def programme_countries():
    return (
        CountryFactory(code="GN", name_en="Guinea", name_fr="Guinée", name_ar="غينيا"),
        CountryFactory(code="ML", name_en="Mali", name_fr="Mali", name_ar="مالي"),
        CountryFactory(code="FR", name_en="France", name_fr="France", name_ar="فرنسا", is_programme_country=False),
    )


def guideline_with_note(*, slug: str, title: str, note: str, code: str = "GN"):
    sections = [
        guideline_factories.section("Identification", "Identify the person's needs.", anchor=f"s-{slug[:6]}id"),
        guideline_factories.section(
            "Referral", "Refer with consent.", anchor=f"s-{slug[:6]}rf", notes={code: f"<p>{note}</p>"}
        ),
    ]
    return guideline_factories.guideline(slug=slug, title=title, sections=sections)


def tagged_course(*, title: str, countries) -> object:
    course = training_factories.simple_course(title=title, with_questions=False)
    course.countries.set(countries)
    return training_factories.publish(course)


def lesson_topic(*, title: str, countries, category=None, **kwargs):
    topic = ForumTopicFactory(
        title=title, kind=TopicKind.LESSON_LEARNED, **({"category": category} if category else {}), **kwargs
    )
    topic.countries.set(countries)
    return topic


def build_world() -> World:
    guinea, mali, outside = programme_countries()
    guideline = guideline_with_note(
        slug="case-management", title="Case management", note="In Guinea, refer children to the social welfare office."
    )
    restricted = guideline_with_note(slug="restricted", title="Restricted", note=f"Referral {CANARY_GUIDELINE}")
    restriction = PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get(name=Role.EDITOR.value))
    course = tagged_course(title="Reintegration in Conakry", countries=[guinea])
    gone = tagged_course(title=f"Course {CANARY_UNPUBLISHED}", countries=[guinea])
    gone.unpublish()

    public = CategoryFactory(slug="reintegration", name_en="Reintegration")
    lesson = lesson_topic(title="Peer groups in Conakry", countries=[guinea], category=public, helpful_count=3)
    discussion = ForumTopicFactory(title="Night referrals in Conakry", category=public)
    discussion.countries.set([guinea, outside])
    lesson_topic(title="Cooperatives in Gao", countries=[mali], category=public)
    restricted_category = CategoryFactory(slug="guinea-team", name_en="Guinea team", restricted_to=[RESTRICTED_GROUP])
    lesson_topic(title=f"Lesson {CANARY_CATEGORY}", countries=[guinea], category=restricted_category, helpful_count=9)
    lesson_topic(title=f"Lesson {CANARY_HIDDEN}", countries=[guinea], category=public, is_hidden=True, helpful_count=9)

    group_member = MemberFactory(email="group.member@example.org")
    group_member.groups.add(Group.objects.get(name=RESTRICTED_GROUP))
    readers = {
        "anonymous": None,
        "reader": MemberFactory(email="reader@example.org", roles=[Role.READER]),
        "group member": group_member,
        "moderator": MemberFactory(email="moderator@example.org", roles=[Role.MODERATOR], totp=True),
    }
    return World(guinea, mali, outside, guideline, course, lesson, discussion, readers)
