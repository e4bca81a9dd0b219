"""A real Apache Kafka 4.1 broker as a local process (KRaft, one combined
broker+controller node on 127.0.0.1), for machines without Docker.

The jars come from ``infra/kafka/install.sh`` (Maven resolve of the published
``kafka_2.13`` POM into ``infra/kafka/libs``); the config is rendered from
``infra/kafka/server.properties.template``. Storage is formatted once per data
directory; later starts reuse it, so topics and records survive restarts.
"""

from __future__ import annotations

import base64
import logging
import os
import shutil
import subprocess
import time
from pathlib import Path
from string import Template
from types import TracebackType

from mamori.devstack.paths import REPO_ROOT
from mamori.devstack.process import ManagedProcess, ServiceError, port_open

log = logging.getLogger(__name__)

KAFKA_HOME = REPO_ROOT / "infra" / "kafka"
KAFKA_LIBS = KAFKA_HOME / "libs"
INSTALL_SCRIPT = KAFKA_HOME / "install.sh"
SERVER_TEMPLATE = KAFKA_HOME / "server.properties.template"
LOG4J_CONFIG = KAFKA_HOME / "log4j2.properties"

#: JVM flags of Kafka's own start scripts (G1, short pauses), minus the JMX/GC-log extras.
_JVM_FLAGS = (
    "-XX:+UseG1GC",
    "-XX:MaxGCPauseMillis=20",
    "-XX:InitiatingHeapOccupancyPercent=35",
    "-XX:+ExplicitGCInvokesConcurrent",
    "-Djava.awt.headless=true",
)


def libs_installed(libs_dir: Path = KAFKA_LIBS) -> bool:
    """True when install.sh finished for the current pom.xml (its stamp is present)."""
    return any(libs_dir.glob(".complete-*")) and any(libs_dir.glob("kafka_2.13-*.jar"))


