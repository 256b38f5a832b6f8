"""The Japanese catalogues and content follow /work/shared/glossary-ja.md.

One word for each thing and one form (full-width brackets, 〜 ranges, no space
between a number and its unit, the mnemonic once at the end). This reads every
Japanese translation and every ``exercises/ja`` file and names each string that
strays, so a new string cannot quietly bring back an old word.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
JA = "[\u3001-\u303f\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]"

# Words the glossary says to avoid on screen (as patterns), with the word to use.
AVOID: dict[str, str] = {
    "はしご": "ステップ表",
    "挑戦": "練習",
    "チャレンジ": "練習",
    "考えのくせ": "考え方のくせ",
    "考えの記録": "思考記録",
    "睡眠の真ん中": "睡眠の中間時刻",
    # The verb しまう (put away) for archive; not the ending 〜てしまう.
    "(?<![てで])しま[うっいわえお]": "非表示にする",
    "使わなくし|使わなくす|使っていない": "記録をやめる",
    "コンピュータ": "パソコン",
    "ノート": "メモ",
    "Notes": "メモ",
    "わたし": "自分の",
    "私(?!たち)": "自分の",
    "あなた": "自分の",
    "つらいときのためのプラン": "つらい日のためのプラン",
    "外[すしさせそ]": "削除",
    "書かれていな|書かれていません": "お休みしています / ありません",
    "不利": "やり直しにはなりません",
}

# "ステップ" alone names neither the ladder (ステップ表) nor one step (段).
STEP_ALONE = re.compile(r"ステップ(?!表)")

# The few places an avoided word is right, as (pattern, a piece of the text):
EXCEPTIONS: set[tuple[str, str]] = {
    # 外す as "untick" a box is not "delete".
    ("外[すしさせそ]", "チェックを外す"),
    # Putting a dangerous object away and locking it is not "archive".
    ("(?<![てで])しま[うっいわえお]", "しまって鍵をかける"),
}

CHECKS: dict[str, re.Pattern[str]] = {
    "ASCII parentheses around Japanese": re.compile(r"\([^()]*" + JA + r"[^()]*\)"),
    # A shortcut hint after Japanese is （F1）; only the mnemonic (&S) and a
    # file-dialog filter (*.pdf) keep ASCII brackets.
    "ASCII brackets after Japanese text": re.compile(JA + r" *\((?![&*])"),
    "range without 〜": re.compile(r"\d\s*[-–—−]\s*\d"),
    "space between a number and its unit": re.compile(
        r"(?:\d|\}|%n)[ \u3000]+(?:%|％|分|日|人|回|件|時間|週|年|か月|ヶ月|段|晩|行|つ|文字)"
    ),
    # 気分（0〜10）(&M): is right; 気分 (0–10)(&M): is two ASCII pairs in a row.
    "two bracket groups before the mnemonic": re.compile(r"\)\s*\(&"),
    "ASCII colon in Japanese text": re.compile(JA + r"[)）]?:(?!//)"),
}


def _strings(node: object, where: str) -> Iterator[tuple[str, str, str]]:
    """Yield (place, English key or path, Japanese text) for every string."""
    if isinstance(node, str):
        yield where, where.rsplit("/", 1)[-1], node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _strings(value, f"{where}[{i}]")


def japanese_strings() -> list[tuple[str, str, str]]:
    found: list[tuple[str, str, str]] = []
    files = sorted((ROOT / "assets" / "translations" / "ja").glob("*.toml"))
    files += sorted((ROOT / "exercises" / "ja").glob("*.toml"))
    assert files, "no Japanese files found"
    for path in files:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        found.extend(_strings(data, path.relative_to(ROOT).as_posix()))
    for path in sorted((ROOT / "exercises" / "ja").glob("*.md")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            found.append((f"{path.relative_to(ROOT).as_posix()}:{n}", "", line))
    return found


def glossary_problems() -> list[str]:
    problems: list[str] = []
    for place, _source, text in japanese_strings():
        if not re.search(JA, text) and text != "Notes":
            continue
        for word, instead in AVOID.items():
            if not re.search(word, text):
                continue
            if any(w == word and piece in text for w, piece in EXCEPTIONS):
                continue
            problems.append(f"{place}: {word!r} (use {instead}): {text}")
        if "/MainWindow/" in place and text.startswith("考え") and "くせ" not in text:
            problems.append(f"{place}: the thought-record tab is 思考記録: {text}")
        if STEP_ALONE.search(text):
            problems.append(f"{place}: ステップ alone (ステップ表 or 段): {text}")
        for what, pattern in CHECKS.items():
            if pattern.search(text):
                problems.append(f"{place}: {what}: {text}")
    return problems


def test_japanese_follows_the_glossary() -> None:
    problems = glossary_problems()
    assert not problems, f"{len(problems)} strings stray from glossary-ja.md:\n" + "\n".join(
        problems
    )


def test_the_check_sees_what_it_should() -> None:
    """Each rule catches a sample of what it forbids and lets the right form pass."""
    assert CHECKS["ASCII parentheses around Japanese"].search("気分 (0〜10)")
    assert not CHECKS["ASCII parentheses around Japanese"].search("保存(&S)")
    assert CHECKS["ASCII brackets after Japanese text"].search("いま助けが必要 (F1)")
    assert not CHECKS["ASCII brackets after Japanese text"].search("PDF ファイル (*.pdf)")
    assert CHECKS["range without 〜"].search("0–10")
    assert not CHECKS["range without 〜"].search("0〜10")
    assert CHECKS["space between a number and its unit"].search("30 分")
    assert CHECKS["space between a number and its unit"].search("{n} %")
    assert not CHECKS["space between a number and its unit"].search("30分")
    assert CHECKS["two bracket groups before the mnemonic"].search("気分 (0–10)(&M):")
    assert not CHECKS["two bracket groups before the mnemonic"].search("気分（0〜10）(&M):")
    assert STEP_ALONE.search("次のステップ") and not STEP_ALONE.search("ステップ表")
