"""`module_data` (tests/conftest.py): rows written once for a module, seen by the tests that ask for them,
never by the module's other tests, and each test's own writes undone before the next test."""

import pytest

from portal.models import Country
from tests.conftest import module_data
from tests.portal.factories import CountryFactory

pytestmark = pytest.mark.django_db


@module_data
def shared_countries() -> list[str]:
    return [CountryFactory(code=code).code for code in ("XA", "XB")]


def test_a_test_that_asks_sees_the_rows_and_writes_one_more(shared_countries):
    assert set(Country.objects.filter(code__startswith="X").values_list("code", flat=True)) == {"XA", "XB"}
    CountryFactory(code="XC")
    Country.objects.filter(code="XA").delete()


def test_the_next_test_sees_the_rows_as_written_once(shared_countries):
    assert set(Country.objects.filter(code__startswith="X").values_list("code", flat=True)) == set(shared_countries)


def test_a_test_that_does_not_ask_never_sees_the_rows():
    """Written last in the module; it runs first."""
    assert not Country.objects.filter(code__in=["XA", "XB"]).exists()
