"""The local stack: which services run where on this machine (demo and manual use).

Data lives under ``.local/services/<name>``; ports come from the settings, so a
``mamori services start`` and a ``mamori worker`` in another shell agree.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mamori.devstack.paths import LOCAL_DIR
from mamori.settings import Settings

if TYPE_CHECKING:
    from mamori.devstack.clickhouse import ClickHouseServer
    from mamori.devstack.kafka import KafkaBroker
    from mamori.devstack.superset import SupersetServer

SECRETS_FILE = LOCAL_DIR / "secrets.env"


def load_local_secrets(path: Path = SECRETS_FILE) -> None:
    """Generate local secrets once (git-ignored) and export any not already set."""
    from mamori.devstack.secrets import ensure_local_secrets

    for name, value in ensure_local_secrets(path).items():
        os.environ.setdefault(name, value)


@dataclass
class LocalStack:
    settings: Settings
    root: Path = LOCAL_DIR / "services"

    def _port(self, hostport: str) -> int:
        return int(hostport.rsplit(":", 1)[1])

    def kafka(self) -> KafkaBroker:
        from mamori.devstack.kafka import KafkaBroker

        port = self._port(self.settings.kafka.bootstrap_servers.split(",")[0])
        return KafkaBroker(self.root / "kafka", port=port, controller_port=port + 1)

    def clickhouse(self) -> ClickHouseServer:
        from mamori.devstack.clickhouse import ClickHouseServer

        ch = self.settings.clickhouse
        return ClickHouseServer(
            self.root / "clickhouse",
            http_port=ch.http_port,
            tcp_port=ch.tcp_port,
            databases=(ch.database,),
        )

    def superset(self) -> SupersetServer:
        from mamori.devstack.superset import SupersetServer

        return SupersetServer.from_settings(self.root / "superset", self.settings)
