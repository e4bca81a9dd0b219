"""Serve the embedded ClickHouse engine (the ``chdb-core`` wheel) over HTTP and TCP.

    python -m mamori.localsvc.chdb_server --data-dir D --http-port P --tcp-port Q [--users-xml F]

``chdb._chdb.query(sql, fmt, path=...)`` runs clickhouse-local's own LocalServer,
which can ``SYSTEM START LISTEN HTTP/TCP`` (upstream ClickHouse PR #101143). The
listeners live only while that one call runs, so the statement list ends with a
read of a named pipe that blocks until we write to it on SIGTERM. This entry point
is not a documented chdb API: ``chdb-core`` is pinned, and
tests/integration/test_clickhouse_server.py fails loudly if an upgrade breaks it.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

CONFIG_TEMPLATE = """<clickhouse>
  <listen_host>127.0.0.1</listen_host>
  <http_port>{http_port}</http_port>
  <tcp_port>{tcp_port}</tcp_port>
  <logger><level>warning</level><console>1</console></logger>
  {user_directories}
</clickhouse>
"""
USER_DIRECTORIES = "<user_directories><users_xml><path>{path}</path></users_xml></user_directories>"


def serve(data_dir: Path, http_port: int, tcp_port: int, users_xml: Path | None) -> int:
    import chdb  # noqa: F401 - must be imported before chdir: it reads ./config.xml
    from chdb import _chdb

    run_dir = data_dir / "run"
    run_dir.mkdir(parents=True, exist_ok=True)
    os.chdir(run_dir)
    users = USER_DIRECTORIES.format(path=users_xml.resolve()) if users_xml else ""
    Path("config.xml").write_text(
        CONFIG_TEMPLATE.format(http_port=http_port, tcp_port=tcp_port, user_directories=users)
    )
    fifo = run_dir / "stop.fifo"
    if not fifo.exists():
        os.mkfifo(fifo)
    # TabSeparated keeps the HTTP default output format clients expect.
    sql = (
        "SYSTEM START LISTEN HTTP; SYSTEM START LISTEN TCP; "
        f"SELECT * FROM file('{fifo}', 'LineAsString') FORMAT Null; "
        "SYSTEM STOP LISTEN HTTP; SYSTEM STOP LISTEN TCP;"
    )
    errors: list[BaseException] = []

    def run() -> None:
        try:
            # Not a documented API (see module doc): no stubs.
            _chdb.query(sql, "TabSeparated", path=str(data_dir / "data"))  # type: ignore[attr-defined]
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)

    # The engine call blocks; it runs in a thread so the main thread can take signals.
    worker = threading.Thread(target=run, name="clickhouse", daemon=True)
    worker.start()

    def stop(signum: int, frame: FrameType | None) -> None:
        with fifo.open("w") as fh:
            fh.write("stop\n")

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    while worker.is_alive():
        worker.join(0.2)
    if errors:
        print(f"clickhouse stopped with error: {errors[0]}", file=sys.stderr)
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
