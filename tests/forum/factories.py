"""Factories for the forum: categories (public or restricted), topics with their opening post, replies."""

from datetime import timedelta

import factory

from django.contrib.auth.models import Group
from django.utils import timezone

from forum.choices import TopicKind
from forum.models import Category, Post, Topic
from forum.rendering import render_markdown
from portal.choices import PopulationGroup
from portal.roles import Role, grant_role
from tests.portal.factories import CountryFactory, TopicFactory, UserFactory

__all__ = ["CategoryFactory", "CountryFactory", "MemberFactory", "PostFactory", "TopicFactory", "ForumTopicFactory"]


class MemberFactory(UserFactory):
    """A verified member whose account is a month old (new accounts have stricter posting limits)."""

    date_joined = factory.LazyFunction(lambda: timezone.now() - timedelta(days=30))

    @factory.post_generation
    def roles(user, create, extracted, **kwargs):
        """A Practitioner unless `roles=[...]` says otherwise (every member is also a Reader)."""
        if create:
            for role in extracted if extracted is not None else [Role.PRACTITIONER]:
                grant_role(user, Role(role))


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category
        django_get_or_create = ("slug",)
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"category-{n}")
    name_en = factory.Sequence(lambda n: f"Category {n}")
    description_en = "Where caseworkers compare notes."

    @factory.post_generation
    def restricted_to(category, create, extracted, **kwargs):
        """`restricted_to=["Verified caseworkers"]`: only members of these groups may read the category."""
        if create and extracted:
            category.groups.set([Group.objects.get_or_create(name=name)[0] for name in extracted])


class ForumTopicFactory(factory.django.DjangoModelFactory):
    """A topic with its opening post, made directly (no rules applied): for reading tests."""

    class Meta:
        model = Topic
        skip_postgeneration_save = True

    category = factory.SubFactory(CategoryFactory)
    kind = TopicKind.DISCUSSION
    title = factory.Sequence(lambda n: f"Topic number {n}")
    author = factory.SubFactory(MemberFactory)
    population_group = PopulationGroup.RETURNEES
    last_posted_at = factory.LazyFunction(timezone.now)
    last_poster = factory.SelfAttribute("author")

    @factory.post_generation
    def opening(topic, create, extracted, **kwargs):
        if create:
            PostFactory(
                topic=topic, author=topic.author, is_opening=True, body=extracted or f"Opening of {topic.title}"
            )


class PostFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Post

    topic = factory.SubFactory(ForumTopicFactory)
    author = factory.SubFactory(MemberFactory)
    body = factory.Sequence(lambda n: f"Reply number {n} with **advice**.")
    body_html = factory.LazyAttribute(lambda post: render_markdown(post.body))
