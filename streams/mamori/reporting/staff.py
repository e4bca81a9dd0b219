"""A staff directory analysts can use without the pseudonymisation key.

``mamori pseudonymise-staff STAFF.csv`` runs where the key is (next to the worker):
it replaces the ``agent_id`` column by ``agent_key`` (the keyed pseudonym the worker
writes) and leaves out personal columns (names, e-mail, phone), so the file joins
dashboards and exports by ``agent_key`` (e.g. ``mamori export --teams``) and names
nobody.
"""

from __future__ import annotations

import csv
from typing import Final, TextIO

from mamori.domain.pseudonym import Pseudonymizer

#: Columns never copied to the pseudonymised file (compared case-insensitively).
PERSONAL_COLUMNS: Final = frozenset(
    {
        "name",
        "full_name",
        "display_name",
        "name_kana",
        "kana",
        "first_name",
        "last_name",
        "given_name",
        "family_name",
        "email",
        "e-mail",
        "mail",
        "phone",
        "tel",
        "mobile",
        "address",
    }  # fmt: skip
)


def pseudonymise_staff(source: TextIO, out: TextIO, pseudo: Pseudonymizer) -> int:
    """Copy the staff CSV ``source`` to ``out`` with ``agent_key`` for ``agent_id`` and
    without personal columns; returns the rows written. Raises ValueError without an
    ``agent_id`` column."""
    reader = csv.DictReader(source)
    fields = list(reader.fieldnames or ())
    if "agent_id" not in fields:
        raise ValueError("the staff list needs an agent_id column (the ids the worker sees)")
    kept = [f for f in fields if f != "agent_id" and f.strip().lower() not in PERSONAL_COLUMNS]
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["agent_key", *kept])
    count = 0
    for row in reader:
        agent_id = (row.get("agent_id") or "").strip()
        if not agent_id:
            continue
        writer.writerow([pseudo.agent(agent_id), *(row.get(f) or "" for f in kept)])
        count += 1
    return count
