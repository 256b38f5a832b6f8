<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>ActivitiesTable</name>
    <message>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Enjoyment 0–10</source>
        <translation>楽しさ（0〜10）</translation>
    </message>
    <message>
        <source>Achievement 0–10</source>
        <translation>達成感（0〜10）</translation>
    </message>
    <message>
        <source>A&amp;dd activity</source>
        <translation>活動を追加(&amp;D)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected activity</source>
        <translation>選んだ活動を削除</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Last 4 weeks</source>
        <translation>最近の4週間</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>最近の3か月</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>最近の1年</translation>
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
        <source>Mood and anxiety chart</source>
        <translation>気分と不安のグラフ</translation>
    </message>
    <message>
        <source>Sleep chart</source>
        <translation>睡眠のグラフ</translation>
    </message>
    <message>
        <source>Time outside and face-to-face contacts chart</source>
        <translation>外で過ごした時間と会った人のグラフ</translation>
    </message>
    <message>
        <source>Symptoms by week chart</source>
        <translation>週ごとの症状のグラフ</translation>
    </message>
</context>
<context>
    <name>CheckInCard</name>
    <message>
        <source>Type a number, Tab to the next, Space for outside, Enter to save. Leave anything you like empty.</source>
        <translation>数字を入れて Tab で次へ、外出はスペース、Enter で保存します。空けておいてもかまいません。</translation>
    </message>
    <message>
        <source>Yes, I went outside</source>
        <translation>はい、外に出ました</translation>
    </message>
    <message>
        <source>&amp;Mood (0–10):</source>
        <translation>気分（0〜10）(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Anxiety (0–10):</source>
        <translation>不安（0〜10）(&amp;A):</translation>
    </message>
    <message>
        <source>Went &amp;outside today?</source>
        <translation>今日は外に出ましたか？(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save check-in</source>
        <translation>記録する(&amp;S)</translation>
    </message>
    <message>
        <source>Open the &amp;full entry for today</source>
        <translation>今日の日記をすべて開く(&amp;F)</translation>
    </message>
    <message>
        <source>Quick check-in for {day}</source>
        <translation>{day}のひとこと記録</translation>
    </message>
    <message>
        <source>Ippo could not save just now. Your answers are still here; please try again.</source>
        <translation>いまは保存できませんでした。入力した内容は残っています。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Saved. Thank you for checking in.</source>
        <translation>保存しました。記録してくれてありがとうございます。</translation>
    </message>
</context>
<context>
    <name>DayCalendar</name>
    <message>
        <source>Choose a day</source>
        <translation>日を選ぶ</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>前の月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>次の月</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>その月の日付</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>カレンダー</translation>
    </message>
</context>
<context>
    <name>Diary</name>
    <message>
        <source>Please give a number here.</source>
        <translation>ここには数字を入れてください。</translation>
    </message>
    <message>
        <source>Please write a time like 23:30.</source>
        <translation>23:30 のように時刻を入れてください。</translation>
    </message>
    <message>
        <source>Please rate symptoms from 0 to 3.</source>
        <translation>症状は 0 から 3 で記録してください。</translation>
    </message>
    <message>
        <source>Please rate enjoyment and achievement from 0 to 10, or leave them empty.</source>
        <translation>楽しさと達成感は 0 から 10 で入れるか、空けておいてください。</translation>
    </message>
    <message>
        <source>Please give a whole number here.</source>
        <translation>ここには整数を入れてください。</translation>
    </message>
    <message>
        <source>You noted {n} minutes outside home. If you went out, choose “Yes” here; if not, set the minutes to 0.</source>
        <translation>家の外で過ごした時間が{n}分と書かれています。外に出たときは「はい」を、出なかったときは時間を0分にしてください。</translation>
    </message>
    <message>
        <source>This note is longer than Ippo can keep in one day ({limit} characters). Your text is still here; please move part of it to another day.</source>
        <translation>このメモは1日に保存できる長さ（{limit}文字）を超えています。書いた文章は残っていますので、一部を別の日に移してください。</translation>
    </message>
    <message>
        <source>One of these symptoms no longer exists.</source>
        <translation>この中に、もう存在しない症状があります。</translation>
    </message>
    <message>
        <source>Please give each activity a name.</source>
        <translation>それぞれの活動に名前を付けてください。</translation>
    </message>
    <message>
        <source>Please keep each activity name under {n} characters.</source>
        <translation>活動の名前は {n}文字以内にしてください。</translation>
    </message>
    <message>
        <source>Going to bed and getting up cannot be at the same time. Please check one of the two times.</source>
        <translation>寝た時刻と起きた時刻が同じになっています。どちらかの時刻を確かめてください。</translation>
    </message>
    <message>
        <source>These times would mean {hours:.0f} hours of sleep. Please check one of the two times.</source>
        <translation>この時刻だと{hours:.0f}時間眠ったことになります。どちらかの時刻を確かめてください。</translation>
    </message>
    <message>
        <source>Please give the symptom a name.</source>
        <translation>症状に名前を付けてください。</translation>
    </message>
    <message>
        <source>Please keep the name under {n} characters.</source>
        <translation>名前は {n}文字以内にしてください。</translation>
    </message>
    <message>
        <source>You already have a symptom with this name.</source>
        <translation>同じ名前の症状がすでにあります。</translation>
    </message>
</context>
<context>
    <name>DiaryCharts</name>
    <message>
        <source>Mood and anxiety will show here once you have noted them on a few days.</source>
        <translation>何日か気分と不安を記録すると、ここに表示されます。</translation>
    </message>
    <message>
        <source>Mood (7-day average)</source>
        <translation>気分（7日間の平均）</translation>
    </message>
    <message>
        <source>Anxiety (7-day average)</source>
        <translation>不安（7日間の平均）</translation>
    </message>
    <message>
        <source>Mood and anxiety</source>
        <translation>気分と不安</translation>
    </message>
    <message>
        <source>Two more days and a line appears.</source>
        <translation>あと2日記録すると、線が表示されます。</translation>
    </message>
    <message>
        <source>One more day and a line appears.</source>
        <translation>あと1日記録すると、線が表示されます。</translation>
    </message>
    <message>
        <source>0 low … 10 high</source>
        <translation>0 低い … 10 高い</translation>
    </message>
    <message>
        <source>Your sleep will show here once you note when you went to bed and got up.</source>
        <translation>寝た時刻と起きた時刻を記録すると、ここに睡眠が表示されます。</translation>
    </message>
    <message>
        <source>Asleep</source>
        <translation>眠っていた時間</translation>
    </message>
    <message>
        <source>Middle of sleep (7-day average)</source>
        <translation>睡眠の中間時刻（7日間の平均）</translation>
    </message>
    <message>
        <source>Clock time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Sleep, from going to bed to getting up</source>
        <translation>睡眠（寝た時刻から起きた時刻まで）</translation>
    </message>
    <message>
        <source>Time outside and people met, per week</source>
        <translation>1週間に外で過ごした時間と会った人の数</translation>
    </message>
    <message>
        <source>Time outside and meetings with people will show here once you have noted them.</source>
        <translation>外で過ごした時間や人と会ったことを記録すると、ここに表示されます。</translation>
    </message>
    <message>
        <source>Minutes outside per week</source>
        <translation>1週間に外で過ごした時間（分）</translation>
    </message>
    <message>
        <source>People met face to face per week</source>
        <translation>1週間に直接会った人数</translation>
    </message>
    <message>
        <source>Your symptoms will show here once you have rated them on a few days.</source>
        <translation>何日か症状を記録すると、ここに表示されます。</translation>
    </message>
    <message>
        <source>Symptoms, average per week</source>
        <translation>症状（週ごとの平均）</translation>
    </message>
    <message>
        <source>0 none … 3 strong</source>
        <translation>0 なし … 3 強い</translation>
    </message>
</context>
<context>
    <name>DiaryDemo</name>
    <message>
        <source>Headache</source>
        <translation>頭痛</translation>
    </message>
    <message>
        <source>Racing heart</source>
        <translation>動悸</translation>
    </message>
    <message>
        <source>Low appetite</source>
        <translation>食欲がない</translation>
    </message>
    <message>
        <source>walk</source>
        <translation>散歩</translation>
    </message>
    <message>
        <source>cooking</source>
        <translation>料理</translation>
    </message>
    <message>
        <source>drawing</source>
        <translation>絵を描く</translation>
    </message>
    <message>
        <source>game</source>
        <translation>ゲーム</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>読書</translation>
    </message>
    <message>
        <source>tidying up</source>
        <translation>片づけ</translation>
    </message>
    <message>
        <source>Quiet day. Watered the plants.</source>
        <translation>静かな一日。植物に水をやった。</translation>
    </message>
    <message>
        <source>Talked with my sister at dinner.</source>
        <translation>夕食のときに妹と話した。</translation>
    </message>
    <message>
        <source>Slept badly, but made tea in the afternoon.</source>
        <translation>よく眠れなかったけれど、午後にお茶をいれた。</translation>
    </message>
    <message>
        <source>Walked to the corner and back.</source>
        <translation>角まで歩いて戻ってきた。</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <source>Days in bold have an entry. You can fill in or change any day, also days gone by.</source>
        <translation>太字の日には記録があります。過ぎた日も含め、どの日でも書き足したり直したりできます。</translation>
    </message>
    <message>
        <source>Diary sections</source>
        <translation>日記の項目</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>1日の記録</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>My symptoms</source>
        <translation>自分の症状</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>&amp;Save this day</source>
        <translation>この日を保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>&amp;Copy my text</source>
        <translation>入力した文章をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Puts the note and the activities on the clipboard, to keep them somewhere else.</source>
        <translation>メモと活動をクリップボードにコピーします。別の場所に残しておけます。</translation>
    </message>
    <message>
        <source>How you felt (0 low … 10 high)</source>
        <translation>気持ち（0 低い … 10 高い）</translation>
    </message>
    <message>
        <source>&amp;Mood:</source>
        <translation>気分(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Anxiety:</source>
        <translation>不安(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Energy:</source>
        <translation>元気(&amp;E):</translation>
    </message>
    <message>
        <source>Sleep that ended this day</source>
        <translation>この日の朝までの睡眠</translation>
    </message>
    <message>
        <source>Write the clock times. A bedtime after midnight, such as 03:00, counts as the night before this day.</source>
        <translation>時計の時刻で書いてください。03:00 のように夜中の0時を過ぎてから寝た場合も、この日の前の夜として数えます。</translation>
    </message>
    <message>
        <source>e.g. 23:30 or 03:00</source>
        <translation>例：23:30 や 03:00</translation>
    </message>
    <message>
        <source>e.g. 08:00</source>
        <translation>例：08:00</translation>
    </message>
    <message>
        <source>Went to &amp;bed:</source>
        <translation>寝た時刻(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Got up:</source>
        <translation>起きた時刻(&amp;G):</translation>
    </message>
    <message>
        <source>Your day</source>
        <translation>この日の過ごし方</translation>
    </message>
    <message>
        <source>Went &amp;outside:</source>
        <translation>外に出た(&amp;O):</translation>
    </message>
    <message>
        <source>Minutes o&amp;utside home:</source>
        <translation>家の外で過ごした時間・分(&amp;U):</translation>
    </message>
    <message>
        <source>People met &amp;face to face:</source>
        <translation>直接会った人数(&amp;F):</translation>
    </message>
    <message>
        <source>People contacted o&amp;nline:</source>
        <translation>オンラインでやりとりした人数(&amp;N):</translation>
    </message>
    <message>
        <source>Mea&amp;ls:</source>
        <translation>食事の回数(&amp;L):</translation>
    </message>
    <message>
        <source>S&amp;howered or washed:</source>
        <translation>お風呂・シャワー・洗顔(&amp;H):</translation>
    </message>
    <message>
        <source>Minutes of mo&amp;vement:</source>
        <translation>体を動かした時間・分(&amp;V):</translation>
    </message>
    <message>
        <source>Hours at a sc&amp;reen:</source>
        <translation>画面を見ていた時間(&amp;R):</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Symptoms (0 none … 3 strong)</source>
        <translation>症状（0 なし … 3 強い）</translation>
    </message>
    <message>
        <source>Choose my s&amp;ymptoms…</source>
        <translation>記録する症状を選ぶ(&amp;Y)…</translation>
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
        <source>{name} (retired)</source>
        <translation>{name}（記録をやめた症状）</translation>
    </message>
    <message>
        <source>You have not chosen any symptoms to follow. That is fine.</source>
        <translation>記録する症状はまだ選んでいません。それでもかまいません。</translation>
    </message>
    <message>
        <source>This is what you were writing last time; it is kept but not saved yet.</source>
        <translation>前回書いていた内容です。残してありますが、まだ保存されていません。</translation>
    </message>
    <message>
        <source>Nothing noted for this day yet. Every field is optional.</source>
        <translation>この日の記録はまだありません。どの項目も空けておいてかまいません。</translation>
    </message>
    <message>
        <source>Please look at the fields marked below. What you typed is kept.</source>
        <translation>下の印のある項目を見てください。入力した内容は残っています。</translation>
    </message>
    <message>
        <source>The disk is full, so Ippo could not keep what you typed, not even as a draft. It is still here in the form: free some space and press Save, or use “Copy my text” to keep it somewhere else.</source>
        <translation>ディスクがいっぱいのため、入力した内容を保存できず、下書きとしても残せませんでした。内容はこの画面にそのまま残っています。ディスクの空きを作ってから保存を押すか、「入力した文章をコピー」で別の場所に残してください。</translation>
    </message>
    <message>
        <source>Ippo could not save just now. What you typed is still here; please try again in a moment.</source>
        <translation>いまは保存できませんでした。入力した内容は残っていますので、少ししてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation>{time} に保存しました。</translation>
    </message>
    <message>
        <source>Kept as a draft. Press Save or move to another day to save it.</source>
        <translation>下書きとして残しました。保存を押すか、別の日に移ると保存されます。</translation>
    </message>
</context>
<context>
    <name>SleepSummary</name>
    <message>
        <source>About {hours} hours of sleep; the middle of your sleep was at {middle}.</source>
        <translation>睡眠はおよそ{hours}時間、睡眠の中間時刻は {middle} でした。</translation>
    </message>
</context>
<context>
    <name>SymptomsPanel</name>
    <message>
        <source>Choose a few symptoms you want to follow, in your own words, and rate them 0–3 each day. Retiring a symptom hides it from new days; what you noted before stays in your charts.</source>
        <translation>見ていきたい症状をいくつか、自分の言葉で選び、毎日0〜3で記録します。記録をやめた症状は新しい日には出てきませんが、これまでの記録はグラフに残ります。</translation>
    </message>
    <message>
        <source>Symptoms you follow</source>
        <translation>記録している症状</translation>
    </message>
    <message>
        <source>New symptom</source>
        <translation>新しい症状</translation>
    </message>
    <message>
        <source>e.g. headache, racing heart</source>
        <translation>例：頭痛、動悸</translation>
    </message>
    <message>
        <source>&amp;Add symptom</source>
        <translation>症状を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>名前を変える(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>記録をやめる(&amp;R)</translation>
    </message>
    <message>
        <source>Retired symptoms:</source>
        <translation>記録をやめた症状：</translation>
    </message>
    <message>
        <source>Retired symptoms</source>
        <translation>記録をやめた症状</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>また使う(&amp;B)</translation>
    </message>
</context>
</TS>