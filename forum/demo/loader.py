"""Demo forum: categories, caseworkers from every country, a few hundred posts in EN/FR/AR.

The texts are data under data/: categories.json, authors.json, restricted_topic.en.json, and
topics.<language>.json (the countries whose caseworkers post in that language, the topic templates with
{country} and {city} filled in per country, and a pool of replies). Countries, their cities and the
taxonomy topics come from the programme's one table (portal.demo_programme). Topics are written with
bulk_create, so loading stays fast; running it again changes nothing.
"""

import random
from datetime import timedelta
from pathlib import Path

from allauth.account.models import EmailAddress

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from portal.demo_programme import load_countries, load_topics, programme_cities, read_demo_json
from portal.models import Country, User
from portal.models import Topic as TaxonomyTopic
from portal.page_cache import everything_changed
from portal.roles import Role, grant_role

from ..models import Category, Flag, Post, PostCitation, Reaction, Topic
from ..rendering import citations_in, render_markdown
from ..search_source import record_topic_change

DATA = Path(__file__).with_name("data")
DEMO_EMAIL_DOMAIN = "demo.forum.example"
COUNTRIES_PER_TEMPLATE = 6
LANGUAGES = ("en", "fr", "ar")


def load_demo_content(*, stdout) -> None:
    if Topic.objects.filter(author__email__endswith=f"@{DEMO_EMAIL_DOMAIN}").exists():
        stdout.write("Forum demo content: already loaded.")
        return
    with transaction.atomic():
        load_countries()
        load_topics()
        countries = {country.code: country for country in Country.objects.all()}
        taxonomy = {topic.slug: topic for topic in TaxonomyTopic.objects.all()}
        categories = _categories()
        authors = _authors(countries)
        topics, posts = _topics_and_posts(random.Random(20261122), categories, countries, taxonomy, authors)
        everything_changed()  # bulk_create sends no signal to the page cache
    stdout.write(f"Forum demo content: {len(topics)} topics, {posts} posts.")


def _categories() -> dict[str, Category]:
    """A category with a "restricted_to_group" is readable by that group only."""
    by_slug = {}
    for order, spec in enumerate(read_demo_json(DATA / "categories.json")):
        category, _created = Category.objects.get_or_create(
            slug=spec["slug"],
            defaults={
                **{f"name_{language}": text for language, text in spec["name"].items()},
                **{f"description_{language}": text for language, text in spec["description"].items()},
                "sort_order": order,
            },
        )
        if spec["restricted_to_group"]:
            category.groups.set([Group.objects.get_or_create(name=spec["restricted_to_group"])[0]])
        by_slug[spec["slug"]] = category
    return by_slug


def _authors(countries: dict[str, Country]) -> list[User]:
    authors = []
    joined = timezone.now() - timedelta(days=400)
    for author in read_demo_json(DATA / "authors.json"):
        email = f"{author['email_local_part']}@{DEMO_EMAIL_DOMAIN}"
        user, created = User.objects.get_or_create(
            email=email,
            defaults={
                "display_name": author["display_name"],
                "country": countries[author["country_code"]],
                "role_title": author["role_title"],
                "preferred_language": author["language"],
                "date_joined": joined,
            },
        )
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
            EmailAddress.objects.get_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
            grant_role(user, Role.PRACTITIONER)
        authors.append(user)
    return authors


def _fill(text: str, *, country_name: str, city: str) -> str:
    return text.replace("{country}", country_name).replace("{city}", city)


