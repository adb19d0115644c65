import pytest
from tests.guidelines import factories
@pytest.mark.django_db
def test_dbg(client):
    page = factories.guideline(sections=[factories.section("Closure", "Close the case.")])
    html = client.get(page.url).content.decode()
    print("HTML", html[html.find('<main'):html.find('</main>')])
