"""Dates and times as people read them: the one place that formats them for display.

Every page, list, chart axis and printed page formats a day or a time through these
functions, so the same day always reads the same way:

    English   Tuesday, 1 December 2026 · 1 Dec 2026 · 1 Dec · Dec · Dec 2026 · 00:10
    Japanese  2026年12月1日（火） · 2026年12月1日 · 12月1日 · 12月 · 2026年12月 · 0:10

Times are 24-hour in both languages. `lang` defaults to the language in use
(`app.i18n.language()`); any language other than Japanese reads as English.
Storage and file names keep ISO text; this module is only for what people see.
"""

from __future__ import annotations

from datetime import date, datetime, time

from app import i18n

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAYS_JA = "月火水木金土日"


def _lang(lang: str | None) -> str:
    return (lang or i18n.language()) if (lang or i18n.language()) == "ja" else "en"


def long_date(d: date, lang: str | None = None) -> str:
    """The day with its weekday: "Tuesday, 1 December 2026" / "2026年12月1日（火）"."""
    if isinstance(d, datetime):
        d = d.date()
    if _lang(lang) == "ja":
        return f"{d.year}年{d.month}月{d.day}日（{_WEEKDAYS_JA[d.weekday()]}）"
    return f"{_WEEKDAYS[d.weekday()]}, {d.day} {_MONTHS[d.month - 1]} {d.year}"


def short_date(d: date, lang: str | None = None) -> str:
    """The day in lists: "1 Dec 2026" / "2026年12月1日"."""
    if isinstance(d, datetime):
        d = d.date()
    if _lang(lang) == "ja":
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.day} {_MONTHS[d.month - 1][:3]} {d.year}"


def day_month(d: date, lang: str | None = None) -> str:
    """The day without its year (chart axes, ranges within a year): "1 Dec" / "12月1日"."""
    if _lang(lang) == "ja":
        return f"{d.month}月{d.day}日"
    return f"{d.day} {_MONTHS[d.month - 1][:3]}"


def month_label(d: date, lang: str | None = None) -> str:
    """The month alone: "Dec" / "12月"."""
    if _lang(lang) == "ja":
        return f"{d.month}月"
    return _MONTHS[d.month - 1][:3]


def month_year(d: date, lang: str | None = None) -> str:
    """The month with its year: "Dec 2026" / "2026年12月"."""
    if _lang(lang) == "ja":
        return f"{d.year}年{d.month}月"
    return f"{_MONTHS[d.month - 1][:3]} {d.year}"


def time_of_day(t: time | datetime, lang: str | None = None) -> str:
    """A clock time, 24-hour: "00:10" / "0:10"."""
    if _lang(lang) == "ja":
        return f"{t.hour}:{t.minute:02d}"
    return f"{t.hour:02d}:{t.minute:02d}"


def date_time(moment: datetime, lang: str | None = None) -> str:
    """A moment in lists: "1 Dec 2026, 00:10" / "2026年12月1日 0:10"."""
    if _lang(lang) == "ja":
        return f"{short_date(moment.date(), lang)} {time_of_day(moment, lang)}"
    return f"{short_date(moment.date(), lang)}, {time_of_day(moment, lang)}"


def long_date_time(moment: datetime, lang: str | None = None) -> str:
    """A moment with its weekday: "Tuesday, 1 December 2026, 00:10" / "2026年12月1日（火）0:10"."""
    if _lang(lang) == "ja":
        return f"{long_date(moment.date(), lang)}{time_of_day(moment, lang)}"
    return f"{long_date(moment.date(), lang)}, {time_of_day(moment, lang)}"


def axis_label(d: date, span_days: int, first: bool, lang: str | None = None) -> str:
    """A date tick on a chart whose visible range is `span_days` long: days over a
    short range, months over a long one; the first tick and each January carry the
    year when months are shown."""
    if span_days <= 92:
        return day_month(d, lang)
    if first or d.month == 1:
        return month_year(d, lang)
    return month_label(d, lang)


def edit_format(lang: str | None = None) -> str:
    """The Qt display pattern for a date field that matches `short_date`."""
    return "yyyy年M月d日" if _lang(lang) == "ja" else "d MMM yyyy"


def edit_time_format(lang: str | None = None) -> str:
    """The Qt display pattern for a date-and-time field that matches `date_time`."""
    return "yyyy年M月d日 H:mm" if _lang(lang) == "ja" else "d MMM yyyy, HH:mm"


def edit_clock_format(lang: str | None = None) -> str:
    """The Qt display pattern for a time-of-day field that matches `time_of_day`."""
    return "H:mm" if _lang(lang) == "ja" else "HH:mm"


def weekday_name(index: int, short: bool = True, lang: str | None = None) -> str:
    """A weekday (0 = Monday): "Mon" / "月", or "Monday" / "月曜日"."""
    if _lang(lang) == "ja":
        return _WEEKDAYS_JA[index] + ("" if short else "曜日")
    return _WEEKDAYS[index][:3] if short else _WEEKDAYS[index]
