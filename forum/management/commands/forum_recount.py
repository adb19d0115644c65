"""Recomputes every topic's stored counters from its posts (after a bulk import or a repair)."""

from django.core.management.base import BaseCommand

from forum.models import Topic
from forum.services import topic_recount


class Command(BaseCommand):
    help = "Recompute reply counts, helpful counts and last activity of every forum topic."

    def handle(self, *args, **options):
        count = 0
        for topic in Topic.objects.iterator():
            topic_recount(topic=topic)
            count += 1
        self.stdout.write(f"Recounted {count} topics.")
