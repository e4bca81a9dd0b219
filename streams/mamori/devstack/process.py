"""Supervise one detached service process: start with a log file and pid file,
wait until healthy, stop gracefully then forcefully. Shared by every local service."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from types import TracebackType


class ServiceError(RuntimeError):
    """A local service failed to start or to become healthy; the message names its log."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now (for tests and parallel runs)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def port_open(port: int, host: str = "127.0.0.1", timeout: float = 0.5) -> bool:
    with contextlib.suppress(OSError), socket.create_connection((host, port), timeout=timeout):
        return True
    return False


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie child still answers kill(0); reap it if it is ours.
    with contextlib.suppress(ChildProcessError):
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done == pid:
            return False
    return True


class ManagedProcess:
    """A service process whose pid and log live in ``run_dir``.

    The pid file lets a later ``mamori services stop`` (another process) find it.
    """

    def __init__(
        self,
        name: str,
        run_dir: Path,
        argv: Sequence[str],
        *,
        healthy: Callable[[], bool],
        env: Mapping[str, str] | None = None,
        cwd: Path | None = None,
        start_timeout: float = 120.0,
        stop_timeout: float = 30.0,
    ) -> None:
        self.name = name
        self.run_dir = run_dir
        self.argv = list(argv)
        self._healthy = healthy
        self.env = dict(env) if env is not None else None
        self.cwd = cwd
        self.start_timeout = start_timeout
        self.stop_timeout = stop_timeout
        self.pid_file = run_dir / f"{name}.pid"
        self.log_file = run_dir / f"{name}.log"

    # -- state -------------------------------------------------------------------------
    def pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text().strip())
        except (FileNotFoundError, ValueError):
            return None
        return pid if pid_alive(pid) else None

    def running(self) -> bool:
        return self.pid() is not None

    def healthy(self) -> bool:
        return self.running() and self._healthy()

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-lines:])
        except FileNotFoundError:
            return "(no log)"

    # -- control -----------------------------------------------------------------------
    def start(self) -> None:
        """Start (if not already running) and block until healthy."""
        self.run_dir.mkdir(parents=True, exist_ok=True)
        if not self.running():
            env = {**os.environ, **(self.env or {})}
            with self.log_file.open("ab") as log:
                proc = subprocess.Popen(  # noqa: S603 - argv built by us
                    self.argv,
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    cwd=self.cwd,
                    env=env,
                    start_new_session=True,  # survives the launcher; killed as a group
                )
            self.pid_file.write_text(str(proc.pid))
        self.wait_healthy()

    def wait_healthy(self) -> None:
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if not self.running():
                raise ServiceError(
                    f"{self.name} exited during start; log {self.log_file}:\n{self.log_tail()}"
                )
            if self._healthy():
                return
            time.sleep(0.2)
        raise ServiceError(
            f"{self.name} not healthy after {self.start_timeout:.0f}s; "
            f"log {self.log_file}:\n{self.log_tail()}"
        )

    def stop(self, *, kill: bool = False) -> None:
        """SIGTERM the process group (SIGKILL with ``kill=True`` or after the timeout)."""
        pid = self.pid()
        if pid is None:
            self.pid_file.unlink(missing_ok=True)
            return
        sig = signal.SIGKILL if kill else signal.SIGTERM
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, sig)
        deadline = time.monotonic() + self.stop_timeout
        while pid_alive(pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        if pid_alive(pid):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGKILL)
            while pid_alive(pid):
                time.sleep(0.05)
        self.pid_file.unlink(missing_ok=True)

    def __enter__(self) -> ManagedProcess:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
