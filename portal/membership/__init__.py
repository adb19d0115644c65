"""A Reader becomes a Practitioner: the request, the moderators' review, trusted domains (see services)."""