def ensure_installed(libs_dir: Path = KAFKA_LIBS) -> None:
    """Run install.sh unless the jars are already there (it is idempotent and quick
    when done, but a Maven start still costs a second or two)."""
    if libs_installed(libs_dir):
        return
    result = subprocess.run(  # noqa: S603 - fixed script of this repository
        ["bash", str(INSTALL_SCRIPT)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not libs_installed(libs_dir):
        raise ServiceError(
            f"installing the Kafka jars failed ({INSTALL_SCRIPT}):\n"
            f"{result.stdout[-2000:]}{result.stderr[-4000:]}"
        )


def new_cluster_id() -> str:
    """A KRaft cluster id as ``StorageTool random-uuid`` prints it (URL-safe base64 of
    16 random bytes, no padding), without paying for a JVM start."""
    while True:
        cid = base64.urlsafe_b64encode(os.urandom(16)).decode().rstrip("=")
        if not cid.startswith("-"):  # Kafka avoids ids that look like CLI options
            return cid


def _java() -> str:
    java = shutil.which("java")
    if java is None:
        raise ServiceError("`java` not found on PATH: Kafka 4.1 needs Java 17 or newer")
    return java


class KafkaBroker(ManagedProcess):
    """One Kafka node whose data, config, pid and log live in ``data_dir``.

    ``data_dir/server.properties`` is re-rendered on every start (ports may change);
    ``data_dir/data`` is the log directory (``log.dirs``), formatted once.
    """

    def __init__(
        self,
        data_dir: Path,
        port: int = 9092,
        controller_port: int = 9093,
        heap: str = "768m",
        *,
        libs_dir: Path = KAFKA_LIBS,
        start_timeout: float = 90.0,
        stop_timeout: float = 30.0,
    ) -> None:
        self.data_dir = Path(data_dir).resolve()
        self.port = port
        self.controller_port = controller_port
        self.heap = heap
        self.libs_dir = libs_dir
        self.config_file = self.data_dir / "server.properties"
        self.log_dirs = self.data_dir / "data"
        argv = [
            "java",  # resolved at start(), so constructing a broker never needs Java
            f"-Xms{heap}",
            f"-Xmx{heap}",
            *_JVM_FLAGS,
            f"-Dlog4j2.configurationFile={LOG4J_CONFIG}",
            f"-Dkafka.logs.dir={self.data_dir}",
            "-cp",
            f"{libs_dir}/*",
            "kafka.Kafka",
            str(self.config_file),
        ]
        super().__init__(
            "kafka",
            self.data_dir,
            argv,
            healthy=self._answers_metadata,
            cwd=self.data_dir,
            start_timeout=start_timeout,
            stop_timeout=stop_timeout,
        )

    # -- addresses ---------------------------------------------------------------------
    @property
    def bootstrap_servers(self) -> str:
        return f"127.0.0.1:{self.port}"

    def cluster_id(self) -> str | None:
        """The cluster id this data directory was formatted with (None before format)."""
        meta = self.log_dirs / "meta.properties"
        try:
            for line in meta.read_text().splitlines():
                if line.startswith("cluster.id="):
                    return line.split("=", 1)[1].strip()
        except FileNotFoundError:
            return None
        return None

    # -- health ------------------------------------------------------------------------
    def _answers_metadata(self) -> bool:
        """A metadata request succeeds, lists this node, and comes from *our* cluster
        (not another broker that happens to hold the port)."""
        if not port_open(self.port):
            return False
        from kafka import KafkaAdminClient
        from kafka.errors import KafkaError

        try:
            admin = KafkaAdminClient(
                bootstrap_servers=self.bootstrap_servers,
                client_id="mamori-health",
                request_timeout_ms=3000,
                bootstrap_timeout_ms=3000,
                connections_max_idle_ms=10_000,
            )
        except (KafkaError, OSError, ValueError):
            return False
        try:
            cluster = admin.describe_cluster()
        except (KafkaError, OSError, ValueError):
            return False
        finally:
            admin.close()
        brokers = cluster.get("brokers") or []
        return bool(brokers) and cluster.get("cluster_id") == self.cluster_id()

    # -- control -----------------------------------------------------------------------
    def render_config(self) -> None:
        template = Template(SERVER_TEMPLATE.read_text())
        self.config_file.write_text(
            template.substitute(
                port=self.port,
                controller_port=self.controller_port,
                log_dir=str(self.log_dirs),
            )
        )

    def format_storage(self) -> None:
        """Format the KRaft log directory once (a formatted directory is kept as is)."""
        if self.cluster_id() is not None:
            return
        started = time.monotonic()
        result = subprocess.run(  # noqa: S603 - argv built by us
            [
                _java(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",  # a one-shot tool: start fast, not run fast
                f"-Dlog4j2.configurationFile={LOG4J_CONFIG}",
                "-cp",
                f"{self.libs_dir}/*",
                "kafka.tools.StorageTool",
                "format",
                "--cluster-id",
                new_cluster_id(),
                "--config",
                str(self.config_file),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        with self.log_file.open("a") as out:
            out.write(result.stdout)
            out.write(result.stderr)
        if result.returncode != 0 or self.cluster_id() is None:
            raise ServiceError(
                f"formatting Kafka storage in {self.log_dirs} failed; log {self.log_file}:\n"
                f"{result.stderr[-4000:] or result.stdout[-4000:]}"
            )
        log.info("formatted %s in %.1fs", self.log_dirs, time.monotonic() - started)

    def start(self) -> None:
        """Install the jars if needed, format once, start, and block until healthy."""
        if self.running():
            self.wait_healthy()
            return
        ensure_installed(self.libs_dir)
        self.argv[0] = _java()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.render_config()
        self.format_storage()
        started = time.monotonic()
        super().start()
        log.info("kafka on %s healthy in %.1fs", self.bootstrap_servers, time.monotonic() - started)

    def kill(self) -> None:
        """SIGKILL, no controlled shutdown: for crash-recovery tests."""
        self.stop(kill=True)

    def __enter__(self) -> KafkaBroker:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
