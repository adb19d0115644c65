"""KnowledgeDocument -> the flat body stored in the index (and in the database engine's records)."""

import hashlib
import json

from .completion import completion_entries
from .sources import KnowledgeDocument

MAX_TEXT_LENGTH = 200_000  # a longer text is cut: enough to be found, bounded for highlighting
SUMMARY_LENGTH = 300  # the opening of the text, fetched for snippets instead of the whole text


def document_body(*, source: str, key: str, document: KnowledgeDocument) -> dict:
    """The indexed fields of one document, with a hash of its content for drift checks."""
    body = {
        "source": source,
        "key": key,
        "source_key": source_key(source, key),
        "kind": document.kind,
        "title": document.title,
        "text": document.text[:MAX_TEXT_LENGTH],
        "summary": document.text[:SUMMARY_LENGTH],
        "language": document.language,
        "countries": sorted(set(document.countries)),
        "topics": sorted(set(document.topics)),
        "population_groups": sorted(set(document.population_groups)),
        "edition": document.edition,
        "is_current": document.is_current,
        "published_at": document.published_at.isoformat() if document.published_at else None,
        "updated_at": document.updated_at.isoformat() if document.updated_at else None,
        "url": document.url,
        "visibility": document.visibility,
        "groups": sorted(set(document.groups)),
        "translation_key": document.translation_key,
        "group_key": document.translation_key or document.shown_under or document.id,
        "suggest": completion_entries(
            title=document.title,
            kind=document.kind,
            visibility=document.visibility,
            groups=sorted(set(document.groups)),
            language=document.language,
            is_current=document.is_current,
        ),
    }
    body["content_hash"] = content_hash(body)
    return body


def content_hash(body: dict) -> str:
    fields = {name: value for name, value in body.items() if name != "content_hash"}
    return hashlib.sha1(json.dumps(fields, sort_keys=True, default=str).encode()).hexdigest()


def source_key(source: str, key: str) -> str:
    return f"{source}|{key}"
