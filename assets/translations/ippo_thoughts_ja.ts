<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>AddTrapDialog</name>
    <message>
        <source>Add my own thinking trap</source>
        <translation>自分の考え方のくせを追加</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>What it &amp;means (optional):</source>
        <translation>どんなくせか（任意）(&amp;M):</translation>
    </message>
</context>
<context>
    <name>ConfirmDeleteDialog</name>
    <message>
        <source>Delete this record?</source>
        <translation>この記録を削除しますか？</translation>
    </message>
    <message>
        <source>Delete this thought record?</source>
        <translation>この思考記録を削除しますか？</translation>
    </message>
    <message>
        <source>“{summary}”

This cannot be undone here. Older backups may still hold it until they are thinned.</source>
        <translation>「{summary}」

ここでは元に戻せません。古いバックアップには、整理されるまで残っていることがあります。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除する(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>残しておく(&amp;K)</translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <source>Ladder step this was about</source>
        <translation>この記録に関係するステップ表の段</translation>
    </message>
    <message>
        <source>Attempt this was about</source>
        <translation>この記録に関係する練習</translation>
    </message>
    <message>
        <source>Not about a ladder step</source>
        <translation>ステップ表の段とは関係なし</translation>
    </message>
    <message>
        <source>No particular attempt</source>
        <translation>特定の練習ではない</translation>
    </message>
</context>
<context>
    <name>MoodRows</name>
    <message>
        <source>Feeling</source>
        <translation>気持ち</translation>
    </message>
    <message>
        <source>How strong (0–100)</source>
        <translation>強さ（0〜100）</translation>
    </message>
    <message>
        <source>&amp;Add a feeling</source>
        <translation>気持ちを追加(&amp;A)</translation>
    </message>
    <message>
        <source>e.g. anxious</source>
        <translation>例：不安</translation>
    </message>
    <message>
        <source>Feeling {n}</source>
        <translation>気持ち {n}</translation>
    </message>
    <message>
        <source>How strong feeling {n} was</source>
        <translation>気持ち {n} の強さ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove feeling {n}</source>
        <translation>気持ち {n} を削除</translation>
    </message>
</context>
<context>
    <name>RatingSpin</name>
    <message>
        <source>not rated</source>
        <translation>未記入</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>For example: {example}</source>
        <translation>例：{example}</translation>
    </message>
    <message>
        <source>&amp;Leave for now</source>
        <translation>いったん離れる(&amp;L)</translation>
    </message>
    <message>
        <source>Keeps what you wrote as a draft to finish later.</source>
        <translation>書いた内容は下書きとして残り、あとで続きができます。</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完了(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Copy my text</source>
        <translation>入力した文章をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Puts what you wrote on the clipboard, to keep it somewhere else.</source>
        <translation>書いた内容をクリップボードにコピーします。別の場所に残しておけます。</translation>
    </message>
    <message>
        <source>A new thought record</source>
        <translation>新しい思考記録</translation>
    </message>
    <message>
        <source>Thought record of {day}</source>
        <translation>{day} の思考記録</translation>
    </message>
    <message>
        <source>A thought record, not finished yet</source>
        <translation>まだ途中の思考記録</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>手順 {n} / {total}</translation>
    </message>
    <message>
        <source>Hot thought: “{thought}”</source>
        <translation>ホットな考え：「{thought}」</translation>
    </message>
    <message>
        <source>The disk is full, so Ippo could not keep what you wrote, not even as a draft. It is still here: free some space, or use “Copy my text” to keep it somewhere else.</source>
        <translation>ディスクがいっぱいのため、書いた内容を下書きとしても残せませんでした。内容はこの画面にそのまま残っています。ディスクの空きを作るか、「入力した文章をコピー」で別の場所に残してください。</translation>
    </message>
    <message>
        <source>Kept as a draft at {time}</source>
        <translation>{time} に下書きとして保存しました</translation>
    </message>
    <message>
        <source>Something needs a look; see the note below.</source>
        <translation>確認してほしいところがあります。下のメモをご覧ください。</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>&amp;New record, step by step</source>
        <translation>新しい記録を順番に書く(&amp;N)</translation>
    </message>
    <message>
        <source>New record on one &amp;form</source>
        <translation>ひとつの画面で新しく記録(&amp;F)</translation>
    </message>
    <message>
        <source>Thought records</source>
        <translation>思考記録</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>D&amp;uplicate as a new record</source>
        <translation>複製して新しい記録に(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Words from any part of a record</source>
        <translation>記録のどこかにある言葉</translation>
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
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <source>Thinking &amp;trap:</source>
        <translation>考え方のくせ(&amp;T):</translation>
    </message>
    <message>
        <source>D&amp;ates:</source>
        <translation>期間(&amp;A):</translation>
    </message>
    <message>
        <source>any</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>No records match these filters.</source>
        <translation>この条件に合う記録はありません。</translation>
    </message>
    <message>
        <source>No thought records yet. When a moment stays with you, start one here; a few words are enough to begin.</source>
        <translation>まだ思考記録はありません。心に残る場面があったら、ここから始めましょう。最初は数語で十分です。</translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation>
            <numerusform>%n件の記録</numerusform></translation>
    </message>
    <message>
        <source>Any trap</source>
        <translation>すべてのくせ</translation>
    </message>
    <message>
        <source>{day} — {summary}</source>
        <translation>{day} — {summary}</translation>
    </message>
    <message>
        <source>Not finished yet · {line}</source>
        <translation>まだ途中 · {line}</translation>
    </message>
    <message>
        <source>Hot thought: “{thought}”</source>
        <translation>ホットな考え：「{thought}」</translation>
    </message>
</context>
<context>
    <name>RecordSections</name>
    <message>
        <source>What happened</source>
        <translation>何があったか</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>いつ(&amp;W):</translation>
    </message>
    <message>
        <source>Whe&amp;re:</source>
        <translation>どこで(&amp;R):</translation>
    </message>
    <message>
        <source>Wh&amp;o was there:</source>
        <translation>誰がいたか(&amp;O):</translation>
    </message>
    <message>
        <source>What ha&amp;ppened:</source>
        <translation>何があったか(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Ladder step:</source>
        <translation>ステップ表の段(&amp;L):</translation>
    </message>
    <message>
        <source>Evidence for the hot thought</source>
        <translation>ホットな考えを支える事実</translation>
    </message>
    <message>
        <source>Evidence against the hot thought</source>
        <translation>ホットな考えに合わない事実</translation>
    </message>
    <message>
        <source>A more balanced thought</source>
        <translation>バランスのとれた考え</translation>
    </message>
    <message>
        <source>How much I &amp;believe it:</source>
        <translation>どのくらい信じられるか(&amp;B):</translation>
    </message>
    <message>
        <source>How much I believe the hot thought no&amp;w:</source>
        <translation>ホットな考えを今どのくらい信じているか(&amp;W):</translation>
    </message>
    <message>
        <source>What I will do now</source>
        <translation>これからすること</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>What I will &amp;do now:</source>
        <translation>これからすること(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>メモ(&amp;M):</translation>
    </message>
</context>
<context>
    <name>RerateRows</name>
    <message>
        <source>Name a feeling first; it will appear here.</source>
        <translation>先に気持ちを書くと、ここに表示されます。</translation>
    </message>
    <message>
        <source>Feeling {n}</source>
        <translation>気持ち {n}</translation>
    </message>
    <message>
        <source>{feeling} now</source>
        <translation>今の「{feeling}」</translation>
    </message>
    <message>
        <source>{feeling} now:</source>
        <translation>今の「{feeling}」：</translation>
    </message>
</context>
<context>
    <name>ThoughtCharts</name>
    <message>
        <source>Feelings before and after each record</source>
        <translation>記録ごとの気持ちの強さ（前と後）</translation>
    </message>
    <message>
        <source>Finished thought records will show here.</source>
        <translation>完了した思考記録がここに表示されます。</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>後</translation>
    </message>
    <message>
        <source>Average intensity (0–100)</source>
        <translation>平均の強さ（0〜100）</translation>
    </message>
    <message>
        <source>Thinking traps noticed most</source>
        <translation>よく気づいた考え方のくせ</translation>
    </message>
    <message>
        <source>Traps you tag in finished records will show here.</source>
        <translation>完了した記録で選んだ考え方のくせがここに表示されます。</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>記録の数</translation>
    </message>
</context>
<context>
    <name>ThoughtChartsView</name>
    <message>
        <source>The last 3 months</source>
        <translation>最近3か月</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>最近12か月</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>Chart: feelings before and after each record</source>
        <translation>グラフ：記録ごとの気持ちの強さ（前と後）</translation>
    </message>
    <message>
        <source>Chart: thinking traps noticed most</source>
        <translation>グラフ：よく気づいた考え方のくせ</translation>
    </message>
</context>
<context>
    <name>ThoughtRows</name>
    <message>
        <source>Thought</source>
        <translation>考え</translation>
    </message>
    <message>
        <source>Belief (0–100 %)</source>
        <translation>確信度（0〜100%）</translation>
    </message>
    <message>
        <source>Hot thought</source>
        <translation>ホットな考え</translation>
    </message>
    <message>
        <source>Add a &amp;thought</source>
        <translation>考えを追加(&amp;T)</translation>
    </message>
    <message>
        <source>Thought {n}</source>
        <translation>考え {n}</translation>
    </message>
    <message>
        <source>How much I believed thought {n}</source>
        <translation>考え {n} をどのくらい信じたか</translation>
    </message>
    <message>
        <source>hot</source>
        <translation>ホット</translation>
    </message>
    <message>
        <source>Thought {n} is the hot thought</source>
        <translation>考え {n} がホットな考え</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove thought {n}</source>
        <translation>考え {n} を削除</translation>
    </message>
</context>
<context>
    <name>Thoughts</name>
    <message>
        <source>This is very long. Please shorten it to under {n} characters; nothing has been lost.</source>
        <translation>とても長い文章です。{n}文字未満に短くしてください。書いた内容は消えていません。</translation>
    </message>
    <message>
        <source>Please write a few words about what happened. An empty record can only be kept as a draft.</source>
        <translation>何があったかを少しだけ書いてください。空の記録は下書きとしてだけ残せます。</translation>
    </message>
    <message>
        <source>Please name at least one feeling and rate how strong it was.</source>
        <translation>気持ちをひとつ以上書き、その強さをつけてください。</translation>
    </message>
    <message>
        <source>Please give each rated feeling a name.</source>
        <translation>強さをつけた気持ちには、名前を書いてください。</translation>
    </message>
    <message>
        <source>Please write at least one thought that went through your mind.</source>
        <translation>頭に浮かんだ考えをひとつ以上書いてください。</translation>
    </message>
    <message>
        <source>Please mark the thought that hurt most as the hot thought.</source>
        <translation>いちばんつらかった考えに「ホット」の印をつけてください。</translation>
    </message>
    <message>
        <source>A trap that no longer exists</source>
        <translation>今はない考え方のくせ</translation>
    </message>
    <message>
        <source>Please keep the name under {n} characters.</source>
        <translation>名前は {n}文字未満にしてください。</translation>
    </message>
    <message>
        <source>There is already a trap with this name.</source>
        <translation>同じ名前の考え方のくせがすでにあります。</translation>
    </message>
</context>
<context>
    <name>ThoughtsCard</name>
    <message>
        <source>Thought records</source>
        <translation>思考記録</translation>
    </message>
    <message>
        <source>Go on with it</source>
        <translation>続きを書く</translation>
    </message>
    <message>
        <source>Start a thought record</source>
        <translation>思考記録を始める</translation>
    </message>
    <message>
        <source>A record is not finished yet: “{summary}”. You can go on with it whenever you like.</source>
        <translation>まだ途中の記録があります：「{summary}」。好きなときに続きを書けます。</translation>
    </message>
    <message>
        <source>When a thought keeps you indoors, you can write it down and look at it step by step.</source>
        <translation>外に出にくくさせる考えが浮かんだら、書き出して、ひとつずつ見直すことができます。</translation>
    </message>
</context>
<context>
    <name>ThoughtsPage</name>
    <message>
        <source>Thought records</source>
        <translation>思考記録</translation>
    </message>
    <message>
        <source>Catch a thought that keeps you indoors, look at it from both sides, and find a fairer way to see it.</source>
        <translation>外に出にくくさせる考えをつかまえて、両方の側から見直し、もう少し公平な見方を探しましょう。</translation>
    </message>
    <message>
        <source>Thought record views</source>
        <translation>思考記録の表示</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>記録(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>グラフ(&amp;H)</translation>
    </message>
    <message>
        <source>Thinking tra&amp;ps</source>
        <translation>考え方のくせ(&amp;P)</translation>
    </message>
    <message>
        <source>Your unsaved changes were restored.</source>
        <translation>保存されていなかった変更を元に戻しました。</translation>
    </message>
</context>
<context>
    <name>TrapPicker</name>
    <message>
        <source>T&amp;hought:</source>
        <translation>考え(&amp;H):</translation>
    </message>
    <message>
        <source>Thinking traps</source>
        <translation>考え方のくせ</translation>
    </message>
    <message>
        <source>(thought {n}, not written yet)</source>
        <translation>（考え {n}、まだ書いていません）</translation>
    </message>
    <message>
        <source>{thought} — hot thought</source>
        <translation>{thought} — ホットな考え</translation>
    </message>
    <message>
        <source>{explanation}
For example: {example}</source>
        <translation>{explanation}
例：{example}</translation>
    </message>
</context>
<context>
    <name>TrapsView</name>
    <message>
        <source>Thinking traps are habits of thought everyone falls into now and then, more so when worried or tired. Noticing one does not mean your feelings are wrong; it is simply something to check against the facts. Untick a trap to hide it when tagging; records that use it keep it.</source>
        <translation>考え方のくせは、誰にでもある考え方の習慣で、不安なときや疲れているときに出やすくなります。くせに気づいても、自分の気持ちがまちがっているわけではありません。事実と照らし合わせてみる手がかりになります。チェックを外すと選ぶときに表示されなくなりますが、すでに使った記録にはそのまま残ります。</translation>
    </message>
    <message>
        <source>Thinking traps (ticked ones are shown)</source>
        <translation>考え方のくせ（チェックしたものが表示されます）</translation>
    </message>
    <message>
        <source>&amp;Add my own trap…</source>
        <translation>自分のくせを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>{trap} (my own)</source>
        <translation>{trap}（自分で追加）</translation>
    </message>
    <message>
        <source>For example: {example}</source>
        <translation>例：{example}</translation>
    </message>
</context>
</TS>