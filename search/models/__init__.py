from .glossary import GlossaryConcept
from .outbox import IndexOutboxEntry
from .records import SearchRecord
from .saved_searches import SavedSearch

__all__ = ["GlossaryConcept", "IndexOutboxEntry", "SavedSearch", "SearchRecord"]
