"""``mamori ingest …``: parse options, call :mod:`mamori.ingest`, report."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import click
import orjson

from mamori.settings import get_settings


@click.group("ingest")
def ingest_group() -> None:
    """Get contact events in: HTTP endpoint, mailboxes, call transcripts and CDRs."""


@ingest_group.command("serve")
@click.option("--host", default=None, help="Default: ingest.host (127.0.0.1).")
@click.option(
    "--port", type=int, default=None, help="Default: ingest.port (8089; Superset has 8088)."
)
@click.option("--log-level", default="info", show_default=True)
def serve_command(host: str | None, port: int | None, log_level: str) -> None:
    """Serve POST /v1/contact-events (and /healthz, /readyz, /metrics, /openapi.json)."""
    import uvicorn

    from mamori.ingest.delivery import ensure_topics_if_reachable
    from mamori.ingest.http_app import create_app

    settings = get_settings()
    cfg = settings.ingest
    if not cfg.tokens:
        raise click.ClickException(
            "no ingest tokens configured: set MAMORI_INGEST__TOKENS "
            '(\'[{"source": "pbx-tokyo", "sha256": "…"}]\'); `mamori ingest token SOURCE` '
            "makes a token and its hash. The endpoint never runs without authentication."
        )
    if (cfg.tls_certfile is None) != (cfg.tls_keyfile is None):
        raise click.ClickException("ingest.tls_certfile and ingest.tls_keyfile go together")
    ensure_topics_if_reachable(settings)
    uvicorn.run(
        create_app(settings),
        host=host or cfg.host,
        port=port or cfg.port,
        ssl_certfile=str(cfg.tls_certfile) if cfg.tls_certfile else None,
        ssl_keyfile=str(cfg.tls_keyfile) if cfg.tls_keyfile else None,
        log_level=log_level,
        access_log=False,
        loop="uvloop",
        http="httptools",
        lifespan="on",
    )


@ingest_group.command("token")
@click.argument("source")
@click.option("--scope", "scopes", multiple=True, default=("ingest",), show_default=True)
def token_command(source: str, scopes: tuple[str, ...]) -> None:
    """Make a bearer token for SOURCE: the token (give it to the source, shown once) and
    the settings entry holding only its hash."""
    from mamori.ingest.auth import SCOPES, new_token

    unknown = set(scopes) - SCOPES
    if unknown:
        raise click.BadParameter(f"unknown scopes {sorted(unknown)}; known: {sorted(SCOPES)}")
    token, digest = new_token()
    click.echo(f"token:    {token}")
    entry = {"source": source, "sha256": digest, "scopes": list(scopes)}
    click.echo(f"settings: {orjson.dumps(entry).decode()}")


@ingest_group.command("openapi")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None)
def openapi_command(output: Path | None) -> None:
    """Print (or write) the OpenAPI document of the endpoint."""
    from mamori.ingest.openapi import openapi_document

    text = orjson.dumps(openapi_document(), option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS)
    if output is None:
        click.echo(text.decode())
    else:
        output.write_bytes(text + b"\n")


# -- adapters ------------------------------------------------------------------------------
@contextlib.contextmanager
def _kafka_errors() -> Iterator[None]:
    from mamori.ingest.producer import Unavailable

    try:
        yield
    except Unavailable as exc:
        raise click.ClickException(
            f"{exc}. Nothing after the last acknowledged batch is recorded as done "
            "(IMAP checkpoint unchanged); run again — event ids make repeats harmless."
        ) from exc


def _rejected(error: str) -> None:
    click.echo(f"rejected {error}", err=True)


def _finish(accepted: int, rejected: int, dry_run: bool) -> None:
    target = "written" if dry_run else "published"
    click.echo(f"{accepted} events {target}, {rejected} rejected (dead-lettered)", err=True)
    if rejected:
        sys.exit(2)


_OUTPUT = click.option(
    "-o",
    "--output",
    type=click.File("wb"),
    default=None,
    help="Write the accepted events as JSON lines here instead of publishing (dry run, replay).",
)


@ingest_group.command("mail")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--mbox", "mboxes", multiple=True, type=click.Path(exists=True, path_type=Path))
@click.option("--maildir", "maildirs", multiple=True, type=click.Path(exists=True, path_type=Path))
@click.option("--imap", is_flag=True, help="Poll the IMAP folder of the settings.")
@click.option("--once", is_flag=True, help="With --imap: one poll, then exit.")
@click.option(
    "--support-address", "addresses", multiple=True, help="Default: ingest.support_addresses."
)
@click.option("--source", default="mail", show_default=True)
@click.option("--batch", type=int, default=200, show_default=True)
@_OUTPUT
def mail_command(
    paths: tuple[Path, ...],
    mboxes: tuple[Path, ...],
    maildirs: tuple[Path, ...],
    imap: bool,
    once: bool,
    addresses: tuple[str, ...],
    source: str,
    batch: int,
    output: IO[bytes] | None,
) -> None:
    """One event per message from .eml files (PATHS), mbox, Maildir or IMAP."""
    from mamori.ingest.delivery import Delivery
    from mamori.ingest.mail import MailConfig
    from mamori.ingest.mailbox import ImapPoller, imap_credentials, mail_items

    settings = get_settings()
    support = addresses or settings.ingest.support_addresses
    if not support:
        raise click.ClickException(
            "no support addresses (--support-address or MAMORI_INGEST__SUPPORT_ADDRESSES): "
            "without them every message would count as the customer's"
        )
    config = MailConfig.of(support, source)
    if not (paths or mboxes or maildirs or imap):
        raise click.UsageError("give .eml files/directories, --mbox, --maildir or --imap")
    if imap:
        try:  # before anything is read or sent: missing credentials stop here
            imap_credentials(settings.ingest.imap)
        except ValueError as exc:
            raise click.ClickException(str(exc)) from exc
    with _kafka_errors(), Delivery(settings, output, f"mail:{source}", _rejected) as deliver:
        deliver.publish_all(mail_items(config, paths, mboxes, maildirs), batch)
        if imap:
            poller = ImapPoller(settings.ingest.imap, config, deliver)
            if once:
                poller.poll_once()
            else:
                poller.run()
        _finish(deliver.summary.accepted, deliver.summary.rejected, output is not None)


@ingest_group.command("calls")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["auto", "vtt", "transcribe", "segments", "cdr"]),
    default="auto",
    show_default=True,
    help="auto: .vtt → vtt, .csv → cdr, .json → transcribe (if it has 'Transcript') or segments.",
)
@click.option("--source", default="pbx", show_default=True)
@click.option("--call-id", default=None, help="Default: from the file, else the file name.")
@click.option("--started-at", default=None, help="ISO 8601, when the file has none.")
@click.option("--caller", default=None)
@click.option("--callee", default=None)
@click.option("--agent", default=None)
@click.option("--direction", type=click.Choice(["inbound", "outbound"]), default=None)
@_OUTPUT
def calls_command(
    files: tuple[Path, ...],
    fmt: str,
    source: str,
    call_id: str | None,
    started_at: str | None,
    caller: str | None,
    callee: str | None,
    agent: str | None,
    direction: str | None,
    output: IO[bytes] | None,
) -> None:
    """One event per call from transcripts (WebVTT, Transcribe/Contact Lens, segments)
    or call-detail CSV rows (duration-only events)."""
    from mamori.ingest.callfiles import call_items
    from mamori.ingest.calls import CallError, CallMeta, parse_direction, parse_time
    from mamori.ingest.delivery import Delivery
    from mamori.ingest.mapping import MappingError, SourceMapping

    settings = get_settings()
    try:
        mapping = SourceMapping.load(settings.ingest.mapping)
        defaults = CallMeta(
            call_id=call_id,
            started_at=parse_time(started_at, mapping.cdr.timezone) if started_at else None,
            caller=caller,
            callee=callee,
            agent=agent,
            direction=parse_direction(direction),
        )
    except (MappingError, CallError) as exc:
        raise click.ClickException(str(exc)) from exc
    items = call_items(
        files,
        fmt,
        source=source,
        mapping=mapping,
        defaults=defaults,
        region=settings.ingest.default_region,
    )
    with _kafka_errors(), Delivery(settings, output, f"calls:{source}", _rejected) as deliver:
        deliver.publish_all(items, 500)
        _finish(deliver.summary.accepted, deliver.summary.rejected, output is not None)
