<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>Charts</name>
    <message>
        <source>Mood and anxiety (0–10, weekly average)</source>
        <translation>気分と不安（0〜10、週平均）</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>気分</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>不安</translation>
    </message>
    <message>
        <source>Hours of sleep (weekly average)</source>
        <translation>睡眠時間（週平均）</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>睡眠</translation>
    </message>
    <message>
        <source>Minutes outside home per week</source>
        <translation>週あたりの外出時間（分）</translation>
    </message>
    <message>
        <source>Minutes outside</source>
        <translation>外出（分）</translation>
    </message>
    <message>
        <source>Ladder practice: peak distress (0–100)</source>
        <translation>はしごの練習：最大のつらさ（0〜100）</translation>
    </message>
    <message>
        <source>Peak distress</source>
        <translation>最大のつらさ</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{month}{day}日</translation>
    </message>
    <message>
        <source>Nothing noted in this period</source>
        <translation>この期間の記録はありません</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>Last 4 weeks</source>
        <translation>最近4週間</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>最近3か月</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>最近6か月</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>最近1年</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>日付を選ぶ</translation>
    </message>
</context>
<context>
    <name>SummaryNotes</name>
    <message>
        <source>Please keep this to {n} characters so the page stays short.</source>
        <translation>ページが長くならないよう、{n} 文字以内にしてください。</translation>
    </message>
    <message>
        <source>Please choose from the listed parts.</source>
        <translation>一覧にある項目から選んでください。</translation>
    </message>
</context>
</TS>