"""`ippo routine`: the anchors of a day and which are done, for scripts and tests.

Opens the data folder without a window, prints one line per anchor (and per
planned activity), and writes nothing but what opening the store always does.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date

from app import clock, paths
from app.cli_input import read_passphrase, say
from app.i18n import translate
from app.storefile import StoreProblem


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    routine = sub.add_parser("routine", parents=[common],
                             help="list a day's anchors and what is done")
    routine.add_argument("--date", metavar="YYYY-MM-DD",
                         help="the day to list (default: today)")
    routine.add_argument("--json", action="store_true", help="print JSON for scripts")


def _day(text: str | None) -> date | None:
    if not text:
        return clock.today()
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def long_date(day: date) -> str:
    return translate("RoutineCli", "{weekday}, {year}-{month:02d}-{day:02d}").format(
        weekday=weekday_name(day.weekday()), year=day.year, month=day.month, day=day.day)


def weekday_name(index: int) -> str:
    names = (translate("RoutineCli", "Monday"), translate("RoutineCli", "Tuesday"),
             translate("RoutineCli", "Wednesday"), translate("RoutineCli", "Thursday"),
             translate("RoutineCli", "Friday"), translate("RoutineCli", "Saturday"),
             translate("RoutineCli", "Sunday"))
    return names[index]


def cmd_routine(args: argparse.Namespace) -> int:
    from app.db import open_store  # lazy: database libraries load after the window's frame
    from app.routine import plans, service  # lazy: as above

    day = _day(args.date)
    if day is None:
        say(translate("RoutineCli", "Please give the date as year-month-day, like 2026-04-30."),
            error=True)
        return 2
    try:
        store = open_store(paths.resolve(args.data_dir), read_passphrase(args), create=False)
    except StoreProblem as problem:
        say(problem.user_message(), error=True)
        return 1
    try:
        anchors = service.day_anchors(store.db, day)
        planned = plans.plans_for(store.db, day)
    finally:
        store.close()
    if args.json:
        print(json.dumps({
            "date": day.isoformat(),
            "anchors": [{"id": a.anchor.id, "name": a.anchor.name,
                         "at": a.anchor.at.strftime("%H:%M"), "planned": a.planned,
                         "done": a.done,
                         "done_at": a.done_at.strftime("%H:%M") if a.done_at else None}
                        for a in anchors],
            "plans": [{"id": p.id, "what": p.what, "area": p.area, "status": p.status,
                       "enjoyment": p.enjoyment, "achievement": p.achievement}
                      for p in planned]}, ensure_ascii=False, indent=2))
        return 0
    say(translate("RoutineCli", "Anchors for {date}:").format(date=long_date(day)))
    if not anchors:
        say("  " + translate("RoutineCli", "No anchors for this day. You can set some on the "
                             "“My days” page."))
    for a in anchors:
        mark = "[x]" if a.done else "[ ]"
        line = f"  {mark} {a.anchor.at.strftime('%H:%M')}  {a.anchor.name}"
        if a.done and a.done_at is not None:
            line += "  " + translate("RoutineCli", "(done at {time})").format(
                time=a.done_at.strftime("%H:%M"))
        elif a.done:
            line += "  " + translate("RoutineCli", "(done)")
        say(line)
    if planned:
        say(translate("RoutineCli", "Planned activities:"))
        for p in planned:
            mark = {"done": "[x]", "not_done": "[-]"}.get(p.status, "[ ]")
            area = f"  ({p.area})" if p.area else ""
            say(f"  {mark} {p.what}{area}")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"routine": cmd_routine}
