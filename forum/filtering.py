"""Query-string input of the forum's lists, feeds and pages, parsed by forms: a value that is not one of
the choices, or not a well-formed code, slug or position, is ignored (never sent to the database)."""

from django import forms

from portal.choices import PopulationGroup

from .choices import TopicKind
from .selectors import MAX_ID, Cursor, TopicFilters


class TopicFilterForm(forms.Form):
    kind = forms.ChoiceField(choices=TopicKind.choices, required=False)
    country = forms.RegexField(regex=r"^[A-Za-z]{2}$", required=False)  # ISO code
    topic = forms.SlugField(max_length=80, required=False)  # portal.Topic slug
    population = forms.ChoiceField(choices=PopulationGroup.choices, required=False)
    solved = forms.ChoiceField(choices=[("yes", "yes"), ("no", "no")], required=False)

    def filters(self) -> TopicFilters:
        """The valid filters; each invalid one is left out as if it had not been given."""
        self.is_valid()
        data = self.cleaned_data
        return TopicFilters(
            kind=data.get("kind", ""),
            country=data.get("country", "").upper(),
            topic=data.get("topic", ""),
            population_group=data.get("population", ""),
            solved=data.get("solved", ""),
        )


def topic_filters(query) -> TopicFilters:
    return TopicFilterForm(query).filters()


def cursor_from(query) -> tuple[Cursor | None, bool]:
    """(the list position `after` names, whether it was given but is not valid)."""
    raw = query.get("after", "")
    cursor = Cursor.decode(raw)
    return cursor, bool(raw) and cursor is None


class PositionForm(forms.Form):
    """Post or log-entry ids in a page's query string: where the page starts or ends, the post to quote."""

    after = forms.IntegerField(min_value=0, max_value=MAX_ID, required=False)
    before = forms.IntegerField(min_value=0, max_value=MAX_ID, required=False)
    quote = forms.IntegerField(min_value=1, max_value=MAX_ID, required=False)


def position(query, name: str) -> int | None:
    form = PositionForm(query)
    form.is_valid()
    return form.cleaned_data.get(name)


class NewTopicLinkForm(forms.Form):
    """A "new topic" link may choose the category and the kind in advance."""

    category = forms.SlugField(required=False)
    kind = forms.ChoiceField(choices=TopicKind.choices, required=False)

    def initial_values(self) -> dict:
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}
