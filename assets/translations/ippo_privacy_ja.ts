<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Ippo keeps checked copies of your data in its own folder: one a day when you use it, and one before every import, restore and update. Older copies are thinned out over time. They are encrypted whenever your data is. Something you delete stays in older backups until they are thinned out.</source>
        <translation>Ippo は、確認済みのデータのコピーを専用のフォルダーに保存します。使った日に1日1回、そして取り込み・復元・更新の前に毎回作ります。古いコピーは少しずつ整理されます。データが暗号化されているときは、コピーも暗号化されます。削除した内容も、古いコピーが整理されるまではその中に残ります。</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>今すぐバックアップ</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>毎日の分</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>更新の前</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>取り込みの前</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>復元の前</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>手動で作成</translation>
    </message>
    <message>
        <source>{when} ({why})</source>
        <translation>{when}（{why}）</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>バックアップを作っています…</translation>
    </message>
    <message>
        <source>Reading the backup…</source>
        <translation>バックアップを読んでいます…</translation>
    </message>
    <message>
        <source>This backup cannot be opened with your current passphrase. It may have been made under an earlier one; your recovery key from that time opens it.</source>
        <translation>このバックアップは今のパスフレーズでは開けません。以前のパスフレーズのときに作られたのかもしれません。その頃の回復キーで開くことができます。</translation>
    </message>
</context>
<context>
    <name>BringIn</name>
    <message>
        <source>Bring in my data</source>
        <translation>データを入れる</translation>
    </message>
    <message>
        <source>Ippo exports and backups (*.ippo *.json *.sqlite3);;All files (*)</source>
        <translation>Ippo の書き出しとバックアップ (*.ippo *.json *.sqlite3);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>自分のデータ</translation>
    </message>
    <message>
        <source>Your data is here.</source>
        <translation>データが入りました。</translation>
    </message>
    <message>
        <source>On this computer it is not protected by a passphrase yet; you can set one in Settings › Privacy.</source>
        <translation>このパソコンでは、まだパスフレーズで守られていません。設定 › プライバシーで設定できます。</translation>
    </message>
    <message>
        <source>You can try again any time from Settings › Your data › Import.</source>
        <translation>設定 › 自分のデータ › 取り込む から、いつでもやり直せます。</translation>
    </message>
    <message>
        <source>Bringing in your data…</source>
        <translation>データを入れています…</translation>
    </message>
