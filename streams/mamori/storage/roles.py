"""The ClickHouse roles of Mamori and what each may do, in one place.

Least privilege that fails closed: every process connects as the role it needs, and
each role is granted only the statements below, per table of one database. The
local engine (users.xml, :mod:`mamori.devstack.clickhouse`) and a real server
(SQL users, :func:`mamori.storage.migrations.create_users`) both take their grants
from :func:`grants`, so the tests of one are the tests of the other.

| role      | who                      | may                                                   |
|-----------|--------------------------|-------------------------------------------------------|
| writer    | the worker               | INSERT into indicators, escalations, dead_letters,    |
|           |                          | pipeline_stats, alerts (+ DESCRIBE them); materialized views |
|           |                          | run as their definer (the admin), so nothing else      |
| reviewer  | ``mamori decide``        | INSERT into decisions; read only the key columns it   |
|           |                          | checks references against                             |
| sealer    | ``mamori verify --seal`` | read indicators; INSERT/read evidence_chain and        |
|           |                          | sealed_indicators — the only role that writes them    |
| dashboard | Superset                 | SELECT on the count tables and views of DASHBOARD_TABLES |
|           |                          | (dead_letters without ``detail``): no excerpts, notes  |
| reader    | review packs, exports    | SELECT on the Mamori database, ``readonly=2``         |
| admin     | ``mamori migrate``       | everything on the Mamori database (DDL)               |

A new dashboard dataset must add its table or view to ``DASHBOARD_TABLES`` (and a view
the tables it reads): ``tests/unit/storage/test_roles.py`` fails for a dataset the
dashboard reader could not read.
"""

from __future__ import annotations

from typing import Final, Literal

Role = Literal["writer", "reviewer", "sealer", "dashboard", "reader", "admin"]
ROLES: Final[tuple[Role, ...]] = ("writer", "reviewer", "sealer", "dashboard", "reader", "admin")

#: The alerts agents (installed on the worker by cli/worker.py) store delivery statuses.
WORKER_TABLES: Final = ("indicators", "escalations", "dead_letters", "pipeline_stats", "alerts")
CHAIN_TABLES: Final = ("evidence_chain", "sealed_indicators")
#: Counts only: rollups, the views Superset's datasets read and the tables under them.
DASHBOARD_TABLES: Final = (
    "agent_daily_counts",
    "agent_exposure_daily",
    "agent_exposure_daily_by_event",
    "agent_weekly_counts",
    # Delivery statuses of supervisor alerts (sql/0008): pseudonyms and codes, no text.
    "alerts",
    "customer_activity",
    "customer_category_summary",
    "customer_stage",
    "hour_of_week_counts",
    "incident_counts",
    "incidents",
    "indicators_by_day_type",
    "indicators_channel_counts",
    "indicators_daily",
    "indicators_daily_by_event",
    "indicators_daily_counts",
    "indicators_hour_of_week",
    "indicators_hour_of_week_by_event",
    "jp_holidays",
    "pipeline_stats",
    "recurrence_worklist",
    # A DEFINER view over system.view_refreshes (sql/0007).
    "refresh_status",
    "staff_teams",
    "worklist_activity",
)
#: Tables the dashboard reader sees only some columns of (the rest is detail).
DASHBOARD_COLUMNS: Final[dict[str, tuple[str, ...]]] = {
    "dead_letters": (
        "dlq_id",
        "reason",
        "source_topic",
        "_partition",
        "_offset",
        "size_bytes",
        "received_at",
    ),
}
#: What ``mamori decide`` reads to check a decision's references.
REVIEWER_COLUMNS: Final[dict[str, tuple[str, ...]]] = {
    "indicators": ("customer_key",),
    "escalations": ("customer_key", "escalation_id"),
}
#: users.xml profile per role: the readers get ``readonly=2`` (no writes, no DDL, but
#: clients such as Superset may still set query settings).
READONLY_ROLES: Final[frozenset[Role]] = frozenset({"dashboard", "reader"})


def grants(role: Role, database: str) -> tuple[str, ...]:
    """The GRANT statements (without ``TO user``) of ``role`` on ``database``."""
    db = database
    if role == "admin":
        # Table engines are a grant of their own since 24.x (ReplacingMergeTree, MV targets).
        # SELECT on system.view_refreshes: the admin defines `refresh_status` (sql/0007),
        # a DEFINER view through which the readers see the dashboard refreshes' health.
        return (
            f"GRANT ALL ON {db}.*",
            "GRANT TABLE ENGINE ON *",
            "GRANT SELECT ON system.view_refreshes",
        )
    if role == "reader":
        return (f"GRANT SELECT ON {db}.*",)
    if role == "writer":
        return tuple(f"GRANT INSERT, SHOW COLUMNS ON {db}.{t}" for t in WORKER_TABLES)
    if role == "sealer":
        return (f"GRANT SELECT ON {db}.indicators",) + tuple(
            f"GRANT INSERT, SELECT ON {db}.{t}" for t in CHAIN_TABLES
        )
    if role == "reviewer":
        return (f"GRANT INSERT ON {db}.decisions",) + tuple(
            f"GRANT SELECT({', '.join(cols)}) ON {db}.{t}" for t, cols in REVIEWER_COLUMNS.items()
        )
    # Superset reads column metadata of its datasets (DESCRIBE): SHOW COLUMNS is a grant
    # of its own; for dead_letters it shows the column names, not the details.
    return (
        tuple(f"GRANT SELECT, SHOW TABLES, SHOW COLUMNS ON {db}.{t}" for t in DASHBOARD_TABLES)
        + tuple(
            f"GRANT SELECT({', '.join(cols)}) ON {db}.{t}" for t, cols in DASHBOARD_COLUMNS.items()
        )
        + tuple(f"GRANT SHOW TABLES, SHOW COLUMNS ON {db}.{t}" for t in DASHBOARD_COLUMNS)
    )


#: What the engine-internal ``default`` user of the local engine keeps: the statements
#: that start and stop its listeners (SYSTEM LISTEN, reading the stop pipe with file()).
#: No grant on any database, so a loopback login as ``default`` reads and writes nothing
#: of Mamori's. It cannot have a password: clickhouse-local's internal session logs in
#: as ``default`` without one.
LOCAL_DEFAULT_GRANTS: Final = (
    "GRANT SYSTEM LISTEN ON *.*",
    "GRANT CREATE TEMPORARY TABLE ON *.*",
    "GRANT FILE ON *.*",
)
