"""Assembly of the detection step from settings, shared by the Faust worker and the
batch replay so both run exactly the same code path: bytes → validation →
:class:`~mamori.detect.engine.DetectionEngine` → indicator and escalation records."""

from __future__ import annotations

from datetime import datetime

from mamori.detect.config import DetectionConfig
from mamori.detect.engine import Detection, DetectionEngine
from mamori.detect.state import CustomerState
from mamori.domain.contract import ContactEvent
from mamori.domain.pseudonym import Pseudonymizer
from mamori.domain.validation import Limits, Rejection, decode_contact_event
from mamori.settings import Settings


def build_engine(settings: Settings, text_cache: int | None = None) -> DetectionEngine:
    """``text_cache``: entries of the content detector's memo of analysed texts and of
    the engine's memo of repetition sketches (their defaults when None)."""
    # Imported here: the lexicon load is the slow part of start-up.
    from mamori.detect.content import LexiconDetector

    config = DetectionConfig.load(settings.detection_config)
    dirs, names = settings.lexicon_dirs, config.staff_names
    learned = config.content.learned
    content = (
        LexiconDetector.load(dirs, names, learned=learned)
        if text_cache is None
        else LexiconDetector.load(dirs, names, cache_size=text_cache, learned=learned)
    )
    pseudo = Pseudonymizer(settings.pseudonym_secret())
    if text_cache is None:
        return DetectionEngine(config, content, pseudo)
    return DetectionEngine(config, content, pseudo, sketch_cache=text_cache)


def limits_from(settings: Settings) -> Limits:
    return Limits(
        max_message_bytes=settings.max_message_bytes, max_text_chars=settings.max_text_chars
    )


class DetectionStep:
    """Decode + detect for one record, with the customer's state passed in and out."""

    def __init__(self, engine: DetectionEngine, limits: Limits) -> None:
        self.engine = engine
        self.limits = limits

    def decode(self, raw: bytes, now: datetime | None = None) -> ContactEvent | Rejection:
        return decode_contact_event(raw, limits=self.limits, now=now)

    def customer_key(self, event: ContactEvent) -> str:
        return self.engine.pseudo.customer(event.customer_id)

    def detect(
        self,
        event: ContactEvent,
        state: CustomerState | None,
        now: datetime,
        customer_key: str | None = None,
    ) -> Detection:
        """``customer_key``: the event's pseudonym when the caller has it already (it
        keyed the state by it); computed here otherwise."""
        return self.engine.process(event, state, now, customer_key)
