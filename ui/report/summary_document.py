"""The first-appointment summary laid out as a QTextDocument: one page, and a second if ticked.

Every number printed here comes from `app.progress.models.Summary`, the same
model the charts are drawn from; this module only words and lays it out.
"""

from __future__ import annotations

from datetime import date, time
from html import escape

from PySide6.QtCore import QLocale, QObject
from PySide6.QtGui import QPageLayout

from app import dates, i18n
from app.progress.diary_figures import clock_text
from app.progress.models import (
    DiaryFigures,
    LadderFigures,
    Measure,
    PlanFigures,
    PracticeFigures,
    Stretch,
    Summary,
    ThoughtFigures,
)
from app.progress.summary_charts import ROW_INCHES, chart_rows, ladder_glyph
from app.routine.plans import RoutineFigures
from ui.report.report_document import STYLE, ReportDocument

GAP = 2  # per cent of the page width between the detail tables' columns
MAX_SIGNS = 6  # more would push the page onto a second sheet
SUMMARY_PT = 9.0
TIGHTER = """
h1 { font-size: 14pt; }
h2 { font-size: 10.5pt; margin: 5pt 0 2pt 0; }
ol { margin-top: 0; margin-bottom: 2pt; }
li { margin-bottom: 0; }
td { padding: 1pt 5pt 1pt 0; }
p.rests { color: #333333; margin: 4pt 0 0 0; }
"""
# Japanese fonts carry a line gap of about 1.45 em against about 1.16 em for the Latin
# ones, so the same words in Japanese run a fifth longer and can push the charts off
# page one. Only then are the text lines drawn closer, to about the Latin spacing.
CJK_LINES = "td, li, p.rests, p.meta { line-height: 80%; }"


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br/>")


def _sentences(parts: list[str]) -> str:
    """Sentences one after another: a space after an English full stop, none after 。."""
    text = ""
    for part in parts:
        text += part if not text or text.endswith("。") else " " + part
    return text


