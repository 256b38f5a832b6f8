"""Demo thought records: a few a month, fictional, in English or Japanese."""

from __future__ import annotations

import random
from datetime import date
from typing import TYPE_CHECKING

from app import clock
from app.i18n import language
from app.thoughts.service import step_choices

if TYPE_CHECKING:
    from sqlite_utils import Database

# (situation, place, people, thought, trap ids, evidence for, against, alternative, action)
SCENES = {
    "en": [
        ("A neighbour said good morning and I did not answer.", "Front door", "Neighbour",
         "She thinks I am strange.", ["mind_reading"], "She looked at me for a moment.",
         "She smiled and walked on. I was startled, not rude.",
         "I was surprised. She probably did not think much of it.", "Nod next time."),
        ("My mother asked if I had eaten lunch.", "Kitchen", "Mother",
         "She is disappointed in me.", ["mind_reading", "personalising_blaming"],
         "She sighed.", "She made my favourite soup afterwards.",
         "She asks because she cares. The sigh may have been about work.", ""),
        ("I planned to walk to the corner and only got to the gate.", "Garden gate", "Nobody",
         "I failed again. I will never get better.", ["all_or_nothing", "fortune_telling"],
         "I turned back early.", "Last month I could not open the door at all.",
         "Reaching the gate is a step. Tomorrow I can try again.", "Try the gate again tomorrow."),
        ("An old classmate posted photos from a trip.", "My room", "Online",
         "Everyone has a life except me.", ["overgeneralising", "labelling"],
         "I have not travelled in years.",
         "People post only their best days. I chat with two friends online.",
         "Some people are doing well; that does not make me worthless.", "Message one friend."),
        ("The clinic phoned to confirm my appointment.", "My room", "Receptionist",
         "If I go, I will freeze and embarrass myself.", ["fortune_telling", "catastrophising"],
         "My voice shook on the phone.", "I managed the whole call and she was kind.",
         "I may be nervous, and I can still go. The staff are used to nervous people.",
         "Write down what I want to say."),
        ("I slept until the afternoon.", "Bedroom", "Nobody",
         "I should be up early like normal people.", ["should_statements", "emotional_reasoning"],
         "I missed the morning again.",
         "I went to bed at 4 a.m., so I still slept a normal length.",
         "Moving bedtime a little earlier is a better goal than blaming myself.",
         "Lights off 30 minutes earlier tonight."),
        ("The delivery person had to wait while I found my slippers.", "Hallway", "Delivery person",
         "He was annoyed and it ruined his day.", ["catastrophising", "mental_filter"],
         "He checked his watch.", "He said thank you and have a nice day.",
         "He was busy, and it was a short wait.", ""),
    ],
    "ja": [
        ("近所の人にあいさつされたのに返事ができなかった。", "玄関", "近所の人",
         "変な人だと思われた。", ["mind_reading"], "相手は一瞬こちらを見た。",
         "相手はにこっとして行った。驚いただけで失礼ではない。",
         "驚いて間に合わなかっただけ。相手はたぶん気にしていない。", "次は会釈をする。"),
        ("母に昼ごはんを食べたか聞かれた。", "台所", "母",
         "がっかりされている。", ["mind_reading", "personalising_blaming"],
         "母がため息をついた。", "そのあと好きなスープを作ってくれた。",
         "心配して聞いてくれた。ため息は仕事のことかもしれない。", ""),
        ("角まで歩く予定が、門までしか行けなかった。", "門の前", "ひとり",
         "また失敗した。ずっと良くならない。", ["all_or_nothing", "fortune_telling"],
         "早めに引き返した。", "先月はドアを開けることもできなかった。",
         "門まで行けたのは一歩。明日もう一度やってみればいい。", "明日も門まで行く。"),
        ("昔の同級生が旅行の写真を載せていた。", "自分の部屋", "ネット",
         "自分以外はみんな充実している。", ["overgeneralising", "labelling"],
         "何年も旅行していない。", "人は良い日だけを載せる。ネットで話す友だちが二人いる。",
         "うまくいっている人もいるが、それで自分の価値は下がらない。",
         "友だちに一通メッセージを送る。"),
        ("病院から予約の確認の電話があった。", "自分の部屋", "受付の人",
         "行ったら固まって恥をかく。", ["fortune_telling", "catastrophising"],
         "電話で声がふるえた。", "最後まで話せたし、相手は親切だった。",
         "緊張はしても行ける。病院の人は緊張した人に慣れている。", "話したいことをメモに書く。"),
        ("昼過ぎまで寝てしまった。", "寝室", "ひとり",
         "普通の人みたいに早起きするべきだ。", ["should_statements", "emotional_reasoning"],
         "また朝を逃した。", "寝たのが朝4時なので、睡眠時間はふつう。",
         "自分を責めるより、寝る時間を少し早めるほうがいい。", "今夜は30分早く電気を消す。"),
        ("スリッパを探していて、配達の人を待たせた。", "廊下", "配達の人",
         "怒らせて一日を台無しにした。", ["catastrophising", "mental_filter"],
         "時計を見ていた。", "「ありがとうございます」と言ってくれた。",
         "忙しかっただけで、待たせたのは少しの時間。", ""),
    ],
}
MOODS = {"en": ["Anxious", "Ashamed", "Sad", "Frustrated"],
         "ja": ["不安", "恥ずかしい", "悲しい", "いらいら"]}


