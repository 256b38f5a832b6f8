<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>AppearanceSection</name>
    <message>
        <source>Language and appearance</source>
        <translation>言語と表示</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>{n} %</source>
        <translation>{n}%</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>文字の大きさ(&amp;S):</translation>
    </message>
    <message>
        <source>Show the &amp;welcome again</source>
        <translation>はじめのご案内をもう一度見る(&amp;W)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Please give a positive number of weeks or years.</source>
        <translation>週数か年数を1以上で指定してください。</translation>
    </message>
    <message>
        <source>Demo data for {days} days written to {path}.</source>
        <translation>{days}日分のデモデータを {path} に書き込みました。</translation>
    </message>
    <message>
        <source>The backup from {date} is your data again.</source>
        <translation>{date}のバックアップを、今のデータとして戻しました。</translation>
    </message>
    <message>
        <source>The unusable file was kept as {path}.</source>
        <translation>使えなかったファイルは {path} として残してあります。</translation>
    </message>
    <message>
        <source>Your data in {path} opens normally, so nothing was restored. To go back to a backup, use Settings in Ippo's window.</source>
        <translation>{path} のデータは問題なく開けるので、何も復元していません。バックアップに戻すには、Ippo のウィンドウの設定から行ってください。</translation>
    </message>
</context>
<context>
    <name>ErrorNotice</name>
    <message>
        <source>Something went wrong inside Ippo. What you saved is safe, and what you are typing stays where it is. You can carry on.</source>
        <translation>Ippo の中で問題が起きました。保存したものは無事で、入力中の内容もそのまま残っています。このまま続けられます。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>うまくいかないことがありました</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>Your Ippo data in {path} is in good order.</source>
        <translation>{path} の Ippo のデータは問題ありません。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>ステップ表</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>日記</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>思考記録</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>練習</translation>
    </message>
    <message>
        <source>My days</source>
        <translation>1日の流れ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>あゆみ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>{page} (Ctrl+{n})</source>
        <translation>{page} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>Need help now</source>
        <translation>いま助けが必要</translation>
    </message>
    <message>
        <source>Need help now (F1)</source>
        <translation>いま助けが必要（F1）</translation>
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
        <source>This page could not be opened. Your data is safe.</source>
        <translation>このページを開けませんでした。データは無事です。</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>場所(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T):</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Ippo has a good backup from {date}. Restoring it keeps the unusable file in the backups folder, so nothing is lost.</source>
        <translation>{date}の確認済みのバックアップがあります。復元しても、使えないファイルはバックアップのフォルダーに残るので、何も失われません。</translation>
    </message>
    <message>
        <source>Ippo</source>
        <translation>Ippo</translation>
    </message>
    <message>
        <source>Restore the newest backup from {date}</source>
        <translation>{date}の最新のバックアップを復元</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>The backup from {date} is your data again.</source>
        <translation>{date}のバックアップを、今のデータとして戻しました。</translation>
    </message>
    <message>
        <source>The unusable file was kept as {name} in the backups folder.</source>
        <translation>使えなかったファイルは、バックアップのフォルダーに {name} として残してあります。</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Ippo has a good backup from {date}: {backup}
To put it back (the unusable file is kept in the backups folder), run:
  ippo restore --data-dir "{folder}"</source>
        <translation>{date}の確認済みのバックアップがあります：{backup}
元に戻すには、次のコマンドを実行してください（使えないファイルはバックアップのフォルダーに残します）：
  ippo restore --data-dir "{folder}"</translation>
    </message>
    <message>
        <source>There is no Ippo data in {path} yet. Nothing was changed.</source>
        <translation>{path} にはまだ Ippo のデータがありません。何も変更していません。</translation>
    </message>
    <message>
        <source>Ippo cannot write to {path}. Your data is safe and unchanged; please check that the folder and its files belong to you and are not read-only.</source>
        <translation>{path} に書き込めません。データは無事で、変更していません。フォルダーとファイルがご自分のもので、読み取り専用になっていないか確かめてください。</translation>
    </message>
    <message>
        <source>The file {path} is not an Ippo database. Ippo left it exactly as it is; move it away or choose another data folder.</source>
        <translation>{path} は Ippo のデータベースではありません。ファイルはそのままにしてあります。別の場所に移すか、別のデータフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The data in {path} is locked with a passphrase (or is not an Ippo file). Please give the passphrase to open it; nothing was changed.</source>
        <translation>{path} のデータはパスフレーズで保護されています（または Ippo のファイルではありません）。開くにはパスフレーズを入力してください。何も変更していません。</translation>
    </message>
    <message>
        <source>That passphrase did not open your data. Nothing was changed; please try again.</source>
        <translation>そのパスフレーズではデータを開けませんでした。何も変更していません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The database {path} is damaged. Ippo has not changed it. You can restore a backup from Settings, or keep a copy of the file and ask for help.</source>
        <translation>データベース {path} が壊れています。Ippo は変更していません。設定からバックアップを復元するか、ファイルのコピーを残して誰かに相談してください。</translation>
    </message>
    <message>
        <source>The data in {path} was written by a newer version of Ippo. Ippo left it untouched; please install the newer version to open it.</source>
        <translation>{path} のデータは新しいバージョンの Ippo で書かれています。手を付けずにそのままにしてあります。開くには新しいバージョンを入れてください。</translation>
    </message>
    <message>
        <source>Another program is using {path} right now. Please close it and try again.</source>
        <translation>別のプログラムが {path} を使っています。そちらを閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The disk is full, so Ippo could not save. What you typed is still here.</source>
        <translation>ディスクがいっぱいのため保存できませんでした。入力した内容はそのまま残っています。</translation>
    </message>
    <message>
        <source>Ippo may not write to its data folder just now, so it could not save. What you typed is still here; please check that the folder is yours and not read-only.</source>
        <translation>いまはデータフォルダーに書き込めないため、保存できませんでした。入力した内容はそのまま残っています。フォルダーがご自分のもので、読み取り専用になっていないか確かめてください。</translation>
    </message>
    <message>
        <source>Another program is using Ippo's data just now, so it could not save. What you typed is still here; please try again in a moment.</source>
        <translation>別のプログラムが Ippo のデータを使っているため、保存できませんでした。入力した内容はそのまま残っています。少し待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Ippo could not save just now. What you typed is still here; please try again.</source>
        <translation>いまは保存できませんでした。入力した内容はそのまま残っています。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Something else is in the way at {path}, where Ippo keeps its data (a folder where a file should be, or the other way round). Ippo left it exactly as it is; please move it away or choose another data folder.</source>
        <translation>Ippo がデータを置く {path} に、別のもの（ファイルがあるべき所にフォルダー、またはその逆）があります。そのままにしてあります。別の場所に移すか、別のデータフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The database {path} is empty, so your entries are not in it. Ippo has not changed it and has not started a new one over it.</source>
        <translation>データベース {path} は空で、記録が入っていません。Ippo は変更しておらず、上から新しく作り直してもいません。</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
