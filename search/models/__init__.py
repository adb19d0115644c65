from .glossary import GlossaryConcept
from .outbox import IndexOutboxEntry
from .records import SearchRecord
from .saved_searches import SavedSearch
from .vectors import SemanticVector

__all__ = ["GlossaryConcept", "IndexOutboxEntry", "SavedSearch", "SearchRecord", "SemanticVector"]