def _ladder_steps(db: Database) -> list[int]:
    if not db.table("ladder_steps").exists():
        return []
    return [sid for sid, _label in step_choices(db)]


def populate(db: Database, days: list[date], rng: random.Random) -> None:
    """About three records a month; newer ones a little calmer; one recent draft."""
    lang = language() if language() in SCENES else "en"
    scenes, mood_names = SCENES[lang], MOODS[lang]
    steps = _ladder_steps(db)
    chosen = sorted({d for d in days if rng.random() < 0.1})
    records, moods, thoughts, tags = [], [], [], []
    base_id = (db.execute("SELECT COALESCE(MAX(id), 0) FROM thought_records").fetchone()[0])
    thought_id = db.execute("SELECT COALESCE(MAX(id), 0) FROM thought_thoughts").fetchone()[0]
    now = clock.now().isoformat()
    for n, day in enumerate(chosen, start=1):
        rid = base_id + n
        scene = scenes[rng.randrange(len(scenes))]
        progress = n / max(1, len(chosen))  # 0 → 1 over the period: gentle improvement
        draft = n == len(chosen)
        records.append({
            "id": rid, "status": "draft" if draft else "done", "mode": "guided",
            "guided_step": 4 if draft else 0, "day": day.isoformat(), "situation": scene[0],
            "place": scene[1], "people": scene[2], "evidence_for": scene[5],
            "evidence_against": "" if draft else scene[6], "alternative": "" if draft else scene[7],
            "alternative_belief": None if draft else rng.randint(40, 75),
            "hot_belief_after": None if draft else rng.randint(25, 60), "action": scene[8],
            "notes": "", "step_id": rng.choice(steps) if steps and rng.random() < 0.35 else None,
            "attempt_id": None, "created_at": now, "updated_at": now})
        for pos, name in enumerate(rng.sample(mood_names, rng.randint(1, 3))):
            before = rng.randint(55, 90)
            drop = int(rng.randint(5, 25) + 20 * progress)
            moods.append({"record_id": rid, "position": pos, "name": name, "before": before,
                          "after": None if draft else max(5, before - drop)})
        thought_id += 1
        thoughts.append({"id": thought_id, "record_id": rid, "position": 0, "text": scene[3],
                         "belief": rng.randint(60, 95), "is_hot": 1})
        tags += [{"thought_id": thought_id, "trap_id": t} for t in scene[4]]
    db.table("thought_records").insert_all(records)
    db.table("thought_moods").insert_all(moods)
    db.table("thought_thoughts").insert_all(thoughts)
    db.table("thought_trap_tags").insert_all(tags)
