"""Demo plan: an invented person's plan, revised twice, with two watchers switched on."""

from __future__ import annotations

import random
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from app import i18n
from app.plan import service
from app.plan.models import LATE_SLEEP, NO_OUTSIDE, PlanItem

if TYPE_CHECKING:
    from sqlite_utils import Database

_EN: dict[str, list[PlanItem | str]] = {
    "warning_signs": ["I skip my walk to the corner for three days",
                      "I sleep past noon most days", "I stop answering my sister"],
    "triggers": ["Relatives asking about work", "Gaming all night"],
    "alone": ["Slow breathing for two minutes", "Open the window and look out",
              "Write three lines in the diary"],
    "distract": ["Watch a series with my sister", "Sit on the front step"],
    "ask_help": [PlanItem("Mum, in the evening", "knock on her door")],
    "professionals": [PlanItem("Dr Aoki at the health centre (fictional)",
                               "phone, weekday mornings"),
                      PlanItem("The emergency number where I live", "if I am in danger")],
    "safe_surroundings": ["Ask Mum to keep my sleeping pills",
                          "Agree with Mum how she checks in on a very bad day"],
    "contacts": [PlanItem("Mum", "knock on her door"),
                 PlanItem("Ken (cousin)", "message on the phone")],
    "reasons": ["Walk to the shop on my own again", "Look after Mochi, my cat"],
    "practice": ["One ladder step a week", "Bed before 2 am"],
    "after_slip": ["A slip is not the end", "Go back one step and try again"],
}
_JA: dict[str, list[PlanItem | str]] = {
    "warning_signs": ["角までの散歩を3日休む", "ほとんどの日、昼過ぎまで寝ている",
                      "姉に返事をしなくなる"],
    "triggers": ["親戚に仕事のことを聞かれる", "ゲームで徹夜する"],
    "alone": ["2分間ゆっくり呼吸する", "窓を開けて外を眺める", "日記に3行書く"],
    "distract": ["姉とドラマを見る", "玄関先に座る"],
    "ask_help": [PlanItem("母に、夜に", "部屋をノック")],
    "professionals": [PlanItem("保健センターの青木先生（架空）", "電話、平日の午前"),
                      PlanItem("119番（救急）", "命の危険があるとき")],
    "safe_surroundings": ["睡眠薬を母に預かってもらう",
                          "とてもつらい日に母がどう様子を聞くか、決めておく"],
    "contacts": [PlanItem("母", "部屋をノック"),
                 PlanItem("健(いとこ)", "スマホでメッセージ")],
    "reasons": ["またひとりでお店まで歩きたい", "猫のもちの世話をしたい"],
    "practice": ["週に1つステップに取り組む", "2時までに布団に入る"],
    "after_slip": ["つまずいても終わりではない", "1つ戻ってもう一度やってみる"],
}


def populate(db: Database, days: list[date], rng: random.Random) -> None:
    if not days:
        return
    full = _JA if i18n.language() == "ja" else _EN
    # First version: only the beginning; later ones add to it.
    first = {k: v[:1] for k, v in full.items() if k in ("warning_signs", "alone", "reasons")}
    second = {k: v[:-1] if len(v) > 1 else v for k, v in full.items()}
    marks = [days[len(days) // 4], days[len(days) // 2], days[-min(len(days), 10)]]
    for sections, day in zip((first, second, full), marks, strict=True):
        at = datetime.combine(day, time(21, rng.randint(0, 59))).astimezone()
        service.save_plan(db, sections, saved_at=at)
    service.save_watcher(db, NO_OUTSIDE, enabled=True, days=4)
    service.save_watcher(db, LATE_SLEEP, enabled=True, days=3, later_than=time(4, 0))
