"""The trainer's view of a course: who enrolled, who finished, how they scored, where they work."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Avg, Case, Count, IntegerField, When
from django.db.models.functions import TruncDate
from django.utils.translation import gettext_lazy as _

from .models import CourseCompletion, CoursePage, Enrolment, KnowledgeCheckResult, LessonCompletion
from .selectors import course_lesson_ids, open_review_flags

SCORE_BANDS = [(0, 49), (50, 69), (70, 89), (90, 100)]


@dataclass
class CountryRow:
    code: str
    name: str
    enrolments: int
    completions: int
    average_score: float | None


@dataclass
class ChartPoint:
    day: date
    total: int
    x: float
    y: float


@dataclass
class CourseReport:
    course: CoursePage
    enrolments: int
    completions: int
    average_score: float | None
    score_bands: list[tuple[str, int, int]]  # (label, count, bar width %)
    countries: list[CountryRow]
    chart: list[ChartPoint]
    chart_polyline: str
    review_flags: list


CHART_WIDTH, CHART_HEIGHT = 600, 160


def _country_key(code, name):
    return (code or "", name or "")


def _country_name():
    """The learner's country named in the reader's language (English where that name is missing)."""
    from django.db.models import F, Value
    from django.db.models.functions import Coalesce, NullIf
    from django.utils.translation import get_language

    language = (get_language() or "en")[:2]
    if language not in ("fr", "ar"):
        return F("learner__country__name_en")
    return Coalesce(NullIf(F(f"learner__country__name_{language}"), Value("")), F("learner__country__name_en"))


def course_report(*, course: CoursePage) -> CourseReport:
    """All figures in six aggregate queries, whatever the number of enrolments."""
    enrolments = Enrolment.objects.filter(course=course)
    completions = CourseCompletion.objects.filter(course=course)
    results = KnowledgeCheckResult.objects.filter(course=course)

    band_counts = results.aggregate(
        average=Avg("score"),
        **{
            f"band_{low}": Count(Case(When(score__gte=low, score__lte=high, then=1), output_field=IntegerField()))
            for low, high in SCORE_BANDS
        },
    )
    biggest = max([band_counts[f"band_{low}"] for low, _high in SCORE_BANDS] + [1])
    score_bands = [
        (f"{low}–{high}%", band_counts[f"band_{low}"], round(100 * band_counts[f"band_{low}"] / biggest))
        for low, high in SCORE_BANDS
    ]

    country_fields = ("learner__country__code", "country_name")
    by_country = {
        name: queryset.annotate(country_name=_country_name()).values(*country_fields)
        for name, queryset in (("enrolments", enrolments), ("completions", completions), ("results", results))
    }
    enrolled_by_country = by_country["enrolments"].annotate(total=Count("pk"))
    completed_by_country = {
        _country_key(*row[:2]): row[2]
        for row in by_country["completions"].annotate(total=Count("pk")).values_list(*country_fields, "total")
    }
    score_by_country = {
        _country_key(*row[:2]): row[2]
        for row in by_country["results"].annotate(avg=Avg("score")).values_list(*country_fields, "avg")
    }
    countries = []
    for row in enrolled_by_country:
        key = _country_key(row["learner__country__code"], row["country_name"])
        countries.append(
            CountryRow(
                code=key[0],
                name=key[1],
                enrolments=row["total"],
                completions=completed_by_country.get(key, 0),
                average_score=score_by_country.get(key),
            )
        )
    countries.sort(key=lambda row: (-row.enrolments, row.name))

    per_day = list(
        completions.annotate(day=TruncDate("completed_at")).values("day").annotate(total=Count("pk")).order_by("day")
    )
    chart, polyline = _cumulative_chart(per_day)
    return CourseReport(
        course=course,
        enrolments=enrolments.count(),
        completions=sum(point["total"] for point in per_day),
        average_score=band_counts["average"],
        score_bands=score_bands,
        countries=countries,
        chart=chart,
        chart_polyline=polyline,
        review_flags=list(open_review_flags(course=course)),
    )


def _cumulative_chart(per_day: list[dict]) -> tuple[list[ChartPoint], str]:
    """Cumulative completions per day scaled into the SVG's box (y grows downwards in SVG)."""
    if not per_day:
        return [], ""
    first, last = per_day[0]["day"], per_day[-1]["day"]
    span = max((last - first).days, 1)
    grand_total = sum(row["total"] for row in per_day)
    points, running = [], 0
    for row in per_day:
        running += row["total"]
        # A single day is drawn as a rise from zero across the whole chart.
        x = CHART_WIDTH - 20 if first == last else 40 + (CHART_WIDTH - 60) * (row["day"] - first).days / span
        y = CHART_HEIGHT - 20 - (CHART_HEIGHT - 40) * running / grand_total
        points.append(ChartPoint(day=row["day"], total=running, x=round(x, 1), y=round(y, 1)))
    if len(points) == 1:
        points.insert(0, ChartPoint(day=first, total=0, x=40, y=CHART_HEIGHT - 20))
    return points, " ".join(f"{point.x},{point.y}" for point in points)


