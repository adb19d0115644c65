"""The database engine's vector search: a NumPy matrix of the records' vectors, per process.

Rows are keyed by vector key (a content hash), loaded lazily the first time a search needs them and
never stale: a changed document has a new key, so its new vector is read on the next search. Which
rows a search may score comes from SQL with the visibility filter, never from the matrix. Memory is
bounded: float16 rows (1 KB a document), and rows no search asked for lately are dropped once the
matrix holds twice the records asked for.
"""

import threading

import numpy as np

from .encoder import DIMENSIONS
from .vectors import cached_vectors

SCORE_CHUNK = 8192  # rows converted to float32 at a time: a bounded temporary, whatever the corpus


class VectorMatrix:
    def __init__(self):
        self._lock = threading.Lock()
        self._rows: dict[str, int] = {}
        self._vectors = np.zeros((0, DIMENSIONS), dtype=np.float16)

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
        scores = np.full(len(keys), -1.0, dtype=np.float32)
        known = np.flatnonzero(rows >= 0)
        for start in range(0, len(known), SCORE_CHUNK):
            chunk = known[start : start + SCORE_CHUNK]
            scores[chunk] = vectors[rows[chunk]].astype(np.float32) @ query
        return scores

    def _load(self, keys: list[str]) -> None:
        found = cached_vectors(keys)
        if not found:
            return
        start = len(self._rows)
        self._vectors = np.concatenate([self._vectors, np.vstack(list(found.values())).astype(np.float16)])
        for offset, key in enumerate(found):
            self._rows[key] = start + offset

    def _reset(self) -> None:
        self._rows, self._vectors = {}, np.zeros((0, DIMENSIONS), dtype=np.float16)

    def clear(self) -> None:
        with self._lock:
            self._reset()


record_vectors = VectorMatrix()
