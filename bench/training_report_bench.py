"""Trainer report for a course with 5,000 enrolments: prints the render time of the HTML report and the CSV export.

Run: PORTAL_VAR_DIR=/tmp/bench-var DJANGO_SETTINGS_MODULE=portal.settings.test .venv/bin/python bench/training_report_bench.py
It builds its own throw-away SQLite database (or uses DATABASE_URL) through Django's test runner utilities.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from django.test.utils import setup_test_environment  # noqa: E402

ENROLMENTS = int(os.environ.get("BENCH_ENROLMENTS", "5000"))
RUNS = 5


def build_course():
    import random

    from allauth.mfa.totp.internal.auth import TOTP

    from django.utils import timezone

    from guidelines.training.models import CourseCompletion, Enrolment, KnowledgeCheckResult, LessonCompletion
    from portal.models import Country, User
    from portal.roles import Role
    from tests.training.factories import lessons_of, simple_course

    random.seed(7)
    course = simple_course(lessons=4, pass_mark=60, title="Bench course")
    lessons = lessons_of(course)
    countries = [
        Country.objects.get_or_create(code=code, defaults={"name_en": code})[0]
        for code in ("ML", "NE", "EG", "LY", "SN", "TN")
    ]
    users = User.objects.bulk_create(
        User(email=f"bench{number}@example.org", display_name=f"Learner {number}", country=random.choice(countries))
        for number in range(ENROLMENTS)
    )
    now = timezone.now()
    Enrolment.objects.bulk_create(Enrolment(learner=user, course=course) for user in users)
    completions, results, finished = [], [], []
    for user in users:
        done = random.randint(0, len(lessons))
        for lesson in lessons[:done]:
            completions.append(LessonCompletion(learner=user, lesson=lesson))
            results.append(
                KnowledgeCheckResult(
                    learner=user, lesson=lesson, course=course, score=random.choice([60, 80, 100]), passed=True
                )
            )
        if done == len(lessons):
            finished.append(
                CourseCompletion(
                    learner=user,
                    course=course,
                    course_title=course.title,
                    learner_name=user.display_name,
                    content_fingerprint="bench",
                    code=f"B{user.pk:011d}",
                )
            )
    LessonCompletion.objects.bulk_create(completions, batch_size=2000)
    KnowledgeCheckResult.objects.bulk_create(results, batch_size=2000)
    CourseCompletion.objects.bulk_create(finished, batch_size=2000)
    # Spread completion dates over ninety days so the chart has a shape.
    for completion in CourseCompletion.objects.filter(course=course).only("pk"):
        CourseCompletion.objects.filter(pk=completion.pk).update(
            completed_at=now - timezone.timedelta(days=random.randint(0, 90))
        )
    trainer = User.objects.create_user(email="bench-trainer@example.org", password="bench-password-123")
    from portal.roles import grant_role

    grant_role(trainer, Role.TRAINER)
    TOTP.activate(trainer, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
    return course, trainer, len(finished)


def timed(client, url) -> tuple[list[float], int, int]:
    from django.conf import settings
    from django.db import connection, reset_queries

    settings.DEBUG = True
    times = []
    for _ in range(RUNS):
        reset_queries()
        start = time.perf_counter()
        response = client.get(url)
        # The admin's exports stream: the time and the queries include writing every row.
        body = b"".join(response.streaming_content) if response.streaming else response.content
        times.append(time.perf_counter() - start)
        assert response.status_code == 200, response.status_code
    queries = len(connection.queries)
    settings.DEBUG = False
    return times, queries, len(body)


def main() -> None:
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_databases, teardown_databases

    setup_test_environment()
    old_config = setup_databases(verbosity=0, interactive=False)
    try:
        build_start = time.perf_counter()
        course, trainer, finished = build_course()
        print(
            f"built {ENROLMENTS} enrolments ({finished} completions) in {time.perf_counter() - build_start:.1f}s on {connection.vendor}"
        )
        client = Client()
        client.force_login(trainer)
        for label, url in (("HTML report", course.report_url()), ("CSV export", course.report_csv_url())):
            times, queries, size = timed(client, url)
            print(
                f"{label}: median {statistics.median(times) * 1000:.0f} ms, best {min(times) * 1000:.0f} ms "
                f"over {RUNS} runs; {queries} SQL queries; {size / 1024:.0f} KB"
            )
    finally:
        teardown_databases(old_config, verbosity=0)


if __name__ == "__main__":
    main()
