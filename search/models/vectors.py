"""Sentence vectors by content hash: the cache a rebuild reads instead of re-encoding unchanged text,
and where the database engine's semantic search finds each record's vector (SearchRecord.vector_key)."""

from django.db import models


class SemanticVector(models.Model):
    key = models.CharField(max_length=40, primary_key=True)  # sha1 of the model name and the encoded text
    vector = models.BinaryField()  # float32, unit length, little-endian
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.key
