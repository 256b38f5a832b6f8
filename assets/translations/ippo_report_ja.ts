<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>ReportCli</name>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} に書き込めませんでした：{reason}</translation>
    </message>
    <message>
        <source>Worksheet written to {path}.</source>
        <translation>記入用紙を {path} に保存しました。</translation>
    </message>
    <message>
        <source>Unknown section: {names}. Choose from: {choices}.</source>
        <translation>不明な項目です：{names}。次から選んでください：{choices}。</translation>
    </message>
    <message>
        <source>Summary written to {path}.</source>
        <translation>まとめを {path} に保存しました。</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {reason}</source>
        <translation>PDF を保存できませんでした：{reason}</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>{path} に保存しました。</translation>
    </message>
</context>
<context>
    <name>SummaryDocument</name>
    <message>
        <source>not noted</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>Nothing was noted in Ippo during this period, and that is all right. This page can still carry my own words and my questions.</source>
        <translation>この期間、Ippo への記録はありませんでした。それでも大丈夫です。このページには、自分の言葉と質問をのせることができます。</translation>
    </message>
    <message>
        <source>Summary for my appointment</source>
        <translation>受診のためのまとめ</translation>
    </message>
    <message>
        <source>Name or initials: {name}</source>
        <translation>名前またはイニシャル：{name}</translation>
    </message>
    <message>
        <source>Period: {start} to {end} ({days} days)</source>
        <translation>期間：{start}〜{end}（{days}日間）</translation>
    </message>
    <message>
        <source>Made on {day}</source>
        <translation>作成日：{day}</translation>
    </message>
    <message>
        <source>How long it has been</source>
        <translation>どのくらい続いているか</translation>
    </message>
    <message>
        <source>In my own words</source>
        <translation>自分の言葉で</translation>
    </message>
    <message numerus="yes">
        <source>%n thought records</source>
        <translation>
            <numerusform>思考記録表%n件</numerusform></translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{trap} ({n})</source>
        <translation>{trap}（{n}）</translation>
    </message>
    <message>
        <source>Most frequent thinking traps: {traps}</source>
        <translation>よく出た考え方のくせ（認知の歪み）：{traps}</translation>
    </message>
    <message>
        <source>Strength of the feeling before {a}%, after {b}% (average)</source>
        <translation>気持ちの強さ：記録の前{a}%、後{b}%（平均）</translation>
    </message>
    <message>
        <source>Thought records</source>
        <translation>思考記録表</translation>
    </message>
    <message>
        <source>Relapse-prevention plan</source>
        <translation>再発予防プラン（つらい日のためのプラン）</translation>
    </message>
    <message numerus="yes">
        <source>%n days noted</source>
        <translation>
            <numerusform>記録%n日</numerusform></translation>
    </message>
    <message>
        <source>What is hardest for me</source>
        <translation>いちばんつらいこと</translation>
    </message>
    <message>
        <source>Who I live with</source>
        <translation>同居している人</translation>
    </message>
    <message>
        <source>What I would like help with</source>
        <translation>手伝ってほしいこと</translation>
    </message>
    <message>
        <source>Treatment or support so far</source>
        <translation>これまでの治療や相談</translation>
    </message>
    <message>
        <source>Diary entries on {n} of {days} days. Figures use the days noted only; a day without an entry counts as unknown, not as zero.</source>
        <translation>日記の記録：{days}日中{n}日。数字は記録した日だけから出しています。記録のない日は「わからない」として扱い、0とはしていません。</translation>
    </message>
    <message>
        <source>Weeks are seven days counted back from {end}.</source>
        <translation>週は{end}からさかのぼった7日ずつです。</translation>
    </message>
    <message numerus="yes">
        <source>The first %n days, less than a whole week, are not in the weekly charts.</source>
        <translation>
            <numerusform>最初の%n日は1週間に満たないため、週ごとのグラフには入れていません。</numerusform></translation>
    </message>
    <message>
        <source>There is too little for weekly charts: they need entries in at least two weeks.</source>
        <translation>週ごとのグラフを描くには記録が足りません（2週以上の記録が必要です）。</translation>
    </message>
    <message>
        <source>Practice and plan</source>
        <translation>練習とプラン</translation>
    </message>
    <message>
        <source>{value} ({noted})</source>
        <translation>{value}（{noted}）</translation>
    </message>
    <message>
        <source>Went to bed (mean)</source>
        <translation>寝た時刻（平均）</translation>
    </message>
    <message>
        <source>Got up (mean)</source>
        <translation>起きた時刻（平均）</translation>
    </message>
    <message>
        <source>Hours asleep (mean)</source>
        <translation>睡眠時間（平均）</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n}時間</translation>
    </message>
    <message>
        <source>Minutes outside home, a day</source>
        <translation>外で過ごした時間（1日あたり）</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n}分</translation>
    </message>
    <message>
        <source>People met face to face, a day</source>
        <translation>対面で会った人数（1日あたり）</translation>
    </message>
    <message>
        <source>{label}&lt;br/&gt;{start} – {end}, {noted}</source>
        <translation>{label}&lt;br/&gt;{start}〜{end}、{noted}</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>はじめ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>At the start and now</source>
        <translation>はじめと最近</translation>
    </message>
    <message>
        <source>{n} min, {noted}</source>
        <translation>{n}分、{noted}</translation>
    </message>
    <message>
        <source>Minutes outside home in the last week ({start} – {end}): {minutes}.</source>
        <translation>最後の1週間（{start}〜{end}）に外で過ごした時間：{minutes}。</translation>
    </message>
    <message>
        <source>Graded exposure</source>
        <translation>段階的曝露</translation>
    </message>
    <message>
        <source>No exposure practice was noted in this period.</source>
        <translation>この期間、曝露練習の記録はありません。</translation>
    </message>
    <message numerus="yes">
        <source>{ladder}: highest step practised “{step}” (step {index} of {steps}); %n attempts in this period</source>
        <translation>
            <numerusform>ステップ表（不安階層表）「{ladder}」：練習した最も上の段「{step}」（{steps}段中{index}段目）、この期間の曝露練習%n回</numerusform></translation>
    </message>
    <message>
        <source>Planned activities</source>
        <translation>予定した活動（行動活性化）</translation>
    </message>
    <message>
        <source>{done} of {planned} planned activities happened (noted in the diary)</source>
        <translation>予定した活動{planned}件のうち{done}件を実行（日記に記録）</translation>
    </message>
    <message>
        <source>Waking time</source>
        <translation>起床時刻</translation>
    </message>
    <message>
        <source>Usually about {time}; on {near} of {days} days noted, within an hour of it</source>
        <translation>ふだんは{time}ごろ。記録した{days}日のうち{near}日は、その前後1時間以内に起床</translation>
    </message>
    <message>
        <source>Practice exercises</source>
        <translation>練習（呼吸・グラウンディング・会話）</translation>
    </message>
    <message>
        <source>No exercises were noted in this period.</source>
        <translation>この期間に記録された練習はありません。</translation>
    </message>
    <message numerus="yes">
        <source>paced breathing: %n</source>
        <translation>
            <numerusform>呼吸のペース：%n回</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>grounding: %n</source>
        <translation>
            <numerusform>グラウンディング：%n回</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>conversation rehearsals: %n</source>
        <translation>
            <numerusform>会話のリハーサル：%n回</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n times, {minutes} minutes, in {weeks} of {total} weeks</source>
        <translation>
            <numerusform>%n回、計{minutes}分、{total}週のうち{weeks}週</numerusform></translation>
    </message>
    <message>
        <source>{total} ({parts})</source>
        <translation>{total}（{parts}）</translation>
    </message>
    <message>
        <source>no time outside for some days</source>
        <translation>外に出た記録が何日かない</translation>
    </message>
    <message>
        <source>no exposure practice for some days</source>
        <translation>曝露練習の記録が何日かない</translation>
    </message>
    <message>
        <source>mood lower than the two weeks before</source>
        <translation>気分がその前の2週間より下がった</translation>
    </message>
    <message>
        <source>sleep later than my set time</source>
        <translation>睡眠中央時刻が決めた時刻より遅い</translation>
    </message>
    <message>
        <source>no diary entry for some days</source>
        <translation>日記の記録が何日かない</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>まだ書いていません。</translation>
    </message>
    <message>
        <source>I have a plan; last changed {day}.</source>
        <translation>プランがあります。最終更新：{day}。</translation>
    </message>
    <message>
        <source>I have a plan.</source>
        <translation>プランがあります。</translation>
    </message>
    <message>
        <source>Ippo is not watching for warning signs.</source>
        <translation>注意サインの見守りは使っていません。</translation>
    </message>
    <message>
        <source>Signs Ippo watched for did not show in this period.</source>
        <translation>見守っている注意サインは、この期間には見られませんでした。</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first}〜{last}</translation>
    </message>
    <message>
        <source>The plan has no warning signs yet.</source>
        <translation>プランにはまだ注意サインがありません。</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in my plan</source>
        <translation>
            <numerusform>ほか%n件はプランにあります</numerusform></translation>
    </message>
    <message>
        <source>My warning signs (from my plan)</source>
        <translation>自分の注意サイン（プランより）</translation>
    </message>
    <message>
        <source>My questions for the appointment</source>
        <translation>受診で聞きたいこと</translation>
    </message>
    <message>
        <source>Mood (0–10, 10 = best)</source>
        <translation>気分（0〜10、10＝最も良い）</translation>
    </message>
    <message>
        <source>Anxiety (0–10, 10 = worst)</source>
        <translation>不安（0〜10、高いほど強い）</translation>
    </message>
    <message numerus="yes">
        <source>Noticed: {sign}. The sign was showing on %n days ({when}); each day is judged from the days before it.</source>
        <translation>
            <numerusform>見られたサイン：{sign}。サインが出ていた日は%n日（{when}）。それぞれの日を、その前の数日の記録から判断しています。</numerusform></translation>
    </message>
    <message>
        <source>Detail: every attempt and every week</source>
        <translation>詳細：すべての曝露練習と週ごとの記録</translation>
    </message>
    <message>
        <source>–</source>
        <translation>－</translation>
    </message>
    <message>
        <source>Exposure hierarchy: {ladder}</source>
        <translation>ステップ表（不安階層表）：{ladder}</translation>
    </message>
    <message>
        <source>{a}% → {b}%</source>
        <translation>{a}%→{b}%</translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>段</translation>
    </message>
    <message>
        <source>Distress before / peak / after (0–100)</source>
        <translation>つらさ（SUDS 0〜100）前／最大／後</translation>
    </message>
    <message>
        <source>Feared outcome, how likely: before → after</source>
        <translation>心配したことが起きる見込み：前→後</translation>
    </message>
    <message>
        <source>{n}, {noted}</source>
        <translation>{n}人、{noted}</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start}〜{end}</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>週ごと</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Days noted</source>
        <translation>記録した日数</translation>
    </message>
    <message>
        <source>Minutes outside home</source>
        <translation>外で過ごした時間（分）</translation>
    </message>
    <message>
        <source>People met face to face</source>
        <translation>対面で会った人数</translation>
    </message>
    <message>
        <source>I made this page myself with Ippo, a self-help app. It shows what I noted; it is not a diagnosis.</source>
        <translation>このページは、セルフヘルプアプリ Ippo を使って自分で作りました。自分が記録したことを示すもので、診断ではありません。</translation>
    </message>
    <message>
        <source>Charts of the period</source>
        <translation>期間中のグラフ</translation>
    </message>
