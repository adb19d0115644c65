"""The names the portal stores for workflows, tasks, role groups and its site, shown in the admin user's language.

Wagtail stores a workflow's, a task's, a group's and a site's name as data and prints it as it is, in dozens of
places (the "Submit to …" button, the status panel, the dashboard, the groups and users listings, the roles a
user holds, the sites listing, the notification emails). Each app registers the English names it creates (marked
with gettext_noop). Reading the name then gives a string whose value stays the English name, so the database,
lookups by name (`Group.objects.get(name="Moderator")`, visibility filters) and the admin's edit form keep it,
and that renders translated wherever it is printed (str(), formatting, templates).
"""

from django.db.models.query_utils import DeferredAttribute
from django.utils.translation import gettext, gettext_noop

# Wagtail's own default workflow, task and groups, created by its migrations; the site, named like the portal.
_NAMES: set[str] = {
    gettext_noop("Moderators approval"),
    gettext_noop("Editors"),
    gettext_noop("Moderators"),
    gettext_noop("Case management community of practice"),
}


class TranslatedName(str):
    """The stored English name; printed in the active language."""

    def __str__(self) -> str:
        return gettext(str.__str__(self))

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __add__(self, other: str) -> str:
        return str(self) + other  # Wagtail prints a site as `site_name + " [default]"`


class _NameAttribute(DeferredAttribute):
    """A data descriptor (it has __set__), so it is asked even though the value sits in the instance's __dict__."""

    def __get__(self, instance, cls=None):
        value = super().__get__(instance, cls)
        if instance is None or type(value) is not str or value not in _NAMES:
            return value
        return TranslatedName(value)

    def __set__(self, instance, value):
        instance.__dict__[self.field.attname] = str.__str__(value) if isinstance(value, str) else value


def _plain_value(field):
    def value_from_object(obj):
        value = getattr(obj, field.attname)
        return str.__str__(value) if isinstance(value, str) else value

    return value_from_object


def admin_names_register(*names: str) -> None:
    """Call from an AppConfig.ready with the English names (gettext_noop) of the workflows, tasks or groups it
    creates."""
    _NAMES.update(names)


def admin_names_install() -> None:
    """Once, from portal's AppConfig.ready: workflow, task, group and site names read through `_NameAttribute`."""
    from django.contrib.auth.models import Group

    from wagtail.models import Site, Task, Workflow

    for model, attname in ((Workflow, "name"), (Task, "name"), (Group, "name"), (Site, "site_name")):
        field = model._meta.get_field(attname)
        if not isinstance(model.__dict__.get(attname), _NameAttribute):
            setattr(model, attname, _NameAttribute(field))
        field.value_from_object = _plain_value(field)  # forms edit the stored English name
        if attname == "name":
            model.__str__ = _translated_str


def _translated_str(self) -> str:
    return str(self.name)  # a plain str: "%s" % workflow would print a TranslatedName's English value
