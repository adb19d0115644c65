"""Signals the guidelines app sends (its reactions to Wagtail's page lifecycle are in guidelines.receivers).

`edition_published` is public: other apps (training) connect to it to learn which sections changed.
It is sent inside the publishing transaction with keyword arguments guideline, new_edition, previous_edition
(previous_edition is None for a first edition).
"""

from django.dispatch import Signal

edition_published = Signal()
