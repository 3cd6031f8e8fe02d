"""Dates and times as written: month and weekday names, and their normalised values."""

from __future__ import annotations

import re

from .lexicon import fold

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
          r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_CAPS_MONTH = (r"(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER"
               r"|NOVEMBER|DECEMBER)")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"


def _date_value(text: str) -> tuple[str, tuple[str, ...]]:
    t = fold(text).replace(",", " ").replace(".", " ")
    if "/" in t:
        return f"date {t.strip()}", (f"date {t.strip()}",)
    month = next((v for w, v in _MONTHS.items() if re.search(rf"\b{w}\b", t)), 0)
    year_m = re.search(r"\b(1[89]|20)\d\d\b", t)
    year = year_m.group(0) if year_m else ""
    t_wo_year = t.replace(year, " ") if year else t
    day_m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", t_wo_year)
    day = int(day_m.group(1)) if day_m else 0
    parts = [year or "?", f"{month:02d}", f"{day:02d}" if day else "?"]
    value = "date " + "-".join(parts)
    keys = [value]
    if year:
        keys.append(f"year {year}")
    return value, tuple(keys)


def _time_value(text: str) -> str:
    t = fold(text).replace(".", "").replace(" ", "")
    m = re.match(r"(\d{1,2})(?::(\d{2}))?(am|pm)?", t)
    if not m:
        return f"time {t}"
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if len(t) >= 4 and t[:4].isdigit():
        return f"time {t[:2]}:{t[2:4]} {t[4:]}"
    if m.group(3) == "pm" and hour < 12:
        hour += 12
    if m.group(3) == "am" and hour == 12:
        hour = 0
    return f"time {hour:02d}:{minute:02d}"
