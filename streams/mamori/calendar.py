"""The support calendar (contract section 2): the company's time zone, support
hours and closed days — the one owner of these facts.

Japanese national holidays (and substitute holidays) come from the maintained
``holidays`` package, not from a list of our own; company closures (year-end,
extra days) come from configuration.
"""

from __future__ import annotations

from datetime import date, datetime, time
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays
from pydantic import BaseModel, ConfigDict


class CalendarConfig(BaseModel):
    """The calendar's settings (the ``[calendar]`` table of the detection TOML)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    timezone: str = "Asia/Tokyo"
    #: Monday = 0 … Sunday = 6.
    open_weekdays: tuple[int, ...] = (0, 1, 2, 3, 4)
    open_from: str = "09:00"
    open_until: str = "18:00"
    #: Country whose public holidays close the desk (``holidays`` package code).
    holiday_country: str = "JP"
    #: Inclusive month-day range of the year-end closure (may wrap over New Year).
    year_end_closure: tuple[str, ...] = ("12-29", "01-03")
    extra_closed_dates: tuple[str, ...] = ()
    #: Days open although the rules above would close them.
    extra_open_dates: tuple[str, ...] = ()


class SupportCalendar:
    def __init__(self, config: CalendarConfig) -> None:
        self.config = config
        self.tz = ZoneInfo(config.timezone)
        self._opens = time.fromisoformat(config.open_from)
        self._closes = time.fromisoformat(config.open_until)
        self._holidays = holidays.country_holidays(config.holiday_country)
        self._extra_closed = frozenset(date.fromisoformat(d) for d in config.extra_closed_dates)
        self._extra_open = frozenset(date.fromisoformat(d) for d in config.extra_open_dates)
        self._year_end = [tuple(int(p) for p in md.split("-")) for md in config.year_end_closure]
        self.is_closed_day = lru_cache(maxsize=4096)(self._is_closed_day)

    def _in_year_end(self, day: date) -> bool:
        if len(self._year_end) != 2:
            return False
        (m1, d1), (m2, d2) = self._year_end
        md = (day.month, day.day)
        if (m1, d1) <= (m2, d2):
            return (m1, d1) <= md <= (m2, d2)
        return md >= (m1, d1) or md <= (m2, d2)  # wraps over New Year

    def _is_closed_day(self, day: date) -> bool:
        if day in self._extra_open:
            return False
        return (
            day.weekday() not in self.config.open_weekdays
            or day in self._holidays
            or day in self._extra_closed
            or self._in_year_end(day)
        )

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.tz)

    def is_open(self, moment: datetime) -> bool:
        """True when ``moment`` (any offset) falls in support hours of an open day."""
        return self.is_open_local(moment.astimezone(self.tz))

    def is_open_local(self, local: datetime) -> bool:
        """As :meth:`is_open`, for a moment already in the calendar's time zone."""
        if self.is_closed_day(local.date()):
            return False
        return self._opens <= local.time() < self._closes

    def holiday_name(self, day: date) -> str | None:
        name = self._holidays.get(day)
        return str(name) if name is not None else None