</context>
<context>
    <name>DataSection</name>
    <message>
        <source>Your data</source>
        <translation>自分のデータ</translation>
    </message>
    <message>
        <source>Your data is yours. Export all of it as one file that Ippo can import again, or as spreadsheet files you can open and read: the diary one row per day, ladder practice and thought records one row each. While your data is protected by a passphrase, the one file is encrypted too; spreadsheet files never are.</source>
        <translation>データは自分のものです。Ippo で再び取り込める1つのファイルとして、または表計算ソフトで開いて読めるファイル（日記は1日1行、ステップ表の練習と思考記録は1件1行）として、すべて書き出せます。データをパスフレーズで守っているあいだは、1つのファイルのほうも暗号化されます。表計算ソフト用のファイルは暗号化されません。</translation>
    </message>
    <message>
        <source>&amp;Export everything…</source>
        <translation>すべて書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Export for &amp;spreadsheets…</source>
        <translation>表計算ソフト用に書き出す(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Bring in from &amp;another app…</source>
        <translation>ほかのアプリから取り込む(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete all my data…</source>
        <translation>データをすべて削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>データをすべて削除</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>すべて書き出す</translation>
    </message>
    <message>
        <source>Encrypted Ippo export (*.ippo)</source>
        <translation>暗号化した Ippo の書き出し (*.ippo)</translation>
    </message>
    <message>
        <source>Export for spreadsheets</source>
        <translation>表計算ソフト用に書き出す</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <source>Ippo exports (*.ippo *.json)</source>
        <translation>Ippo の書き出し (*.ippo *.json)</translation>
    </message>
    <message>
        <source>Bring in from another app</source>
        <translation>ほかのアプリから取り込む</translation>
    </message>
    <message>
        <source>Exports of other apps (*.csv *.zip *.txt);;All files (*)</source>
        <translation>ほかのアプリの書き出し (*.csv *.zip *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Everything was exported to {path}, encrypted with the passphrase you chose.</source>
        <translation>すべてのデータを、選んだパスフレーズで暗号化して {path} に書き出しました。</translation>
    </message>
    <message>
        <source>Everything was exported to {path}.</source>
        <translation>すべてのデータを {path} に書き出しました。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>書き出しています…</translation>
    </message>
    <message>
        <source>{path} already exists; please choose a new name.</source>
        <translation>{path} はすでにあります。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>The spreadsheet files are in {path}.</source>
        <translation>表計算ソフト用のファイルは {path} にあります。</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>ファイルを読んでいます…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>取り込んでいます…</translation>
    </message>
    <message>
        <source>The file has been imported.</source>
        <translation>ファイルを取り込みました。</translation>
    </message>
    <message>
        <source>Some files could not be deleted. Please close other programs that may be using them and try again.</source>
        <translation>削除できなかったファイルがあります。そのファイルを使っているかもしれないほかのプログラムを閉じてから、もう一度試してください。</translation>
    </message>
    <message>
        <source>All your data has been deleted. Ippo is empty now, as on the first day.</source>
        <translation>データをすべて削除しました。Ippo は最初の日と同じ、空の状態です。</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete all my data</source>
        <translation>データをすべて削除</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>This removes everything Ippo keeps on this computer: your ladders, diary, thought records, plan and every backup. It cannot be undone. If you might want it later, export it first.

To go ahead, type "{word}" below.</source>
        <translation>このパソコンに Ippo が保存しているもの（ステップ表、日記、思考記録、プラン、すべてのバックアップ）をすべて削除します。元には戻せません。あとで必要になりそうなら、先に書き出しておいてください。

続けるには、下に「{word}」と入力してください。</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>確認(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Delete everything</source>
        <translation>すべて削除する(&amp;D)</translation>
    </message>
</context>
<context>
    <name>FilePassphraseDialog</name>
    <message>
        <source>Encrypted export</source>
        <translation>暗号化した書き出し</translation>
    </message>
    <message>
        <source>Encrypted file</source>
        <translation>暗号化されたファイル</translation>
    </message>
    <message>
        <source>Your data is protected by a passphrase, so the export is encrypted too. Choose a passphrase for the file: your Ippo passphrase, or another one. You will need it to bring the file back into Ippo.</source>
        <translation>データがパスフレーズで守られているので、書き出すファイルも暗号化します。ファイル用のパスフレーズを決めてください。Ippo のパスフレーズでも、別のものでもかまいません。ファイルを Ippo に取り込むときに必要になります。</translation>
    </message>
    <message>
        <source>This backup is encrypted. Please type the recovery key of the Ippo it came from, or its passphrase if the backup is still in its Ippo data folder.</source>
        <translation>このバックアップは暗号化されています。元の Ippo の回復キーを入力してください。バックアップが元の Ippo のデータフォルダーにあるときは、そのパスフレーズでも開けます。</translation>
    </message>
    <message>
        <source>This export is encrypted. Please type the passphrase it was saved with.</source>
        <translation>この書き出しファイルは暗号化されています。保存したときのパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>&amp;Recovery key or passphrase:</source>
        <translation>回復キーまたはパスフレーズ(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Passphrase for the file:</source>
        <translation>ファイルのパスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>もう一度入力(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>書き出す(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Export &amp;without encryption…</source>
        <translation>暗号化せずに書き出す(&amp;W)…</translation>
    </message>
    <message>
        <source>Please type the passphrase.</source>
        <translation>パスフレーズを入力してください。</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>The disk is full, so {path} could not be written. Nothing else was changed.</source>
        <translation>ディスクがいっぱいのため、{path} を書き込めませんでした。ほかには何も変わっていません。</translation>
    </message>
    <message>
        <source>Ippo cannot write into {path}. Please choose a folder that belongs to you. Nothing else was changed.</source>
        <translation>Ippo は {path} に書き込めません。自分のフォルダーを選んでください。ほかには何も変わっていません。</translation>
    </message>
    <message>
        <source>{path} could not be written. Nothing else was changed.</source>
        <translation>{path} を書き込めませんでした。ほかには何も変わっていません。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message numerus="yes">
        <source>This file holds %n record(s).</source>
        <translation>
            <numerusform>このファイルには%n件の記録があります。</numerusform></translation>
    </message>
    <message>
        <source>It was exported on {when}.</source>
        <translation>書き出した日時は {when} です。</translation>
    </message>
    <message>
        <source>&amp;Add to my data: everything here stays as it is, and records already here are not added twice</source>
        <translation>今のデータに追加する：今ある記録はそのまま残し、同じ記録を重ねて追加しません(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;place my data with the file</source>
        <translation>今のデータをファイルの内容に置き換える(&amp;P)</translation>
    </message>
    <message>
        <source>Ippo makes a backup first. If anything in the file does not fit, nothing is changed.</source>
        <translation>Ippo は先にバックアップを作ります。ファイルの中に合わないものがあれば、何も変更しません。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
</context>
<context>
    <name>LockGuard</name>
    <message>
        <source>&amp;Lock</source>
        <translation>ロック(&amp;L)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <source>Hide everything until you open it again ({key})</source>
        <translation>もう一度開くまで、すべてを隠します（{key}）</translation>
    </message>
    <message>
        <source>Hidden for now.</source>
        <translation>今は隠しています。</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Need help now</source>
        <translation>いま助けが必要</translation>
    </message>
    <message>
        <source>Need help now (F1)</source>
        <translation>いま助けが必要（F1）</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Please use at least {n} characters. A few ordinary words are easier to remember than symbols.</source>
        <translation>{n}文字以上にしてください。記号よりも、ふつうの言葉をいくつか並べるほうが覚えやすいです。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>2つのパスフレーズが一致していません。</translation>
    </message>
    <message>
        <source>That is not the current passphrase or recovery key.</source>
        <translation>今のパスフレーズ、または回復キーと一致しません。</translation>
    </message>
    <message>
        <source>Earlier backups now encrypted as well: {n}.</source>
        <translation>あわせて暗号化したこれまでのバックアップ：{n}件。</translation>
    </message>
    <message>
        <source>Earlier backups that could not be encrypted (damaged, or no room on the disk), so they were overwritten and deleted and no unencrypted copy is left: {n}.</source>
        <translation>暗号化できなかった（壊れていた、またはディスクに空きがなかった）ため、上書きして削除したこれまでのバックアップ：{n}件。暗号化されていないコピーは残っていません。</translation>
    </message>
    <message>
        <source>Backups rewritten without encryption as well, so you can still restore them: {n}.</source>
        <translation>あわせて暗号化なしで書き直したバックアップ：{n}件。これまでどおり復元できます。</translation>
    </message>
    <message>
        <source>Backups that could not be rewritten and stay encrypted: {n}. Your recovery key still opens them.</source>
        <translation>書き直せなかったため、暗号化されたままのバックアップ：{n}件。回復キーで開くことができます。</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Set a passphrase</source>
        <translation>パスフレーズを設定</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>パスフレーズを変更</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>パスフレーズを解除</translation>
    </message>
    <message>
        <source>Type the current passphrase (or your recovery key), then the new one.</source>
        <translation>今のパスフレーズ（または回復キー）を入力してから、新しいパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>With a passphrase, everything Ippo keeps on this computer is encrypted, backups too, also the ones made before. Please choose one you will remember: if you forget it and also lose the recovery key, nobody can open your data again, not even us. Next, Ippo shows you a recovery key to print or write down.</source>
        <translation>パスフレーズを設定すると、Ippo がこのパソコンに保存しているものはすべて、これまでのバックアップも含めて暗号化されます。覚えていられるものを選んでください。パスフレーズを忘れ、回復キーもなくしてしまうと、私たちを含め、だれにもデータを開けなくなります。このあと、印刷したり書き留めたりするための回復キーが表示されます。</translation>
    </message>
    <message>
        <source>Without a passphrase, your data is stored unencrypted again, and anyone who uses this computer account could read it. Your backups are rewritten unencrypted too, so you can still restore them.</source>
        <translation>パスフレーズを解除すると、データは暗号化されずに保存されます。このパソコンのアカウントを使う人ならだれでも読めるようになります。バックアップも暗号化なしで書き直すので、これまでどおり復元できます。</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>今のパスフレーズ(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>新しいパスフレーズ(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>もう一度入力(&amp;R):</translation>
    </message>
    <message>
        <source>Please type the current passphrase.</source>
        <translation>今のパスフレーズを入力してください。</translation>
    </message>
</context>
<context>
    <name>PlaintextDialog</name>
    <message>
        <source>Export without encryption?</source>
        <translation>暗号化せずに書き出しますか？</translation>
    </message>
    <message>
        <source>Your data is protected by a passphrase, but an export is ordinary text that anyone who finds the file can read. Please keep it somewhere private and delete it when you no longer need it.</source>
        <translation>データはパスフレーズで守られていますが、書き出したファイルはふつうのテキストで、見つけた人はだれでも読めます。人目につかない場所に保管し、いらなくなったら削除してください。</translation>
    </message>
    <message>
        <source>&amp;Export anyway</source>
        <translation>書き出す(&amp;E)</translation>
    </message>
</context>
<context>
    <name>PrivacyCli</name>
    <message>
        <source>Your data is protected by a passphrase, but this export is plain text anyone can read. Add --allow-plaintext to export anyway.</source>
        <translation>データはパスフレーズで守られていますが、この書き出しはだれでも読めるテキストです。それでも書き出す場合は --allow-plaintext を付けてください。</translation>
    </message>
    <message>
        <source>Spreadsheet files cannot be encrypted; leave out --file-passphrase-file, or export without --csv or --readable.</source>
        <translation>表計算ソフト用のファイルは暗号化できません。--file-passphrase-file を付けずに書き出すか、--csv や --readable なしで書き出してください。</translation>
    </message>
    <message>
        <source>{path} already exists; please name a new folder.</source>
        <translation>{path} はすでにあります。新しいフォルダー名を指定してください。</translation>
    </message>
    <message>
        <source>Exported to {path}, encrypted with the passphrase you gave. Ippo asks for it when the file is imported.</source>
        <translation>{path} に、指定したパスフレーズで暗号化して書き出しました。取り込むときに Ippo がこのパスフレーズをたずねます。</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>{path} に書き出しました。</translation>
    </message>
    <message>
        <source>Your data is now in {path}. It is not protected by a passphrase on this computer yet; `ippo passphrase set` adds one.</source>
        <translation>データを {path} に入れました。このパソコンではまだパスフレーズで守られていません。`ippo passphrase set` で設定できます。</translation>
    </message>
    <message>
        <source>Give it with --file-passphrase-file.</source>
        <translation>--file-passphrase-file で指定してください。</translation>
    </message>
    <message>
        <source>Please give the new passphrase with --new-passphrase-file.</source>
        <translation>新しいパスフレーズを --new-passphrase-file で指定してください。</translation>
    </message>
    <message>
        <source>Recovery key (keep it on paper, somewhere safe): {key}</source>
        <translation>回復キー（紙に書いて安全な場所に保管してください）：{key}</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <source>Privacy</source>
        <translation>プライバシー</translation>
    </message>
    <message>
        <source>&amp;Set a passphrase…</source>
        <translation>パスフレーズを設定(&amp;S)…</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>パスフレーズを変更(&amp;H)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve passphrase…</source>
        <translation>パスフレーズを解除(&amp;V)…</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>ロックしない</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>操作がないまま%n分たったら</numerusform></translation>
    </message>
    <message>
        <source>&amp;Lock the window:</source>
        <translation>ウィンドウのロック(&amp;L):</translation>
    </message>
    <message>
        <source>Lock Ippo too when the &amp;computer locks its screen</source>
        <translation>パソコンの画面がロックされたら Ippo もロックする(&amp;C)</translation>
    </message>
    <message>
        <source>Show a neutral window and taskbar name ("Notes") on a shared computer</source>
        <translation>共有のパソコン向けに、目立たないウィンドウ名とタスクバー名（「メモ」）を使う</translation>
    </message>
    <message>
        <source>Ctrl+L hides everything at once; the Lock button under the sections does the same.</source>
        <translation>Ctrl+L ですぐにすべてを隠せます。メニューの下の「ロック」ボタンでも同じことができます。</translation>
    </message>
    <message>
        <source>Lock &amp;now</source>
        <translation>今すぐロック(&amp;N)</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>今すぐロック</translation>
    </message>
    <message>
        <source>Your data is encrypted and needs your passphrase to open.</source>
        <translation>データは暗号化されていて、開くにはパスフレーズが必要です。</translation>
    </message>
    <message>
        <source>There is no passphrase yet. Anyone who can use this computer account can open Ippo and read what you wrote.</source>
        <translation>まだパスフレーズがありません。このパソコンのアカウントを使える人なら、だれでも Ippo を開いて書いた内容を読めます。</translation>
    </message>
    <message>
        <source>Your passphrase has been changed.</source>
        <translation>パスフレーズを変更しました。</translation>
    </message>
    <message>
        <source>The passphrase has been removed.</source>
        <translation>パスフレーズを解除しました。</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>Ladders</source>
        <translation>ステップ表</translation>
    </message>
    <message>
        <source>Ladder steps</source>
        <translation>ステップ表の段</translation>
    </message>
    <message>
        <source>Times you tried a step</source>
        <translation>段の練習</translation>
    </message>
    <message>
        <source>Diary days</source>
        <translation>日記をつけた日</translation>
    </message>
    <message>
        <source>Activities in the diary</source>
        <translation>日記の活動</translation>
    </message>
    <message>
        <source>Symptoms you follow</source>
        <translation>記録している症状</translation>
    </message>
    <message>
        <source>Symptom ratings</source>
        <translation>症状の記録</translation>
    </message>
    <message>
        <source>Thought records</source>
        <translation>思考記録</translation>
    </message>
    <message>
        <source>Moods in thought records</source>
        <translation>思考記録の気持ち</translation>
    </message>
    <message>
        <source>Thoughts in thought records</source>
        <translation>思考記録の考え</translation>
    </message>
    <message>
        <source>Thinking traps you noticed</source>
        <translation>気づいた考え方のくせ</translation>
    </message>
    <message>
        <source>Your own thinking traps</source>
        <translation>自分で追加した考え方のくせ</translation>
    </message>
    <message>
        <source>Saved versions of your plan</source>
        <translation>保存したプランの版</translation>
    </message>
    <message>
        <source>Lines in your plan (all versions)</source>
        <translation>プランに書いた行（すべての版）</translation>
    </message>
    <message>
        <source>Signs Ippo watches for</source>
        <translation>Ippo が見守るサイン</translation>
    </message>
    <message>
        <source>Anchors of your day</source>
        <translation>1日の日課</translation>
    </message>
    <message>
        <source>Anchors you ticked</source>
        <translation>チェックした日課</translation>
    </message>
    <message>
        <source>Activities you planned</source>
        <translation>予定した活動</translation>
    </message>
    <message>
        <source>Areas of life you care about</source>
        <translation>大切にしたいこと</translation>
    </message>
    <message>
        <source>Exercises you practised</source>
        <translation>練習した記録</translation>
    </message>
    <message>
        <source>Your own lines in rehearsals</source>
        <translation>リハーサルで書いた自分のせりふ</translation>
    </message>
    <message>
        <source>Saved versions of your reasons</source>
        <translation>自分の理由の保存した版</translation>
    </message>
    <message>
        <source>Your reasons (all versions)</source>
        <translation>自分の理由（すべての版）</translation>
    </message>
    <message>
        <source>Unfinished writing kept as drafts</source>
        <translation>下書きとして残っている書きかけ</translation>
    </message>
    <message>
        <source>Settings and other details</source>
        <translation>設定とその他の情報</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <source>This key opens your data if you ever forget the passphrase. Please print it or write it down, and keep the paper somewhere private. Ippo will not show it again, and it is not saved anywhere else.</source>
        <translation>パスフレーズを忘れたときは、このキーでデータを開けます。印刷するか書き留めて、その紙を人目につかない場所に保管してください。Ippo がこのキーをもう一度表示することはなく、ほかの場所にも保存されません。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>I have &amp;kept it safe</source>
        <translation>保管しました(&amp;K)</translation>
    </message>
    <message>
        <source>Ippo recovery key</source>
        <translation>Ippo の回復キー</translation>
    </message>
    <message>
        <source>This key opens your Ippo data if you forget your passphrase. Keep it private.</source>
        <translation>パスフレーズを忘れたときに Ippo のデータを開くためのキーです。人に見せないでください。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>バックアップを復元</translation>
    </message>
    <message>
        <source>This backup was made on {when}.</source>
        <translation>このバックアップは {when} に作られました。</translation>
    </message>
    <message numerus="yes">
        <source>It holds %n record(s) in all.</source>
        <translation>
            <numerusform>全部で%n件の記録があります。</numerusform></translation>
    </message>
    <message>
        <source>What this backup holds</source>
        <translation>このバックアップの中身</translation>
    </message>
    <message>
        <source>Its diary runs from {first} to {last}.</source>
        <translation>日記は {first} から {last} までです。</translation>
    </message>
    <message>
        <source>Ippo first makes a backup of your data as it is now, so you can go back if this is not the one you wanted.</source>
        <translation>先に今のデータのバックアップを作るので、思っていたものと違っても元に戻せます。</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>このバックアップを復元(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RestoreRun</name>
    <message>
        <source>Restoring the backup…</source>
        <translation>バックアップを復元しています…</translation>
    </message>
    <message>
        <source>The backup has been restored. A copy of your data from just before is in the list, in case you want it back.</source>
        <translation>バックアップを復元しました。復元する直前のデータも一覧に残してあるので、必要なら元に戻せます。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>The backup was not restored; your data is as it was.</source>
        <translation>バックアップは復元しませんでした。データは元のままです。</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>Date</source>
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
        <source>Bedtime</source>
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
        <source>People met in person</source>
        <translation>対面で会った人数</translation>
    </message>
    <message>
        <source>Online contacts</source>
        <translation>オンラインでやりとりした人数</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>症状</translation>
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
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>ステップ表</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>段</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>時間（分）</translation>
    </message>
    <message>
        <source>Distress before (0–100)</source>
        <translation>始める前のつらさ（0〜100）</translation>
    </message>
    <message>
        <source>Distress at its highest (0–100)</source>
        <translation>いちばん強いときのつらさ（0〜100）</translation>
    </message>
    <message>
        <source>Distress after (0–100)</source>
        <translation>終えたあとのつらさ（0〜100）</translation>
    </message>
    <message>
        <source>What I feared</source>
        <translation>怖れていたこと</translation>
    </message>
    <message>
        <source>Did it happen</source>
        <translation>起こったか</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>わかったこと</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>少し</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>書き終えた</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Feelings (before → after, 0–100)</source>
        <translation>気持ち（前 → 後、0〜100）</translation>
    </message>
    <message>
        <source>Thoughts (belief 0–100)</source>
        <translation>考え（確信度 0〜100）</translation>
    </message>
    <message>
        <source>Thinking traps</source>
        <translation>考え方のくせ</translation>
    </message>
    <message>
        <source>Evidence for</source>
        <translation>考えを裏づける事実</translation>
    </message>
    <message>
        <source>Evidence against</source>
        <translation>考えに合わない事実</translation>
    </message>
    <message>
        <source>Another way to see it</source>
        <translation>別の見方</translation>
    </message>
    <message>
        <source>Belief in it (0–100)</source>
        <translation>別の見方の確信度（0〜100）</translation>
    </message>
    <message>
        <source>What I will do</source>
        <translation>これからすること</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>This file could not be read as an Ippo export; it may be cut short or damaged.</source>
        <translation>このファイルは Ippo の書き出しファイルとして読めませんでした。途中で切れているか、壊れているのかもしれません。</translation>
    </message>
    <message>
        <source>This file is not an Ippo export.</source>
        <translation>このファイルは Ippo の書き出しファイルではありません。</translation>
    </message>
    <message>
        <source>This file was made by a newer version of Ippo. Please update Ippo to import it.</source>
        <translation>このファイルは新しいバージョンの Ippo で作られています。取り込むには Ippo を更新してください。</translation>
    </message>
    <message>
        <source>This file holds data this version of Ippo does not know ({where}).</source>
        <translation>このファイルには、このバージョンの Ippo が知らないデータがあります（{where}）。</translation>
    </message>
    <message>
        <source>Part of this file has been changed and does not fit ({where}).</source>
        <translation>このファイルの一部が書き換えられていて、合いません（{where}）。</translation>
    </message>
    <message>
        <source>This file does not fit with your data ({where}).</source>
        <translation>このファイルは今のデータと合いません（{where}）。</translation>
    </message>
    <message>
        <source>Part of this file is not something Ippo would accept in its forms ({where}): {what}</source>
        <translation>このファイルの一部に、Ippo の入力欄では受け付けない値があります（{where}）：{what}</translation>
    </message>
    <message>
        <source>The disk is full, so the file could not be imported. Please make some space and try again.</source>
        <translation>ディスクがいっぱいのため、ファイルを取り込めませんでした。空きを作ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The file could not be imported just now.</source>
        <translation>今はファイルを取り込めませんでした。</translation>
    </message>
    <message>
        <source>This export is encrypted. Please give the passphrase it was saved with.</source>
        <translation>この書き出しファイルは暗号化されています。保存したときのパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>This passphrase does not open this export, or the file was changed after it was saved.</source>
        <translation>このパスフレーズでは開けませんでした。パスフレーズが違うか、保存したあとでファイルが変わっています。</translation>
    </message>
    <message>
        <source>This backup is encrypted. Please give the recovery key, or the passphrase if the backup is still in its Ippo data folder.</source>
        <translation>このバックアップは暗号化されています。回復キーを入力してください。バックアップが元の Ippo のデータフォルダーにあるときは、パスフレーズでも開けます。</translation>
    </message>
    <message>
        <source>This recovery key or passphrase does not open this backup.</source>
        <translation>この回復キーやパスフレーズでは、このバックアップを開けませんでした。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>何も変更していません。</translation>
    </message>
    <message>
        <source>Records added: {n}.</source>
        <translation>取り込んだ記録：{n}件。</translation>
    </message>
    <message>
        <source>Already here, so not added again: {n}.</source>
        <translation>すでにあったので重ねて追加しなかった記録：{n}件。</translation>
    </message>
    <message>
        <source>Left out because you already have a record for the same day or item here, which stays as it is: {n}.</source>
        <translation>同じ日や同じ項目の記録がすでにあるため取り込まなかった記録（今ある記録はそのままです）：{n}件。</translation>
    </message>
    <message>
        <source>A date, time or value here is not one Ippo can read (for example a month 13 or a day 45).</source>
        <translation>ここにある日付・時刻・値を Ippo が読み取れません（たとえば13月や45日など）。</translation>
    </message>
    <message>
        <source>This text is longer than Ippo keeps in one field ({n} characters).</source>
        <translation>この文章は、Ippo が1つの欄に保存できる長さ（{n}文字）をこえています。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Unlock Ippo</source>
        <translation>Ippo のロックを解除</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Need help now</source>
        <translation>いま助けが必要</translation>
    </message>
    <message>
        <source>Need help now (F1)</source>
        <translation>いま助けが必要（F1）</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>おかえりなさい</translation>
    </message>
    <message>
        <source>Please enter your passphrase to open your notes.</source>
        <translation>メモを開くには、パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Your notes are covered for now. Open them when you are ready.</source>
        <translation>メモは今、隠してあります。準備ができたら開いてください。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>パスフレーズまたは回復キー</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>ロックを解除(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>You can also type your recovery key here.</source>
        <translation>ここに回復キーを入力することもできます。</translation>
    </message>
    <message>
        <source>Please type your passphrase first.</source>
        <translation>先にパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>That is not the right passphrase. Nothing was changed; please try again.</source>
        <translation>パスフレーズが違うようです。何も変わっていないので、もう一度試してください。</translation>
    </message>
</context>
</TS>