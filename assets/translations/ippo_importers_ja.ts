<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>ImportWizard</name>
    <message>
        <source>Bring in from another app</source>
        <translation>ほかのアプリから取り込む</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>ファイル：{name}</translation>
    </message>
    <message>
        <source>&amp;What kind of file:</source>
        <translation>ファイルの種類(&amp;W)：</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>ファイルを読んでいます…</translation>
    </message>
    <message>
        <source>How Ippo reads it</source>
        <translation>Ippo での読み取り方</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Mood (0–10)</source>
        <translation>気分（0〜10）</translation>
    </message>
    <message>
        <source>Anxiety (0–10)</source>
        <translation>不安（0〜10）</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>睡眠</translation>
    </message>
    <message>
        <source>Minutes outside</source>
        <translation>外で過ごした時間（分）</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Days as Ippo will keep them, newest first</source>
        <translation>Ippo に保存される形での日付（新しい順）</translation>
    </message>
    <message>
        <source>Days already in your diary</source>
        <translation>すでに日記にある日</translation>
    </message>
    <message>
        <source>&amp;Keep mine: those days stay as they are</source>
        <translation>自分の記録を残す：その日はそのままにします(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take the file’s: its values replace mine (symptom ratings stay)</source>
        <translation>ファイルの内容にする：ファイルの値で置き換えます。症状の記録は残ります(&amp;T)</translation>
    </message>
    <message>
        <source>Keep &amp;both: both notes and all activities; my numbers stay where I gave one</source>
        <translation>両方残す：メモも活動も両方残し、自分が入れた数値はそのままにします(&amp;B)</translation>
    </message>
    <message>
        <source>Nothing changes until you choose “Bring in”. Ippo makes a backup first, and if anything does not fit, nothing is changed.</source>
        <translation>「取り込む」を選ぶまでは何も変わりません。Ippo は先にバックアップを作ります。合わないものがあれば、何も変えません。</translation>
    </message>
    <message>
        <source>&amp;Bring in</source>
        <translation>取り込む(&amp;B)</translation>
    </message>
    <message>
        <source>Your mood names in Ippo’s mood (0–10)</source>
        <translation>自分の気分の名前を Ippo の気分（0〜10）に</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選んでください…</translation>
    </message>
    <message>
        <source>Ippo mood for “{label}”</source>
        <translation>「{label}」の Ippo での気分</translation>
    </message>
    <message>
        <source>Which column is what</source>
        <translation>どの列が何か</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>（このファイルにはない）</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>日付の形式</translation>
    </message>
    <message>
        <source>Mood scale in the file</source>
        <translation>ファイルでの気分の範囲</translation>
    </message>
    <message>
        <source>Anxiety scale in the file</source>
        <translation>ファイルでの不安の範囲</translation>
    </message>
    <message>
        <source>lowest</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>highest</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Diary &amp;activities: each habit done on a day becomes an activity that day</source>
        <translation>日記の活動：できた日の習慣を、その日の活動にします(&amp;A)</translation>
    </message>
    <message>
        <source>Habits become diary activities</source>
        <translation>習慣を日記の活動にする</translation>
    </message>
    <message>
        <source>Routine a&amp;nchors: each habit becomes an anchor, each day done a tick</source>
        <translation>日課：習慣をそれぞれ日課にし、できた日にチェックをつけます(&amp;N)</translation>
    </message>
    <message>
        <source>Habits become routine anchors</source>
        <translation>習慣を日課にする</translation>
    </message>
    <message>
        <source>Habits become</source>
        <translation>習慣の取り込み先</translation>
    </message>
    <message>
        <source>Time of the anchors</source>
        <translation>日課の時刻</translation>
    </message>
    <message>
        <source>T&amp;ime of the anchors:</source>
        <translation>日課の時刻(&amp;I)：</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read as {encoding}.</source>
        <translation>
            <numerusform>{encoding} として%n行を読みました。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n routine anchor(s) to add.</source>
        <translation>
            <numerusform>追加する日課：%n個。</numerusform></translation>
    </message>
    <message>
        <source>Anchors already in your routine, used as they are: {n}.</source>
        <translation>すでにある日課（そのまま使います）：{n}個。</translation>
    </message>
    <message>
        <source>Days to tick: {n}.</source>
        <translation>チェックをつける日：{n}日。</translation>
    </message>
    <message numerus="yes">
        <source>%n diary day(s) to bring in.</source>
        <translation>
            <numerusform>取り込む日記の日数：%n日。</numerusform></translation>
    </message>
    <message>
        <source>Please choose an Ippo mood for: {labels}.</source>
        <translation>次の名前に Ippo の気分を選んでください：{labels}。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>…ほかに%n件あります。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of the file are already in your diary.</source>
        <translation>
            <numerusform>ファイルのうち%n日は、すでに日記にあります。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of them differ from what you have.</source>
        <translation>
            <numerusform>そのうち%n日は、自分の記録と内容が違います。</numerusform></translation>
    </message>
    <message>
        <source>Bringing in…</source>
        <translation>取り込んでいます…</translation>
    </message>
</context>
<context>
    <name>Importers</name>
    <message>
        <source>Ippo does not recognise this file. If it is a CSV from another app, choose “Another app’s CSV file” and say which column is the date.</source>
        <translation>Ippo ではこのファイルの種類がわかりませんでした。ほかのアプリの CSV なら「ほかのアプリの CSV ファイル」を選び、どの列が日付かを指定してください。</translation>
    </message>
    <message>
        <source>Daylio (mood diary app)</source>
        <translation>Daylio（気分日記アプリ）</translation>
    </message>
    <message>
        <source>This file does not have Daylio's columns full_date and mood.</source>
        <translation>このファイルには Daylio の full_date と mood の列がありません。</translation>
    </message>
    <message>
        <source>“{value}” is not a date like 2024-05-31, so this row was left out.</source>
        <translation>「{value}」は日付として読み取れないため、この行は取り込みませんでした。</translation>
    </message>
    <message>
        <source>Please give “{label}” a mood from 0 to 10.</source>
        <translation>「{label}」には 0〜10 の気分を選んでください。</translation>
    </message>
    <message>
        <source>an activity name longer than {n} characters was shortened.</source>
        <translation>{n}文字より長い活動の名前を短くしました。</translation>
    </message>
    <message>
        <source>Another app’s CSV file</source>
        <translation>ほかのアプリの CSV ファイル</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
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
        <source>Went to bed</source>
        <translation>寝た時刻</translation>
    </message>
    <message>
        <source>Got up</source>
        <translation>起きた時刻</translation>
    </message>
    <message>
        <source>Minutes outside</source>
        <translation>外で過ごした時間（分）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Please choose which column holds the date.</source>
        <translation>どの列が日付かを選んでください。</translation>
    </message>
    <message>
        <source>Ippo could not recognise the dates in the column “{column}”. Please choose the date column again, or save the dates like 2024-05-31.</source>
        <translation>「{column}」列の日付を読み取れませんでした。日付の列を選び直すか、2024/05/31 のような形で保存し直してください。</translation>
    </message>
    <message>
        <source>“{value}” is not a date in the chosen format, so this row was left out.</source>
        <translation>「{value}」は選んだ形式の日付ではないため、この行は取り込みませんでした。</translation>
    </message>
    <message>
        <source>“{value}” does not fit the scale {low}–{high}, so it was left out.</source>
        <translation>「{value}」は {low}〜{high} の範囲に入らないため、この値は取り込みませんでした。</translation>
    </message>
    <message>
        <source>a sleep time is not a time like 23:30, so the sleep times were left out.</source>
        <translation>睡眠の時刻が 23:30 のような形ではないため、寝た時刻と起きた時刻は取り込みませんでした。</translation>
    </message>
    <message>
        <source>these sleep times are not a possible night, so they were left out.</source>
        <translation>この睡眠の時刻は1晩の睡眠としてありえないため、取り込みませんでした。</translation>
    </message>
    <message>
        <source>“{value}” is not a number of minutes from 0 to 1440, so it was left out.</source>
        <translation>「{value}」は 0〜1440 の分数ではないため、この値は取り込みませんでした。</translation>
    </message>
    <message>
        <source>the note is longer than Ippo keeps in one day, so it was left out.</source>
        <translation>メモが1日に保存できる長さを超えているため、このメモは取り込みませんでした。</translation>
    </message>
    <message>
        <source>Loop Habit Tracker</source>
        <translation>Loop Habit Tracker（習慣記録アプリ）</translation>
    </message>
    <message>
        <source>This file does not start with Loop's Date column.</source>
        <translation>このファイルは Loop の Date 列で始まっていません。</translation>
    </message>
    <message>
        <source>Each habit becomes a routine anchor for every day, and each day you marked it as done becomes a tick on that anchor. Loop keeps no time of day, so each tick has the anchor's time.</source>
        <translation>習慣はそれぞれ、毎日の日課になります。できたと記録した日は、その日課のチェックになります。Loop には時刻の記録がないため、チェックの時刻は日課の時刻にします。</translation>
    </message>
    <message>
        <source>Each habit you marked as done becomes an activity in that day's diary page. Days with nothing marked are not added.</source>
        <translation>「できた」と記録した習慣は、その日の日記ページの活動になります。何も記録していない日は追加しません。</translation>
    </message>
    <message>
        <source>Line {line}: {message}</source>
        <translation>{line}行目：{message}</translation>
    </message>
    <message>
        <source>Ippo keeps one diary page per day. When the file has several entries on one day, they become one page: the mood is their average, the notes are joined in order, and each activity is listed once.</source>
        <translation>Ippo の日記は1日に1ページです。ファイルに同じ日の記録がいくつかあるときは、1ページにまとめます。気分はその平均、メモは時間の順につなげ、活動はそれぞれ1回ずつ記録します。</translation>
    </message>
    <message>
        <source>Days added to your diary: %n.</source>
        <translation>日記に追加した日：%n日。</translation>
    </message>
    <message>
        <source>Days that now hold the file’s values: %n.</source>
        <translation>ファイルの内容に置き換えた日：%n日。</translation>
    </message>
    <message>
        <source>Days that keep both yours and the file’s: %n.</source>
        <translation>自分の記録とファイルの内容を両方残した日：%n日。</translation>
    </message>
    <message>
        <source>Days that stayed as they were: %n.</source>
        <translation>そのままにした日：%n日。</translation>
    </message>
    <message>
        <source>The habits do not fit your routine as anchors, so nothing would be brought in: {reason}</source>
        <translation>習慣を日課として入れると1日の流れに収まらないため、何も取り込みません：{reason}</translation>
    </message>
    <message>
        <source>Please choose a mood for every mood name in the file first.</source>
        <translation>先に、ファイルにある気分の名前それぞれに気分を選んでください。</translation>
    </message>
    <message>
        <source>There is nothing in this file to bring in.</source>
        <translation>このファイルには取り込めるものがありません。</translation>
    </message>
    <message>
        <source>The day {date} does not fit Ippo’s diary, so nothing was brought in: {reason}</source>
        <translation>{date} の記録が Ippo の日記に合わないため、何も取り込みませんでした：{reason}</translation>
    </message>
    <message>
        <source>One of the days does not fit Ippo’s diary, so nothing was brought in: {reason}</source>
        <translation>Ippo の日記に合わない日があるため、何も取り込みませんでした：{reason}</translation>
    </message>
    <message>
        <source>This file is larger than Ippo can bring in at once ({mb} MB at most).</source>
        <translation>このファイルは一度に取り込める大きさ（{mb}MB まで）を超えています。</translation>
    </message>
    <message>
        <source>This file could not be opened. Please check that it is still there and that you may read it.</source>
        <translation>このファイルを開けませんでした。ファイルがまだあるか、読み取りが許可されているかを確かめてください。</translation>
    </message>
    <message>
        <source>A file inside this zip is larger than Ippo can bring in.</source>
        <translation>この zip の中に、取り込める大きさを超えるファイルがあります。</translation>
    </message>
    <message>
        <source>This zip file could not be read; it may be damaged.</source>
        <translation>この zip ファイルを読み取れませんでした。壊れているのかもしれません。</translation>
    </message>
    <message>
        <source>This zip file has no Checkmarks.csv, so it does not look like a Loop Habit Tracker export.</source>
        <translation>この zip ファイルには Checkmarks.csv がないため、Loop Habit Tracker の書き出しではないようです。</translation>
    </message>
    <message>
        <source>This file says it is UTF-16 text but could not be read as such; it may be cut short.</source>
        <translation>このファイルは UTF-16 のテキストとして読めませんでした。途中で切れているのかもしれません。</translation>
    </message>
    <message>
        <source>Ippo could not read the text in this file. Please save it as UTF-8 (or Shift-JIS) CSV and try again.</source>
        <translation>このファイルの文字を読み取れませんでした。UTF-8（または Shift-JIS）の CSV として保存し直してから、もう一度試してください。</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>このファイルは空です。</translation>
    </message>
    <message>
        <source>Ippo could not read the text in this file.</source>
        <translation>このファイルの文字を読み取れませんでした。</translation>
    </message>
    <message>
        <source>This file has more than {n} rows, more than Ippo brings in at once. Please split it into smaller files.</source>
        <translation>このファイルは {n}行を超えていて、一度に取り込める量より多いです。いくつかの小さなファイルに分けてください。</translation>
    </message>
    <message>
        <source>Line {line} of this file could not be read as CSV; it may be cut short.</source>
        <translation>このファイルの{line}行目を CSV として読み取れませんでした。途中で切れているのかもしれません。</translation>
    </message>
    <message>
        <source>Ippo found only one column in this file. Please save it as CSV with commas, semicolons or tabs between the columns.</source>
        <translation>このファイルには列が1つしか見つかりませんでした。列の間をコンマ、セミコロン、タブのどれかで区切った CSV として保存してください。</translation>
    </message>
    <message>
        <source>This file has column names but no rows to bring in.</source>
        <translation>このファイルには列の名前だけがあり、取り込む行がありません。</translation>
    </message>
    <message>
        <source>the date {date} is in the future, so this row was left out.</source>
        <translation>{date} は未来の日付のため、この行は取り込みませんでした。</translation>
    </message>
    <message>
        <source>the date {date} is before 1900, so this row was left out.</source>
        <translation>{date} は1900年より前の日付のため、この行は取り込みませんでした。</translation>
    </message>
</context>
<context>
    <name>ImportersCli</name>
    <message>
        <source>Please write --mood LABEL=NUMBER, --column FIELD=COLUMN, --scale FIELD=LOW-HIGH and --anchor-time HH:MM.</source>
        <translation>--mood 名前=数字、--column 項目=列名、--scale 項目=最小-最大、--anchor-time HH:MM の形で書いてください。</translation>
    </message>
    <message>
        <source>{rows} rows read ({encoding}); {days} diary days: {new} new, {dups} already in your diary.</source>
        <translation>{rows}行を読みました（{encoding}）。日記の日数：{days}日（新しい日 {new}日、すでに日記にある日 {dups}日）。</translation>
    </message>
    <message>
        <source>Mood “{label}” → {value}</source>
        <translation>気分「{label}」→ {value}</translation>
    </message>
    <message>
        <source>… and {n} more lines left out or changed.</source>
        <translation>…ほかに、取り込まなかったり変えたりした行が {n}行あります。</translation>
    </message>
    <message>
        <source>Please give each of these mood names an Ippo mood with --mood: {labels}</source>
        <translation>次の気分の名前それぞれに、--mood で Ippo の気分を指定してください：{labels}</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>試しに読んだだけです。何も変えていません。</translation>
    </message>
    <message>
        <source>{rows} rows read ({encoding}). Habits as routine anchors at {time}: {anchors} (new: {new}, already there: {reused}). Days to tick: {ticks}.</source>
        <translation>{rows}行を読みました（{encoding}）。{time}の日課にする習慣：{anchors}個（新しい日課 {new}個、すでにある日課 {reused}個）。チェックをつける日：{ticks}日。</translation>
    </message>
</context>
</TS>