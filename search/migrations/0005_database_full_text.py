"""Full-text search for the database engine: records re-analysed, and the database's own text index.

SQLite: an FTS5 table over search_text (external content, kept in step by triggers) and its vocabulary.
PostgreSQL: GIN indexes on to_tsvector('simple', search_text) and, for typos, pg_trgm on search_text
(pg_trgm is a trusted extension since PostgreSQL 13, so the database owner may create it).
"""

from django.db import migrations

SQLITE_CREATE = [
    "CREATE VIRTUAL TABLE search_record_fts USING fts5("
    "search_text, content='search_searchrecord', content_rowid='id', tokenize='unicode61 remove_diacritics 0')",
    "CREATE VIRTUAL TABLE search_record_fts_vocabulary USING fts5vocab(search_record_fts, row)",
    "CREATE TRIGGER search_record_fts_insert AFTER INSERT ON search_searchrecord BEGIN "
    "INSERT INTO search_record_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER search_record_fts_delete AFTER DELETE ON search_searchrecord BEGIN "
    "INSERT INTO search_record_fts(search_record_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    "END",
    "CREATE TRIGGER search_record_fts_update AFTER UPDATE OF search_text ON search_searchrecord BEGIN "
    "INSERT INTO search_record_fts(search_record_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO search_record_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "INSERT INTO search_record_fts(search_record_fts) VALUES ('rebuild')",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS search_record_fts_update",
    "DROP TRIGGER IF EXISTS search_record_fts_delete",
    "DROP TRIGGER IF EXISTS search_record_fts_insert",
    "DROP TABLE IF EXISTS search_record_fts_vocabulary",
    "DROP TABLE IF EXISTS search_record_fts",
]
POSTGRESQL_CREATE = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS search_record_text_idx ON search_searchrecord "
    "USING GIN (to_tsvector('simple'::regconfig, search_text))",
    "CREATE INDEX IF NOT EXISTS search_record_trigram_idx ON search_searchrecord USING GIN (search_text gin_trgm_ops)",
]
POSTGRESQL_DROP = ["DROP INDEX IF EXISTS search_record_trigram_idx", "DROP INDEX IF EXISTS search_record_text_idx"]


def _run(schema_editor, statements: dict[str, list[str]]) -> None:
    for statement in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(statement)


def reanalyse_records(apps, schema_editor):
    """Existing records get the analysed words the engine now queries (a rebuild would do the same)."""
    from search.glossary import analysed_text

    SearchRecord = apps.get_model("search", "SearchRecord")
    changed = []
    for record in SearchRecord.objects.only("id", "title", "text").iterator(chunk_size=500):
        record.search_text = analysed_text(f"{record.title}\n{record.text}")
        changed.append(record)
        if len(changed) == 500:
            SearchRecord.objects.bulk_update(changed, ["search_text"])
            changed = []
    SearchRecord.objects.bulk_update(changed, ["search_text"])


def create_text_index(apps, schema_editor):
    _run(schema_editor, {"sqlite": SQLITE_CREATE, "postgresql": POSTGRESQL_CREATE})


def drop_text_index(apps, schema_editor):
    _run(schema_editor, {"sqlite": SQLITE_DROP, "postgresql": POSTGRESQL_DROP})


class Migration(migrations.Migration):
    dependencies = [("search", "0004_saved_searches")]

    operations = [
        migrations.RunPython(reanalyse_records, migrations.RunPython.noop),
        migrations.RunPython(create_text_index, drop_text_index),
    ]
