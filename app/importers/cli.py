"""`ippo import-from daylio|loop|csv|auto FILE`: preview (--dry-run) or bring in.

    ippo import-from daylio export.csv --dry-run
    ippo import-from daylio export.csv --mood "super=10" --mood "so-so=5"
    ippo import-from csv moods.csv --column mood=Feeling --scale mood=1-5
    ippo import-from loop Loop.zip --loop-as anchors --anchor-time 08:30 --dry-run
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import replace
from datetime import time
from pathlib import Path
from typing import TYPE_CHECKING

from app import dates, paths
from app.cli_input import read_passphrase, say
from app.i18n import translate
from app.importers.choices import ANCHOR_AT, AS_ACTIVITIES, LOOP_AS
from app.storefile import StoreProblem

if TYPE_CHECKING:
    from app.importers.model import Options, Preview
    from app.importers.service import Plan

CONTEXT = "ImportersCli"
PREVIEW_DAYS = 5


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("import-from", parents=[common],
                       help="bring in diary days from Daylio, Loop Habit Tracker or a CSV")
    p.add_argument("kind", choices=["auto", "daylio", "loop", "csv"])
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dry-run", action="store_true",
                   help="show what would be added; change nothing")
    p.add_argument("--mood", action="append", default=[], metavar="LABEL=0..10",
                   help="Daylio: the Ippo mood for one of your mood names")
    p.add_argument("--column", action="append", default=[], metavar="FIELD=COLUMN",
                   help="CSV: day, mood, anxiety, bedtime, waketime, minutes_outside, note")
    p.add_argument("--scale", action="append", default=[], metavar="FIELD=LOW-HIGH",
                   help="CSV: the scale of mood or anxiety in the file, e.g. mood=1-5")
    p.add_argument("--date-format", metavar="FORMAT", help="CSV: e.g. %%d/%%m/%%Y")
    p.add_argument("--loop-as", choices=list(LOOP_AS), default=AS_ACTIVITIES,
                   help="Loop: habits become diary activities (default) or routine anchors")
    p.add_argument("--anchor-time", metavar="HH:MM", default=ANCHOR_AT.strftime("%H:%M"),
                   help="Loop as anchors: the anchors' time of day (default 09:00)")
    p.add_argument("--duplicates", choices=["mine", "theirs", "both"], default="mine",
                   help="days already in the diary: keep mine (default), take theirs, or both")


def _pairs(values: list[str]) -> dict[str, str]:
    out = {}
    for value in values:
        key, sep, rest = value.rpartition("=")
        if not sep or not key.strip():
            raise ValueError(value)
        out[key.strip()] = rest.strip()
    return out


def _options(args: argparse.Namespace) -> Options:
    from app.importers.model import Options  # lazy: no importer code to build the parser

    moods: dict[str, int | None] = {}
    for label, value in _pairs(args.mood).items():
        moods[label] = None if value in ("", "-") else int(value)
    scales = {}
    for field, value in _pairs(args.scale).items():
        low, _sep, high = value.partition("-")
        scales[field] = (float(low), float(high))
    return Options(mood_map=moods, columns=_pairs(args.column), scales=scales,
                   date_format=args.date_format, loop_as=args.loop_as,
                   anchor_at=time.fromisoformat(args.anchor_time).replace(second=0))


def cmd_import_from(args: argparse.Namespace) -> int:
    from app.db import open_store  # lazy: database libraries load after the window's frame
    from app.importers.daylio import with_suggestions  # lazy: every importer loads only here
    from app.importers.model import ImportProblem  # lazy: as above
    from app.importers.registry import read_file  # lazy: as above
    from app.importers.service import import_into, plan  # lazy: as above
    from app.importers.table import encoding_label  # lazy: as above

    try:
        options = _options(args)
    except ValueError:
        say(translate("ImportersCli", "Please write --mood LABEL=NUMBER, --column FIELD=COLUMN, "
                      "--scale FIELD=LOW-HIGH and --anchor-time HH:MM."), error=True)
        return 2
    kind = None if args.kind == "auto" else args.kind
    try:
        importer, preview = read_file(Path(args.file), kind, options)
        if preview.labels:
            options = replace(options, mood_map=with_suggestions(
                preview.labels, dict(options.mood_map)))
            importer, preview = read_file(Path(args.file), importer.kind, options)
    except ImportProblem as problem:
        say(problem.user_message(), error=True)
        return 1
    try:
        store = open_store(paths.resolve(args.data_dir), read_passphrase(args),
                           create=not args.dry_run)
    except StoreProblem as problem:
        if not (args.dry_run and problem.kind == StoreProblem.MISSING):
            say(problem.user_message(), error=True)
            return 1
        store = None
    try:
        the_plan = plan(store.db if store else None, preview)
        if preview.anchors:
            _say_anchors(preview, the_plan)
        else:
            say(translate("ImportersCli", "{rows} rows read ({encoding}); {days} diary days: "
                      "{new} new, {dups} already in your diary.").format(
                rows=preview.rows, encoding=encoding_label(preview.encoding),
                days=len(preview.days), new=len(the_plan.new), dups=len(the_plan.duplicates)))
        for label in preview.labels:
            value = options.mood_map.get(label)
            say(translate("ImportersCli", "Mood “{label}” → {value}").format(
                label=label, value="?" if value is None else value))
        for day in preview.days[:PREVIEW_DAYS]:
            say(f"  {day.day.isoformat()}  {'' if day.mood is None else day.mood}  "
                f"{', '.join(day.activities)}")
        for issue in preview.issues[:20]:
            say(issue.text(), error=True)
        if len(preview.issues) > 20:
            say(translate("ImportersCli", "… and {n} more lines left out or changed.").format(
                n=len(preview.issues) - 20), error=True)
        if the_plan.problem:
            say(the_plan.problem, error=True)
            return 1
        if preview.unmapped:
            say(translate("ImportersCli", "Please give each of these mood names an Ippo mood with "
                          "--mood: {labels}").format(labels=", ".join(preview.unmapped)),
                error=True)
            return 2
        if args.dry_run:
            say(translate("ImportersCli", "Dry run: nothing was changed."))
            return 0
        assert store is not None
        result = import_into(store, preview, args.duplicates)
    except (ImportProblem, StoreProblem) as problem:
        say(problem.user_message(), error=True)
        return 1
    finally:
        if store is not None:
            store.close()
    say(result.user_message())
    return 0


def _say_anchors(preview: Preview, the_plan: Plan) -> None:
    from app.importers.table import encoding_label  # lazy: as in cmd_import_from

    bring = the_plan.anchors
    say(translate("ImportersCli", "{rows} rows read ({encoding}). Habits as routine anchors at "
                  "{time}: {anchors} (new: {new}, already there: {reused}). Days to tick: "
                  "{ticks}.").format(
        rows=preview.rows, encoding=encoding_label(preview.encoding),
        anchors=len(preview.anchors), time=dates.time_of_day(preview.anchors[0].at),
        new=len(bring.new) if bring else 0, reused=len(bring.reused) if bring else 0,
        ticks=bring.ticks if bring else 0))
    for anchor in preview.anchors[:PREVIEW_DAYS]:
        say(f"  {anchor.name}  {len(anchor.days)}")


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"import-from": cmd_import_from}
