"""Demo words for the summary, in the demo's language, so a newcomer sees a whole page.

The person is invented; the words are what such a person might write.
"""

from __future__ import annotations

import random
from datetime import date
from typing import TYPE_CHECKING

from app import i18n
from app.progress import notes
from app.progress.models import SummaryNotes

if TYPE_CHECKING:
    from sqlite_utils import Database

_EN = SummaryNotes(
    name="M. (demo)",
    how_long="About three years, since I left college in my second year.",
    hard_for_me="Going out where people might see me, and phone calls. "
                "Most days I sleep until the afternoon.",
    living_with="My mother and my older sister. My cat Mochi.",
    help_wanted="Getting back to a regular day, and being able to go to the shop on my own.",
    treatment="None so far. I saw a school counsellor twice, years ago.",
    questions="Is this something people recover from?\n"
              "Could my sleep be part of the problem?\n"
              "Can my mother come to an appointment with me?",
)
_JA = SummaryNotes(
    name="M（デモ）",
    how_long="3年くらい。大学2年で通えなくなってから。",
    hard_for_me="人に見られそうな場所に出ること、電話。ほとんどの日、午後まで寝ています。",
    living_with="母と姉。猫のもち。",
    help_wanted="規則正しい一日に戻ること、ひとりでお店に行けるようになること。",
    treatment="これまではありません。何年か前に学校のカウンセラーに2回会いました。",
    questions="このような状態から回復する人はいますか？\n"
              "睡眠のリズムも関係していますか？\n"
              "母が受診に付き添ってもよいですか？",
)


def populate(db: Database, days: list[date], rng: random.Random) -> None:
    if not days:
        return
    notes.save(db, _JA if i18n.language() == "ja" else _EN)
