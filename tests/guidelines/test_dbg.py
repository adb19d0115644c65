import pytest
from django.urls import reverse
from portal.roles import Role
from tests.guidelines import factories
from tests.guidelines.admin_forms import editor_post_data, staff_member

@pytest.mark.django_db
def test_dbg(client):
    page = factories.guideline(label="1.0")
    author = staff_member(Role.EDITOR, "author@example.org")
    reviewer = staff_member(Role.EDITOR, "reviewer@example.org")
    client.force_login(author)
    r = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), editor_post_data(page, label="1.1", action="action-submit", heading_suffix="!"))
    state = page.current_workflow_task_state
    task = state.task.specific
    print("ACTIONS", task.get_actions(page, reviewer), list(reviewer.groups.all()), page.current_workflow_state.requested_by, author.pk, reviewer.pk)
    client.force_login(reviewer)
    r = client.get(reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.pk]), follow=True)
    import re
    print("MSG", re.findall(r'class="[^"]*(?:error|message)[^"]*"[^>]*>(.*?)<', r.content.decode())[:5], r.redirect_chain)
