<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>Charts</name>
    <message>
        <source>no entry that week</source>
        <translation>記録のない週</translation>
    </message>
    <message>
        <source>0–10, weekly mean</source>
        <translation>0〜10、週平均</translation>
    </message>
    <message>
        <source>Went to bed</source>
        <translation>寝た時刻</translation>
    </message>
    <message>
        <source>Got up</source>
        <translation>起きた時刻</translation>
    </message>
    <message>
        <source>Time of day (earlier ↑)</source>
        <translation>時刻（上ほど早い）</translation>
    </message>
    <message>
        <source>Minutes a week</source>
        <translation>1週間の分数</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>段</translation>
    </message>
    <message>
        <source>Peak distress
0 calm, 100 worst</source>
        <translation>最大のつらさ
0＝平静、100＝最悪</translation>
    </message>
    <message>
        <source>Exposure practice (step 1 = easiest)</source>
        <translation>曝露練習（1段目＝最もやさしい）</translation>
    </message>
    <message>
        <source>Each exposure practice will show here, with the step it was on.</source>
        <translation>曝露練習をするたびに、その段と一緒にここに表示されます。</translation>
    </message>
    <message>
        <source>Your diary's weeks will show here once you have noted a few days.</source>
        <translation>日記を何日か書くと、週ごとの様子がここに表示されます。</translation>
    </message>
    <message>
        <source>A good start. A line appears here once a second week has something noted.</source>
        <translation>よいスタートです。2週目にも記録があると、ここに線が表示されます。</translation>
    </message>
    <message>
        <source>Nothing noted for this yet. A line appears once two weeks have it.</source>
        <translation>これはまだ記録がありません。2週間分の記録があると、線が表示されます。</translation>
    </message>
    <message>
        <source>Mood and anxiety by week</source>
        <translation>週ごとの気分と不安</translation>
    </message>
    <message>
        <source>Mood (0 lowest, 10 best)</source>
        <translation>気分（0 最も悪い、10 最も良い）</translation>
    </message>
    <message>
        <source>Anxiety (0 none, 10 worst)</source>
        <translation>不安（0 なし、10 最も強い）</translation>
    </message>
    <message>
        <source>a day noted</source>
        <translation>記録した日</translation>
    </message>
    <message>
        <source>Sum of the days noted</source>
        <translation>記録した日の合計</translation>
    </message>
    <message>
        <source>Minutes a week
(small numbers: days noted)</source>
        <translation>1週間の分数
