<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
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
</TS>