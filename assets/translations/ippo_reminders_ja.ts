<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>KeepRunningNote</name>
    <message>
        <source>Reminders stay on</source>
        <translation>リマインダーは続きます</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Close the reminder</source>
        <translation>リマインダーを閉じる</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>リマインダー</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Ippo keeps running in the background so your reminders can come. Open it again from its icon in the tray; to stop it, choose Quit there or turn reminders off in Settings.</source>
        <translation>リマインダーが届くように、Ippo はバックグラウンドで動き続けます。トレイのアイコンからまた開けます。止めるときは、そこで「終了」を選ぶか、設定でリマインダーをオフにしてください。</translation>
    </message>
    <message>
        <source>Ippo keeps running in the background so your reminders can come. Start Ippo again to open the window; to stop it, turn reminders off in Settings.</source>
        <translation>リマインダーが届くように、Ippo はバックグラウンドで動き続けます。もう一度 Ippo を起動するとウィンドウが開きます。止めるときは、設定でリマインダーをオフにしてください。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Ippo</source>
        <translation>Ippo</translation>
    </message>
    <message>
        <source>When you have a moment: a small step for today</source>
        <translation>時間のあるときに：今日の小さな一歩</translation>
    </message>
    <message>
        <source>A small step for today</source>
        <translation>今日の小さな一歩</translation>
    </message>
    <message>
        <source>In 15 minutes</source>
        <translation>15分後</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>1時間後</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明日</translation>
    </message>
</context>
<context>
    <name>RemindersSection</name>
    <message>
        <source>Reminders</source>
        <translation>リマインダー</translation>
    </message>
    <message>
        <source>Ippo can remind you of a small step. A reminder only ever says "A small step for today", under Ippo's name or the neutral name you chose. Settings keep only the times, never what a reminder is for.</source>
        <translation>Ippo は小さな一歩を思い出させることができます。リマインダーに出るのは「今日の小さな一歩」という言葉だけで、名前は Ippo か、選んだ目立たない名前です。設定に残るのは時刻だけで、何のリマインダーかは残りません。</translation>
    </message>
    <message>
        <source>&amp;Remind me</source>
        <translation>リマインダーを使う(&amp;R)</translation>
    </message>
    <message>
        <source>A daily &amp;check-in at</source>
        <translation>毎日のひとこと記録（時刻）(&amp;C)</translation>
    </message>
    <message>
        <source>Ladder &amp;practice at</source>
        <translation>ステップ表の練習（時刻）(&amp;P)</translation>
    </message>
    <message>
        <source>Practice on {day}</source>
        <translation>{day}に練習</translation>
    </message>
    <message>
        <source>Routine anchors to be reminded of:</source>
        <translation>リマインダーを受け取る日課：</translation>
    </message>
    <message>
        <source>&amp;Quiet hours from</source>
        <translation>静かな時間帯（開始）(&amp;Q)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <source>&amp;Start with the session (Ippo waits in the background for reminders; the window opens when you click one)</source>
        <translation>パソコンへのログイン時に起動する（Ippo はバックグラウンドでリマインダーを待ち、クリックするとウィンドウが開きます）(&amp;S)</translation>
    </message>
    <message>
        <source>Open Ippo to choose anchors.</source>
        <translation>日課を選ぶには Ippo を開いてください。</translation>
    </message>
    <message>
        <source>No routine anchors yet.</source>
        <translation>日課はまだありません。</translation>
    </message>
    <message>
        <source>{name} at {time}</source>
        <translation>{time} {name}</translation>
    </message>
    <message>
        <source>The check-in at {time} is in your quiet hours, so it will not come.</source>
        <translation>{time} のひとこと記録は静かな時間帯に入っているため、届きません。</translation>
    </message>
    <message>
        <source>Practice at {time} is in your quiet hours, so it will not come.</source>
        <translation>{time} の練習は静かな時間帯に入っているため、届きません。</translation>
    </message>
    <message>
        <source>An anchor at {time} is in your quiet hours, so its reminder will not come.</source>
        <translation>{time} の日課は静かな時間帯に入っているため、リマインダーは届きません。</translation>
    </message>
    <message>
        <source>Choose another time or shorter quiet hours if you want it. A snoozed reminder waits until quiet hours end.</source>
        <translation>届けたい場合は、時刻を変えるか静かな時間帯を短くしてください。あとで通知するリマインダーは、静かな時間帯が終わるまで待ちます。</translation>
    </message>
    <message>
        <source>Reminders appear as this computer's notifications.</source>
        <translation>リマインダーはこのパソコンの通知として表示されます。</translation>
    </message>
    <message>
        <source>This computer has no notification service, so reminders appear as messages from Ippo's tray icon.</source>
        <translation>このパソコンには通知の仕組みがないため、リマインダーは Ippo のトレイアイコンからのメッセージとして表示されます。</translation>
    </message>
    <message>
        <source>This computer shows neither notifications nor a tray icon to Ippo, so reminders appear inside Ippo's window while it is open.</source>
        <translation>このパソコンでは Ippo が通知もトレイアイコンも使えないため、リマインダーは Ippo のウィンドウが開いている間、その中に表示されます。</translation>
    </message>
    <message>
        <source>Waits in the background for your reminders</source>
        <translation>バックグラウンドでリマインダーを待ちます</translation>
    </message>
    <message>
        <source>Ippo could not change the start-up entry in your settings folder.</source>
        <translation>設定フォルダーの自動起動の項目を変更できませんでした。</translation>
    </message>
</context>
</TS>