"""Database triggers that refuse UPDATE and DELETE on the decision log, so even code
that bypasses the ORM cannot rewrite history. (Someone who owns the database can drop
them; `fornuft audit verify` catches what they do next.)"""

from __future__ import annotations

TABLE = "governance_decision"

CREATE = {
    "sqlite": [
        f"""CREATE TRIGGER IF NOT EXISTS decision_log_no_update BEFORE UPDATE ON {TABLE}
            BEGIN SELECT RAISE(ABORT, 'the decision log is append-only: entries cannot be updated'); END""",
        f"""CREATE TRIGGER IF NOT EXISTS decision_log_no_delete BEFORE DELETE ON {TABLE}
            BEGIN SELECT RAISE(ABORT, 'the decision log is append-only: entries cannot be deleted'); END""",
    ],
    "postgresql": [
        """CREATE OR REPLACE FUNCTION fornuft_decision_log_append_only() RETURNS trigger AS $$
           BEGIN RAISE EXCEPTION 'the decision log is append-only: entries cannot be %', lower(TG_OP) || 'd'; END;
           $$ LANGUAGE plpgsql""",
        f"DROP TRIGGER IF EXISTS decision_log_append_only ON {TABLE}",
        f"""CREATE TRIGGER decision_log_append_only BEFORE UPDATE OR DELETE ON {TABLE}
            FOR EACH ROW EXECUTE FUNCTION fornuft_decision_log_append_only()""",
        f"DROP TRIGGER IF EXISTS decision_log_no_truncate ON {TABLE}",
        f"""CREATE TRIGGER decision_log_no_truncate BEFORE TRUNCATE ON {TABLE}
            FOR EACH STATEMENT EXECUTE FUNCTION fornuft_decision_log_append_only()""",
    ],
}

DROP = {
    "sqlite": ["DROP TRIGGER IF EXISTS decision_log_no_update", "DROP TRIGGER IF EXISTS decision_log_no_delete"],
    "postgresql": [
        f"DROP TRIGGER IF EXISTS decision_log_append_only ON {TABLE}",
        f"DROP TRIGGER IF EXISTS decision_log_no_truncate ON {TABLE}",
    ],
}


def _execute(connection, statements) -> None:
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def install(connection) -> None:
    _execute(connection, CREATE.get(connection.vendor, []))


def remove(connection) -> None:
    _execute(connection, DROP.get(connection.vendor, []))
