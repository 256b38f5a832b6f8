"""The first-appointment summary laid out as a QTextDocument for one printed page."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate, QLocale, QObject
from PySide6.QtGui import QPageLayout

from app.progress.models import DiaryFigures, LadderFigures, PlanFigures, Summary, ThoughtFigures
from ui.report.report_document import ReportDocument

MAX_SIGNS = 6  # more would push the page onto a second sheet


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br/>")


class SummaryDocument(ReportDocument):
    """Build with `SummaryDocument(summary, layout)`, then print or save it."""

    def __init__(self, summary: Summary, layout: QPageLayout,
                 parent: QObject | None = None) -> None:
        super().__init__(layout, parent)
        self.summary = summary
        self.title = self.tr("Summary for my appointment")
        self._build()

    # -- helpers ---------------------------------------------------------------
    def _date(self, day: date) -> str:
        return QLocale().toString(QDate(day.year, day.month, day.day), self.tr("d MMM yyyy"))

    def _num(self, value: float | None, decimals: int = 1) -> str:
        if value is None:
            return self.tr("not noted")
        return QLocale().toString(float(value), "f", decimals)

    # -- content ---------------------------------------------------------------
    def _build(self) -> None:
        s = self.summary
        parts = [self._header(), self._words()]
        if s.is_empty:
            parts.append(self.paragraph(self.tr(
                "Nothing was noted in Ippo during this period, and that is all right. "
                "This page can still carry my own words and my questions."), "kind"))
        parts.append(self._figures())
        chart_at = len(parts)
        parts += [self._questions(), self._footer()]
        chart = self._chart() if s.has("charts") else None
        self.set_body(parts[:chart_at], parts[chart_at:], chart)

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
        if not self.summary.has("words") or not (n.hard_for_me or n.how_long):
            return ""
        rows = []
        if n.hard_for_me:
            rows.append((self.tr("What is hard for me"), _text(n.hard_for_me)))
        if n.how_long:
            rows.append((self.tr("How long it has been"), _text(n.how_long)))
        return self.heading(self.tr("In my own words"), 2) + self.table(rows)

    def _figures(self) -> str:
        s = self.summary
        rows: list[tuple[str, str]] = []
        if s.diary is not None:
            rows += self._diary_rows(s.diary)
        if s.has("ladder") and s.ladder is not None:
            rows += self._ladder_rows(s.ladder)
        if s.has("thoughts") and s.thoughts is not None:
            rows += self._thought_rows(s.thoughts)
        if s.has("plan") and s.plan is not None:
            rows += self._plan_rows(s.plan)
        if not rows:
            return ""
        return self.heading(self.tr("Key figures"), 2) + self.table(rows)

    def _diary_rows(self, d: DiaryFigures) -> list[tuple[str, str]]:
        s = self.summary
        rows = [(self.tr("Days with a diary entry"),
                 self.tr("{n} of {days} days").format(n=d.days_with_entry,
                                                      days=d.days_in_period))]
        if d.days_with_entry == 0:
            return rows
        if s.has("mood"):
            label = (self.tr("first two weeks {a}, last two weeks {b}") if d.compare_days == 14
                     else self.tr("first half {a}, second half {b}"))
            rows.append((self.tr("Mood (0–10, higher is better)"),
                         label.format(a=self._num(d.mood_first), b=self._num(d.mood_last))))
            rows.append((self.tr("Anxiety (0–10, higher is more)"),
                         label.format(a=self._num(d.anxiety_first),
                                      b=self._num(d.anxiety_last))))
        if s.has("sleep"):
            rows.append((self.tr("Sleep"), self.tr(
                "{hours} hours a night on average; typical bedtime {bedtime}").format(
                hours=self._num(d.sleep_hours), bedtime=d.bedtime or self.tr("not noted"))))
        if s.has("outside"):
            rows.append((self.tr("Time outside home"), self.tr(
                "{minutes} minutes a week on average; outside on %n days", "",
                d.days_outside).format(minutes=self._num(d.outside_per_week, 0))))
            rows.append((self.tr("Face-to-face contacts"), self.tr("{n} a week on average")
                         .format(n=self._num(d.face_contacts_per_week))))
        return rows

    def _ladder_rows(self, f: LadderFigures) -> list[tuple[str, str]]:
        if not f.ladders:
            return [(self.tr("Exposure ladder"), self.tr("No ladder practice in this period."))]
        rows = []
        for line in f.ladders:
            if line.highest_step is None:
                text = self.tr("{ladder}: not tried yet").format(ladder=_text(line.name))
            else:
                text = self.tr("{ladder}: highest step reached “{step}” (step {index} of "
                               "{steps}); %n attempts", "", line.attempts).format(
                    ladder=_text(line.name), step=_text(line.highest_step),
                    index=line.highest_index, steps=line.steps)
            rows.append((self.tr("Exposure ladder"), text))
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

    def _plan_rows(self, f: PlanFigures) -> list[tuple[str, str]]:
        if not f.exists:
            return [(self.tr("Relapse-prevention plan"), self.tr("Not written yet."))]
        shown = f.warning_signs[:MAX_SIGNS]
        signs = "<br/>".join("• " + _text(w) for w in shown) or self.tr(
            "The plan has no warning signs yet.")
        if len(f.warning_signs) > MAX_SIGNS:
            signs += "<br/>" + self.tr("and %n more in my plan", "",
                                       len(f.warning_signs) - MAX_SIGNS)
        return [(self.tr("My warning signs (from my plan)"), signs)]

    def _questions(self) -> str:
        lines = self.summary.notes.question_lines()
        if not self.summary.has("questions") or not lines:
            return ""
        items = "".join(f"<li>{_text(q)}</li>" for q in lines)
        return self.heading(self.tr("My questions for the appointment"), 2) + f"<ol>{items}</ol>"

    def _footer(self) -> str:
        return self.paragraph(self.tr(
            "I made this page myself with Ippo, a self-help app. It shows what I noted; "
            "it is not a diagnosis."), "footer")

    def _chart(self) -> tuple[bytes, float, float, str] | None:
        from app.progress.charts import summary_svg

        drawn = summary_svg(self.summary, self.content_width_points())
        if drawn is None:
            return None
        svg, w, h = drawn
        return svg, w, h, self.tr("Charts of the period")
