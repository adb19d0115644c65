"""The database engine's copy of the knowledge documents, used when Elasticsearch is not configured."""

from django.db import models


class SearchRecord(models.Model):
    """One KnowledgeDocument, flattened; list fields are stored as "|a|b|" so `contains "|a|"` filters."""

    document_id = models.CharField(max_length=255, unique=True)
    source = models.CharField(max_length=80)
    key = models.CharField(max_length=200)
    kind = models.CharField(max_length=40)
    title = models.CharField(max_length=500)
    text = models.TextField()
    search_text = models.TextField()  # title + text as analysed words (search.glossary.analysed_words)
    language = models.CharField(max_length=8)
    url = models.CharField(max_length=500)
    countries = models.CharField(max_length=500, default="|")
    topics = models.CharField(max_length=1000, default="|")
    visibility = models.CharField(max_length=16)
    groups = models.CharField(max_length=1000, default="|")
    group_key = models.CharField(max_length=255)  # translations, and a topic with its replies, share one
    translation_key = models.CharField(max_length=255, blank=True, default="")
    edition = models.CharField(max_length=80, blank=True)
    is_current = models.BooleanField(default=True)
    published_at = models.DateTimeField(null=True, blank=True)
    content_hash = models.CharField(max_length=40)
    # A SemanticVector key; nullable so SQLite adds the column in place and keeps the full-text triggers.
    vector_key = models.CharField(max_length=40, null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["source", "key"], name="search_record_source_key_idx"),
            models.Index(fields=["visibility", "is_current"], name="search_record_visibility_idx"),
        ]

    def __str__(self) -> str:
        return self.document_id
