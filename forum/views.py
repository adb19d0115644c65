"""Forum pages; see the forum issue."""

from django.http import Http404


def index(request):
    raise Http404("The forum is not open yet.")
