"""``mamori publish`` and ``mamori topics``: publish a JSON-lines stream, manage topics."""

from __future__ import annotations

import sys
from typing import IO

import click

from mamori.messaging.publisher import PublishError, _settings, publish_lines, read_jsonl
from mamori.messaging.topics import _admin, describe_topics, ensure_topics, topic_plan


@click.command("publish")
@click.argument("file", type=click.File("rb"))
@click.option("--topic", default=None, help="Default: the contact topic of the settings.")
@click.option(
    "--rate", type=float, default=0.0, show_default=True, help="Events per second; 0 = max."
)
@click.option("--bootstrap", default=None, help="host:port[,host:port]; default from settings.")
@click.option("--limit", type=int, default=None, help="Publish at most N events.")
@click.option("--progress/--no-progress", default=True, show_default=True)
def publish_command(
    file: IO[bytes],
    topic: str | None,
    rate: float,
    bootstrap: str | None,
    limit: int | None,
    progress: bool,
) -> None:
    """Publish a JSON-lines file of contact events, one record per line, unchanged."""
    settings = _settings(bootstrap)
    total = None
    if file is not sys.stdin.buffer and file.seekable():
        total = sum(1 for raw in file if raw.strip(b"\r\n"))
        file.seek(0)
        if limit is not None:
            total = min(total, limit)
    try:
        stats = publish_lines(
            read_jsonl(file, limit),
            topic or settings.contact_topic,
            settings,
            rate=rate,
            progress=progress,
            total=total,
        )
    except PublishError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(
        f"published {stats.sent} events to {topic or settings.contact_topic} "
        f"in {stats.seconds:.2f}s ({stats.events_per_second:,.0f} events/s; "
        f"{stats.unkeyed} without a customer_id key)"
    )


@click.group("topics")
def topics_command() -> None:
    """Create, list and describe Mamori's Kafka topics."""


@topics_command.command("create")
@click.option("--partitions", type=int, default=None, help="Default: kafka.partitions (8).")
@click.option("--bootstrap", default=None)
def topics_create(partitions: int | None, bootstrap: str | None) -> None:
    """Create the contact, indicator, escalation and dead-letter topics if missing."""
    settings = _settings(bootstrap)
    ensure_topics(settings, partitions)
    for row in describe_topics(settings, list(topic_plan(settings, partitions))):
        click.echo(f"{row['name']:40} partitions={row['partitions']}")


@topics_command.command("list")
@click.option("--bootstrap", default=None)
def topics_list(bootstrap: str | None) -> None:
    """List the topic names of the cluster."""
    admin = _admin(_settings(bootstrap))
    try:
        names = sorted(admin.list_topics())
    finally:
        admin.close()
    for name in names:
        click.echo(name)


@topics_command.command("describe")
@click.argument("names", nargs=-1)
@click.option("--bootstrap", default=None)
def topics_describe(names: tuple[str, ...], bootstrap: str | None) -> None:
    """Partitions and replication of the given topics (default: all)."""
    for row in describe_topics(_settings(bootstrap), list(names) or None):
        click.echo(
            f"{row['name']:40} partitions={row['partitions']:<4} "
            f"replication={row['replication_factor']}"
            + ("" if row["error_code"] == 0 else f" error_code={row['error_code']}")
        )
