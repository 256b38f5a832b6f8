<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>BreathingPanel</name>
    <message>
        <source> s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source> min</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Breathe &amp;in for (seconds):</source>
        <translation>吸う長さ（秒）(&amp;I)：</translation>
    </message>
    <message>
        <source>Breathe &amp;out for (seconds):</source>
        <translation>吐く長さ（秒）(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;How long (minutes):</source>
        <translation>続ける時間（分）(&amp;H)：</translation>
    </message>
    <message>
        <source>Show only the count, &amp;without movement</source>
        <translation>動きを止めて、数だけを表示する(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>始める(&amp;S)</translation>
    </message>
    <message>
        <source>Breathing count</source>
        <translation>呼吸のカウント</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>止める(&amp;S)</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>吸って</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>吐いて</translation>
    </message>
    <message>
        <source>{word}: {n} of {total}</source>
        <translation>{word}：{total}つ中{n}つめ</translation>
    </message>
    <message>
        <source>Finished. You can note it below if you like.</source>
        <translation>おつかれさまでした。よければ下で記録できます。</translation>
    </message>
    <message>
        <source>Press Start when you are ready.</source>
        <translation>準備ができたら「始める」を押してください。</translation>
    </message>
</context>
<context>
    <name>FamilyGuideDocument</name>
    <message>
        <source>A guide for family and supporters</source>
        <translation>ご家族と支える人のためのガイド</translation>
    </message>
    <message>
        <source>From Ippo, a self-help app. This page holds no one's personal information.</source>
        <translation>セルフヘルプアプリ Ippo より。このページには、誰の個人情報も入っていません。</translation>
    </message>
</context>
<context>
    <name>FamilyGuidePanel</name>
    <message>
        <source>Guide for family and supporters</source>
        <translation>ご家族と支える人のためのガイド</translation>
    </message>
    <message>
        <source>The guide could not be opened.</source>
        <translation>ガイドを開けませんでした。</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>PDFで保存(&amp;P)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>印刷(&amp;R)…</translation>
    </message>
    <message>
        <source>Save the family guide</source>
        <translation>家族向けガイドを保存</translation>
    </message>
    <message>
        <source>family-guide.pdf</source>
        <translation>家族向けガイド.pdf</translation>
    </message>
</context>
<context>
    <name>GroundingPanel</name>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Be&amp;gin</source>
        <translation>始める(&amp;G)</translation>
    </message>
    <message>
        <source>Press Begin when you are ready.</source>
        <translation>準備ができたら「始める」を押してください。</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>{total}つ中{n}つめ</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>終わる(&amp;F)</translation>
    </message>
    <message>
        <source>Begin a&amp;gain</source>
        <translation>もう一度(&amp;G)</translation>
    </message>
</context>
<context>
    <name>LadderChoice</name>
    <message>
        <source>Which ladder?</source>
        <translation>どのステップ表に加えますか？</translation>
    </message>
    <message>
        <source>Add the step to this ladder:</source>
        <translation>この段を加えるステップ表：</translation>
    </message>
</context>
<context>
    <name>LogBox</name>
    <message>
        <source>0 to 100, if you like</source>
        <translation>0〜100（任意）</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>&amp;Distress before (0–100):</source>
        <translation>始める前のつらさ（0〜100）(&amp;D)：</translation>
    </message>
    <message>
        <source>Distress &amp;afterwards (0–100):</source>
        <translation>終わったあとのつらさ（0〜100）(&amp;A)：</translation>
    </message>
    <message>
        <source>Min&amp;utes:</source>
        <translation>練習した時間（分）(&amp;U)：</translation>
    </message>
    <message>
        <source>Note it in my practice &amp;log</source>
        <translation>練習の記録に残す(&amp;L)</translation>
    </message>
    <message>
        <source>Noted in your practice log.</source>
        <translation>練習の記録に残しました。</translation>
    </message>
</context>
<context>
    <name>PacerShape</name>
    <message>
        <source>Breathing shape</source>
        <translation>呼吸に合わせて動く形</translation>
    </message>
</context>
<context>
    <name>PracticeCharts</name>
    <message>
        <source>Minutes of practice per week</source>
        <translation>1週間に練習した時間（分）</translation>
    </message>
    <message>
        <source>The exercises you note on the Practice page will show here.</source>
        <translation>練習のページで記録した練習が、ここに表示されます。</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>1週間の時間（分）</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Exercises and lessons</source>
        <translation>練習と短いお話</translation>
    </message>
    <message>
        <source>Calm and present</source>
        <translation>落ち着いて、今ここに</translation>
    </message>
    <message>
        <source>Rehearse a conversation</source>
        <translation>会話のリハーサル</translation>
    </message>
    <message>
        <source>Short lessons</source>
        <translation>短いお話</translation>
    </message>
    <message>
        <source>For me and those around me</source>
        <translation>自分と、まわりの人のために</translation>
    </message>
    <message>
        <source>My reasons</source>
        <translation>自分の理由</translation>
    </message>
    <message>
        <source>For family and supporters</source>
        <translation>ご家族と支える人へ</translation>
    </message>
</context>
<context>
    <name>PracticeService</name>
    <message>
        <source>This kind of exercise is not known.</source>
        <translation>この種類の練習は見つかりません。</translation>
    </message>
    <message>
        <source>Please keep each line shorter than {n} characters.</source>
        <translation>1行は{n}文字までにしてください。</translation>
    </message>
    <message>
        <source>This exercise has no step to add.</source>
        <translation>この練習には、加えられる段がありません。</translation>
    </message>
    <message>
        <source>This ladder is no longer here.</source>
        <translation>このステップ表は見つかりませんでした。</translation>
    </message>
    <message>
        <source>This question is not known.</source>
        <translation>この問いは見つかりません。</translation>
    </message>
    <message>
        <source>Please keep this shorter than {n} characters.</source>
        <translation>{n}文字までにしてください。</translation>
    </message>
</context>
<context>
    <name>ReasonsCard</name>
    <message>
        <source>From my reasons</source>
        <translation>自分の理由から</translation>
    </message>
    <message>
        <source>Open my &amp;reasons</source>
        <translation>自分の理由を開く(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReasonsPanel</name>
    <message>
        <source>My reasons</source>
        <translation>自分の理由</translation>
    </message>
    <message>
        <source>&amp;Save my reasons</source>
        <translation>自分の理由を保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Earlier versions:</source>
        <translation>前の版(&amp;E)：</translation>
    </message>
    <message>
        <source>Choose a version to read</source>
        <translation>読みたい版を選んでください</translation>
    </message>
    <message>
        <source>Saved. Earlier versions are kept.</source>
        <translation>保存しました。前の版も残っています。</translation>
    </message>
</context>
<context>
    <name>RehearsalPanel</name>
    <message>
        <source>My own words:</source>
        <translation>自分の言葉で：</translation>
    </message>
    <message>
        <source>My own words for line {n}</source>
        <translation>{n}つめのやりとりの自分の言葉</translation>
    </message>
    <message>
        <source>&amp;Practise aloud</source>
        <translation>声に出して練習(&amp;P)</translation>
    </message>
    <message>
        <source>Time practising aloud</source>
        <translation>声に出して練習した時間</translation>
    </message>
    <message>
        <source>&amp;Make it a ladder step</source>
        <translation>ステップ表の段にする(&amp;M)</translation>
    </message>
    <message>
        <source>Step: {title}</source>
        <translation>段：{title}</translation>
    </message>
    <message>
        <source>They may say: {text}</source>
        <translation>相手が言いそうなこと：{text}</translation>
    </message>
    <message>
        <source>I could say: {text}</source>
        <translation>自分が言えそうなこと：{text}</translation>
    </message>
    <message>
        <source>&amp;Save my lines</source>
        <translation>自分のせりふを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Your lines are saved.</source>
        <translation>自分のせりふを保存しました。</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>止める(&amp;T)</translation>
    </message>
    <message>
        <source>There is no ladder yet. You can make one on the Ladder page, then come back here.</source>
        <translation>ステップ表はまだありません。ステップ表のページで作ってから、またここに戻ってきてください。</translation>
    </message>
    <message>
        <source>Added to the ladder “{goal}”: {step}.</source>
        <translation>ステップ表「{goal}」に加えました：{step}。</translation>
    </message>
</context>
</TS>