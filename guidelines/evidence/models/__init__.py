from .files import EvidenceDataFile, EvidenceDatasetLink, EvidenceFile, EvidencePageText
from .pages import EvidenceIndexPage, EvidenceItemPage

__all__ = [
    "EvidenceDataFile",
    "EvidenceDatasetLink",
    "EvidenceFile",
    "EvidenceIndexPage",
    "EvidenceItemPage",
    "EvidencePageText",
]
