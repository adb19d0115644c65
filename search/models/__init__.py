from .glossary import GlossaryConcept
from .outbox import IndexOutboxEntry
from .records import SearchRecord

__all__ = ["GlossaryConcept", "IndexOutboxEntry", "SearchRecord"]