# The export's columns, in order: (key, heading).
ROW_COLUMNS = [
    ("learner", _("Learner")),
    ("email", _("Email")),
    ("country_code", _("Country code")),
    ("country", _("Country")),
    ("enrolled_on", _("Enrolled on")),
    ("lessons_completed", _("Lessons completed")),
    ("lessons_in_course", _("Lessons in course")),
    ("completed_on", _("Completed on")),
    ("average_score", _("Average score (%)")),
    ("certificate_code", _("Certificate code")),
]


def course_report_rows(*, course: CoursePage) -> list[dict]:
    """One row per enrolment (four queries in all): learner, country, dates, lessons done, average score."""
    lesson_ids = course_lesson_ids(course=course)
    done = dict(
        LessonCompletion.objects.filter(lesson_id__in=lesson_ids)
        .values("learner_id")
        .annotate(total=Count("pk"))
        .values_list("learner_id", "total")
    )
    scores = dict(
        KnowledgeCheckResult.objects.filter(course=course)
        .values("learner_id")
        .annotate(avg=Avg("score"))
        .values_list("learner_id", "avg")
    )
    completions = {
        completion.learner_id: completion
        for completion in CourseCompletion.objects.filter(course=course).only("learner_id", "completed_at", "code")
    }
    enrolments = (
        Enrolment.objects.filter(course=course)
        .annotate(country_name=_country_name())
        .order_by("enrolled_at", "pk")
        .values_list(
            "learner_id",
            "learner__display_name",
            "learner__first_name",
            "learner__last_name",
            "learner__email",
            "learner__country__code",
            "country_name",
            "enrolled_at",
        )
    )
    rows = []
    for learner_id, display_name, first_name, last_name, email, country_code, country_name, enrolled_at in enrolments:
        completion = completions.get(learner_id)
        average = scores.get(learner_id)
        full_name = f"{first_name} {last_name}".strip()
        rows.append(
            {
                "learner": display_name or full_name or email.split("@")[0],  # as User.public_name, without users
                "email": email,
                "country_code": country_code or "",
                "country": country_name or "",
                "enrolled_on": enrolled_at.date().isoformat(),
                "lessons_completed": done.get(learner_id, 0),
                "lessons_in_course": len(lesson_ids),
                "completed_on": completion.completed_at.date().isoformat() if completion else "",
                "average_score": "" if average is None else round(average),
                "certificate_code": completion.code if completion else "",
            }
        )
    return rows


def is_course_report_reader(user) -> bool:
    """Who holds training.view_course_report: Trainers and Administrators (and superusers)."""
    return user.is_authenticated and user.has_perm("training.view_course_report")
