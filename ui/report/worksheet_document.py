"""Blank worksheets to print (ladder, thought record, plan), so practice can go on by pen."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QPageLayout

from ui.report.report_document import ReportDocument

KINDS = ("ladder", "thought", "plan")
RULED = ('border="1" cellspacing="0" cellpadding="5" width="100%" '
         'style="border-collapse: collapse; border-color: #666666;"')


# An empty cell tall enough to write in by hand (about 9 mm).
PEN = '<span style="font-size: 19pt;">&nbsp;</span>'


def _blank_rows(columns: int, rows: int) -> str:
    return ("<tr>" + f"<td>{PEN}</td>" * columns + "</tr>") * rows


class WorksheetDocument(ReportDocument):
    """`WorksheetDocument("ladder" | "thought" | "plan", layout)`; `title` names it."""

    def __init__(self, kind: str, layout: QPageLayout, parent: QObject | None = None) -> None:
        super().__init__(layout, parent)
        if kind not in KINDS:
            raise ValueError(kind)
        self.kind = kind
        build = {"ladder": self._ladder, "thought": self._thought, "plan": self._plan}[kind]
        self.title, parts = build()
        footer = self.paragraph(self.tr(
            "A blank page from Ippo, a self-help app. Fill it in at your own pace; "
            "you can copy it into Ippo later if you like."), "footer")
        self.set_body([self.heading(self.title, 1), *parts, footer], [], None)

    def _header_row(self, labels: list[str], widths: list[int]) -> str:
        cells = "".join(f'<td width="{w}%"><b>{t}</b></td>' for t, w in zip(labels, widths,
                                                                        strict=True))
        return f'<tr style="background-color: #eeeeee;">{cells}</tr>'

    def _ladder(self) -> tuple[str, list[str]]:
        title = self.tr("My exposure ladder")
        intro = self.paragraph(self.tr(
            "Write the steps from the easiest (1) to the hardest. Distress is 0 (calm) "
            "to 100 (the worst I can imagine)."))
        goal = self.paragraph(self.tr("My goal:") + " " + "_" * 60)
        steps = (f"<table {RULED}>"
                 + self._header_row([self.tr("Step"), self.tr("What I will do"),
                                     self.tr("Expected distress (0–100)"),
                                     self.tr("Done on")], [7, 58, 18, 17])
                 + "".join(f"<tr><td>{10 - i}</td><td>{PEN}</td><td></td><td></td></tr>"
                           for i in range(10)) + "</table>")
        log = (self.heading(self.tr("Practice log"), 2) + f"<table {RULED}>"
               + self._header_row([self.tr("Date"), self.tr("Step"), self.tr("Minutes"),
                                   self.tr("Distress before / peak / after"),
                                   self.tr("What I feared, and what happened")],
                                  [12, 8, 10, 22, 48])
               + _blank_rows(5, 8) + "</table>")
        return title, [intro, goal, steps, log]

    def _thought(self) -> tuple[str, list[str]]:
        title = self.tr("Thought record")
        rows = [
            (self.tr("Situation"), self.tr("Where was I, with whom, what happened?"), 5),
            (self.tr("Moods"), self.tr("What did I feel, and how strongly (0–100 %)?"), 4),
            (self.tr("Automatic thoughts"), self.tr(
                "What went through my mind? Circle the hot thought; how much do I believe "
                "it (0–100 %)?"), 6),
            (self.tr("Evidence for"), self.tr("What supports the hot thought?"), 6),
            (self.tr("Evidence against"), self.tr("What does not fit with it?"), 6),
            (self.tr("Balanced thought"), self.tr(
                "Another way to see it, and how much I believe it (0–100 %)"), 6),
            (self.tr("Moods now"), self.tr("Rate the same moods again (0–100 %)"), 4),
        ]
        body = "".join(f'<tr><td width="26%"><b>{name}</b><br/><span style="color:#444444;">'
                       f"{hint}</span></td><td>" + "<br/>" * lines + "</td></tr>"
                       for name, hint, lines in rows)
        date_line = self.paragraph(self.tr("Date:") + " " + "_" * 24)
        return title, [date_line, f"<table {RULED}>{body}</table>"]

    def _plan(self) -> tuple[str, list[str]]:
        """The safety plan's six steps in their order (Stanley & Brown 2012), then
        reasons for living, then the relapse-prevention parts."""
        title = self.tr("My plan for harder days")
        intro = self.paragraph(self.tr(
            "Start at step 1. If a step is not enough, go on to the next one."))
        emergency = self.paragraph(self.tr(
            "If I am in danger, or might hurt myself: my local emergency number {blank}"
        ).format(blank="_" * 16))
        crisis = self.paragraph(self.tr(
            "A crisis line I can call, or text or chat with if calling is too hard: {blank}"
        ).format(blank="_" * 24))
        steps = [
            (self.tr("1. My warning signs (thoughts, feelings, what I do or stop doing)"),
             False, 2),
            (self.tr("2. Things I can do on my own to get through it"), False, 2),
            (self.tr("3. People and places that take my mind off things"), False, 2),
            (self.tr("4. People I can ask for help"), True, 2),
            (self.tr("5. Professionals and crisis services"), True, 2),
            (self.tr("6. Making my surroundings safe (including putting anything I could "
                     "hurt myself with out of reach, or with someone I trust)"), False, 2),
            (self.tr("My reasons for living, and what matters to me"), False, 2),
            (self.tr("Risky situations and triggers"), False, 1),
            (self.tr("What I will do after a slip"), False, 1),
        ]
        reach = [self.tr("Who"), self.tr("How to reach them")]
        body = ""
        for heading, with_reach, rows in steps:
            body += (f'<tr style="background-color: #eeeeee;"><td colspan="2"><b>{heading}'
                     "</b></td></tr>")
            if with_reach:
                body += (f'<tr><td width="45%">{reach[0]}</td><td width="55%">{reach[1]}</td>'
                         "</tr>" + _blank_rows(2, rows))
            else:
                body += f'<tr><td colspan="2">{PEN}</td></tr>' * rows
        return title, [intro, emergency, crisis, f"<table {RULED}>{body}</table>"]
