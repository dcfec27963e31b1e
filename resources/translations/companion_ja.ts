<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="41"/>
        <source>Now</source>
        <translation>現在</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="66"/>
        <source>Add a project</source>
        <translation>プロジェクトを追加</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="68"/>
        <source>Load demo data</source>
        <translation>デモデータを読み込む</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="105"/>
        <source>I sent a message now</source>
        <translation>今メッセージを送った</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="106"/>
        <source>Log a platform message you sent just now</source>
        <translation>今送ったプラットフォーム上のメッセージを記録します</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="108"/>
        <source>They replied now</source>
        <translation>今返信が来た</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="109"/>
        <source>Log a platform message they sent just now</source>
        <translation>相手から今届いたプラットフォーム上のメッセージを記録します</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="111"/>
        <source>Log a message…</source>
        <translation>メッセージを記録…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="118"/>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="123"/>
        <source>Counterparty</source>
        <translation>相手</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="124"/>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="125"/>
        <source>Your role</source>
        <translation>あなたの立場</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="126"/>
        <source>Contract type</source>
        <translation>契約形式</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="127"/>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="128"/>
        <source>Plan change (計画変更)</source>
        <translation>計画変更</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="129"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="130"/>
        <source>Start date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="131"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="136"/>
        <source>Open project page</source>
        <translation>プロジェクトページを開く</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="140"/>
        <source>Timers</source>
        <translation>タイマー</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="144"/>
        <source>Waiting on them</source>
        <translation>返信待ち</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="145"/>
        <source>Silent since</source>
        <translation>沈黙の開始</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="146"/>
        <source>Unanswered messages</source>
        <translation>未返信のメッセージ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="147"/>
        <source>Latest read state</source>
        <translation>最新の既読状態</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="148"/>
        <source>You owe a reply for</source>
        <translation>あなたの返信待ち</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="149"/>
        <source>Next follow-up</source>
        <translation>次の再送</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="150"/>
        <source>Reminder request possible</source>
        <translation>連絡催促申請が可能</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="151"/>
        <source>Request deadline</source>
        <translation>申請の期限</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="164"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="164"/>
        <source>Who</source>
        <translation>送信者</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="164"/>
        <source>Channel</source>
        <translation>経路</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="164"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="164"/>
        <source>Read state</source>
        <translation>既読状態</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="170"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="174"/>
        <source>Edit message…</source>
        <translation>メッセージを編集…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="176"/>
        <source>Mark as read (既読)…</source>
        <translation>既読にする…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="178"/>
        <source>Delete message…</source>
        <translation>メッセージを削除…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="192"/>
        <source>No projects yet</source>
        <translation>プロジェクトはまだありません</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="194"/>
        <source>Add the project whose counterparty went quiet, or load the demo data to look around.</source>
        <translation>連絡が途絶えたプロジェクトを追加するか、デモデータを読み込んで試してみてください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="197"/>
        <source>Select a project</source>
        <translation>プロジェクトを選択</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="198"/>
        <source>Pick a project in the list to see its timers and history.</source>
        <translation>一覧からプロジェクトを選ぶと、タイマーと履歴が表示されます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="207"/>
        <source>(archived)</source>
        <translation>（アーカイブ済み）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="215"/>
        <source>Pending</source>
        <translation>あり（申請中）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="215"/>
        <source>No</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="256"/>
        <source>%1 (in %2)</source>
        <translation>%1（あと%2）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="259"/>
        <source>%1 (%2 ago)</source>
        <translation>%1（%2前）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="275"/>
        <source>[no reply needed]</source>
        <translation>［返信不要］</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../../companion/ui/text.py" line="129"/>
        <source>%1 d %2 h</source>
        <translation>%1日%2時間</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="130"/>
        <source>%1 d</source>
        <translation>%1日</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="133"/>
        <source>%1 h %2 min</source>
        <translation>%1時間%2分</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="134"/>
        <source>%1 h</source>
        <translation>%1時間</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="135"/>
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../companion/ui/text.py" line="18"/>
        <source>Lancers</source>
        <translation>ランサーズ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="19"/>
        <source>CrowdWorks</source>
        <translation>クラウドワークス</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="20"/>
        <source>Coconala</source>
        <translation>ココナラ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="21"/>
        <source>Upwork</source>
        <translation>Upwork</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="22"/>
        <source>Fiverr</source>
        <translation>Fiverr</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="23"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="28"/>
        <source>Worker</source>
        <translation>ランサー</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="28"/>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="33"/>
        <location filename="../../companion/ui/text.py" line="60"/>
        <source>Negotiating</source>
        <translation>交渉中</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="34"/>
        <source>No escrow yet</source>
        <translation>仮払い前</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="35"/>
        <source>Escrow funded</source>
        <translation>仮払い済み</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="36"/>
        <source>Delivered</source>
        <translation>納品済み</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="37"/>
        <source>Completion reported</source>
        <translation>完了報告済み</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="38"/>
        <source>Paid</source>
        <translation>支払い確定</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="39"/>
        <location filename="../../companion/ui/text.py" line="66"/>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="44"/>
        <source>Worker (ランサー)</source>
        <translation>ランサー（受注者）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="44"/>
        <source>Client (クライアント)</source>
        <translation>クライアント（依頼者）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="49"/>
        <source>Fixed-fee project (プロジェクト固定報酬)</source>
        <translation>プロジェクト固定報酬</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="50"/>
        <source>Direct request (直接依頼)</source>
        <translation>直接依頼</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="51"/>
        <source>Hourly (時間報酬)</source>
        <translation>時間報酬</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="52"/>
        <source>Task (タスク)</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="53"/>
        <source>Competition (コンペ)</source>
        <translation>コンペ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="54"/>
        <source>Package (パッケージ)</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="61"/>
        <source>Contracted, no escrow yet</source>
        <translation>契約済み（仮払い前）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="62"/>
        <source>Escrow funded (仮払い)</source>
        <translation>仮払い済み</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="63"/>
        <source>Delivered (納品)</source>
        <translation>納品済み</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="64"/>
        <source>Completion reported (仕事完了報告)</source>
        <translation>仕事完了報告済み</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="65"/>
        <source>Payment confirmed (支払い確定)</source>
        <translation>支払い確定</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="72"/>
        <source>No contract yet: the platform&apos;s formal request is not available.</source>
        <translation>まだ契約前のため、プラットフォームの正式な申請は使えません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="73"/>
        <source>Contract agreed but the client has not deposited the fee (仮払い). Never start work before escrow.</source>
        <translation>契約は成立しましたが、まだ仮払いされていません。仮払い前に作業を始めてはいけません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="74"/>
        <source>The client deposited the fee with the platform; work is under way.</source>
        <translation>クライアントが報酬を仮払いし、作業が進行中です。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="75"/>
        <source>The worker delivered; completion has not been reported yet.</source>
        <translation>納品済みですが、まだ仕事完了報告をしていません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="76"/>
        <source>The worker reported the work complete (仕事完了報告). An unanswered reminder request then confirms the payment.</source>
        <translation>仕事完了報告済みです。この段階で連絡催促申請に返答がなければ、支払いが確定します。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="77"/>
        <source>Payment confirmed to the worker: the transaction is over.</source>
        <translation>支払いが確定し、取引は終了しています。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="78"/>
        <source>The contract was cancelled.</source>
        <translation>契約はキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="84"/>
        <source>Platform message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="85"/>
        <source>Workspace</source>
        <translation>ワークスペース</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="86"/>
        <source>Off-platform (email/chat)</source>
        <translation>プラットフォーム外（メール・チャット）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="92"/>
        <source>Read (既読)</source>
        <translation>既読</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="94"/>
        <source>Unread (未読)</source>
        <translation>未読</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="95"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="99"/>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="99"/>
        <source>Them</source>
        <translation>相手</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="104"/>
        <source>Stage changed: %1 → %2</source>
        <translation>段階を変更: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="108"/>
        <source>You filed a reminder request (連絡催促申請)</source>
        <translation>連絡催促申請を提出</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="108"/>
        <source>A reminder request was filed against you</source>
        <translation>相手から連絡催促申請が届いた</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="112"/>
        <source>Project created</source>
        <translation>プロジェクトを作成</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="113"/>
        <source>Project details edited</source>
        <translation>プロジェクト情報を編集</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="114"/>
        <source>Project archived</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="115"/>
        <source>Project restored from the archive</source>
        <translation>アーカイブから戻した</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="116"/>
        <source>A message was edited</source>
        <translation>メッセージを編集</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="117"/>
        <source>A message was deleted</source>
        <translation>メッセージを削除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="118"/>
        <source>A message you sent was read (既読)</source>
        <translation>送ったメッセージが既読になった</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="171"/>
        <source>Urgent</source>
        <translation>至急</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="172"/>
        <source>Action needed</source>
        <translation>対応が必要</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="173"/>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="174"/>
        <source>No action</source>
        <translation>対応不要</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="184"/>
        <source>Respond now: request deadline in %1</source>
        <translation>今すぐ返答を：申請の期限まであと%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="185"/>
        <source>Respond now: request deadline passed</source>
        <translation>今すぐ返答を：申請の期限を過ぎています</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="187"/>
        <source>Reply now</source>
        <translation>今すぐ返信を</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="190"/>
        <source>Request deadline in %1</source>
        <translation>申請の期限まであと%1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="191"/>
        <source>Request deadline passed: support reviews</source>
        <translation>期限切れ：事務局が確認中</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="195"/>
        <source>Request possible in %1</source>
        <translation>あと%1で申請可能</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="196"/>
        <source>Follow-up in %1</source>
        <translation>あと%1で再送</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="198"/>
        <source>Follow-up due</source>
        <translation>再送のタイミング</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="199"/>
        <source>No formal route: consider moving on</source>
        <translation>正式な手段なし：見切りも検討</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="200"/>
        <source>Contact support (事務局)</source>
        <translation>事務局に相談</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="201"/>
        <source>Report completion first, then file</source>
        <translation>先に完了報告、その後に申請</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="202"/>
        <source>Reminder request possible</source>
        <translation>連絡催促申請が可能</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="203"/>
        <source>Nothing to do</source>
        <translation>対応不要</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="211"/>
        <source>The other side filed a reminder request (連絡催促申請) against you. Answer on the platform before the deadline, or the contract is cancelled or the payment confirmed, with a negative rating.</source>
        <translation>相手があなたに対して連絡催促申請を提出しました。期限までにプラットフォーム上で返答してください。返答しないと契約のキャンセルまたは支払いの確定となり、悪い評価がつきます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="212"/>
        <source>They wrote last and are waiting for your answer. After 7 days of silence from you, they could file a reminder request against you.</source>
        <translation>最後に連絡したのは相手で、あなたの返信を待っています。あなたが7日間返信しないと、相手から連絡催促申請を出される可能性があります。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="213"/>
        <source>Your reminder request is running. If they do not answer by the deadline, support reviews the case (not instantly).</source>
        <translation>連絡催促申請の期限が進行中です。期限までに返答がなければ、事務局が確認します（すぐではありません）。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="214"/>
        <source>Give them time: a follow-up too soon feels pushy. The app tells you when the next step is due.</source>
        <translation>少し待ちましょう。早すぎる催促は相手に負担を与えます。次の対応のタイミングはアプリがお知らせします。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="215"/>
        <source>Send a polite follow-up (about 3 messages a few days apart come before any formal step).</source>
        <translation>丁寧に再度ご連絡しましょう（正式な手続きの前に、数日おきに3通ほど送るのが目安です）。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="216"/>
        <source>There is no contract yet, so there is no formal route. Stop investing time; move on.</source>
        <translation>まだ契約前のため、正式な手段はありません。これ以上時間をかけず、次に進みましょう。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="217"/>
        <source>Ask the platform&apos;s support (事務局) to contact them: no automatic cancellation, payment or rating.</source>
        <translation>事務局に相手への連絡を依頼しましょう。自動的なキャンセル・支払い・評価は発生しません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="218"/>
        <source>You delivered but have not reported completion. Report completion (仕事完了報告) first: a request filed before that would cancel the contract and lose your delivered work.</source>
        <translation>納品済みですが、まだ仕事完了報告をしていません。先に仕事完了報告をしてください。その前に申請すると契約がキャンセルされ、納品したものが水の泡になります。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="219"/>
        <source>The formal reminder request (連絡催促申請) can be filed now. Beware: the other side may retaliate with a negative rating.</source>
        <translation>連絡催促申請を今すぐ提出できます。ただし、相手から報復として悪い評価をつけられる可能性があります。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="220"/>
        <source>Nobody is waiting on anybody.</source>
        <translation>どちらも相手の返信を待っていません。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../companion/ui/main_window.py" line="44"/>
        <source>Renraku Companion</source>
        <translation>連絡コンパニオン</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="76"/>
        <source>&amp;New project…</source>
        <translation>新しいプロジェクト(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="77"/>
        <source>&amp;Edit project…</source>
        <translation>プロジェクトを編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="78"/>
        <source>&amp;Archive / restore</source>
        <translation>アーカイブ／戻す(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="79"/>
        <source>&amp;Delete project…</source>
        <translation>プロジェクトを削除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="81"/>
        <source>I &amp;sent a message now</source>
        <translation>今メッセージを送った(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="82"/>
        <source>Log a platform message you sent just now</source>
        <translation>今送ったプラットフォーム上のメッセージを記録します</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="85"/>
        <source>They &amp;replied now</source>
        <translation>今返信が来た(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="86"/>
        <source>Log a platform message they sent just now</source>
        <translation>相手から今届いたプラットフォーム上のメッセージを記録します</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="88"/>
        <source>&amp;Log a message…</source>
        <translation>メッセージを記録(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="89"/>
        <source>Load &amp;demo data</source>
        <translation>デモデータを読み込む(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="90"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="91"/>
        <source>&amp;About Renraku Companion</source>
        <translation>連絡コンパニオンについて(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="96"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="101"/>
        <source>&amp;Project</source>
        <translation>プロジェクト(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="107"/>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="108"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="110"/>
        <source>System default</source>
        <translation>システムの設定に従う</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="116"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="119"/>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="136"/>
        <source>Search title, counterparty, notes</source>
        <translation>タイトル・相手・メモを検索</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="140"/>
        <source>Active</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="140"/>
        <source>Archived</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="140"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="146"/>
        <source>All platforms</source>
        <translation>すべてのプラットフォーム</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="152"/>
        <source>Needs action</source>
        <translation>要対応のみ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="251"/>
        <source>Restore from archive</source>
        <translation>アーカイブから戻す</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="251"/>
        <source>&amp;Archive</source>
        <translation>アーカイブ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="259"/>
        <source>%1 active projects, %2 need action</source>
        <translation>進行中のプロジェクト %1件、要対応 %2件</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="315"/>
        <source>Delete project</source>
        <translation>プロジェクトを削除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="317"/>
        <source>Delete “%1” and all its messages? This cannot be undone.</source>
        <translation>「%1」とそのすべてのメッセージを削除しますか？元に戻せません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="318"/>
        <source>To keep it out of the way instead, archive it.</source>
        <translation>一覧から外したいだけなら、アーカイブしてください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="329"/>
        <source>Logged: you sent a message.</source>
        <translation>記録しました：メッセージを送信。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="329"/>
        <source>Logged: they replied.</source>
        <translation>記録しました：相手から返信。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="362"/>
        <source>Delete message</source>
        <translation>メッセージを削除</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="363"/>
        <source>Delete this message from the history? The timers will be recalculated.</source>
        <translation>このメッセージを履歴から削除しますか？タイマーは再計算されます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="375"/>
        <source>Cannot open</source>
        <translation>開けません</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="375"/>
        <source>Only http:// and https:// addresses are opened.</source>
        <translation>http:// または https:// で始まるアドレスだけを開きます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="384"/>
        <source>Demo data</source>
        <translation>デモデータ</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="385"/>
        <source>The demo data can only be loaded when there are no projects yet. Start the app with --data-dir and an empty folder to try it.</source>
        <translation>デモデータはプロジェクトが1件もないときだけ読み込めます。試すには、空のフォルダを --data-dir に指定して起動してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="388"/>
        <source>Loaded %1 demo projects.</source>
        <translation>デモプロジェクトを%1件読み込みました。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="393"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="393"/>
        <source>The language will change the next time you start Renraku Companion.</source>
        <translation>次回の起動時から言語が切り替わります。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="398"/>
        <source>About Renraku Companion</source>
        <translation>連絡コンパニオンについて</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="401"/>
        <source>Renraku Companion %1

A calm companion for when the other side of a crowdsourcing project goes quiet. Your data stays on this computer:
%2</source>
        <translation>連絡コンパニオン %1

クラウドソーシングで相手から連絡が途絶えたときの、落ち着いた相談役です。データはこのコンピューターの中だけに保存されます：
%2</translation>
    </message>
</context>
<context>
    <name>MarkReadDialog</name>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="173"/>
        <source>Mark as read (既読)</source>
        <translation>既読にする</translation>
    </message>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="177"/>
        <source>Seen at</source>
        <translation>既読になった日時</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="69"/>
        <source>Edit message</source>
        <translation>メッセージを編集</translation>
    </message>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="69"/>
        <source>Log a message</source>
        <translation>メッセージを記録</translation>
    </message>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="73"/>
        <source>I sent it</source>
        <translation>自分が送った</translation>
    </message>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="74"/>
        <source>They sent it</source>
        <translation>相手が送った</translation>
    </message>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="87"/>
        <source>Off-platform contact (email, chat) is kept in the history but does not count for the platform&apos;s 7-day silence clock.</source>
        <translation>プラットフォーム外の連絡（メール・チャット）は履歴に残りますが、プラットフォームの「7日間連絡なし」の計算には含まれません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="91"/>
        <source>Optional: what was said</source>
        <translation>任意：やり取りの内容</translation>
    </message>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="92"/>
        <source>No reply needed (e.g. a simple thank-you)</source>
        <translation>返信不要（お礼だけのメッセージなど）</translation>
    </message>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="99"/>
        <source>Who</source>
        <translation>送信者</translation>
    </message>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="100"/>
        <source>&amp;When</source>
        <translation>日時(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="101"/>
        <source>&amp;Channel</source>
        <translation>経路(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="102"/>
        <source>&amp;Text</source>
        <translation>内容(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="104"/>
        <source>Read state</source>
        <translation>既読状態</translation>
    </message>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="105"/>
        <source>Read at</source>
        <translation>既読日時</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="59"/>
        <source>Edit project</source>
        <translation>プロジェクトを編集</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="59"/>
        <source>New project</source>
        <translation>新しいプロジェクト</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="65"/>
        <source>e.g. Banner design for a corporate site</source>
        <translation>例：コーポレートサイトのバナー制作</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="73"/>
        <source>A plan change (計画変更) is pending</source>
        <translation>計画変更の申請中</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="77"/>
        <source>e.g. 30000</source>
        <translation>例：30000</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="84"/>
        <source>Known</source>
        <translation>指定する</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="99"/>
        <source>&amp;Title</source>
        <translation>タイトル(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="100"/>
        <source>&amp;Platform</source>
        <translation>プラットフォーム(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="101"/>
        <source>Your &amp;role</source>
        <translation>あなたの立場(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="102"/>
        <source>&amp;Counterparty</source>
        <translation>相手(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="103"/>
        <source>Contract t&amp;ype</source>
        <translation>契約形式(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="104"/>
        <source>&amp;Stage</source>
        <translation>段階(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="106"/>
        <source>Project page &amp;URL</source>
        <translation>プロジェクトページのURL(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="107"/>
        <source>&amp;Amount</source>
        <translation>金額(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="108"/>
        <source>Start date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="109"/>
        <source>&amp;Notes</source>
        <translation>メモ(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ProjectTable</name>
    <message>
        <location filename="../../companion/ui/project_table.py" line="49"/>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_table.py" line="50"/>
        <source>Counterparty</source>
        <translation>相手</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_table.py" line="51"/>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_table.py" line="52"/>
        <source>Role</source>
        <translation>立場</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_table.py" line="53"/>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_table.py" line="54"/>
        <source>Waiting on them</source>
        <translation>返信待ち</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_table.py" line="55"/>
        <source>Unanswered</source>
        <translation>未返信</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_table.py" line="56"/>
        <source>Read state</source>
        <translation>既読状態</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_table.py" line="57"/>
        <source>Next step</source>
        <translation>次の対応</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_table.py" line="132"/>
        <source>(archived)</source>
        <translation>（アーカイブ済み）</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../companion/app.py" line="152"/>
        <source>Renraku Companion cannot start</source>
        <translation>連絡コンパニオンを起動できません</translation>
    </message>
    <message>
        <location filename="../../companion/app.py" line="155"/>
        <source>The database could not be opened.</source>
        <translation>データベースを開けませんでした。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="33"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="34"/>
        <source>Project page URL</source>
        <translation>プロジェクトページのURL</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="35"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="36"/>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="37"/>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="38"/>
        <source>Read at</source>
        <translation>既読日時</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="39"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="42"/>
        <source>This field is required.</source>
        <translation>入力してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="43"/>
        <source>Only web addresses starting with http:// or https:// are allowed.</source>
        <translation>http:// または https:// で始まるアドレスだけを入力できます。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="44"/>
        <source>Enter a number, for example 30000.</source>
        <translation>数値を入力してください（例：30000）。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="45"/>
        <source>Enter an amount of 0 or more.</source>
        <translation>0以上の金額を入力してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="46"/>
        <source>Use a 3-letter currency code such as JPY or USD.</source>
        <translation>JPY や USD のような3文字の通貨コードを入力してください。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="47"/>
        <source>The time cannot be in the future.</source>
        <translation>未来の日時は指定できません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="48"/>
        <source>A message cannot be read before it was sent.</source>
        <translation>送信より前に既読になることはありません。</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="49"/>
        <source>The text is too long.</source>
        <translation>内容が長すぎます。</translation>
    </message>
</context>
</TS>