</context>
<context>
    <name>WorksheetDocument</name>
    <message>
        <source>A blank page from Ippo, a self-help app. Fill it in at your own pace; you can copy it into Ippo later if you like.</source>
        <translation>セルフヘルプアプリ Ippo の記入用紙です。自分のペースで書いてください。あとで Ippo に写してもかまいません。</translation>
    </message>
    <message>
        <source>My exposure ladder</source>
        <translation>自分のステップ表（不安階層表）</translation>
    </message>
    <message>
        <source>Write the steps from the easiest (1) to the hardest. Distress is 0 (calm) to 100 (the worst I can imagine).</source>
        <translation>いちばんやさしい段（1）から、むずかしい段へと書きます。つらさは 0（落ち着いている）〜100（想像できるいちばんつらい状態）です。</translation>
    </message>
    <message>
        <source>My goal:</source>
        <translation>目標：</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>段</translation>
    </message>
    <message>
        <source>What I will do</source>
        <translation>やること</translation>
    </message>
    <message>
        <source>Expected distress (0–100)</source>
        <translation>予想するつらさ（0〜100）</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>できた日</translation>
    </message>
    <message>
        <source>Practice log</source>
        <translation>練習の記録</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Distress before / peak / after</source>
        <translation>つらさ　前／最大／後</translation>
    </message>
    <message>
        <source>What I feared, and what happened</source>
        <translation>心配したこと、実際に起きたこと</translation>
    </message>
    <message>
        <source>Thought record</source>
        <translation>思考記録表</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Where was I, with whom, what happened?</source>
        <translation>どこで、誰と、何がありましたか？</translation>
    </message>
    <message>
        <source>Moods</source>
        <translation>気持ち</translation>
    </message>
    <message>
        <source>What did I feel, and how strongly (0–100 %)?</source>
        <translation>どんな気持ちで、どのくらい強かったですか（0〜100%）？</translation>
    </message>
    <message>
        <source>Automatic thoughts</source>
        <translation>自動思考</translation>
    </message>
    <message>
        <source>What went through my mind? Circle the hot thought; how much do I believe it (0–100 %)?</source>
        <translation>頭に浮かんだ考えは？いちばん強い考えに丸をつけ、どのくらい信じているか（0〜100%）も書きます。</translation>
    </message>
    <message>
        <source>Evidence for</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>What supports the hot thought?</source>
        <translation>その考えを支える事実は？</translation>
    </message>
    <message>
        <source>Evidence against</source>
        <translation>反証</translation>
    </message>
    <message>
        <source>What does not fit with it?</source>
        <translation>その考えに合わない事実は？</translation>
    </message>
    <message>
        <source>Balanced thought</source>
        <translation>バランスのとれた考え</translation>
    </message>
    <message>
        <source>Another way to see it, and how much I believe it (0–100 %)</source>
        <translation>別の見方と、それをどのくらい信じられるか（0〜100%）</translation>
    </message>
    <message>
        <source>Moods now</source>
        <translation>いまの気持ち</translation>
    </message>
    <message>
        <source>Rate the same moods again (0–100 %)</source>
        <translation>同じ気持ちをもう一度評価します（0〜100%）</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日付：</translation>
    </message>
    <message>
        <source>My plan for harder days</source>
        <translation>再発予防プラン（つらい日のためのプラン）</translation>
    </message>
    <message>
        <source>Start at step 1. If a step is not enough, go on to the next one.</source>
        <translation>1から始めます。それで足りなければ、次へ進みます。</translation>
    </message>
    <message>
        <source>If I am in danger, or might hurt myself: my local emergency number {blank}</source>
        <translation>命の危険があるとき、自分を傷つけてしまいそうなとき：119番（救急）・110番（警察）</translation>
    </message>
    <message>
        <source>A crisis line I can call, or text or chat with if calling is too hard: {blank}</source>
        <translation>電話できる相談窓口と、電話がつらいときのメッセージやチャットの窓口：{blank}</translation>
    </message>
    <message>
        <source>1. My warning signs (thoughts, feelings, what I do or stop doing)</source>
        <translation>1. 注意サイン（考え、気持ち、することやしなくなること）</translation>
    </message>
    <message>
        <source>2. Things I can do on my own to get through it</source>
        <translation>2. ひとりでできる、乗り切るための工夫</translation>
    </message>
    <message>
        <source>3. People and places that take my mind off things</source>
        <translation>3. 気がまぎれる人や場所</translation>
    </message>
    <message>
        <source>4. People I can ask for help</source>
        <translation>4. 助けを頼める人</translation>
    </message>
    <message>
        <source>5. Professionals and crisis services</source>
        <translation>5. 専門家と相談窓口</translation>
    </message>
    <message>
        <source>6. Making my surroundings safe (including putting anything I could hurt myself with out of reach, or with someone I trust)</source>
        <translation>6. 身の回りを安全にする（自分を傷つけうる物を手の届かない所に置く、信頼できる人に預けることも含む）</translation>
    </message>
    <message>
        <source>My reasons for living, and what matters to me</source>
        <translation>生きる理由と、自分にとって大切なこと</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>相手</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>連絡方法</translation>
    </message>
    <message>
        <source>Risky situations and triggers</source>
        <translation>注意が必要な場面ときっかけ</translation>
    </message>
    <message>
        <source>What I will do after a slip</source>
        <translation>つまずいたあとにすること</translation>
    </message>
</context>
</TS>