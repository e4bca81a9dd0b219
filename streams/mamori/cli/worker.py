"""``mamori worker``: run the Faust worker until stopped."""

from __future__ import annotations

import time

import click
import faust

from mamori.settings import get_settings
from mamori.worker.app import create_app, log


@click.command("worker")
@click.option("--loglevel", default="info", show_default=True)
def worker_command(loglevel: str) -> None:
    """Run the Faust worker (detection + ClickHouse sinks) until stopped."""
    from mamori.messaging.topics import ensure_topics

    settings = get_settings()
    ensure_topics(settings.kafka)
    app = create_app(settings)
    started = time.monotonic()
    log.info("worker %s starting", settings.app_id)
    worker = faust.Worker(app, loglevel=loglevel.upper(), quiet=True)
    # Faust's terminal spinner lowers the root logger to DEBUG so that it can spin on
    # every record: aiokafka and Faust then build a LogRecord per message sent
    # (~10 % of the worker's CPU in py-spy). A service has no terminal to spin on.
    worker.spinner = None
    try:
        worker.execute_from_commandline()
    finally:
        log.info("worker stopped after %.0fs", time.monotonic() - started)
