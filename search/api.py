"""The search JSON API; see the search issue."""

from django.http import JsonResponse


def search(request):
    return JsonResponse({"error": "The search API is not available yet."}, status=501)
