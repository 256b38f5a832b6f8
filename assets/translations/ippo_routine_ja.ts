<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>AnchorDialog</name>
    <message>
        <source>Change this anchor</source>
        <translation>日課を変える</translation>
    </message>
    <message>
        <source>A new anchor</source>
        <translation>新しい日課</translation>
    </message>
    <message>
        <source>For example: Get up</source>
        <translation>例：起きる</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>内容(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>時刻(&amp;T)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>曜日</translation>
    </message>
    <message>
        <source>This could not be saved just now. What you wrote is still here; please try again in a moment.</source>
        <translation>いまは保存できませんでした。書いた内容はそのまま残っています。少しして、もう一度試してください。</translation>
    </message>
</context>
<context>
    <name>AnchorsCard</name>
    <message>
        <source>Today's anchors</source>
        <translation>今日の日課</translation>
    </message>
    <message>
        <source>Open My days</source>
        <translation>1日の流れを開く</translation>
    </message>
    <message>
        <source>A few fixed points can give a day its shape: getting up, something to eat, a few minutes outside. You can choose some in My days.</source>
        <translation>起きる、何か食べる、少し外に出る。いくつかの日課があると、1日に形ができてきます。「1日の流れ」で選べます。</translation>
    </message>
    <message>
        <source>Choose a few anchors…</source>
        <translation>日課を選ぶ…</translation>
    </message>
    <message>
        <source>No anchors are planned for today. A free day is fine too.</source>
        <translation>今日の日課はありません。自由な日もあって大丈夫です。</translation>
    </message>
    <message>
        <source>Tick one when it is done; Ippo notes the time.</source>
        <translation>できたらチェックしてください。時刻は Ippo が書きとめます。</translation>
    </message>
    <message>
        <source>done at {time}</source>
        <translation>{time}にできた</translation>
    </message>
    <message>
        <source>done</source>
        <translation>できた</translation>
    </message>
    <message>
        <source>This could not be saved just now. Please try again in a moment.</source>
        <translation>いまは保存できませんでした。少しして、もう一度試してください。</translation>
    </message>
</context>
<context>
    <name>Milestones</name>
    <message>
        <source>You practised “{step}” for the first time.</source>
        <translation>「{step}」をはじめて練習しました。</translation>
    </message>
    <message>
        <source>For the first time, a week with time outside on most days.</source>
        <translation>はじめて、1週間のうちほとんどの日に外で過ごせました。</translation>
    </message>
    <message>
        <source>You finished your first thought record.</source>
        <translation>はじめての思考記録を書き終えました。</translation>
    </message>
    <message>
        <source>You kept “{anchor}” on every planned day of a week.</source>
        <translation>1週間、予定したすべての日に「{anchor}」ができました。</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <source>How did it go?</source>
        <translation>どうでしたか？</translation>
    </message>
    <message>
        <source>You did it: {what}. If you like, rate it; both are optional.</source>
        <translation>「{what}」ができました。よければ点をつけてください。どちらもつけなくてかまいません。</translation>
    </message>
    <message>
        <source>&amp;Enjoyment (0–10)</source>
        <translation>楽しさ（0〜10）(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Achievement (0–10)</source>
        <translation>達成感（0〜10）(&amp;A)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>つけない</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>Please give this anchor a name, like “Breakfast”.</source>
        <translation>日課に名前をつけてください（例：「朝ごはん」）。</translation>
    </message>
    <message>
        <source>Please keep the name under {n} characters.</source>
        <translation>名前は{n}文字以内にしてください。</translation>
    </message>
    <message>
        <source>Please choose a time of day.</source>
        <translation>時刻を選んでください。</translation>
    </message>
    <message>
        <source>Please choose at least one day of the week.</source>
        <translation>曜日を一つ以上選んでください。</translation>
    </message>
    <message>
        <source>Please choose days from Monday to Sunday.</source>
        <translation>曜日は月曜から日曜の中から選んでください。</translation>
    </message>
    <message>
        <source>You already have “{name}” at this time. You can change the days of that one instead.</source>
        <translation>この時刻には、すでに「{name}」があります。そちらの曜日を変えることもできます。</translation>
    </message>
    <message>
        <source>{n} anchors on one day is already a full day. A few anchors are enough to give a day its shape; you could pause or remove one first.</source>
        <translation>1日に{n}個の日課があると、もう予定でいっぱいです。1日の形をつくるには、いくつかの日課で十分です。先にどれかをお休みにするか、削除してみてください。</translation>
    </message>
    <message>
        <source>“{name}” is also at this time. That is fine if the two go together.</source>
        <translation>同じ時刻に「{name}」もあります。いっしょにするものなら、そのままで大丈夫です。</translation>
    </message>
    <message>
        <source>This would make {total} anchors on one day, and Ippo keeps at most {n}: a few anchors are enough to give a day its shape. You could pause or remove some anchors first, or bring the habits in as diary activities.</source>
        <translation>1日の日課が{total}個になりますが、Ippo で持てるのは{n}個までです。1日の形をつくるには、いくつかの日課で十分です。先にどれかの日課をお休みにするか削除するか、習慣を日記の活動として取り込むこともできます。</translation>
    </message>
    <message>
        <source>This anchor is no longer there.</source>
        <translation>この日課はもうありません。</translation>
    </message>
    <message>
        <source>This day is still ahead by this computer's clock, so it cannot be ticked yet. If the clock is wrong, setting it right will fix this.</source>
        <translation>パソコンの時計では、この日はまだ来ていないため、チェックできません。時計がずれている場合は、正しく合わせると直ります。</translation>
    </message>
    <message>
        <source>Please give the area a few words.</source>
        <translation>大切にしたいことを短い言葉で書いてください。</translation>
    </message>
    <message>
        <source>This plan is no longer there.</source>
        <translation>この予定はもうありません。</translation>
    </message>
    <message>
        <source>Please write what you would like to do, in a few words.</source>
        <translation>やってみたいことを短い言葉で書いてください。</translation>
    </message>
    <message>
        <source>Please keep this under {n} characters.</source>
        <translation>{n}文字以内にしてください。</translation>
    </message>
    <message>
        <source>There are already {n} plans for this day. One or two is plenty; a day with room in it is easier to keep.</source>
        <translation>この日にはすでに{n}つの予定があります。1つか2つで十分です。ゆとりのある日のほうが続けやすくなります。</translation>
    </message>
    <message>
        <source>This is already planned for that day.</source>
        <translation>この日には、もう同じ予定があります。</translation>
    </message>
    <message>
        <source>This day is still ahead by this computer's clock. You can note how it went once the day has come.</source>
        <translation>パソコンの時計では、この日はまだ来ていません。その日が来てから、どうだったかを書けます。</translation>
    </message>
    <message>
        <source>Your diary already has this activity on that day. To change that, open the diary for the day.</source>
        <translation>この日の日記に、もうこの活動が書かれています。変えるときは、その日の日記を開いてください。</translation>
    </message>
</context>
<context>
    <name>RoutineCharts</name>
    <message>
        <source>Activities and mood, by week</source>
        <translation>週ごとの活動と気分</translation>
    </message>
    <message>
        <source>Activities you note in the diary, or plan and then do, will show here beside your mood.</source>
        <translation>日記に書いた活動や、予定してできた活動が、気分と並んでここに表示されます。</translation>
    </message>
    <message>
        <source>Activities noted</source>
        <translation>書いた活動</translation>
    </message>
    <message>
        <source>Activities in the week</source>
        <translation>1週間の活動の数</translation>
    </message>
    <message>
        <source>Mood (0–10, mean)</source>
        <translation>気分（0〜10、平均）</translation>
    </message>
    <message>
        <source>Mood (0–10)</source>
        <translation>気分（0〜10）</translation>
    </message>
</context>
<context>
    <name>RoutineCli</name>
    <message>
        <source>{weekday}, {year}-{month:02d}-{day:02d}</source>
        <translation>{year}年{month}月{day}日（{weekday}）</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>火</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>水</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>木</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>金</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>土</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Please give the date as year-month-day, like 2026-04-30.</source>
        <translation>日付は「年-月-日」の順に、半角数字で書いてください。</translation>
    </message>
    <message>
        <source>Anchors for {date}:</source>
        <translation>{date}の日課：</translation>
    </message>
    <message>
        <source>No anchors for this day. You can set some on the “My days” page.</source>
        <translation>この日の日課はありません。「1日の流れ」のページで決められます。</translation>
    </message>
    <message>
        <source>(done at {time})</source>
        <translation>（{time}にできた）</translation>
    </message>
    <message>
        <source>(done)</source>
        <translation>（できた）</translation>
    </message>
    <message>
        <source>Planned activities:</source>
        <translation>予定した活動：</translation>
    </message>
</context>
<context>
    <name>RoutineDemo</name>
    <message>
        <source>call grandmother</source>
        <translation>祖母に電話する</translation>
    </message>
    <message>
        <source>bake bread</source>
        <translation>パンを焼く</translation>
    </message>
    <message>
        <source>walk to the river</source>
        <translation>川まで歩く</translation>
    </message>
</context>
<context>
    <name>RoutinePage</name>
    <message>
        <source>My days</source>
        <translation>1日の流れ</translation>
    </message>
    <message>
        <source>A few fixed points give a day its shape. Here you see the week you planned beside the week as it went. An empty box is just an empty box.</source>
        <translation>いくつかの日課があると、1日に形ができてきます。ここでは、予定した1週間と実際の1週間を並べて見られます。空いている欄は、ただ空いているだけです。</translation>
    </message>
    <message>
        <source>The week</source>
        <translation>この週</translation>
    </message>
    <message>
        <source>◀ &amp;Earlier week</source>
        <translation>◀ 前の週(&amp;E)</translation>
    </message>
    <message>
        <source>T&amp;his week</source>
        <translation>今週(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Later week ▶</source>
        <translation>次の週 ▶(&amp;L)</translation>
    </message>
    <message>
        <source>Anchors of the week</source>
        <translation>1週間の日課</translation>
    </message>
    <message>
        <source>{done} done, with the time · {open} planned · empty: not planned that day. Double-click a planned box (or press Enter) to tick it or take the tick away.</source>
        <translation>{done} できた（時刻つき）・{open} 予定・空欄：その日は予定なし。予定の欄をダブルクリック（または Enter）すると、チェックをつけたり取り消したりできます。</translation>
    </message>
    <message>
        <source>My anchors</source>
        <translation>自分の日課</translation>
    </message>
    <message>
        <source>&amp;Add an anchor…</source>
        <translation>日課を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>変更(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>お休みにする(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <source>An example anchor</source>
        <translation>日課の例</translation>
    </message>
    <message>
        <source>{time}  {name} ({days})</source>
        <translation>{time}　{name}（{days}）</translation>
    </message>
    <message>
        <source>Add this e&amp;xample</source>
        <translation>この例を追加(&amp;X)</translation>
    </message>
    <message>
        <source>What I have done</source>
        <translation>自分がしてきたこと</translation>
    </message>
    <message>
        <source>Firsts worth remembering, found in what you have noted. This list only grows; a harder week takes nothing from it.</source>
        <translation>これまでの記録から見つけた「はじめて」のできごとです。この一覧は増えていくだけで、つらい週があっても減ることはありません。</translation>
    </message>
    <message>
        <source>When something happens for the first time, such as the first practice of a step, it will be noted here.</source>
        <translation>段をはじめて練習したときなど、何かがはじめてできたときに、ここに書きとめます。</translation>
    </message>
    <message>
        <source>{day}: {text}</source>
        <translation>{day}：{text}</translation>
    </message>
    <message>
        <source>Planned activities</source>
        <translation>予定した活動</translation>
    </message>
    <message>
        <source>Plan one or two things for a day, each for something that matters to you. Afterwards, note whether it happened and how it felt; it goes into your diary.</source>
        <translation>1日に1つか2つ、自分が大切にしたいことにつながる活動を予定してみましょう。あとで、できたかどうかとどう感じたかを書くと、日記に入ります。</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日付(&amp;D)</translation>
    </message>
    <message>
        <source>Nothing is planned for this day yet.</source>
        <translation>この日の予定はまだありません。</translation>
    </message>
    <message>
        <source>It &amp;happened…</source>
        <translation>できた(&amp;H)…</translation>
    </message>
    <message>
        <source>It did &amp;not happen</source>
        <translation>今回はできなかった(&amp;N)</translation>
    </message>
    <message>
        <source>Remo&amp;ve plan</source>
        <translation>予定を削除(&amp;V)</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>何をしてみたいですか？</translation>
    </message>
    <message>
        <source>&amp;What it matters for:</source>
        <translation>大切にしたいこと(&amp;W)：</translation>
    </message>
    <message>
        <source>What it matters for</source>
        <translation>大切にしたいこと</translation>
    </message>
    <message>
        <source>Pla&amp;n it</source>
        <translation>予定に入れる(&amp;N)</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first}〜{last}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>（お休み中）</translation>
    </message>
    <message>
        <source>No anchors yet: add one below, or start with an example.</source>
        <translation>まだ日課はありません。下で追加するか、例から始めてみてください。</translation>
    </message>
    <message>
        <source>{name}, {day}: done at {time}</source>
        <translation>{name}、{day}：{time}にできた</translation>
    </message>
    <message>
        <source>{name}, {day}: done</source>
        <translation>{name}、{day}：できた</translation>
    </message>
    <message>
        <source>{name}, {day}: planned</source>
        <translation>{name}、{day}：予定</translation>
    </message>
    <message>
        <source>{name}, {day}: not planned</source>
        <translation>{name}、{day}：予定なし</translation>
    </message>
    <message>
        <source>Take up &amp;again</source>
        <translation>再開する(&amp;A)</translation>
    </message>
    <message>
        <source>Remove this anchor?</source>
        <translation>この日課を削除しますか？</translation>
    </message>
    <message>
        <source>“{name}” and the days it was ticked will be removed. To keep them, you can pause it instead.</source>
        <translation>「{name}」と、チェックした日の記録が削除されます。記録を残したいときは、お休みにすることもできます。</translation>
    </message>
    <message>
        <source>enjoyment {n}</source>
        <translation>楽しさ{n}</translation>
    </message>
    <message>
        <source>achievement {n}</source>
        <translation>達成感{n}</translation>
    </message>
    <message>
        <source>{plan} — it happened ({ratings})</source>
        <translation>{plan}　できた（{ratings}）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{plan} — it happened</source>
        <translation>{plan}　できた</translation>
    </message>
    <message>
        <source>{plan} — not this time</source>
        <translation>{plan}　今回はできなかった</translation>
    </message>
    <message>
        <source>This could not be saved just now. Please try again in a moment.</source>
        <translation>いまは保存できませんでした。少しして、もう一度試してください。</translation>
    </message>
</context>
<context>
    <name>RoutineTexts</name>
    <message>
        <source>every day</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>Monday to Friday</source>
        <translation>月曜〜金曜</translation>
    </message>
    <message>
        <source>weekends</source>
        <translation>土日</translation>
    </message>
    <message>
        <source>, </source>
        <translation>・</translation>
    </message>
</context>
</TS>