"""Accounts and a topic for the topology journey, run with `manage.py shell -c "$(cat .ci/topology_accounts.py)"`.

Production settings refuse the demo content loader, so the journey's two members and the topic they reply to
are made here, through the same services the site uses. Prints one JSON line for .ci/topology_journey.py.
"""

import json
import secrets
from datetime import timedelta

from allauth.account.models import EmailAddress

from django.utils import timezone

from forum.choices import TopicKind
from forum.models import Category
from forum.services import topic_create, watch_set
from portal.choices import PopulationGroup
from portal.models import User
from portal.roles import Role, grant_role

run = secrets.token_hex(4)
password = secrets.token_urlsafe(16)


def member(label: str) -> User:
    """A verified Practitioner who joined long ago (the new-account posting pause does not apply)."""
    user = User.objects.create_user(email=f"topology-{label}-{run}@example.org", password=password)
    user.display_name = f"Topology {label}"
    user.date_joined = timezone.now() - timedelta(days=30)
    user.save()
    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
    grant_role(user, Role.PRACTITIONER)
    return user


category, _ = Category.objects.get_or_create(slug="topology-check", defaults={"name_en": "Topology check"})
opener, replier, guessed = member("opener"), member("replier"), member("guessed")
topic = topic_create(
    author=opener,
    category=category,
    kind=TopicKind.QUESTION,
    title=f"Topology check {run}",
    body="How do two app servers share one forum?",
    language="en",
    population_group=PopulationGroup.RETURNEES,
)
watch_set(user=opener, topic=topic)  # the reply's notification is the task worker's job
print(
    json.dumps(
        {
            "password": password,
            "replier": replier.email,
            "guessed": guessed.email,
            "opener": opener.email,
            "topic_id": topic.pk,
            "topic_url": topic.get_absolute_url(),
        }
    )
)
