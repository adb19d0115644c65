"""The privacy guard warns before publishing what looks like personal data, server-side."""

import pytest

from forum.models import Post
from portal.privacy import find_personal_data

from .factories import ForumTopicFactory
from .helpers import reply_data

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Call her on +223 76 12 34 56 tomorrow", "phone"),
        ("Son numéro est 06 12 34 56 78", "phone"),
        ("write to fatou.camara@example.org", "email"),
        ("Passport AB1234567 was kept by the employer", "id_number"),
        ("The boy was born on 12/03/2009 in Kankan", "birth_date"),
        ("Elle est née le 3 mars 2007", "birth_date"),
        ("تاريخ الميلاد 12/03/2009", "birth_date"),
        ("She stays at 14 rue des Jardins, Dakar", "address"),
        ("يسكن في شارع الحرية رقم 12", "address"),
    ],
)
def test_personal_data_is_found(text, kind):
    assert kind in {finding.kind for finding in find_personal_data(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Between 2019-2021 we supported 250 returnees in 12 regions.",
        "See Guidelines 2.1 §4.3 on referral pathways.",
        "The review on 2023-05-01 changed the case plan template.",
        "We trained 1 200 caseworkers in 2022.",
    ],
)
def test_ordinary_programme_text_is_not_flagged(text):
    assert find_personal_data(text) == []


def test_reply_with_a_phone_number_is_held_with_a_warning_and_text_intact(client, practitioner, public_category):
    topic = ForumTopicFactory(category=public_category)
    client.force_login(practitioner)
    body = "The survivor can be reached on +223 76 12 34 56."
    response = client.post(f"/en/forum/t/{topic.pk}/reply/", reply_data(body=body))
    page = response.content.decode()
    assert response.status_code == 400
    assert "may identify a person or a case" in page
    assert "a phone number" in page
    assert body in page
    assert 'name="privacy_confirmed"' in page
    assert Post.objects.count() == 1


def test_reply_confirmed_by_the_author_is_published(client, practitioner, public_category):
    topic = ForumTopicFactory(category=public_category)
    client.force_login(practitioner)
    data = reply_data(body="Our office hotline is +223 20 22 00 00.", privacy_confirmed="on")
    assert client.post(f"/en/forum/t/{topic.pk}/reply/", data).status_code == 302
    assert Post.objects.filter(body__contains="hotline").exists()


def test_edit_adding_an_email_address_is_held(client, practitioner, public_category):
    topic = ForumTopicFactory(category=public_category, author=practitioner)
    post = topic.posts.get()
    client.force_login(practitioner)
    response = client.post(f"/en/forum/p/{post.pk}/edit/", {"body": "Contact me at awa.private@gmail.com"})
    assert "an email address" in response.content.decode()
    post.refresh_from_db()
    assert "gmail" not in post.body