class SummaryDocument(ReportDocument):
    """Build with `SummaryDocument(summary, layout)`, then print or save it."""

    def __init__(self, summary: Summary, layout: QPageLayout,
                 parent: QObject | None = None) -> None:
        super().__init__(layout, parent)
        # A little tighter than the worksheets, so words, figures and charts share one sheet.
        font = self.defaultFont()
        font.setPointSizeF(SUMMARY_PT)
        self.setDefaultFont(font)
        self.setDefaultStyleSheet(STYLE + TIGHTER)
        self.summary = summary
        self.title = self.tr("Summary for my appointment")
        self._build()

    # -- helpers ---------------------------------------------------------------
    def _date(self, day: date) -> str:
        return dates.short_date(day)

    def _short(self, day: date) -> str:
        return dates.day_month(day)

    def _num(self, value: float | None, decimals: int = 1) -> str:
        if value is None:
            return self.tr("not noted")
        return QLocale().toString(float(value), "f", decimals)

    def _days_noted(self, n: int) -> str:
        return self.tr("%n days noted", "", n)

    # -- content ---------------------------------------------------------------
    def _build(self) -> None:
        s = self.summary
        parts = [self._header(), self._words(), self._questions()]
        if s.is_empty:
            parts.append(self.paragraph(self.tr(
                "Nothing was noted in Ippo during this period, and that is all right. "
                "This page can still carry my own words and my questions."), "kind"))
        else:
            parts.append(self._rests_on())
        parts.append(self._figures())
        chart_at = len(parts)
        parts.append(self._footer())
        if s.has("detail") and not s.is_empty:
            parts.append(self._detail())
        if not s.has("charts"):
            self.set_body(parts[:chart_at], parts[chart_at:], None)
            return
        # Lay the words out first, then give the charts the room left on page one.
        self.set_body(parts[:chart_at], parts[chart_at:chart_at + 1], None)
        room = self._room_points()
        if room < self._charts_need_points() and i18n.language() == "ja":
            self.setDefaultStyleSheet(STYLE + TIGHTER + CJK_LINES)
            self.set_body(parts[:chart_at], parts[chart_at:chart_at + 1], None)
            room = self._room_points()
        self.set_body(parts[:chart_at], parts[chart_at:], self._chart(room))

    def _charts_need_points(self) -> float:
        """The least height the charts can take and stay readable."""
        return chart_rows(self.summary) * ROW_INCHES[0] * 72.0

    def _room_points(self) -> float:
        """Height in points left on the first page below the text (0 if it is full)."""
        page = self.pageSize().height()
        used = self.documentLayout().documentSize().height()
        spare = page - used - page * 0.02 if self.pageCount() == 1 else 0.0
        return max(0.0, spare) * self.content_width_points() / self.pageSize().width()

    def _header(self) -> str:
        s = self.summary
        lines = [self.heading(self.title, 1)]
        meta = []
        if s.notes.name:
            meta.append(self.tr("Name or initials: {name}").format(name=_text(s.notes.name)))
        meta.append(self.tr("Period: {start} to {end} ({days} days)").format(
            start=self._date(s.period.start), end=self._date(s.period.end), days=s.period.days))
        meta.append(self.tr("Made on {day}").format(day=self._date(s.made_on)))
        lines.append(self.paragraph(" &nbsp;·&nbsp; ".join(meta), "meta"))
        return "".join(lines)

    def _words(self) -> str:
        n = self.summary.notes
        if not self.summary.has("words"):
            return ""
        rows = [(label, _text(value)) for label, value in (
            (self.tr("How long it has been"), n.how_long),
            (self.tr("What is hardest for me"), n.hard_for_me),
            (self.tr("Who I live with"), n.living_with),
            (self.tr("What I would like help with"), n.help_wanted),
            (self.tr("Treatment or support so far"), n.treatment)) if value]
        if not rows:
            return ""
        return self.heading(self.tr("In my own words"), 2) + self.table(rows)

    def _questions(self) -> str:
        lines = self.summary.notes.question_lines()
        if not self.summary.has("questions") or not lines:
            return ""
        items = "".join(f"<li>{_text(q)}</li>" for q in lines)
        return self.heading(self.tr("My questions for the appointment"), 2) + f"<ol>{items}</ol>"

    def _rests_on(self) -> str:
        """What the figures rest on: days noted, how weeks are counted, what is left out."""
        d = self.summary.diary
        if d is None:
            return ""
        said = [self.tr("Diary entries on {n} of {days} days. Figures use the days noted "
                        "only; a day without an entry counts as unknown, not as zero.").format(
            n=d.days_with_entry, days=d.days_in_period)]
        if d.weeks:
            said.append(self.tr("Weeks are seven days counted back from {end}.").format(
                end=self._date(self.summary.period.end)))
        if d.left_out_days and d.weeks:
            said.append(self.tr("The first %n days, less than a whole week, are not in the "
                                "weekly charts.", "", d.left_out_days))
        if d.days_with_entry and len([w for w in d.weeks if w.days_noted]) < 2:
            said.append(self.tr("There is too little for weekly charts: they need entries "
                                "in at least two weeks."))
        text = _sentences(said)
        return self.paragraph(text, "rests")

    def _figures(self) -> str:
        s = self.summary
        out = ""
        if s.diary is not None and s.diary.days_with_entry:
            out += self._compare(s.diary)
        rows: list[tuple[str, str]] = []
        if s.has("ladder") and s.ladder is not None:
            rows += self._ladder_rows(s.ladder)
        if s.has("routine") and s.routine is not None:
            rows += self._routine_rows(s.routine)
        if s.has("practice") and s.practice is not None:
            rows += self._practice_rows(s.practice)
        if s.has("plan_facts") or s.has("plan"):
            rows += self._plan_rows(s.plan)
        if s.has("thoughts") and s.thoughts is not None:
            rows += self._thought_rows(s.thoughts)
        if rows:
            out += self.heading(self.tr("Practice and plan"), 2) + self.table(rows)
        return out

    # -- at the start against now ------------------------------------------------
    def _cell(self, m: Measure, text: str) -> str:
        if m.value is None:
            return self.tr("not noted")
        return self.tr("{value} ({noted})").format(value=text, noted=self._days_noted(m.days))

    def _compare_rows(self, a: Stretch, b: Stretch) -> list[tuple[str, str, str]]:
        s, rows = self.summary, []

        def row(label: str, get: str, fmt: object) -> None:
            ma, mb = getattr(a, get), getattr(b, get)
            rows.append((label, self._cell(ma, fmt(ma.value) if ma.value is not None else ""),
                         self._cell(mb, fmt(mb.value) if mb.value is not None else "")))

        one = self._num
        if s.has("mood"):
            row(self.tr("Mood (0–10, 10 = best)"), "mood", one)
            row(self.tr("Anxiety (0–10, 10 = worst)"), "anxiety", one)
        if s.has("sleep"):
            row(self.tr("Went to bed (mean)"), "bed_hour", clock_text)
            row(self.tr("Got up (mean)"), "wake_hour", clock_text)
            row(self.tr("Hours asleep (mean)"), "sleep_hours",
                lambda v: self.tr("{n} h").format(n=self._num(v)))
        if s.has("outside"):
            row(self.tr("Minutes outside home, a day"), "outside_minutes",
                lambda v: self.tr("{n} min").format(n=self._num(v, 0)))
            row(self.tr("People met face to face, a day"), "contacts", one)
        return rows

    def _compare(self, d: DiaryFigures) -> str:
        if d.at_start is None or d.now is None:
            return ""
        rows = self._compare_rows(d.at_start, d.now)
        if not rows:
            return ""

        def head(label: str, st: Stretch) -> str:
            return self.tr("{label}<br/>{start} – {end}, {noted}").format(
                label=label, start=self._short(st.start), end=self._short(st.end),
                noted=self._days_noted(st.days_noted))

        first, now = head(self.tr("At the start"), d.at_start), head(self.tr("Now"), d.now)
        header = (f'<tr><td class="label" width="34%"></td><td class="label">{first}</td>'
                  f'<td class="label">{now}</td></tr>')
        body = "".join(f'<tr><td class="label" width="34%">{a}</td><td>{b}</td><td>{c}</td></tr>'
                       for a, b, c in rows)
        out = (self.heading(self.tr("At the start and now"), 2)
               + f'<table width="100%" cellspacing="0" cellpadding="1">{header}{body}</table>')
        if self.summary.has("outside") and d.weeks:
            last = d.weeks[-1]
            minutes = (self.tr("not noted") if last.outside_minutes is None else self.tr(
                "{n} min, {noted}").format(n=last.outside_minutes,
                                          noted=self._days_noted(last.outside_days)))
            out += self.paragraph(self.tr(
                "Minutes outside home in the last week ({start} – {end}): {minutes}.").format(
                start=self._short(last.start), end=self._short(last.end), minutes=minutes))
        return out

    # -- ladder, plan, thoughts ------------------------------------------------
    def _ladder_rows(self, f: LadderFigures) -> list[tuple[str, str]]:
        label = self.tr("Graded exposure")
        if not f.ladders:
            return [(label, self.tr("No exposure practice was noted in this period."))]
        rows = []
        for i, line in enumerate(f.ladders):
            text = self.tr("{ladder}: highest step practised “{step}” (step {index} of {steps}); "
                           "%n attempts in this period", "", line.attempts).format(
                ladder=_text(line.name), step=_text(line.highest_title or ""),
                index=line.highest_practised, steps=len(line.steps))
            rows.append((label if i == 0 else "", ladder_glyph(i) + " " + text))
        return rows

    def _routine_rows(self, f: RoutineFigures) -> list[tuple[str, str]]:
        """Planned activities against done, and waking regularity; rows only for what is there."""
        rows = []
        if f.planned:
            rows.append((self.tr("Planned activities"), self.tr(
                "{done} of {planned} planned activities happened (noted in the diary)").format(
                done=f.done, planned=f.planned)))
        if f.wake_typical is not None:
            typical = dates.time_of_day(time(f.wake_typical // 60, f.wake_typical % 60))
            rows.append((self.tr("Waking time"), self.tr(
                "Usually about {time}; on {near} of {days} days noted, within an hour of it")
                .format(time=typical, near=f.wake_near, days=f.wake_days)))
        return rows

    def _practice_rows(self, f: PracticeFigures) -> list[tuple[str, str]]:
        label = self.tr("Practice exercises")
        if not f.times:
            return [(label, self.tr("No exercises were noted in this period."))]
        parts = []
        for kind, n in f.by_kind:
            if kind == "breathing":
                parts.append(self.tr("paced breathing: %n", "", n))
            elif kind == "grounding":
                parts.append(self.tr("grounding: %n", "", n))
            else:
                parts.append(self.tr("conversation rehearsals: %n", "", n))
        text = self.tr("%n times, {minutes} minutes, in {weeks} of {total} weeks", "",
                       f.times).format(minutes=f.minutes, weeks=f.weeks_with, total=f.weeks)
        return [(label, self.tr("{total} ({parts})").format(
            total=text, parts=self.tr(", ").join(parts)))]

    def _watch_name(self, kind: str) -> str:
        return {
            "no_outside": self.tr("no time outside for some days"),
            "no_attempt": self.tr("no exposure practice for some days"),
            "mood_drop": self.tr("mood lower than the two weeks before"),
            "late_sleep": self.tr("sleep later than my set time"),
            "no_diary": self.tr("no diary entry for some days"),
        }.get(kind, kind)

    def _plan_rows(self, f: PlanFigures | None) -> list[tuple[str, str]]:
        label = self.tr("Relapse-prevention plan")
        if f is None or not f.exists:
            return [(label, self.tr("Not written yet."))]
        text = self.tr("I have a plan; last changed {day}.").format(
            day=self._date(f.last_changed)) if f.last_changed else self.tr("I have a plan.")
        if not f.watched:
            text += "<br/>" + self.tr("Ippo is not watching for warning signs.")
        elif not f.noticed:
            text += "<br/>" + self.tr("Signs Ippo watched for did not show in this period.")
        for n in f.noticed:
            when = (self._short(n.first) if n.first == n.last else self.tr(
                "{first} – {last}").format(first=self._short(n.first), last=self._short(n.last)))
            # A count of days the sign was showing, each judged from the days before
            # it, not of days the thing itself happened: said so, or it misleads.
            text += "<br/>" + self.tr(
                "Noticed: {sign}. The sign was showing on %n days ({when}); each day "
                "is judged from the days before it.", "", n.days).format(
                sign=self._watch_name(n.kind), when=when)
        rows = [(label, text)]
        if self.summary.has("plan"):
            shown = f.warning_signs[:MAX_SIGNS]
            signs = "<br/>".join("• " + _text(w) for w in shown) or self.tr(
                "The plan has no warning signs yet.")
            if len(f.warning_signs) > MAX_SIGNS:
                signs += "<br/>" + self.tr("and %n more in my plan", "",
                                           len(f.warning_signs) - MAX_SIGNS)
            rows.append((self.tr("My warning signs (from my plan)"), signs))
        return rows

    def _thought_rows(self, f: ThoughtFigures) -> list[tuple[str, str]]:
        text = self.tr("%n thought records", "", f.records)
        if f.traps:
            traps = self.tr(", ").join(
                self.tr("{trap} ({n})").format(trap=_text(t), n=c) for t, c in f.traps)
            text += "<br/>" + self.tr("Most frequent thinking traps: {traps}").format(traps=traps)
        if f.mood_before is not None and f.mood_after is not None:
            text += "<br/>" + self.tr(
                "Strength of the feeling before {a}%, after {b}% (average)").format(
                a=self._num(f.mood_before, 0), b=self._num(f.mood_after, 0))
        return [(self.tr("Thought records"), text)]

    # -- page two --------------------------------------------------------------
    def _detail(self) -> str:
        s = self.summary
        out = ('<div style="page-break-before: always"></div>'
               + self.heading(self.tr("Detail: every attempt and every week"), 1))
        if s.ladder is not None and s.ladder.ladders:
            out += self._attempt_tables(s.ladder)
        if s.diary is not None and s.diary.weeks:
            out += self._week_table(s.diary)
        return out

    def _grid(self, head: list[str], rows: list[list[str]], widths: list[int]) -> str:
        # An empty column of GAP % between columns, so that a wrapped heading never
        # runs into the next one (Qt's rich text ignores a table cell's own padding).
        spacer = f'<td width="{GAP}%"></td>'
        top = spacer.join(f'<td class="label" width="{w - GAP}%">{h}</td>'
                          for h, w in zip(head, widths, strict=True))
        body = "".join("<tr>" + spacer.join(f"<td>{c}</td>" for c in r) + "</tr>"
                       for r in rows)
        return (f'<table width="100%" cellspacing="0" cellpadding="2"><tr>{top}</tr>{body}'
                "</table>")

    def _attempt_tables(self, f: LadderFigures) -> str:
        out = ""
        dash = self.tr("–")
        for i, line in enumerate(f.ladders):
            out += self.heading(self.tr("Exposure hierarchy: {ladder}").format(
                ladder=_text(line.name)), 2)
            rows = []
            for p in (p for p in f.points if p.ladder == i):
                suds = " / ".join(dash if v is None else str(v)
                                  for v in (p.suds_before, p.suds_peak, p.suds_after))
                like = self.tr("{a}% → {b}%").format(
                    a=dash if p.likelihood_before is None else p.likelihood_before,
                    b=dash if p.likelihood_after is None else p.likelihood_after)
                rows.append([self._short(p.when.date()),
                             self.tr("{n}. {title}").format(n=p.step,
                                                            title=_text(p.step_title)),
                             suds, like])
            out += self._grid([self.tr("Day"), self.tr("Step"),
                               self.tr("Distress before / peak / after (0–100)"),
                               self.tr("Feared outcome, how likely: before → after")], rows,
                              [10, 28, 30, 32])
        return out

    def _week_table(self, d: DiaryFigures) -> str:
        rows = []
        for w in d.weeks:
            outside = (self.tr("not noted") if w.outside_minutes is None else self.tr(
                "{n} min, {noted}").format(n=w.outside_minutes,
                                          noted=self._days_noted(w.outside_days)))
            contacts = (self.tr("not noted") if w.contacts is None else self.tr(
                "{n}, {noted}").format(n=w.contacts, noted=self._days_noted(w.contacts_days)))
            rows.append([self.tr("{start} – {end}").format(start=self._short(w.start),
                                                           end=self._short(w.end)),
                         str(w.days_noted), outside, contacts, str(w.thought_records)])
        return self.heading(self.tr("Week by week"), 2) + self._grid(
            [self.tr("Week"), self.tr("Days noted"), self.tr("Minutes outside home"),
             self.tr("People met face to face"), self.tr("Thought records")], rows,
            [19, 14, 25, 25, 17])

    def _footer(self) -> str:
        return self.paragraph(self.tr(
            "I made this page myself with Ippo, a self-help app. It shows what I noted; "
            "it is not a diagnosis."), "footer")

    def _chart(self, room_pt: float) -> tuple[bytes, float, float, str] | None:
        # lazy: matplotlib loads only when the summary draws charts
        from app.progress.summary_charts import summary_svg

        drawn = summary_svg(self.summary, self.content_width_points(), room_pt)
        if drawn is None:
            return None
        svg, w, h = drawn
        return svg, w, h, self.tr("Charts of the period")
