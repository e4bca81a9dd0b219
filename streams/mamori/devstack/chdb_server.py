"""Serve the embedded ClickHouse engine (the ``chdb-core`` wheel) over HTTP and TCP.

    python -m mamori.devstack.chdb_server --data-dir D --http-port P --tcp-port Q [--users-xml F]

``chdb._chdb.query(sql, fmt, path=...)`` runs clickhouse-local's own LocalServer,
which can ``SYSTEM START LISTEN HTTP/TCP`` (upstream ClickHouse PR #101143). The
listeners live only while that one call runs, so the statement list ends with a
read of a named pipe that blocks until we write to it on SIGTERM. This entry point
is not a documented chdb API: ``chdb-core`` is pinned, and
tests/integration/test_clickhouse_server.py fails loudly if an upgrade breaks it.

Layout under ``--data-dir``: ``data/`` (the engine's path), ``run/`` (working
directory with the generated ``config.xml`` and the stop pipe).
"""

from __future__ import annotations

import argparse
import errno
import os
import signal
import sys
import threading
from pathlib import Path
from types import FrameType
from xml.sax.saxutils import escape

CONFIG_TEMPLATE = """<clickhouse>
  <listen_host>127.0.0.1</listen_host>
  <http_port>{http_port}</http_port>
  <tcp_port>{tcp_port}</tcp_port>
  <logger><level>warning</level><console>1</console></logger>
  {user_directories}
</clickhouse>
"""


# clickhouse-local's LocalServer loads users from this users.xml only: it ignores a
# `local_directory` (and `access_control_path`), so SQL-driven users (CREATE USER) are
# not available on this engine.
USER_DIRECTORIES = "<user_directories><users_xml><path>{path}</path></users_xml></user_directories>"


def config_xml(http_port: int, tcp_port: int, users_xml: Path | None) -> str:
    users = USER_DIRECTORIES.format(path=escape(str(users_xml.resolve()))) if users_xml else ""
    return CONFIG_TEMPLATE.format(http_port=http_port, tcp_port=tcp_port, user_directories=users)


def serving_sql(fifo: Path) -> str:
    """Start both listeners, block on the stop pipe, stop the listeners."""
    return (
        "SYSTEM START LISTEN HTTP; SYSTEM START LISTEN TCP; "
        f"SELECT * FROM file('{fifo}', 'LineAsString') FORMAT Null; "
        "SYSTEM STOP LISTEN HTTP; SYSTEM STOP LISTEN TCP;"
    )


def _release(fifo: Path) -> bool:
    """Write the stop line if the engine has the pipe open; False if nobody reads yet."""
    try:
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # no reader yet: the engine is still starting
            return False
        raise
    try:
        os.write(fd, b"stop\n")
    finally:
        os.close(fd)
    return True


def serve(data_dir: Path, http_port: int, tcp_port: int, users_xml: Path | None) -> int:
    # chdb reads ./config.xml when imported: import it before we chdir into ours.
    import chdb  # noqa: F401
    from chdb import _chdb

    run_dir = data_dir / "run"
    run_dir.mkdir(parents=True, exist_ok=True)
    os.chdir(run_dir)
    Path("config.xml").write_text(config_xml(http_port, tcp_port, users_xml))
    fifo = run_dir / "stop.fifo"
    fifo.unlink(missing_ok=True)  # a pipe left by a killed run may hold a stale state
    os.mkfifo(fifo, 0o600)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            # TabSeparated is the output format HTTP clients expect by default.
            _chdb.query(serving_sql(fifo), "TabSeparated", path=str(data_dir / "data"))  # type: ignore[attr-defined]
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)

    # The engine call blocks; it runs in a thread so the main thread can take signals.
    worker = threading.Thread(target=run, name="clickhouse", daemon=True)
    worker.start()
    stop_requested = threading.Event()

    def stop(signum: int, frame: FrameType | None) -> None:
        stop_requested.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    released = False
    while worker.is_alive():
        if stop_requested.is_set() and not released:
            released = _release(fifo)
        worker.join(0.1)
    fifo.unlink(missing_ok=True)
    if errors:
        print(f"clickhouse stopped with error: {errors[0]}", file=sys.stderr, flush=True)
        return 1
    if not stop_requested.is_set():
        print("clickhouse: the serving statement ended on its own", file=sys.stderr, flush=True)
        return 1
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--http-port", type=int, required=True)
    parser.add_argument("--tcp-port", type=int, required=True)
    parser.add_argument("--users-xml", type=Path, default=None)
    args = parser.parse_args()
    sys.exit(serve(args.data_dir.resolve(), args.http_port, args.tcp_port, args.users_xml))


if __name__ == "__main__":
    main()
