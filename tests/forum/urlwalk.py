"""URL patterns found by walking the resolver, so a view added tomorrow is walked by the same tests."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.converters import IntConverter, SlugConverter
from django.utils import translation


@dataclass(frozen=True)
class Route:
    name: str  # "namespace:name"
    kwargs: dict  # {kwarg: converter}

    def ids(self) -> list[str]:
        return [name for name, converter in self.kwargs.items() if isinstance(converter, IntConverter)]

    def slugs(self) -> list[str]:
        return [name for name, converter in self.kwargs.items() if isinstance(converter, SlugConverter)]

    def urls(self, **kwargs) -> list[str]:
        """This route reversed with `kwargs` under every language prefix."""
        urls = []
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                urls.append(reverse(self.name, kwargs=kwargs))
        return urls


def _walk(patterns, namespace: str, converters: dict):
    for entry in patterns:
        found = {**converters, **getattr(entry.pattern, "converters", {})}
        if isinstance(entry, URLResolver):
            inner = f"{namespace}:{entry.namespace}" if namespace and entry.namespace else entry.namespace or namespace
            yield from _walk(entry.url_patterns, inner, found)
        elif isinstance(entry, URLPattern) and entry.name and namespace:
            yield Route(name=f"{namespace}:{entry.name}", kwargs=found)


def routes(namespace: str) -> list[Route]:
    """Every named route of `namespace` (e.g. "forum"), with the converters of its kwargs."""
    found = {route.name: route for route in _walk(get_resolver().url_patterns, "", {})}
    return [route for name, route in sorted(found.items()) if name.split(":")[0] == namespace]
