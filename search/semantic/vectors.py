"""Document vectors at index time, through the content-hash cache (SemanticVector).

What is encoded is the document's title and first passage: enough to say what it is about, short
enough that averaging over a long text does not blur it. A rebuild encodes only text it has never seen.
"""

import hashlib

import numpy as np

from search.models import SemanticVector

from . import semantic_enabled
from .encoder import MODEL_NAME, encode_texts

PASSAGE_LENGTH = 600
LOOKUP_CHUNK = 500


def vector_text(*, title: str, text: str) -> str:
    passage = text[:PASSAGE_LENGTH]
    if len(text) > PASSAGE_LENGTH and " " in passage:
        passage = passage.rsplit(" ", 1)[0]
    return f"{title}\n{passage}".strip()


def vector_key(text: str) -> str:
    return hashlib.sha1(f"{MODEL_NAME}\n{text}".encode()).hexdigest()


def cached_vectors(keys: list[str]) -> dict[str, np.ndarray]:
    found = {}
    for start in range(0, len(keys), LOOKUP_CHUNK):
        for key, vector in SemanticVector.objects.filter(key__in=keys[start : start + LOOKUP_CHUNK]).values_list(
            "key", "vector"
        ):
            found[key] = np.frombuffer(bytes(vector), dtype=np.float32)
    return found


def vectors_for_texts(texts: list[str]) -> dict[str, np.ndarray]:
    """Vectors by key for these texts: read from the cache, the others encoded once and stored."""
    by_key = {vector_key(text): text for text in texts}
    found = cached_vectors(list(by_key))
    missing = [key for key in by_key if key not in found]
    if missing:
        encoded = encode_texts([by_key[key] for key in missing])
        SemanticVector.objects.bulk_create(
            [SemanticVector(key=key, vector=row.tobytes()) for key, row in zip(missing, encoded, strict=True)],
            batch_size=500,
            ignore_conflicts=True,  # another worker encoded the same text meanwhile
        )
        found.update(zip(missing, encoded, strict=True))
    return found


def attach_vectors(bodies: dict[str, dict]) -> None:
    """Adds `vector` (for Elasticsearch) and `vector_key` (for the database records) to index bodies.

    After the content hash is computed, so the drift check is unchanged; bodies that already carry
    one (a mirrored write) are left as they are.
    """
    if not semantic_enabled():
        return
    pending = {id_: body for id_, body in bodies.items() if "vector_key" not in body}
    texts = {id_: vector_text(title=body["title"], text=body["text"]) for id_, body in pending.items()}
    vectors = vectors_for_texts(list(set(texts.values())))
    for id_, body in pending.items():
        key = vector_key(texts[id_])
        body["vector_key"] = key
        body["vector"] = [round(float(value), 6) for value in vectors[key]]
