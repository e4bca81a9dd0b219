"""Where mail comes from: ``.eml`` files, mbox and Maildir (standard library
``mailbox``), and an IMAP folder polled with IMAPClient.

The IMAP poller remembers the last ingested UID (with the folder's UIDVALIDITY) in a
checkpoint file written atomically *after* Kafka acknowledged the batch: a restart
neither skips nor repeats. If the server renumbers the folder (UIDVALIDITY changed) it
starts over from the first message, which is safe — event ids come from Message-IDs,
so already ingested mail is the same events again, dropped by the worker.
"""

from __future__ import annotations

import contextlib
import json
import logging
import mailbox
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from mamori.ingest.mail import MailConfig, MailError, parse_message
from mamori.ingest.submit import Item
from mamori.settings import ImapSettings

log = logging.getLogger(__name__)


def item_of(
    raw: bytes, where: str, config: MailConfig, received_at: datetime | None = None
) -> Item:
    try:
        return Item(where, event=parse_message(raw, config, received_at=received_at), raw=raw)
    except MailError as exc:
        return Item(where, error=str(exc), reason="mail_unparseable", raw=raw)
    except Exception as exc:  # the stdlib parser's own surprises: still one message only
        return Item(where, error=f"{type(exc).__name__}: {exc}", reason="mail_unparseable", raw=raw)


def read_eml(paths: Iterable[Path]) -> Iterator[tuple[str, bytes]]:
    """Files as given; directories searched for ``*.eml`` (sorted, so runs repeat)."""
    for path in paths:
        files = sorted(path.rglob("*.eml")) if path.is_dir() else [path]
        for f in files:
            yield str(f), f.read_bytes()


def read_mbox(path: Path) -> Iterator[tuple[str, bytes]]:
    box = mailbox.mbox(path, create=False)
    try:
        for key in box.iterkeys():
            yield f"{path}#{key}", box.get_bytes(key)
    finally:
        box.close()


def read_maildir(path: Path) -> Iterator[tuple[str, bytes]]:
    box = mailbox.Maildir(path, factory=None, create=False)
    for key in sorted(box.iterkeys()):
        yield f"{path}:{key}", box.get_bytes(key)


# -- IMAP ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Checkpoint:
    uidvalidity: int
    last_uid: int


class CheckpointFile:
    """``{"folder": …, "uidvalidity": …, "last_uid": …}``, replaced atomically."""

    def __init__(self, path: Path, folder: str) -> None:
        self.path = path
        self.folder = folder

    def load(self) -> Checkpoint | None:
        try:
            doc = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        if doc.get("folder") != self.folder:
            raise ValueError(
                f"checkpoint {self.path} is for folder {doc.get('folder')!r}, not {self.folder!r}"
            )
        return Checkpoint(int(doc["uidvalidity"]), int(doc["last_uid"]))

    def save(self, cp: Checkpoint) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            json.dump(
                {"folder": self.folder, "uidvalidity": cp.uidvalidity, "last_uid": cp.last_uid}, fh
            )
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)


def imap_credentials(s: ImapSettings) -> tuple[str, str, str]:
    """(host, user, password); missing ones are an error, never an anonymous login."""
    missing = [
        name
        for name, value in (
            ("MAMORI_INGEST__IMAP__HOST", s.host),
            ("MAMORI_INGEST__IMAP__USERNAME", s.username),
            ("MAMORI_INGEST__IMAP__PASSWORD", s.password and s.password.get_secret_value()),
        )
        if not value
    ]
    if missing:
        raise ValueError(f"IMAP polling needs {', '.join(missing)} in the environment")
    assert s.host and s.username and s.password  # for mypy: checked just above
    return s.host, s.username, s.password.get_secret_value()


class ImapPoller:
    """Fetch new messages of one folder in UID order, hand each batch to ``deliver``
    (which returns only once Kafka acknowledged), then advance the checkpoint."""

    def __init__(
        self,
        settings: ImapSettings,
        config: MailConfig,
        deliver: Callable[[list[Item]], None],
    ) -> None:
        self.settings = settings
        self.config = config
        self.deliver = deliver
        self.host, self.username, self._password = imap_credentials(settings)
        self.checkpoint = CheckpointFile(settings.checkpoint, settings.folder)

    def _connect(self) -> Any:
        from imapclient import IMAPClient

        client = IMAPClient(self.host, port=self.settings.port, ssl=self.settings.ssl, timeout=30)
        client.normalise_times = False  # INTERNALDATE with its offset, not naive local time
        client.login(self.username, self._password)
        return client

    def poll_once(self) -> int:
        """Ingest every message newer than the checkpoint; return how many."""
        client = self._connect()
        try:
            info = client.select_folder(self.settings.folder, readonly=True)
            uidvalidity = int(info[b"UIDVALIDITY"])
            cp = self.checkpoint.load()
            if cp is None or cp.uidvalidity != uidvalidity:
                if cp is not None:
                    log.warning(
                        "UIDVALIDITY of %s changed (%d → %d): reading the folder again",
                        self.settings.folder,
                        cp.uidvalidity,
                        uidvalidity,
                    )
                cp = Checkpoint(uidvalidity, 0)
            # "N:*" always matches the newest message, even below N: filter.
            uids = sorted(
                u for u in client.search(["UID", f"{cp.last_uid + 1}:*"]) if u > cp.last_uid
            )
            done = 0
            step = self.settings.fetch_batch
            for i in range(0, len(uids), step):
                chunk = uids[i : i + step]
                fetched = client.fetch(chunk, ["BODY.PEEK[]", "INTERNALDATE"])
                items = []
                for uid in chunk:
                    data = fetched.get(uid, {})
                    raw = data.get(b"BODY[]", b"")
                    internal = data.get(b"INTERNALDATE")
                    items.append(
                        item_of(
                            raw,
                            f"imap:{self.settings.folder}/uid {uid}",
                            self.config,
                            internal if isinstance(internal, datetime) else None,
                        )
                    )
                self.deliver(items)
                cp = Checkpoint(uidvalidity, chunk[-1])
                self.checkpoint.save(cp)
                done += len(chunk)
            if not uids:
                self.checkpoint.save(cp)
            return done
        finally:
            with contextlib.suppress(Exception):
                client.logout()

    def run(self, stop: Callable[[], bool] = lambda: False) -> None:
        """Poll until ``stop()``; an IMAP or Kafka outage is logged and retried next
        round (the checkpoint only moves after an acknowledged batch)."""
        from imapclient.exceptions import IMAPClientError

        from mamori.ingest.producer import Unavailable

        while not stop():
            try:
                n = self.poll_once()
                if n:
                    log.info("ingested %d messages from %s", n, self.settings.folder)
            except (OSError, IMAPClientError, Unavailable) as exc:
                log.warning(
                    "IMAP poll failed, retrying in %.0fs: %s", self.settings.poll_seconds, exc
                )
            time.sleep(self.settings.poll_seconds)


def mail_items(
    config: MailConfig,
    eml_paths: Iterable[Path] = (),
    mboxes: Iterable[Path] = (),
    maildirs: Iterable[Path] = (),
) -> Iterator[Item]:
    """Every message of the given files and mailboxes, in that order, as items."""
    for where, raw in read_eml(eml_paths):
        yield item_of(raw, where, config)
    for path in mboxes:
        for where, raw in read_mbox(path):
            yield item_of(raw, where, config)
    for path in maildirs:
        for where, raw in read_maildir(path):
            yield item_of(raw, where, config)
