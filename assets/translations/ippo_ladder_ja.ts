<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>AttemptDialog</name>
    <message>
        <source>An attempt: {step}</source>
        <translation>練習の記録：{step}</translation>
    </message>
    <message>
        <source>I know when it &amp;ended</source>
        <translation>終わった時刻を入れる(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>始めた時刻(&amp;S):</translation>
    </message>
    <message>
        <source>E&amp;nded:</source>
        <translation>終わった時刻(&amp;N):</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>0 to 100</source>
        <translation>0〜100</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>始める前</translation>
    </message>
    <message>
        <source>&amp;Planned minutes:</source>
        <translation>予定の時間・分(&amp;P):</translation>
    </message>
    <message>
        <source>Distress &amp;before (SUDS):</source>
        <translation>始める前のつらさ（0〜100）(&amp;B):</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>自分の言葉で</translation>
    </message>
    <message>
        <source>What I &amp;fear will happen:</source>
        <translation>起こりそうで怖いこと(&amp;F):</translation>
    </message>
    <message>
        <source>How &amp;likely it feels (%):</source>
        <translation>起こりそうだと感じる度合い（%）(&amp;L):</translation>
    </message>
    <message>
        <source>During and after</source>
        <translation>やっている間とその後</translation>
    </message>
    <message>
        <source>&amp;Actual minutes:</source>
        <translation>実際の時間・分(&amp;A):</translation>
    </message>
    <message>
        <source>Distress at &amp;peak (SUDS):</source>
        <translation>いちばん強かったつらさ（0〜100）(&amp;P):</translation>
    </message>
    <message>
        <source>Distress a&amp;fterwards (SUDS):</source>
        <translation>終わった後のつらさ（0〜100）(&amp;F):</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>未記入</translation>
    </message>
    <message>
        <source>No</source>
        <translation>起こらなかった</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>少し起こった</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>起こった</translation>
    </message>
    <message>
        <source>Did it &amp;happen?</source>
        <translation>実際に起こりましたか？(&amp;H)</translation>
    </message>
    <message>
        <source>How likely it feels &amp;now (%):</source>
        <translation>いま起こりそうだと感じる度合い（%）(&amp;N):</translation>
    </message>
    <message>
        <source>Safety &amp;behaviours I used:</source>
        <translation>安心のためにしたこと（安全行動）(&amp;B):</translation>
    </message>
    <message>
        <source>Choose an exercise…</source>
        <translation>練習を選ぶ…</translation>
    </message>
    <message>
        <source>An e&amp;xercise I used:</source>
        <translation>使った練習(&amp;X)：</translation>
    </message>
    <message>
        <source>Breathing or grounding can help you stay and find out what happens. If you used one to end the step sooner, noting that here is honest, not a failure.</source>
        <translation>呼吸やグラウンディングは、その場にとどまって何が起きるかを確かめる助けになります。段を早く終えるために使ったときも、ここに書いておくのは正直なことで、失敗ではありません。</translation>
    </message>
    <message>
        <source>What I lea&amp;rned:</source>
        <translation>わかったこと(&amp;R):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>メモ(&amp;O):</translation>
    </message>
</context>
<context>
    <name>Attempts</name>
    <message>
        <source>Please give minutes from 0 to 1440 (one day).</source>
        <translation>0〜1440分（1日）の範囲で入力してください。</translation>
    </message>
    <message>
        <source>The end is before the start. Please check the two times.</source>
        <translation>終わりが始まりより前になっています。2つの時刻を確かめてください。</translation>
    </message>
    <message>
        <source>This would be longer than a day. Please check the two times.</source>
        <translation>1日より長くなってしまいます。2つの時刻を確かめてください。</translation>
    </message>
    <message>
        <source>Please choose no, partly or yes.</source>
        <translation>「起こらなかった」「少し起こった」「起こった」から選んでください。</translation>
    </message>
    <message>
        <source>This text is too long to keep.</source>
        <translation>この文章は長すぎて保存できません。</translation>
    </message>
    <message>
        <source>To keep this attempt, note one thing about how it went: the minutes, a distress number, whether it happened, or a few words.</source>
        <translation>この練習を残すには、どうだったかを1つだけ書いてください（かかった分数、つらさの数字、起こったかどうか、ひとことのどれでもかまいません）。</translation>
    </message>
    <message>
        <source>This step no longer exists.</source>
        <translation>この段はもうありません。</translation>
    </message>
    <message>
        <source>This attempt no longer exists.</source>
        <translation>この記録はもうありません。</translation>
    </message>
    <message>
        <source>{when} · peak {suds}</source>
        <translation>{when}・最大 {suds}</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Rename the ladder</source>
        <translation>ステップ表の名前を変える</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>目標(&amp;G):</translation>
    </message>
</context>
<context>
    <name>Ladder</name>
    <message>
        <source>Please keep the goal to a sentence or two.</source>
        <translation>目標は1〜2文くらいにまとめてください。</translation>
    </message>
    <message>
        <source>Please keep the title short.</source>
        <translation>段の名前は短めにしてください。</translation>
    </message>
    <message>
        <source>This note is too long to keep.</source>
        <translation>このメモは長すぎて保存できません。</translation>
    </message>
</context>
<context>
    <name>LadderCard</name>
    <message>
        <source>Log an attempt</source>
        <translation>練習を記録する</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>タイマーを始める</translation>
    </message>
    <message>
        <source>Build a ladder</source>
        <translation>ステップ表をつくる</translation>
    </message>
    <message>
        <source>Your ladder</source>
        <translation>自分のステップ表</translation>
    </message>
    <message>
        <source>A ladder is a goal broken into small steps, easiest first. You can start one whenever you like.</source>
        <translation>ステップ表は、目標をやさしい順の小さな段に分けたものです。始めたいときに、いつでもつくれます。</translation>
    </message>
    <message>
        <source>Working on: {title}</source>
        <translation>いま取り組んでいる段：{title}</translation>
    </message>
    <message>
        <source>No attempts yet. Whenever you are ready.</source>
        <translation>まだ記録はありません。準備ができたときで大丈夫です。</translation>
    </message>
    <message>
        <source>Last attempt: {when}</source>
        <translation>前回の練習：{when}</translation>
    </message>
    <message>
        <source>Last attempt: {when}, peak distress {peak}</source>
        <translation>前回の練習：{when}、いちばん強かったつらさ {peak}</translation>
    </message>
</context>
<context>
    <name>LadderCharts</name>
    <message>
        <source>Distress in each attempt of this step</source>
        <translation>この段の練習ごとのつらさ（0〜100）</translation>
    </message>
    <message>
        <source>Your attempts of this step will show here.</source>
        <translation>この段の練習を記録すると、ここに表示されます。</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>前</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>After</source>
        <translation>後</translation>
    </message>
    <message>
        <source>Distress (SUDS)</source>
        <translation>つらさ（0〜100）</translation>
    </message>
    <message>
        <source>Attempts, oldest first</source>
        <translation>練習（古い順）</translation>
    </message>
    <message>
        <source>How likely the feared outcome felt</source>
        <translation>怖れていることが起こりそうだと感じた度合い</translation>
    </message>
    <message>
        <source>How likely your feared outcome felt, before and after each attempt, will show here.</source>
        <translation>怖れていることが起こりそうだと感じた度合いが、練習の前と後で、ここに表示されます。</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>後</translation>
    </message>
    <message>
        <source>How likely it felt (%)</source>
        <translation>起こりそうな度合い（%）</translation>
    </message>
    <message>
        <source>Highest step practised over time</source>
        <translation>練習したいちばん上の段の移り変わり</translation>
    </message>
    <message>
        <source>The steps you practise will show here.</source>
        <translation>練習した段がここに表示されます。</translation>
    </message>
    <message>
        <source>Highest step practised</source>
        <translation>練習したいちばん上の段</translation>
    </message>
    <message>
        <source>Minutes outside per week, from your attempts</source>
        <translation>練習で外にいた時間（1週間ごと、分）</translation>
    </message>
    <message>
        <source>Minutes from your attempts will show here.</source>
        <translation>練習で外にいた時間がここに表示されます。</translation>
    </message>
    <message>
        <source>Minutes outside per week</source>
        <translation>1週間に外で過ごした時間（分）</translation>
    </message>
</context>
<context>
    <name>LadderPage</name>
    <message>
        <source>L&amp;adder:</source>
        <translation>ステップ表(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;New ladder…</source>
        <translation>新しいステップ表(&amp;N)…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>名前を変える(&amp;M)…</translation>
    </message>
    <message>
        <source>Show on &amp;Today</source>
        <translation>「今日」に表示(&amp;T)</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>非表示にする(&amp;H)</translation>
    </message>
    <message>
        <source>Delete ladder…</source>
        <translation>ステップ表を削除…</translation>
    </message>
    <message>
        <source>A ladder breaks something you would like to do into small steps, easiest first. Press “New ladder” to start from a template or from scratch.</source>
        <translation>ステップ表は、やってみたいことを、やさしい順の小さな段に分けたものです。「新しいステップ表」から、ひな形を使うか、自分で一からつくれます。</translation>
    </message>
    <message>
        <source>&amp;Steps, easiest first:</source>
        <translation>段（やさしい順）(&amp;S):</translation>
    </message>
    <message>
        <source>Steps, easiest first</source>
        <translation>段（やさしい順）</translation>
    </message>
    <message>
        <source>Drag a step, or press Alt+Up or Alt+Down, to change the order.</source>
        <translation>段をドラッグするか、Alt+↑ または Alt+↓ で順番を変えられます。</translation>
    </message>
    <message>
        <source>Drag a step, or press Alt+Up / Alt+Down, to change the order.</source>
        <translation>段をドラッグするか、Alt+↑ / Alt+↓ で順番を変えられます。</translation>
    </message>
    <message>
        <source>Add s&amp;tep…</source>
        <translation>段を追加(&amp;T)…</translation>
    </message>
    <message>
        <source>Ed&amp;it step…</source>
        <translation>段を編集(&amp;I)…</translation>
    </message>
    <message>
        <source>Delete step…</source>
        <translation>段を削除…</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>前へ移動</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>後ろへ移動</translation>
    </message>
    <message>
        <source>{goal} (archived)</source>
        <translation>{goal}（非表示）</translation>
    </message>
    <message>
        <source>{goal} (on Today)</source>
        <translation>{goal}（「今日」に表示中）</translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation>元に戻す(&amp;B)</translation>
    </message>
    <message>
        <source>Delete ladder</source>
        <translation>ステップ表の削除</translation>
    </message>
    <message>
        <source>Delete the ladder “{goal}” with all its steps and attempts? This cannot be undone. (Archive keeps it out of sight instead.)</source>
        <translation>ステップ表「{goal}」を、すべての段と記録ごと削除しますか？元には戻せません。（「非表示にする」を選ぶと、消さずに見えないところへ移せます。）</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>段の削除</translation>
    </message>
    <message>
        <source>Delete the step “{title}” and its attempts? This cannot be undone.</source>
        <translation>段「{title}」とその記録を削除しますか？元には戻せません。</translation>
    </message>
    <message>
        <source>You have practised a new step: “{title}”. That took courage. Go at your own pace.</source>
        <translation>新しい段「{title}」を練習しました。勇気のいることでしたね。自分のペースで進みましょう。</translation>
    </message>
    <message>
        <source>Delete attempt</source>
        <translation>記録の削除</translation>
    </message>
    <message>
        <source>Delete this attempt? This cannot be undone.</source>
        <translation>この練習の記録を削除しますか？元には戻せません。</translation>
    </message>
    <message>
        <source>Next step: “{title}”. Try it whenever you feel ready, at your own pace.</source>
        <translation>次の段は「{title}」です。準備ができたときに、自分のペースでやってみましょう。</translation>
    </message>
    <message>
        <source>Repeating a step is a good choice.</source>
        <translation>同じ段をくり返すのは良い選び方です。</translation>
    </message>
</context>
<context>
    <name>LadderRule</name>
    <message>
        <source>How Ippo suggests the next step: when in your recent attempts what you feared did not happen, or felt clearly less likely afterwards, or happened and you got through it. Two such attempts are enough; lower distress can make one enough, but never counts alone. An attempt ended early or made with a safety behaviour counts half. Days in between never count against you. You decide: move up, repeat, skip or go back whenever you like.</source>
        <translation>Ippo が次の段をすすめるのは、最近の練習で、怖れていたことが起こらなかったとき、あとで起こりそうだと感じる度合いがはっきり下がったとき、または起こったけれど乗り切れたときです。そうした練習が2回あれば十分です。つらさが低かった練習が2回あれば1回でも十分になりますが、つらさだけで決まることはありません。早めに終えた練習や、安心のためにしたこと（安全行動）があった練習は、半分として数えます。間が何日あいても、やり直しにはなりません。決めるのは自分です。進む・くり返す・飛ばす・戻るは、いつでも選べます。</translation>
    </message>
</context>
<context>
    <name>LadderTemplates</name>
    <message>
        <source>Please choose from 2 to 20 steps.</source>
        <translation>段の数は2〜20から選んでください。</translation>
    </message>
    <message>
        <source>Please choose from 1 to 1440 minutes.</source>
        <translation>1〜1440分の範囲で選んでください。</translation>
    </message>
    <message>
        <source>The last step needs at least one more minute per step than the first.</source>
        <translation>最後の段は、最初の段より少なくとも段の数ぶん長い時間にしてください（1段ごとに1分以上）。</translation>
    </message>
</context>
<context>
    <name>NewLadderDialog</name>
    <message>
        <source>New ladder</source>
        <translation>新しいステップ表</translation>
    </message>
    <message>
        <source>My own steps (start empty)</source>
        <translation>自分で段をつくる（空から始める）</translation>
    </message>
    <message>
        <source>What you would like to be able to do</source>
        <translation>できるようになりたいこと</translation>
    </message>
    <message>
        <source>Start &amp;from:</source>
        <translation>始め方(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>目標(&amp;G):</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>F&amp;irst step (minutes):</source>
        <translation>最初の段（分）(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Last step (minutes):</source>
        <translation>最後の段（分）(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Number of steps:</source>
        <translation>段の数(&amp;N):</translation>
    </message>
    <message>
        <source>Steps, easiest first:</source>
        <translation>段（やさしい順）：</translation>
    </message>
    <message>
        <source>Steps, easiest first</source>
        <translation>段（やさしい順）</translation>
    </message>
    <message>
        <source>&amp;Create the ladder</source>
        <translation>ステップ表をつくる(&amp;C)</translation>
    </message>
    <message>
        <source>Please give a number here.</source>
        <translation>ここに数字を入れてください。</translation>
    </message>
    <message>
        <source>{n}. {title} (expected distress {suds})</source>
        <translation>{n}. {title}（予想されるつらさ {suds}）</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>Please write a whole number, like 30.</source>
        <translation>30のような整数で入力してください。</translation>
    </message>
</context>
<context>
    <name>OutingTimer</name>
    <message>
        <source>Outing timer</source>
        <translation>おでかけタイマー</translation>
    </message>
    <message>
        <source>S&amp;tart the timer</source>
        <translation>タイマーを始める(&amp;T)</translation>
    </message>
    <message>
        <source>St&amp;op and log</source>
        <translation>止めて記録する(&amp;O)</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>タイマーを始める</translation>
    </message>
    <message>
        <source>Stop the timer and log the attempt</source>
        <translation>タイマーを止めて練習を記録する</translation>
    </message>
    <message>
        <source>Time outside: {time}</source>
        <translation>外にいる時間：{time}</translation>
    </message>
    <message>
        <source>When you are back, press Stop; Ippo fills in the minutes.</source>
        <translation>戻ったら「止めて記録する」を押してください。時間は Ippo が入れておきます。</translation>
    </message>
    <message>
        <source>Start it as you step out. There is no alarm and no goal to beat.</source>
        <translation>外に出るときに始めてください。アラームは鳴りませんし、目指す記録もありません。</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Edit step</source>
        <translation>段を編集</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>新しい段</translation>
    </message>
    <message>
        <source>For example: walk to the corner</source>
        <translation>たとえば：角まで歩く</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>0 to 100</source>
        <translation>0〜100</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>段(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Target minutes (optional):</source>
        <translation>目安の時間・分（なくても可）(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Expected distress (SUDS):</source>
        <translation>予想されるつらさ（0〜100）(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>{n}. {title} — working on it now</source>
        <translation>{n}. {title} ― いま取り組み中</translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>&amp;Log an attempt…</source>
        <translation>練習を記録する(&amp;L)…</translation>
    </message>
    <message>
        <source>Move &amp;up to the next step</source>
        <translation>次の段へ進む(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Repeat this step</source>
        <translation>この段をくり返す(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;kip this step</source>
        <translation>この段を飛ばす(&amp;K)</translation>
    </message>
    <message>
        <source>Go &amp;back a step</source>
        <translation>1段戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Work on this step now</source>
        <translation>この段に取り組む(&amp;W)</translation>
    </message>
    <message>
        <source>Attempts of this step:</source>
        <translation>この段の練習：</translation>
    </message>
    <message>
        <source>Attempts of this step</source>
        <translation>この段の練習</translation>
    </message>
    <message>
        <source>&amp;Edit attempt…</source>
        <translation>記録を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete attempt…</source>
        <translation>記録を削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Distress across the attempts</source>
        <translation>練習ごとのつらさ</translation>
    </message>
    <message>
        <source>How likely the feared outcome felt, before and after each attempt</source>
        <translation>練習の前と後で、怖れていることが起こりそうだと感じた度合い</translation>
    </message>
    <message>
        <source>Highest step practised over time</source>
        <translation>練習したいちばん上の段の移り変わり</translation>
    </message>
    <message>
        <source>What I expected</source>
        <translation>予想と結果</translation>
    </message>
    <message>
        <source>Steps practised</source>
        <translation>練習した段</translation>
    </message>
    <message>
        <source>Suggestion: repeat this step a few more times. Each time, note what you feared and whether it happened: that is what each try can teach you.</source>
        <translation>おすすめ：この段をもう何回かくり返してみましょう。そのたびに、何を怖れていたか、それが起こったかを書いておきましょう。一回一回の練習で、それを確かめていけます。</translation>
    </message>
    <message>
        <source>Ippo suggests the next step from what you feared and whether it happened, so those fields of an attempt matter most.</source>
        <translation>Ippo は、怖れていたことと、それが起こったかどうかをもとに次の段をすすめます。記録のなかでは、この2つの欄がいちばん大切です。</translation>
    </message>
    <message>
        <source>Suggestion: you look ready for the next step. In your recent attempts, what you feared did not happen, felt clearly less likely afterwards, or happened and you got through it. Move up when it feels right, or repeat this one first: you decide.</source>
        <translation>おすすめ：次の段に進む準備ができているようです。最近の練習で、怖れていたことが起こらなかったり、あとで起こりそうだと感じる度合いがはっきり下がったり、起こったけれど乗り切れたりしました。よいと思えたら進みましょう。先にこの段をくり返してもかまいません。決めるのは自分です。</translation>
    </message>
    <message>
        <source>An attempt you ended before the planned time counts half: it may not have shown you whether what you fear happens.</source>
        <translation>予定より早く終えた練習は、半分として数えます。怖れていることが起こるかどうか、わかる前に終わったかもしれないからです。</translation>
    </message>
    <message>
        <source>An attempt made with a safety behaviour counts half: it can leave you thinking that the safety behaviour is what kept you safe.</source>
        <translation>安心のためにしたこと（安全行動）があった練習は、半分として数えます。「それがあったから無事だった」と思わせてしまうことがあるからです。</translation>
    </message>
    <message>
        <source>the feared outcome partly happened</source>
        <translation>怖れていたことが少し起こった</translation>
    </message>
    <message>
        <source>the feared outcome happened</source>
        <translation>怖れていたことが起こった</translation>
    </message>
    <message>
        <source>How likely it felt: {before} before → {after} afterwards</source>
        <translation>起こりそうだと感じた度合い：前 {before} → 後 {after}</translation>
    </message>
    <message>
        <source>What I learned: {text}</source>
        <translation>わかったこと：{text}</translation>
    </message>
    <message>
        <source>Minutes outside per week</source>
        <translation>1週間に外で過ごした時間</translation>
    </message>
    <message>
        <source>This step</source>
        <translation>この段</translation>
    </message>
    <message>
        <source>Minutes outside</source>
        <translation>外にいた時間</translation>
    </message>
    <message>
        <source>Add a first step to this ladder.</source>
        <translation>このステップ表に最初の段を追加しましょう。</translation>
    </message>
    <message>
        <source>Target: {n} min</source>
        <translation>目安：{n}分</translation>
    </message>
    <message>
        <source>Expected distress: {n}</source>
        <translation>予想されるつらさ：{n}</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) so far</source>
        <translation>
            <numerusform>これまでに%n回練習</numerusform></translation>
    </message>
    <message>
        <source>No attempts yet. Try it whenever you feel ready; one try is already a good start.</source>
        <translation>まだ練習の記録はありません。準備ができたときに、やってみてください。1回やってみるだけでも立派な一歩です。</translation>
    </message>
    <message>
        <source>This is the top of the ladder, and it is going well. Keep practising, or start a new ladder whenever you like.</source>
        <translation>ここがいちばん上の段で、うまく進んでいます。このまま練習を続けても、好きなときに新しいステップ表を始めてもかまいません。</translation>
    </message>
    <message>
        <source>{when}: distress {before} → peak {peak} → {after}</source>
        <translation>{when}：つらさ {before} → 最大 {peak} → {after}</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n}分</translation>
    </message>
    <message>
        <source>came back early</source>
        <translation>早めに戻った</translation>
    </message>
    <message>
        <source>the feared outcome did not happen</source>
        <translation>怖れていたことは起こらなかった</translation>
    </message>
</context>
</TS>