def _topics_and_posts(rng, categories, countries, taxonomy, authors) -> tuple[list[Topic], int]:
    now = timezone.now()
    cities = programme_cities()
    plans = []  # (topic, template, replies texts, country code)
    for language in LANGUAGES:
        texts = read_demo_json(DATA / f"topics.{language}.json")
        codes, reply_pool = texts["countries"], texts["replies"]
        for index, template in enumerate(texts["topics"]):
            chosen = [codes[(index + step) % len(codes)] for step in range(min(COUNTRIES_PER_TEMPLATE, len(codes)))]
            for code in chosen:
                country = countries[code]
                filled = {
                    "country_name": getattr(country, f"name_{language}") or country.name_en,
                    "city": cities[code][language],
                }
                locals_ = [author for author in authors if author.country_id == country.pk] or authors
                author = rng.choice(locals_)
                lesson = {key: _fill(value, **filled) for key, value in template.get("lesson", {}).items()}
                started = now - timedelta(days=rng.randint(3, 200), minutes=rng.randint(0, 1440))
                topic = Topic(
                    category=categories[template["category"]],
                    kind=template["kind"],
                    title=_fill(template["title"], **filled),
                    author=author,
                    language=language,
                    population_group=template["population"],
                    last_posted_at=started,
                    last_poster=author,
                    **lesson,
                )
                replies = [_fill(text, **filled) for text in template["replies"]]
                replies += rng.sample(reply_pool, rng.randint(0, 3))
                plans.append((topic, template, replies, code, started, _fill(template.get("body", ""), **filled)))
    plans.append(_restricted_plan(categories, countries, authors, now))

    Topic.objects.bulk_create([plan[0] for plan in plans])
    Topic.countries.through.objects.bulk_create(
        Topic.countries.through(topic_id=plan[0].pk, country_id=countries[plan[3]].pk) for plan in plans
    )
    # Both models are called Topic, so Django names the through columns from_topic / to_topic.
    Topic.topics.through.objects.bulk_create(
        Topic.topics.through(from_topic_id=plan[0].pk, to_topic_id=taxonomy[slug].pk)
        for plan in plans
        for slug in plan[1]["topics"]
    )

    posts, timing = [], []
    for topic, _template, replies, _code, started, body in plans:
        posts.append(Post(topic=topic, author=topic.author, is_opening=True, body=body, language=topic.language))
        timing.append(started)
        when = started
        for text in replies:
            when += timedelta(hours=rng.randint(2, 72))
            replier = rng.choice([author for author in authors if author.pk != topic.author_id])
            posts.append(Post(topic=topic, author=replier, body=text, language=topic.language))
            timing.append(min(when, now))
    for post in posts:
        post.body_html = render_markdown(post.body, language=post.language)
    Post.objects.bulk_create(posts)
    for post, when in zip(posts, timing, strict=True):
        post.created_at = when
    Post.objects.bulk_update(posts, ["created_at"], batch_size=500)
    PostCitation.objects.bulk_create(
        PostCitation(post=post, guideline_slug=citation.guideline_slug, anchor=citation.anchor)
        for post in posts
        for citation in citations_in(post.body)
    )
    _reactions_and_answers(rng, plans, posts, authors)
    for topic, *_rest in plans:
        record_topic_change(topic.pk)
    return [plan[0] for plan in plans], len(posts)


def _restricted_plan(categories, countries, authors, now):
    """The restricted category's topic: anonymised, for verified caseworkers only. Its case code is unique on
    purpose: searching for it as an outsider must find nothing, anywhere."""
    restricted = read_demo_json(DATA / "restricted_topic.en.json")
    country = countries[restricted["country"]]
    author = next(author for author in authors if author.country_id == country.pk)
    started = now - timedelta(days=restricted["days_ago"])
    topic = Topic(
        category=categories[restricted["category"]],
        kind=restricted["kind"],
        title=restricted["title"],
        author=author,
        language="en",
        population_group=restricted["population"],
        last_posted_at=started,
        last_poster=author,
    )
    template = {"topics": restricted["topics"], "accept": restricted["accept"]}
    return (topic, template, restricted["replies"], restricted["country"], started, restricted["body"])


def _reactions_and_answers(rng, plans, posts, authors) -> None:
    by_topic: dict[int, list[Post]] = {}
    for post in posts:
        by_topic.setdefault(post.topic_id, []).append(post)
    reactions = []
    for post in posts:
        if post.is_opening and not post.body:
            continue
        for user in rng.sample(authors, rng.randint(0, 4)):
            if user.pk != post.author_id:
                reactions.append(Reaction(post=post, user=user))
                post.helpful_count += 1
    Reaction.objects.bulk_create(reactions)
    Post.objects.bulk_update(posts, ["helpful_count"], batch_size=500)
    topics = []
    for topic, template, *_rest in plans:
        topic_posts = by_topic[topic.pk]
        replies = [post for post in topic_posts if not post.is_opening]
        topic.reply_count = len(replies)
        topic.helpful_count = sum(post.helpful_count for post in topic_posts)
        topic.last_posted_at = max(post.created_at for post in topic_posts)
        topic.last_poster_id = max(topic_posts, key=lambda post: post.created_at).author_id
        topic.created_at = min(post.created_at for post in topic_posts)
        if "accept" in template and len(replies) > template["accept"]:
            topic.accepted_answer = replies[template["accept"]]
        topics.append(topic)
    Topic.objects.bulk_update(
        topics, ["reply_count", "helpful_count", "last_posted_at", "last_poster", "created_at", "accepted_answer"]
    )
    first_reply = next(post for post in posts if not post.is_opening)
    Flag.objects.get_or_create(post=first_reply, flagged_by=authors[-1], defaults={"reason": "off_topic"})
