"""Read-only HTML of a plan (or part of it), for the versions viewer and "Need help now"."""

from __future__ import annotations

from datetime import datetime
from html import escape

from app import dates
from app.plan.models import WITH_DETAIL, Plan, section_title


def sections_html(plan: Plan, keys: tuple[str, ...] | list[str], empty_note: str = "") -> str:
    """One heading and list per section that has lines; `empty_note` if none has."""
    parts = []
    for key in keys:
        items = plan.items(key)
        if not items:
            continue
        parts.append(f"<h4>{escape(section_title(key))}</h4><ol>")
        for item in items:
            if key in WITH_DETAIL and item.detail:
                parts.append(f"<li><b>{escape(item.text)}</b> — {escape(item.detail)}</li>")
            else:
                parts.append(f"<li>{escape(item.text)}</li>")
        parts.append("</ol>")
    if not parts and empty_note:
        parts.append(f"<p>{escape(empty_note)}</p>")
    return "".join(parts)


def saved_when(saved_at: datetime) -> str:
    """A save time as people read it: the long date and the time."""
    return dates.long_date_time(saved_at.astimezone())
