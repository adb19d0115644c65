"""The database engine's vector search: a NumPy matrix of the records' vectors, per process.

Rows are keyed by vector key (a content hash), loaded lazily the first time a search needs them and
never stale: a changed document has a new key, so its new vector is read on the next search. Which
rows a search may score comes from SQL with the visibility filter, never from the matrix. Memory is
bounded: 2 KB a document (float32: float16 or int8 rows halve it but converting them cost more than
the product itself), and the matrix starts afresh once it holds twice the records a search asked for.
"""

import threading
from functools import cache

import numpy as np
from threadpoolctl import ThreadpoolController

from .encoder import DIMENSIONS
from .vectors import cached_vectors


@cache
def _blas() -> ThreadpoolController:
    """NumPy's BLAS libraries, found once (finding them scans the process's libraries)."""
    return ThreadpoolController()


class VectorMatrix:
    def __init__(self):
        self._lock = threading.Lock()
        self._rows: dict[str, int] = {}
        self._vectors = np.zeros((0, DIMENSIONS), dtype=np.float32)

    def similarities(self, query: np.ndarray, keys: list[str]) -> np.ndarray:
        """Cosine similarity of the query with each key's vector (vectors are unit length); -1 for none."""
        with self._lock:
            missing = list({key for key in keys if key not in self._rows})
            if len(self._rows) + len(missing) > 2 * len(keys) + 1000:
                self._reset()
                missing = list(set(keys))
            if missing:
                self._load(missing)
            rows = np.fromiter((self._rows.get(key, -1) for key in keys), dtype=np.int64, count=len(keys))
            vectors = self._vectors
        if not len(vectors):
            return np.full(len(keys), -1.0, dtype=np.float32)
        # One product over the whole matrix, then a gather of floats: cheaper than gathering rows first.
        # One BLAS thread: a second one, on cores other processes share, made it twice as slow.
        with _blas().limit(limits=1, user_api="blas"):
            every = vectors @ query
        return np.where(rows >= 0, every[np.maximum(rows, 0)], -1.0).astype(np.float32)

    def _load(self, keys: list[str]) -> None:
        found = cached_vectors(keys)
        if not found:
            return
        start = len(self._rows)
        self._vectors = np.concatenate([self._vectors, np.vstack(list(found.values()))])
        for offset, key in enumerate(found):
            self._rows[key] = start + offset

    def _reset(self) -> None:
        self._rows, self._vectors = {}, np.zeros((0, DIMENSIONS), dtype=np.float32)


record_vectors = VectorMatrix()
