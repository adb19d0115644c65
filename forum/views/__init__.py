"""Forum pages: each view parses the request, calls one selector or service, and renders."""
