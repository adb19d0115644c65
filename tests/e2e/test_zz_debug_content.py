import pytest
from django.db import connections
from wagtail.models import Page
from django.contrib.contenttypes.models import ContentType

pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True)]

@pytest.mark.parametrize("n", [1, 2])
def test_debug(live_server, n):
    c = connections["default"]
    print("HAS", hasattr(c, "_test_serialized_contents"), len(getattr(c, "_test_serialized_contents", "") or ""), id(c))
    print("PAGES", list(Page.objects.values_list("id", "slug")), ContentType.objects.count())
