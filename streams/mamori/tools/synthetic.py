"""Synthetic contact streams for benchmarks and for the demo when no sample file is
at hand. Deterministic for a seed. The phrasing here is our own; it is not a
quality benchmark (use a labelled stream and ``mamori evaluate`` for that).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any, Final

import orjson

_BENIGN: Final = (
    "配送状況を確認したいのですが、追跡番号を教えてもらえますか。",
    "請求書の宛名を会社名に変更できますか。",
    "ログインできなくなりました。パスワードの再設定方法を教えてください。",
    "先日はご対応ありがとうございました。無事に届きました。",
    "サイズ交換の手続きについて教えてください。",
    "Could you tell me when my order will ship?",
    "I'd like to change the delivery address for my order.",
    "Thanks for the quick help yesterday, everything works now.",
)
_COMPLAINTS: Final = (
    "届いたケトルが初日から動きません。交換か返金をお願いします。",
    "三回目の遅延です。正直がっかりしています。いつ届くのか教えてください。",
    "The blender arrived cracked. I want a replacement or a refund, please.",
    "This is the second late delivery this month and I'm really frustrated.",
)
_HOSTILE: Final = (
    "いい加減にしろ。慰謝料を払え。払わないならネットに全部書いてやる。",
    "今から店に行くから店長を出せ。土下座して謝れ。",
    "お前ら本当に無能だな。訴えるぞ。",
    "You people are useless. Pay me compensation or I'll post this everywhere.",
    "Send your manager to my house today or you'll regret it.",
)
_CHANNELS: Final = ("email", "chat", "phone", "web_form")


def synthetic_events(
    count: int,
    *,
    customers: int = 10_000,
    seed: int = 1,
    start: datetime = datetime(2026, 7, 1, tzinfo=UTC),
    hostile_share: float = 0.02,
    complaint_share: float = 0.08,
) -> Iterator[dict[str, Any]]:
    """``count`` ContactEvents in event-time order (about one per 20 s)."""
    rng = random.Random(seed)
    at = start
    for n in range(count):
        at += timedelta(seconds=rng.expovariate(1 / 20))
        roll = rng.random()
        if roll < hostile_share:
            text = rng.choice(_HOSTILE)
        elif roll < hostile_share + complaint_share:
            text = rng.choice(_COMPLAINTS)
        else:
            text = rng.choice(_BENIGN)
        channel = rng.choice(_CHANNELS)
        yield {
            "event_id": f"syn-{seed}-{n:09d}",
            "occurred_at": at.isoformat(timespec="milliseconds"),
            "channel": channel,
            "direction": "inbound",
            "customer_id": f"cust-{rng.randrange(customers):07d}",
            "agent_id": f"agent-{rng.randrange(60):03d}",
            "duration_s": rng.randrange(30, 1500) if channel == "phone" else None,
            "subject": None,
            "text": text,
            "language": None,
            "thread_id": None,
            "source": "synthetic",
        }


def synthetic_lines(count: int, **kwargs: Any) -> Iterator[bytes]:
    for event in synthetic_events(count, **kwargs):
        yield orjson.dumps(event)
