"""A NUL byte in any text field of the posting forms comes back as a form error, never a server error.

PostgreSQL refuses NUL in text (psycopg raises before the query is sent), so a field that let one through
would answer 500 there while SQLite stored it; CI runs this on PostgreSQL.
"""

import pytest

from django import forms

from forum.forms import ReplyForm, TopicForm
from forum.models import Post, Topic

from .factories import ForumTopicFactory
from .helpers import new_topic_data, reply_data

pytestmark = pytest.mark.django_db

NUL_REFUSED = "Null characters are not allowed."


def _text_fields(form_class) -> list[str]:
    return [name for name, field in form_class.base_fields.items() if isinstance(field, forms.CharField)]


def _answer(form_class, field: str, data: dict) -> str:
    """What the member must read: the reason under a field they typed in; their text back after a tampered hidden one."""
    return data["body"] if form_class.base_fields[field].widget.is_hidden else NUL_REFUSED


@pytest.mark.parametrize("field", _text_fields(TopicForm))
def test_nul_byte_in_any_field_of_a_new_lesson_learned_is_refused_with_the_reason(
    client, practitioner, public_category, field
):
    client.force_login(practitioner)
    data = new_topic_data(public_category, kind="lesson")
    data.update({name: "We visited at six months." for name in _text_fields(TopicForm) if name not in data})
    expected = _answer(TopicForm, field, data)
    data[field] = "Before\x00after"

    response = client.post("/en/forum/new/", data)

    assert response.status_code == 400
    assert expected in response.content.decode()
    assert not Topic.objects.exists()


@pytest.mark.parametrize("field", _text_fields(ReplyForm))
def test_nul_byte_in_any_field_of_a_reply_is_refused_with_the_reason(client, practitioner, public_category, field):
    topic = ForumTopicFactory(category=public_category)
    posts = Post.objects.count()
    client.force_login(practitioner)
    data = reply_data()
    expected = _answer(ReplyForm, field, data)
    data[field] = "Before\x00after"

    response = client.post(f"/en/forum/t/{topic.pk}/reply/", data)

    assert response.status_code == 400
    assert expected in response.content.decode()
    assert Post.objects.count() == posts
