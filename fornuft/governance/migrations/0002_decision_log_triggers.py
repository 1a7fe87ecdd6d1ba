"""Database triggers that refuse UPDATE and DELETE on the decision log, so even code
that bypasses the ORM (or a person with a SQL shell and the app's login) cannot rewrite
history unnoticed. `fornuft audit verify` catches what a database owner does anyway."""

from django.db import migrations

TABLE = "governance_decision"

SQLITE_CREATE = [
    f"""CREATE TRIGGER decision_log_no_update BEFORE UPDATE ON {TABLE}
        BEGIN SELECT RAISE(ABORT, 'the decision log is append-only: entries cannot be updated'); END""",
    f"""CREATE TRIGGER decision_log_no_delete BEFORE DELETE ON {TABLE}
        BEGIN SELECT RAISE(ABORT, 'the decision log is append-only: entries cannot be deleted'); END""",
]
SQLITE_DROP = ["DROP TRIGGER IF EXISTS decision_log_no_update", "DROP TRIGGER IF EXISTS decision_log_no_delete"]

POSTGRES_CREATE = [
    """CREATE OR REPLACE FUNCTION fornuft_decision_log_append_only() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION 'the decision log is append-only: entries cannot be %', lower(TG_OP) || 'd'; END;
       $$ LANGUAGE plpgsql""",
    f"""CREATE TRIGGER decision_log_append_only BEFORE UPDATE OR DELETE ON {TABLE}
        FOR EACH ROW EXECUTE FUNCTION fornuft_decision_log_append_only()""",
    f"""CREATE TRIGGER decision_log_no_truncate BEFORE TRUNCATE ON {TABLE}
        FOR EACH STATEMENT EXECUTE FUNCTION fornuft_decision_log_append_only()""",
]
POSTGRES_DROP = [
    f"DROP TRIGGER IF EXISTS decision_log_append_only ON {TABLE}",
    f"DROP TRIGGER IF EXISTS decision_log_no_truncate ON {TABLE}",
    "DROP FUNCTION IF EXISTS fornuft_decision_log_append_only()",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("governance", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_CREATE, "postgresql": POSTGRES_CREATE}),
            _run({"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}),
        ),
    ]