（小さな数字：記録した日数）</translation>
    </message>
    <message>
        <source>Going to bed and getting up by week</source>
        <translation>週ごとの寝た時刻と起きた時刻</translation>
    </message>
    <message>
        <source>Minutes outside home by week</source>
        <translation>1週間に外で過ごした時間（分）</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>to</source>
        <translation>〜</translation>
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
    <name>ProgressCharts</name>
    <message>
        <source>Activities and mood</source>
        <translation>活動と気分</translation>
    </message>
    <message>
        <source>Feelings before and after thought records</source>
        <translation>思考記録の前と後の気持ち</translation>
    </message>
    <message>
        <source>Thinking traps noticed</source>
        <translation>気づいた考え方のくせ</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>あゆみ</translation>
    </message>
    <message>
        <source>&amp;Summary for an appointment…</source>
        <translation>受診のためのまとめ(&amp;S)…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>&amp;Blank worksheets</source>
        <translation>記入用紙(&amp;B)</translation>
    </message>
    <message>
        <source>Blank worksheets to print</source>
        <translation>印刷用の記入用紙</translation>
    </message>
    <message>
        <source>Exposure ladder…</source>
        <translation>ステップ表…</translation>
    </message>
    <message>
        <source>Thought record…</source>
        <translation>思考記録…</translation>
    </message>
    <message>
        <source>Plan for hard times…</source>
        <translation>つらい日のためのプラン…</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start}〜{end}</translation>
    </message>
    <message>
        <source>What you noted from {span}.</source>
        <translation>{span}に記録したことです。</translation>
    </message>
    <message>
        <source>Nothing was noted from {span}, and that is fine. The charts fill in as you use the diary, the ladder and thought records.</source>
        <translation>{span}の記録はありません。それでも大丈夫です。日記やステップ表、思考記録を使うと、グラフが少しずつ埋まっていきます。</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>My own words (the answers above)</source>
        <translation>自分の言葉（上に書いたこと）</translation>
    </message>
    <message>
        <source>Mood and anxiety</source>
        <translation>気分と不安</translation>
    </message>
    <message>
        <source>Sleep and bedtime</source>
        <translation>睡眠と就寝時刻</translation>
    </message>
    <message>
        <source>Time outside and face-to-face contacts</source>
        <translation>外で過ごした時間と対面での交流</translation>
    </message>
    <message>
        <source>Exposure ladder</source>
        <translation>ステップ表</translation>
    </message>
    <message>
        <source>Planned activities and waking time</source>
        <translation>予定した活動と起きる時刻</translation>
    </message>
    <message>
        <source>Practice exercises (breathing, grounding, rehearsals)</source>
        <translation>練習（呼吸・グラウンディング・会話のリハーサル）</translation>
    </message>
    <message>
        <source>Whether I have a plan, and signs noticed (no plan text)</source>
        <translation>プランの有無と見られたサイン（プランの中身はのせません）</translation>
    </message>
    <message>
        <source>Thought records and thinking traps (private)</source>
        <translation>思考記録と考え方のくせ（プライベート）</translation>
    </message>
    <message>
        <source>Warning signs from my plan (private)</source>
        <translation>つらい日のためのプランの注意サイン（プライベート）</translation>
    </message>
    <message>
        <source>Small charts</source>
        <translation>小さなグラフ</translation>
    </message>
    <message>
        <source>My questions for the appointment</source>
        <translation>受診で聞きたいこと</translation>
    </message>
    <message>
        <source>A second page: every attempt and every week</source>
        <translation>2ページ目：すべての練習と週ごとの記録</translation>
    </message>
    <message>
        <source>Summary for an appointment</source>
        <translation>受診のためのまとめ</translation>
    </message>
    <message>
        <source>This page is for you to bring to an appointment. Write as much or as little as you like; it is kept here for next time. Nothing private is printed unless you tick it.</source>
        <translation>受診のときに持っていくためのページです。書く量は自由です。書いたことは次回のために保存されます。プライベートな項目は、チェックを入れたときだけ印刷されます。</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>&amp;Name or initials:</source>
        <translation>名前またはイニシャル(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;How long it has been:</source>
        <translation>どのくらい続いているか(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;What is hardest for me:</source>
        <translation>いちばんつらいこと(&amp;W)：</translation>
    </message>
    <message>
        <source>Who I &amp;live with:</source>
        <translation>同居している人(&amp;L)：</translation>
    </message>
    <message>
        <source>What I would like h&amp;elp with:</source>
        <translation>手伝ってほしいこと(&amp;E)：</translation>
    </message>
    <message>
        <source>Treatment or support s&amp;o far:</source>
        <translation>これまでの治療や相談(&amp;O)：</translation>
    </message>
    <message>
        <source>One question on each line</source>
        <translation>1行に1つずつ質問を書きます</translation>
    </message>
    <message>
        <source>My &amp;questions:</source>
        <translation>聞きたいこと(&amp;Q)：</translation>
    </message>
    <message>
        <source>As usual where I live</source>
        <translation>住んでいる地域の標準</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>用紙(&amp;R)：</translation>
    </message>
    <message>
        <source>What to put on the page</source>
        <translation>ページにのせる項目</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>Prin&amp;t…</source>
        <translation>印刷(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF に保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Gathering the summary…</source>
        <translation>まとめを用意しています…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>プリンターに送りました。</translation>
    </message>
    <message>
        <source>appointment-summary.pdf</source>
        <translation>受診のためのまとめ.pdf</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>まとめを PDF に保存</translation>
    </message>
</context>
<context>
    <name>SummaryNotes</name>
    <message>
        <source>Please keep this to {n} characters so the page stays short.</source>
        <translation>ページが長くならないよう、{n}文字以内にしてください。</translation>
    </message>
    <message>
        <source>Please choose from the listed parts.</source>
        <translation>一覧にある項目から選んでください。</translation>
    </message>
</context>
<context>
    <name>WorksheetDialog</name>
    <message>
        <source>“{title}” as an empty page to print, so you can go on with pen and paper. Nothing from your notes is on it.</source>
        <translation>「{title}」を空欄のページとして印刷できます。紙とペンで続けるためのものです。自分の記録は何ものりません。</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>Prin&amp;t…</source>
        <translation>印刷(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF に保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>worksheet.pdf</source>
        <translation>記入用紙.pdf</translation>
    </message>
    <message>
        <source>Save the worksheet as PDF</source>
        <translation>記入用紙を PDF に保存</translation>
    </message>
</context>
</TS>