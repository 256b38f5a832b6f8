<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>CrisisCard</name>
    <message>
        <source>Please keep this shorter than {n} characters.</source>
        <translation>{n}文字より短くしてください。</translation>
    </message>
</context>
<context>
    <name>CrisisCardEditor</name>
    <message>
        <source>For a crisis: my numbers and my card</source>
        <translation>いちばんつらいときのために：連絡先といざというときのカード</translation>
    </message>
    <message>
        <source>My local &amp;emergency number:</source>
        <translation>緊急のときの番号(&amp;E)：</translation>
    </message>
    <message>
        <source>A crisis &amp;line to call:</source>
        <translation>電話できる相談窓口(&amp;L)：</translation>
    </message>
    <message>
        <source>If calling is too hard, a &amp;text or chat service:</source>
        <translation>電話がつらいときの、メッセージやチャットの窓口(&amp;T)：</translation>
    </message>
    <message>
        <source>Ippo comes with no phone numbers: services change, and they differ from place to place. Write the ones you trust where you live. “Need help now” (F1) shows them first. Ippo never calls or messages anyone.</source>
        <translation>Ippo には、119番（救急）・110番（警察）のほかは電話番号が入っていません。相談窓口は変わることがあり、地域によっても違うためです。住んでいる地域で信頼できる番号を書いておきましょう。「いま助けが必要」（F1）でいちばん最初に表示されます。Ippo が誰かに電話やメッセージをすることはありません。</translation>
    </message>
    <message>
        <source>&amp;Show my crisis card in “Need help now” while Ippo is locked</source>
        <translation>Ippo がロックされているときも、「いま助けが必要」にいざというときのカードを表示する(&amp;S)</translation>
    </message>
    <message>
        <source>My crisis card</source>
        <translation>いざというときのカード</translation>
    </message>
    <message>
        <source>A few lines for a very bad moment: what helps, who to reach and how, why I keep going.</source>
        <translation>とてもつらいときに読む数行：助けになること、連絡する人とその方法、生きていく理由。</translation>
    </message>
    <message>
        <source>Start the card from my &amp;plan</source>
        <translation>プランからカードを作る(&amp;P)</translation>
    </message>
    <message>
        <source>Please note: the numbers above, and the card when it is switched on, are kept outside your locked notes, so that they can be shown while Ippo is locked. Anyone using this computer can read them without your passphrase. Write only what you are comfortable with.</source>
        <translation>ご注意ください：上の番号と、表示をオンにしたカードは、ロック中でも表示できるように、鍵のかかったメモの外に保存されます。このパソコンを使う人なら誰でも、パスフレーズなしで読むことができます。見られてもかまわないことだけを書いてください。</translation>
    </message>
    <message>
        <source>Save my numbers and card</source>
        <translation>連絡先とカードを保存</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>まだ保存されていません。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>変更はまだ保存されていません。</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Fill in my plan step by step</source>
        <translation>プランを順番に書く</translation>
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
        <source>&amp;Save my plan</source>
        <translation>プランを保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>やめる(&amp;C)</translation>
    </message>
    <message>
        <source>Your plan for harder days</source>
        <translation>つらい日のためのプラン</translation>
    </message>
    <message>
        <source>Examples (choose one to add it, then change it as you like):</source>
        <translation>例（選ぶと追加されます。あとで自由に書き換えられます）：</translation>
    </message>
    <message>
        <source>Add the example: {text}</source>
        <translation>例を追加：{text}</translation>
    </message>
    <message>
        <source>Part {n} of {total}</source>
        <translation>{total} 項目中 {n} 項目め</translation>
    </message>
    <message>
        <source>Leave the guide?</source>
        <translation>ここでやめますか？</translation>
    </message>
    <message>
        <source>What you chose in the guide is not in your plan yet. Leave anyway, or keep going and save it?</source>
        <translation>ここで選んだものは、まだプランに入っていません。このままやめますか。それとも続けて保存しますか？</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>続ける(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Leave without saving</source>
        <translation>保存せずにやめる(&amp;L)</translation>
    </message>
</context>
<context>
    <name>HelpNowDialog</name>
    <message>
        <source>Need help now</source>
        <translation>いま助けが必要</translation>
    </message>
    <message>
        <source>Ippo does not call or message anyone, and no one is told that you opened this. It only shows what you wrote.</source>
        <translation>Ippo が誰かに電話やメッセージをすることはなく、この画面を開いたことが誰かに知らされることもありません。表示するのは、自分で書いた内容だけです。</translation>
    </message>
    <message>
        <source>You do not have to get through this alone. Take one slow breath, then go down your plan one part at a time.</source>
        <translation>ひとりで乗り切らなくても大丈夫です。ゆっくり一度息をして、プランを上から一つずつ見ていきましょう。</translation>
    </message>
    <message>
        <source>My plan for a crisis</source>
        <translation>つらい日のためのプラン</translation>
    </message>
    <message>
        <source>&amp;Add my numbers…</source>
        <translation>連絡先を書く(&amp;A)…</translation>
    </message>
    <message>
        <source>Add my emergency number and a crisis line</source>
        <translation>緊急のときの番号と相談窓口を書く</translation>
    </message>
    <message>
        <source>If you are in danger, or might hurt yourself, please call {number} now.</source>
        <translation>命の危険があるときや、自分を傷つけてしまいそうなときは、今すぐ{number}に電話してください。</translation>
    </message>
    <message>
        <source>If you are in danger, or might hurt yourself, please call your local emergency number now.</source>
        <translation>命の危険があるときや、自分を傷つけてしまいそうなときは、今すぐ119番（救急）か110番（警察）に電話してください。</translation>
    </message>
    <message>
        <source>If you like, your plan can hold a crisis card that shows here even while Ippo is locked.</source>
        <translation>よければ、ロック中でもここに表示される「いざというときのカード」をプランで作っておけます。</translation>
    </message>
    <message>
        <source>My crisis card</source>
        <translation>いざというときのカード</translation>
    </message>
    <message>
        <source>&amp;Open my plan</source>
        <translation>プランを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>You do not have to get through this alone. Take one slow breath: in while counting to four, out while counting to six.</source>
        <translation>ひとりで乗り切らなくても大丈夫です。ゆっくり一度息をしましょう。4つ数えながら吸って、6つ数えながら吐きます。</translation>
    </message>
    <message>
        <source>Crisis line: {line}</source>
        <translation>相談窓口：{line}</translation>
    </message>
    <message>
        <source>If calling is too hard, you can write instead: {service}</source>
        <translation>電話がつらいときは、文字で相談できます：{service}</translation>
    </message>
    <message>
        <source>You can add your local emergency number and a crisis line (one to call, and one to text or chat with if calling is too hard) in your plan.</source>
        <translation>プランに、緊急のときの番号と相談窓口（電話の窓口と、電話がつらいときのメッセージやチャットの窓口）を書いておけます。</translation>
    </message>
    <message>
        <source>Nothing is written in your plan yet, and that is all right.</source>
        <translation>プランはまだ白紙です。それでも大丈夫です。</translation>
    </message>
    <message>
        <source>If you can, tell someone you trust how you feel.</source>
        <translation>できそうなら、信頼できる人に今の気持ちを伝えてみてください。</translation>
    </message>
    <message>
        <source>Ippo is locked, so your plan is hidden. You can unlock it to see your own steps and people.</source>
        <translation>Ippo がロックされているため、プランは表示していません。ロックを解除すると、自分の書いた助けになることや連絡先が見られます。</translation>
    </message>
    <message>
        <source>For now: breathe in slowly while counting to four, and out while counting to six, a few times. Then do one small, kind thing for yourself, like a glass of water or a window opened.</source>
        <translation>いまは、4つ数えながらゆっくり吸って、6つ数えながら吐く呼吸を何回かしてみましょう。それから、水を一杯飲む、窓を開けるなど、自分にやさしいことを一つしてみてください。</translation>
    </message>
    <message>
        <source>No people are written in your plan yet. If you can, tell someone you trust how you feel. When you are ready, you can add people in the plan.</source>
        <translation>プランにはまだ連絡先がありません。できそうなら、信頼できる人に今の気持ちを伝えてみてください。準備ができたら、プランに連絡先を書いておけます。</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>My plan</source>
        <translation>つらい日のためのプラン</translation>
    </message>
    <message>
        <source>Noticing early</source>
        <translation>早めに気づく</translation>
    </message>
    <message>
        <source>What helps, in this order</source>
        <translation>助けになること（この順番で）</translation>
    </message>
    <message>
        <source>People to contact</source>
        <translation>連絡する人</translation>
    </message>
    <message>
        <source>What keeps me going</source>
        <translation>自分を支えるもの</translation>
    </message>
    <message>
        <source>Start with the first part; if it is not enough, go on to the next.</source>
        <translation>最初の項目から試して、足りなければ次の項目へ進みましょう。</translation>
    </message>
    <message>
        <source>Names and how to reach them stay on this computer only.</source>
        <translation>名前と連絡方法は、このパソコンの中だけに保存されます。</translation>
    </message>
    <message>
        <source>My plan for harder days</source>
        <translation>つらい日のためのプラン</translation>
    </message>
    <message>
        <source>Written on a good day, read on a hard one. Slips are normal; this plan helps you notice them early and find your way back.</source>
        <translation>調子のよい日に書いて、つらい日に読み返すプランです。つまずくのはよくあることです。早めに気づいて、元のペースに戻るための手がかりになります。</translation>
    </message>
    <message>
        <source>&amp;Save my plan</source>
        <translation>プランを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save my plan (Ctrl+S)</source>
        <translation>プランを保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Earlier &amp;versions…</source>
        <translation>以前の版(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Copy my text</source>
        <translation>入力した文章をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Puts every line of the plan on the clipboard, to keep it somewhere else.</source>
        <translation>プランのすべての行をクリップボードにコピーします。別の場所に残しておけます。</translation>
    </message>
    <message>
        <source>Start your plan</source>
        <translation>プランを始める</translation>
    </message>
    <message>
        <source>Your plan is empty. Would you like to fill it in one part at a time, with examples to choose from?</source>
        <translation>プランはまだ空です。例を選びながら、一つずつ書いてみませんか?</translation>
    </message>
    <message>
        <source>Fill it in &amp;step by step…</source>
        <translation>順番に書く(&amp;S)…</translation>
    </message>
    <message>
        <source>Your changes from last time are still here; they are not saved yet.</source>
        <translation>前回の変更はそのまま残っています。まだ保存されていません。</translation>
    </message>
    <message>
        <source>Not saved yet: please look at the note in the plan.</source>
        <translation>まだ保存していません。プランの中のメモをご覧ください。</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>まだ保存されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Saved on {when}. Earlier versions: %n.</source>
        <translation>
            <numerusform>{when} に保存しました。以前の版：%n件。</numerusform></translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>変更はまだ保存されていません。</translation>
    </message>
    <message>
        <source>The guide could not be loaded; you can still write your plan directly below.</source>
        <translation>ガイドを読み込めませんでした。下の欄に直接プランを書くことができます。</translation>
    </message>
</context>
<context>
    <name>PlanSections</name>
    <message>
        <source>My warning signs</source>
        <translation>自分の注意サイン</translation>
    </message>
    <message>
        <source>Risky situations and triggers</source>
        <translation>調子を崩しやすい場面ときっかけ</translation>
    </message>
    <message>
        <source>Things I can do on my own</source>
        <translation>ひとりでできること</translation>
    </message>
    <message>
        <source>People and places that take my mind off things</source>
        <translation>気がまぎれる人や場所</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>助けを頼める人</translation>
    </message>
    <message>
        <source>Professionals and crisis services</source>
        <translation>専門家と相談窓口</translation>
    </message>
    <message>
        <source>Making my surroundings safe</source>
        <translation>身の回りを安全にする</translation>
    </message>
    <message>
        <source>People to contact</source>
        <translation>連絡する人</translation>
    </message>
    <message>
        <source>My reasons for living, and what matters to me</source>
        <translation>生きる理由と、自分にとって大切なこと</translation>
    </message>
    <message>
        <source>What I keep practising</source>
        <translation>続けている練習</translation>
    </message>
    <message>
        <source>What I will do after a slip</source>
        <translation>つまずいたあとにすること</translation>
    </message>
</context>
<context>
    <name>PlanService</name>
    <message>
        <source>This part of the plan is not known.</source>
        <translation>プランのこの項目はわかりません。</translation>
    </message>
    <message>
        <source>Please give each contact a name.</source>
        <translation>連絡先には名前を書いてください。</translation>
    </message>
    <message>
        <source>Please keep each line shorter than {n} characters.</source>
        <translation>1行は {n}文字より短くしてください。</translation>
    </message>
    <message>
        <source>This warning sign is not known.</source>
        <translation>この注意サインはわかりません。</translation>
    </message>
    <message>
        <source>Please use whole days.</source>
        <translation>日数は整数で書いてください。</translation>
    </message>
    <message>
        <source>Please write a number here.</source>
        <translation>ここには数字を書いてください。</translation>
    </message>
    <message>
        <source>Please write a time like 05:30 (hours:minutes).</source>
        <translation>05:30 のように時刻を書いてください（時：分）。</translation>
    </message>
</context>
<context>
    <name>PlanWatchers</name>
    <message>
        <source>Days since time outside was last noted: %n.</source>
        <translation>%n日間、外に出た記録がありません。</translation>
    </message>
    <message>
        <source>Days since a ladder step was last tried: %n.</source>
        <translation>%n日間、ステップ表の段を練習した記録がありません。</translation>
    </message>
    <message>
        <source>Days since the diary was last written: %n.</source>
        <translation>%n日間、日記を書いていません。</translation>
    </message>
    <message>
        <source>Your mood this week is {drop} points lower than in the two weeks before.</source>
        <translation>この1週間の気分は、その前の2週間より {drop} ポイント低くなっています。</translation>
    </message>
    <message>
        <source>On {late} of the last 7 nights, the middle of your sleep was later than {time}.</source>
        <translation>この7晩のうち{late}晩、睡眠の中間時刻が {time} より遅くなっていました。</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Alt+Up and Alt+Down move the chosen line; Ctrl+Enter adds a line; F2 edits.</source>
        <translation>Alt+↑ と Alt+↓ で選んだ行を移動、Ctrl+Enter で行を追加、F2 で編集できます。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>連絡方法</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <source>Add a line to “{section}”</source>
        <translation>「{section}」に行を追加</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move the chosen line up in “{section}”</source>
        <translation>「{section}」で選んだ行を上へ移動</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Move the chosen line down in “{section}”</source>
        <translation>「{section}」で選んだ行を下へ移動</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the chosen line from “{section}”</source>
        <translation>「{section}」から選んだ行を削除</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Earlier versions of my plan</source>
        <translation>プランの以前の版</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>保存した版</translation>
    </message>
    <message>
        <source>The chosen version (read only)</source>
        <translation>選んだ版（読み取り専用）</translation>
    </message>
    <message numerus="yes">
        <source>{when} (latest)
%n line(s)</source>
        <translation>
            <numerusform>{when}（最新）
%n行</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{when}
%n line(s)</source>
        <translation>
            <numerusform>{when}
%n行</numerusform></translation>
    </message>
    <message>
        <source>No version has been saved yet.</source>
        <translation>まだ保存した版はありません。</translation>
    </message>
    <message>
        <source>This version has no lines.</source>
        <translation>この版は空です。</translation>
    </message>
</context>
<context>
    <name>WatchCard</name>
    <message>
        <source>A sign you asked Ippo to notice</source>
        <translation>気づいてほしいと頼まれていたサイン</translation>
    </message>
    <message>
        <source>This is not a failure, just a moment to look after yourself. Your plan has ideas you wrote for times like this.</source>
        <translation>失敗ではありません。自分をいたわるタイミングです。こんなときのために書いたアイデアがプランにあります。</translation>
    </message>
    <message>
        <source>A slip is a short step back, not a return to where you started. Noticing it early, as now, usually makes the way back shorter.</source>
        <translation>つまずきは少し後戻りしただけで、振り出しに戻ったわけではありません。今のように早めに気づけると、たいてい戻り道は短くてすみます。</translation>
    </message>
    <message>
        <source>Open what helps</source>
        <translation>助けになることを開く</translation>
    </message>
    <message>
        <source>How long to set this aside</source>
        <translation>非表示にしておく期間</translation>
    </message>
    <message>
        <source>for 1 day</source>
        <translation>1日</translation>
    </message>
    <message>
        <source>for 3 days</source>
        <translation>3日</translation>
    </message>
    <message>
        <source>for a week</source>
        <translation>1週間</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>非表示にする</translation>
    </message>
    <message>
        <source>Set this note aside</source>
        <translation>このお知らせを非表示にする</translation>
    </message>
</context>
<context>
    <name>WatchersPanel</name>
    <message>
        <source>Signs Ippo can watch for</source>
        <translation>Ippo が見守るサイン</translation>
    </message>
    <message>
        <source>Ippo can look at your diary and ladder for the signs you choose, using your own limits. When one shows, a quiet note appears on Today with a link to what helps. Nothing pops up and nothing makes a sound.</source>
        <translation>選んだサインを、自分で決めた基準で日記とステップ表の記録から見守ります。サインが見えたときは「今日」に静かなお知らせが出て、助けになることへ進めます。ポップアップも音もありません。</translation>
    </message>
    <message>
        <source>Number of days:</source>
        <translation>日数：</translation>
    </message>
    <message>
        <source>No time outside noted for a number of days</source>
        <translation>外に出た記録が何日かない</translation>
    </message>
    <message>
        <source>No ladder step tried for a number of days</source>
        <translation>ステップ表の練習を何日かお休みしている</translation>
    </message>
    <message>
        <source>My mood average this week has fallen compared with the two weeks before</source>
        <translation>この1週間の気分の平均が、その前の2週間より下がった</translation>
    </message>
    <message>
        <source>Fallen by at least (points, 0 to 10):</source>
        <translation>下がり幅（0〜10のポイント、これ以上）：</translation>
    </message>
    <message>
        <source>The middle of my sleep is later than a set time</source>
        <translation>睡眠の中間時刻が、決めた時刻より遅い</translation>
    </message>
    <message>
        <source>Later than (hours:minutes):</source>
        <translation>この時刻より遅い（時：分）：</translation>
    </message>
    <message>
        <source>On how many of the last 7 nights:</source>
        <translation>この7晩のうち何晩：</translation>
    </message>
    <message>
        <source>No diary entry for a number of days</source>
        <translation>日記を何日かお休みしている</translation>
    </message>
    <message>
        <source>Save these signs</source>
        <translation>サインを保存</translation>
    </message>
    <message>
        <source>Nothing was saved yet: please look at the note above.</source>
        <translation>まだ何も保存していません。上のメモをご覧ください。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
</TS>