</context>
<context>
    <name>UnsavedClose</name>
    <message>
        <source>Close Ippo?</source>
        <translation>Ippo を閉じますか？</translation>
    </message>
    <message>
        <source>Some of what you typed could not be saved, not even as a draft (the disk may be full). If you close Ippo now, it will be gone. You can stay, use “Copy my text” to keep it somewhere else, and close afterwards.</source>
        <translation>入力した内容の一部を、下書きとしても保存できませんでした（ディスクがいっぱいかもしれません）。いま Ippo を閉じると、その内容は消えてしまいます。閉じずに「入力した文章をコピー」で別の場所に残してから閉じることもできます。</translation>
    </message>
    <message>
        <source>&amp;Stay in Ippo</source>
        <translation>Ippo に戻る(&amp;S)</translation>
    </message>
    <message>
        <source>Close &amp;anyway</source>
        <translation>このまま閉じる(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Please choose a number from {low} to {high}.</source>
        <translation>{low} から {high} までの数を選んでください。</translation>
    </message>
    <message>
        <source>Please write a few words here.</source>
        <translation>ここに少し書いてください。</translation>
    </message>
</context>
<context>
    <name>WelcomeCard</name>
    <message>
        <source>One small step is enough for today. Whatever you do here stays on this computer.</source>
        <translation>今日は小さな一歩で十分です。ここに書いたことは、このパソコンの中だけに残ります。</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Ippo</source>
        <translation>Ippo へようこそ</translation>
    </message>
    <message>
        <source>Welcome. We are glad you are here.</source>
        <translation>ようこそ。来てくださってうれしいです。</translation>
    </message>
    <message>
        <source>Ippo means "one step". It helps you take small steps at your own pace: a ladder of little challenges, a short diary, thought records and a plan for harder days.</source>
        <translation>Ippo は「一歩」という意味です。小さな練習を並べたステップ表、短い日記、思考記録、つらい日のためのプランで、自分のペースで少しずつ進むお手伝いをします。</translation>
    </message>
    <message>
        <source>Everything you write stays on this computer. Ippo never goes on the internet and needs no account. You can protect it with a passphrase in Settings.</source>
        <translation>書いたことはすべてこのパソコンの中に残ります。Ippo はインターネットにつながらず、アカウントも要りません。設定でパスフレーズをかけて守ることもできます。</translation>
    </message>
    <message>
        <source>Ippo is a self-help tool, not therapy, and it cannot diagnose anything. If you can, it may help to share what you find here with a doctor or counsellor.</source>
        <translation>Ippo はセルフヘルプの道具で、治療ではなく、診断もできません。もしできそうなら、ここで気づいたことを医師やカウンセラーに伝えると役に立つかもしれません。</translation>
    </message>
    <message>
        <source>If you are in danger or thinking of harming yourself, please call your local emergency number now, or reach out to someone you trust.</source>
        <translation>危険な状態にあるときや、自分を傷つけたい気持ちがあるときは、今すぐ地域の緊急番号に電話するか、信頼できる人に連絡してください。</translation>
    </message>
    <message>
        <source>&amp;Let's begin</source>
        <translation>はじめる(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Start fresh</source>
        <translation>新しくはじめる(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Bring in my data from an Ippo export or backup…</source>
        <translation>Ippo の書き出しやバックアップからデータを入れる(&amp;B)…</translation>
    </message>
</context>
</TS>