<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
  <context>
    <name>ActionPage</name>
    <message>
      <location filename="../../companion/ui/wizard.py" line="444" />
      <source>6. Act</source>
      <translation>6. 実行する</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="445" />
      <source>Copy the text, act on the platform, then record what you did.</source>
      <translation>文面をコピーしてプラットフォームで送信・手続きを行い、行ったことを記録してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="447" />
      <source>Why record it?</source>
      <translation>なぜ記録するの？</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="448" />
      <source>Recording when you filed or contacted support starts the right timers (the 7-day deadline) and keeps a calm, dated record in case of a dispute or a retaliatory rating.</source>
      <translation>申請や事務局への連絡の日時を記録しておくと、7日間の期限などのタイマーが正しく動きます。トラブルや報復的な評価に備えて、日付入りの客観的な記録も残せます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="456" />
      <source>Text to copy and send</source>
      <translation>コピーして送る文面</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="457" />
      <source>&amp;Text</source>
      <translation>文面(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="470" />
      <source>Follow-up message</source>
      <translation>確認のメッセージ（再連絡）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="471" />
      <source>Support (事務局) inquiry</source>
      <translation>事務局への問い合わせ</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="472" />
      <source>Note after filing a request</source>
      <translation>申請後に送るひとこと</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="473" />
      <source>Reply message</source>
      <translation>返信メッセージ</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="474" />
      <source>Deadline notice (before cancelling)</source>
      <translation>期限のお知らせ（キャンセルの前に）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="478" />
      <source>The language of the texts to the other side and to support, kept for this project</source>
      <translation>取引相手と事務局に送る文面の言語です（このプロジェクトに保存されます）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="493" />
      <source>Copy text</source>
      <translation>文面をコピー</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="495" />
      <source>Open project page</source>
      <translation>プロジェクトページを開く</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="497" />
      <source>Save an evidence report…</source>
      <translation>経緯レポートを保存…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="498" />
      <source>The project's facts and its whole contact history, as PDF or Markdown, to attach to your inquiry</source>
      <translation>プロジェクトの情報と連絡の経緯すべてを、問い合わせに添付できるPDFまたはMarkdownで保存します</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="508" />
      <source>Record what you did</source>
      <translation>行ったことを記録</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="514" />
      <source>I filed the request</source>
      <translation>申請を提出した</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="516" />
      <source>I contacted support</source>
      <translation>事務局に連絡した</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="518" />
      <source>I reported completion</source>
      <translation>完了報告をした</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="520" />
      <source>I replied on the platform</source>
      <translation>プラットフォームで返信した</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="522" />
      <source>Archive this project</source>
      <translation>このプロジェクトをアーカイブする</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="523" />
      <source>It leaves the list of active projects and stops its reminders; its history is kept.</source>
      <translation>進行中のプロジェクトの一覧から外れ、リマインダーも止まります。履歴は残ります。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="580" />
      <source>Do the platform's formal delivery (%1) on the project page, only for finished work, then record it here. Nothing else needs filing: the other side's time to accept then runs, and the platform completes the order by itself if they stay silent.</source>
      <translation>プロジェクトのページで、完成した成果物について正式な納品（%1）を行い、ここに記録してください。ほかに申請は必要ありません。相手の承認期間が始まり、返答がなければプラットフォームが自動で取引を完了します。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="587" />
      <source>Open the project page and report completion (仕事完了報告), then record it here. The request can be filed from %1.</source>
      <translation>プロジェクトのページを開いて仕事完了報告をし、ここに記録してください。連絡催促申請は%1から提出できます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="589" />
      <source>Open the project page and report completion (仕事完了報告), then record it here. Right after that you can file the reminder request (the 7 days without contact have already passed): record it with “I filed the request”.</source>
      <translation>プロジェクトのページを開いて先に仕事完了報告をし、ここに記録してください。記録したら、続けて連絡催促申請を提出できます（7日以上連絡がない条件はすでに満たしています）。提出したら「申請を提出した」で記録してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="596" />
      <source>Answer the request itself on the platform (accept or refuse it) before its deadline: a message does not settle it. Then record what happened in the project (Record what happened…).</source>
      <translation>期限までに、プラットフォーム上で申請そのものに回答してください（承認または拒否）。メッセージだけでは解決しません。その後、プロジェクトの「結果を記録…」で記録してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="600" />
      <source>Do what the platform expects of you before its deadline (%1), then record it here.</source>
      <translation>期限までに、プラットフォームで必要な対応をしてください（%1）。対応したら、ここに記録してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="603" />
      <source>Open the project page and file %1 there. Then record the time you filed it.</source>
      <translation>プロジェクトのページを開いて、%1を行ってください。行ったら、その日時を記録してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="606" />
      <source>Open the project page and file the reminder request (連絡催促申請) there. Then record the time you filed it.</source>
      <translation>プロジェクトページを開いて、連絡催促申請を提出してください。提出したら、その日時を記録してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="610" />
      <source>Reply in the platform's messages before the deadline, even briefly, then log your reply. The platform does not state what a reply does to the request: if unsure, ask support too.</source>
      <translation>期限までに、まずはメッセージでひとこと返信し、返信を記録してください（返信後の申請の扱いは公式に明記されていないため、不安な場合は事務局にもご確認ください）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="612" />
      <source>We recommend letting this one go: without a contract there is no formal step, and more messages cost you time. If you want to close it politely, decline in a short message; then archive the project.</source>
      <translation>この案件は見送るのがおすすめです。契約前なので正式な手続きはなく、これ以上のメッセージは時間がかかるだけです。区切りをつけたい場合は丁寧にお断りのメッセージを送り、プロジェクトをアーカイブしましょう。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="615" />
      <source>Nothing to do yet: the project shows when the next step is due, and a reminder comes then.</source>
      <translation>今はまだ何もする必要はありません。次の対応のタイミングはプロジェクトに表示され、そのときにリマインダーでお知らせします。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="616" />
      <source>Nothing to do until the deadline: the project shows the countdown, and a reminder comes then.</source>
      <translation>期限までは何もする必要はありません。残り時間はプロジェクトに表示され、期限が来たらリマインダーでお知らせします。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="617" />
      <source>Nothing needs doing now.</source>
      <translation>今は何もする必要はありません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="629" />
      <source>Copied: %1 (%2)</source>
      <translation>コピーしました：%1（%2）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="655" />
      <source>Recorded: you filed %2 at %1</source>
      <translation>記録しました：%1に%2を提出</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="689" />
      <source>Archived the project (%1)</source>
      <translation>プロジェクトをアーカイブしました（%1）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="607" />
      <source>Copy the inquiry and send it to the platform's support (事務局) from its contact form. Then record when you contacted them.</source>
      <translation>問い合わせ文をコピーし、お問い合わせフォームから事務局に送ってください。送ったら、その日時を記録してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="481" />
      <source>Te&amp;mplate</source>
      <translation>テンプレート(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="483" />
      <source>&amp;Language</source>
      <translation>言語(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="511" />
      <source>When you did it</source>
      <translation>行った日時</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="511" />
      <source>Set when you did it to now</source>
      <translation>行った日時を現在にする</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="512" />
      <source>&amp;At</source>
      <translation>日時(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="608" />
      <source>Copy the follow-up and send it on the platform, then log it with “I sent a message now”.</source>
      <translation>確認のメッセージをコピーしてプラットフォーム上で送り、「今メッセージを送った」で記録してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="609" />
      <source>Open the project page and answer them on the platform, then log your reply.</source>
      <translation>プロジェクトページを開いてプラットフォーム上で返信し、その返信を記録してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="643" />
      <source>A reminder request is already open for this project.</source>
      <translation>このプロジェクトには、すでに進行中の連絡催促申請があります。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="668" />
      <source>Recorded: you replied at %1</source>
      <translation>記録しました：%1 に返信</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="673" />
      <source>Recorded: you contacted support at %1</source>
      <translation>記録しました：%1 に事務局へ連絡</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="680" />
      <source>Recorded: you reported completion (%1)</source>
      <translation>記録しました：仕事完了報告（%1）</translation>
    </message>
  </context>
  <context>
    <name>AppCommands</name>
    <message>
      <location filename="../../companion/ui/commands/app_commands.py" line="25" />
      <source>The language will change the next time you start Renraku Companion.</source>
      <translation>次回の起動時から言語が切り替わります。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/app_commands.py" line="35" />
      <source>Start at login</source>
      <translation>ログイン時に起動</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/app_commands.py" line="36" />
      <source>Could not change the start-at-login setting: %1</source>
      <translation>ログイン時の起動設定を変更できませんでした：%1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/app_commands.py" line="41" />
      <source>Renraku Companion %1

A calm companion for when the other side of a crowdsourcing project goes quiet. Your data stays on this computer:
%2</source>
      <translation>連絡コンパニオン %1

クラウドソーシングで相手から連絡が途絶えたときの、落ち着いた相談役です。データはこのコンピューターの中だけに保存されます：
%2</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/app_commands.py" line="45" />
      <source>About Renraku Companion</source>
      <translation>連絡コンパニオンについて</translation>
    </message>
  </context>
  <context>
    <name>Calendar</name>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="38" />
      <source>Deadline to answer the reminder request against you</source>
      <extracomment>The file kept up to date in the data folder (setting ``calendar_file``).</extracomment>
      <translation>相手からの連絡催促申請への回答期限</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="39" />
      <source>Deadline to answer the formal request against you</source>
      <translation>相手からの正式な申請への回答期限</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="40" />
      <source>Your reminder request's deadline</source>
      <translation>あなたの連絡催促申請の期限</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="40" />
      <source>Your formal request's deadline</source>
      <translation>あなたの正式な申請の期限</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="41" />
      <source>Platform deadline on you</source>
      <translation>あなたが対応すべきプラットフォームの期限</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="42" />
      <source>Lancers transaction deadline (取引期限)</source>
      <translation>ランサーズの取引期限</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="43" />
      <source>The platform should act by itself</source>
      <translation>プラットフォームが自動で処理する予定の日時</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="44" />
      <source>The reminder request becomes possible</source>
      <translation>連絡催促申請ができるようになります</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="45" />
      <source>The platform's formal step becomes possible</source>
      <translation>プラットフォームの正式な手続きができるようになります</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="46" />
      <source>Next step: report completion (仕事完了報告) first</source>
      <translation>次の手順：まず仕事完了報告を行う</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="47" />
      <source>Next step: the platform's formal delivery first</source>
      <translation>次の手順：まずプラットフォーム上で正式に納品する</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="48" />
      <source>Next step: ask support (事務局) to contact them</source>
      <translation>次の手順：事務局から相手に連絡してもらう</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="49" />
      <source>Next step: ask the platform's support to contact them</source>
      <translation>次の手順：プラットフォームのサポートから相手に連絡してもらう</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="50" />
      <source>They are waiting for your reply</source>
      <translation>相手があなたの返信を待っています</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="51" />
      <source>A polite follow-up is due</source>
      <translation>丁寧にもう一度連絡するタイミングです</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="66" />
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="67" />
      <source>Project: %1</source>
      <translation>プロジェクト：%1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="71" />
      <source>Other side: %1</source>
      <translation>取引相手：%1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="72" />
      <source>Platform: %1</source>
      <translation>プラットフォーム：%1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="75" />
      <source>Next step now: %1</source>
      <translation>現在の次の手順：%1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="77" />
      <source>From Renraku Companion: it never sends anything for you.</source>
      <translation>連絡コンパニオンより（アプリがあなたの代わりに何かを送信することはありません）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="89" />
      <source>Renraku Companion: deadlines and reminders</source>
      <translation>連絡コンパニオン：期限とリマインダー</translation>
    </message>
  </context>
  <context>
    <name>Coconala</name>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="14" />
      <source>Discussing a quote (見積もり相談中)</source>
      <translation>見積もり相談中</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="15" />
      <source>Purchased (購入済み・トークルーム)</source>
      <translation>購入済み（トークルーム）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="16" />
      <source>Work sent, not formally delivered (正式な納品の前)</source>
      <translation>納品物を送付済み（正式な納品の前）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="17" />
      <source>Formally delivered, awaiting acceptance (正式な納品済み・承諾待ち)</source>
      <translation>正式な納品済み（承諾待ち）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="18" />
      <source>Completed (取引完了)</source>
      <translation>取引完了</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="19" />
      <source>Cancelled (キャンセル)</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="22" />
      <source>No purchase yet: there is no order, so no formal route.</source>
      <translation>まだ購入されていません。取引が始まっていないため、正式な手続きはありません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="23" />
      <source>The buyer purchased the service; on Coconala the purchase is the payment. The seller must send a first message within 48 hours.</source>
      <translation>購入者がサービスを購入しました（ココナラでは購入時に支払いが済みます）。出品者は購入から48時間以内に最初のメッセージを送る必要があります。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="24" />
      <source>The seller sent the work in the talk room but has not sent the formal delivery (正式な納品) yet.</source>
      <translation>出品者はトークルームで納品物を送りましたが、まだ正式な納品をしていません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="25" />
      <source>The seller sent the formal delivery (正式な納品). The buyer has 72 hours to accept or return it once; then it is accepted automatically.</source>
      <translation>出品者が正式な納品をしました。購入者は72時間以内に承諾するか、1回だけ差し戻しができます。期限を過ぎると自動で承諾されます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="26" />
      <source>The order is complete and the seller is paid.</source>
      <translation>取引が完了し、出品者に売上が入りました。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="27" />
      <source>The order was cancelled.</source>
      <translation>取引はキャンセルされました。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="30" />
      <source>Seller (出品者)</source>
      <translation>出品者</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="31" />
      <source>Buyer (購入者)</source>
      <translation>購入者</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="34" />
      <source>First message after the purchase (48 hours)</source>
      <translation>購入後の最初のメッセージ（48時間以内）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="35" />
      <source>Cancellation request (キャンセル申請)</source>
      <translation>キャンセル申請</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="36" />
      <source>Acceptance of the delivery (承諾 / 差し戻し, 72 hours)</source>
      <translation>納品の承諾・差し戻し（72時間以内）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="37" />
      <source>Formal delivery (正式な納品)</source>
      <translation>正式な納品</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="41" />
      <source>They filed a cancellation request (キャンセル申請) against you. Users report that it counts as agreed if you do not answer within 24 hours; this is not confirmed on Coconala's official pages, so answer as soon as you can.</source>
      <translation>相手からキャンセル申請が届いています。利用者の情報では、24時間以内に回答しないと同意したものとして扱われるとのことです。ココナラの公式ページでは確認できていないため、できるだけ早く回答してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="42" />
      <source>Your cancellation request (キャンセル申請) is pending. Users report that it counts as agreed if they do not answer within 24 hours; this is not confirmed on Coconala's official pages.</source>
      <translation>あなたのキャンセル申請は相手の回答待ちです。利用者の情報では、相手が24時間以内に回答しないと同意したものとして扱われるとのことですが、ココナラの公式ページでは確認できていません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="43" />
      <source>The order is over (completed or cancelled).</source>
      <translation>注文は終了しています（完了またはキャンセル）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="44" />
      <source>Send a few polite messages a few days apart before any formal step.</source>
      <translation>正式な手続きの前に、数日おきに何度か丁寧なメッセージを送りましょう。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="45" />
      <source>There is no purchase yet, so there is no order and no formal route.</source>
      <translation>まだ購入されていないため取引は始まっておらず、正式な手続きもありません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="46" />
      <source>The app knows no formal route on Coconala for this kind of order: ask Coconala support.</source>
      <translation>この種類の取引について、ココナラでの正式な手続きはアプリでは把握していません。ココナラのサポートにご相談ください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="47" />
      <source>The service is not purchased yet; on Coconala the purchase is the payment. Never start work before it; support can contact them.</source>
      <translation>まだサービスが購入されていません（ココナラでは購入時に支払いが済みます）。購入前に作業を始めないでください。サポートから相手に連絡してもらうこともできます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="48" />
      <source>You want to end the order: a cancellation request with the reason 出品者と連絡がとれない cancels it and refunds you.</source>
      <translation>取引を終えたい場合は、理由「出品者と連絡がとれない」でキャンセル申請をすると、取引がキャンセルされて返金されます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="49" />
      <source>You want the work to continue: a cancellation request would end the order. Ask Coconala support to contact the seller instead.</source>
      <translation>作業を続けてほしい場合、キャンセル申請をすると取引が終わってしまいます。代わりに、ココナラのサポートから出品者に連絡してもらいましょう。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="51" />
      <source>As the seller, send your first message in the talk room within 48 hours of the purchase. Otherwise Coconala cancels the order, rates you ★1 and pauses all your services.</source>
      <translation>出品者は、購入から48時間以内にトークルームで最初のメッセージを送ってください。送らないと取引はキャンセルされ、★1の評価が付き、すべてのサービスが停止されます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="52" />
      <source>More than 48 hours have passed since the purchase without a message from you: Coconala may already have cancelled the order. Check the order page, and write now if it is still open.</source>
      <translation>購入から48時間以上、あなたからのメッセージがありません。取引がすでにキャンセルされている可能性があります。取引画面を確認し、まだ続いていればすぐにメッセージを送ってください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="53" />
      <source>A seller must write within 48 hours of the purchase, but the purchase time is not recorded, so the app cannot count. Write now, and record when the purchase was made.</source>
      <translation>出品者は購入から48時間以内にメッセージを送る必要がありますが、購入日時が記録されていないため、アプリでは残り時間を計算できません。すぐにメッセージを送り、購入日時を記録してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="54" />
      <source>The seller sent the formal delivery (正式な納品). Check it and accept it (承諾) or return it once (差し戻し) within 72 hours; otherwise Coconala accepts it automatically.</source>
      <translation>出品者から正式な納品がありました。72時間以内に内容を確認し、承諾するか、1回だけ差し戻しができます。何もしないと自動で承諾されます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="55" />
      <source>More than 72 hours have passed since the formal delivery: Coconala has probably accepted it automatically. Check the order page and update the stage.</source>
      <translation>正式な納品から72時間以上経っているため、すでに自動で承諾されている可能性が高いです。取引画面を確認し、進行状況を更新してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="56" />
      <source>After a formal delivery you have 72 hours to accept or return it, but its time is not recorded, so the app cannot count. Check the order page now, and record when it was delivered.</source>
      <translation>正式な納品から72時間以内に承諾か差し戻しが必要ですが、納品日時が記録されていないため、アプリでは残り時間を計算できません。今すぐ取引画面を確認し、納品日時を記録してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="57" />
      <source>You sent the formal delivery: if the buyer does nothing, Coconala accepts it automatically 72 hours later and you are paid. No follow-up is needed.</source>
      <translation>正式な納品が済んでいます。購入者が何もしなければ、72時間後に自動で承諾され、売上が入ります。催促の必要はありません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="58" />
      <source>More than 72 hours have passed since your formal delivery and the order is not complete: Coconala did not act as it says it does. Ask Coconala support.</source>
      <translation>正式な納品から72時間以上経っても取引が完了していません。ココナラの案内どおりに処理されていないため、ココナラのサポートにご相談ください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="59" />
      <source>Coconala accepts a formal delivery automatically 72 hours after it if the buyer does nothing, but its time is not recorded, so the app cannot count. Record when you delivered.</source>
      <translation>購入者が何もしなければ正式な納品は72時間後に自動で承諾されますが、納品日時が記録されていないため、アプリでは計算できません。納品日時を記録してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="60" />
      <source>First announce a reply deadline in the talk room, as Coconala advises, and take the next step only after that date.</source>
      <translation>ココナラの案内どおり、まずトークルームで返信の期限を伝え、次の手続きはその期限を過ぎてからにしましょう。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="61" />
      <source>Before delivery, Coconala's advice is a deadline in the talk room, then a cancellation request: the buyer is refunded.</source>
      <translation>納品前の場合、ココナラの案内では、トークルームで期限を伝えてからキャンセル申請をします。購入者には返金されます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="62" />
      <source>You sent the work but not the formal delivery. After the deadline, send the formal delivery (正式な納品): if the buyer then stays silent, Coconala accepts it automatically after 72 hours.</source>
      <translation>納品物は送りましたが、まだ正式な納品をしていません。期限を過ぎたら正式な納品をしましょう。その後も購入者から反応がなければ、72時間後に自動で承諾されます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="63" />
      <source>A seller's cancellation request (reason 購入者と連絡がつかない) is reported to need 4 days (96 hours) since the buyer's last message. This is not confirmed on Coconala's official pages: check there before you act.</source>
      <translation>出品者からのキャンセル申請（理由「購入者と連絡がつかない」）は、購入者の最後のメッセージから4日（96時間）経つとできるようになるとされています。ココナラの公式ページでは確認できていないため、手続きの前に公式の案内をご確認ください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="64" />
      <source>A buyer's cancellation request (reason 出品者と連絡がとれない) needs 4 days (96 hours) since your last message without a reply, says a post on Coconala's blog. This is not confirmed on Coconala's official pages: check there before you act.</source>
      <translation>ココナラ内のブログ記事によると、購入者からのキャンセル申請（理由「出品者と連絡がとれない」）は、あなたの最後のメッセージに返信がないまま4日（96時間）経つとできるようになります。ココナラの公式ページでは確認できていないため、手続きの前に公式の案内をご確認ください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="65" />
      <source>Users report read marks (既読) in Coconala's talk room, but Coconala's official pages do not confirm them: take the read state as a hint only.</source>
      <translation>ココナラのトークルームに既読表示があるという利用者の声はありますが、公式ページでは確認できていません。既読・未読は目安としてお考えください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="68" />
      <source>Coconala's ratings are blind: each side rates within 10 days without seeing the other's rating, and both are shown once both have rated (or after 10 days). So a rating cannot answer yours, but an annoyed buyer or seller can still rate you low. Stay calm and keep a record.</source>
      <translation>ココナラの評価は相互に見えない方式です。お互いに相手の評価を見ずに10日以内に評価し、双方が評価した時点（または10日後）に公開されます。そのため評価で仕返しされることはありませんが、気分を害した相手が低い評価を付けることはあり得ます。落ち着いて、やり取りの記録を残しておきましょう。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="69" />
      <source>A cancellation refunds the buyer: the sale and the work so far are lost. If the work is in fact done, send the formal delivery (正式な納品) instead.</source>
      <translation>キャンセルになると購入者に返金され、この取引の売上とこれまでの作業は無駄になります。作業が実際に終わっているなら、キャンセルではなく正式な納品をしましょう。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="70" />
      <source>Send the formal delivery (正式な納品) only once the work is really delivered, never just to force an answer.</source>
      <translation>正式な納品は、実際に納品が済んでからにしてください。返事を促すためだけに使ってはいけません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="71" />
      <source>Do not start work before the service is purchased (購入): on Coconala the purchase is the payment.</source>
      <translation>サービスが購入される前に作業を始めないでください（ココナラでは購入時に支払いが済みます）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="72" />
      <source>No formal route on Coconala is known for this order.</source>
      <translation>この取引で使えるココナラの正式な手続きは把握していません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="73" />
      <source>If you stay silent for about 4 days, they may file a cancellation request (キャンセル申請) against you (not confirmed on Coconala's official pages).</source>
      <translation>4日ほど返信しないでいると、相手からキャンセル申請をされる可能性があります（ココナラの公式ページでは未確認）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="74" />
      <source>What happens at the deadline is only reported by users: an unanswered cancellation request reportedly counts as agreed after 24 hours. Check the order page.</source>
      <translation>期限後の扱いは利用者の情報によるものです。回答のないキャンセル申請は24時間後に同意したものとして扱われるとされています。取引画面をご確認ください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="77" />
      <source>If the seller does not write by the deadline: Coconala cancels the order, rates the seller ★1 and pauses all the seller's services.</source>
      <translation>期限までに出品者からメッセージがない場合：取引はキャンセルされ、出品者に★1の評価が付き、出品者のすべてのサービスが停止されます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="78" />
      <source>If they do not answer: the order is cancelled and the buyer refunded (reportedly after 24 hours; not confirmed on Coconala's official pages).</source>
      <translation>相手が回答しない場合：取引はキャンセルされ、購入者に返金されます（24時間後とされていますが、ココナラの公式ページでは未確認）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="79" />
      <source>If the buyer does nothing within 72 hours of the formal delivery: Coconala accepts it automatically (承諾) and the seller is paid.</source>
      <translation>正式な納品から72時間以内に購入者が何もしない場合：自動で承諾され、出品者に売上が入ります。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="82" />
      <source>If you do not write by the deadline: Coconala cancels the order, rates you ★1 and pauses all your services.</source>
      <translation>期限までにメッセージを送らない場合：取引はキャンセルされ、あなたに★1の評価が付き、あなたのすべてのサービスが停止されます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="83" />
      <source>If you do not answer: the order is cancelled and the buyer refunded (reportedly after 24 hours; not confirmed on Coconala's official pages).</source>
      <translation>あなたが回答しない場合：取引はキャンセルされ、購入者に返金されます（24時間後とされていますが、ココナラの公式ページでは未確認）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="84" />
      <source>If you do nothing within 72 hours of the formal delivery: Coconala accepts it automatically (承諾) and the seller is paid.</source>
      <translation>正式な納品から72時間以内に何もしない場合：自動で承諾され、出品者に売上が入ります。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="87" />
      <source>Act before the deadline</source>
      <translation>期限までに対応する</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="88" />
      <source>Track your request</source>
      <translation>リクエストの状況を確認する</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="89" />
      <source>Ask Coconala support to contact them</source>
      <translation>ココナラのサポートから相手に連絡してもらう</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="90" />
      <source>Do the formal step first</source>
      <translation>先に正式な手続きをする</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="91" />
      <source>File the formal request</source>
      <translation>正式な申請をする</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="93" />
      <source>Coconala support (ココナラ サポート)</source>
      <translation>ココナラ サポート</translation>
    </message>
  </context>
  <context>
    <name>Conversation</name>
    <message>
      <location filename="../../companion/ui/conversation.py" line="146" />
      <source>no reply needed</source>
      <translation>返信不要</translation>
    </message>
    <message>
      <location filename="../../companion/ui/conversation.py" line="152" />
      <source>(no text logged)</source>
      <translation>（本文の記録なし）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/conversation.py" line="296" />
      <source>Messages</source>
      <translation>メッセージ</translation>
    </message>
    <message>
      <location filename="../../companion/ui/conversation.py" line="308" />
      <source>Mark as &amp;read (既読)…</source>
      <translation>既読にする(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/conversation.py" line="309" />
      <source>&amp;Edit message…</source>
      <translation>メッセージを編集(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/conversation.py" line="310" />
      <source>&amp;Delete message…</source>
      <translation>メッセージを削除(&amp;D)…</translation>
    </message>
  </context>
  <context>
    <name>CrowdWorks</name>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="12" />
      <source>Applying / discussing (応募・相談中)</source>
      <translation>応募・相談中</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="13" />
      <source>Contracted, no escrow yet (契約済み・仮払い前)</source>
      <translation>契約済み・仮払い前</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="14" />
      <source>Escrow funded, work under way (仮払い済み・作業中)</source>
      <translation>仮払い済み（作業中）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="15" />
      <source>Delivered, awaiting acceptance (納品済み・検収待ち)</source>
      <translation>納品済み（検収待ち）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="16" />
      <source>Accepted and paid (検収完了・支払い済み)</source>
      <translation>検収完了・支払い済み</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="17" />
      <source>Contract ended (契約終了)</source>
      <translation>契約終了</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="23" />
      <source>No contract yet: the reminder request and the termination request are not available.</source>
      <translation>まだ契約前です。連絡催促申請も契約途中終了リクエストも使えません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="24" />
      <source>Contract agreed but the client has not deposited the fee (仮払い). Never start work before escrow.</source>
      <translation>契約は成立しましたが、発注者がまだ仮払いしていません。仮払い前に作業を始めないでください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="25" />
      <source>The client deposited the fee with CrowdWorks; work is under way.</source>
      <translation>クライアントがクラウドワークスに報酬を仮払いしました。作業中です。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="26" />
      <source>The worker delivered (納品); the client has not accepted it yet (検収). The guideline for 検収 is 1 week.</source>
      <translation>ワーカーは納品済みで、クライアントの検収がまだです。検収の目安は1週間です。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="27" />
      <source>The client accepted the work (検収) and the fee is paid: the transaction is over.</source>
      <translation>クライアントが検収し、報酬が支払われました。取引は完了しています。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="28" />
      <source>The contract ended before completion (契約終了).</source>
      <translation>完了前に契約が終了しました。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="35" />
      <source>They filed a termination request (契約途中終了リクエスト) against you. If you do not respond within 1 week, the contract ends, the escrow goes back to the client, and you get ★1 in every rating item.</source>
      <translation>相手があなたに契約途中終了リクエストを送りました。1週間以内に対応しないと契約は終了し、仮払いはクライアントに返金され、あなたには全項目★1の評価がつきます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="36" />
      <source>The transaction is over (accepted and paid, or the contract ended).</source>
      <translation>取引は終わっています（検収・支払い済み、または契約終了）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="37" />
      <source>Your reminder request (連絡催促申請) is with support (事務局): they review it within 2 business days and, if they approve it, remind the other side by e-mail and site notice.</source>
      <translation>連絡催促申請は事務局が確認中です。2営業日以内に審査され、承認されると事務局から相手にメールとサイト内通知で連絡が促されます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="38" />
      <source>Send about 3 messages a few days apart before any formal step. CrowdWorks states no minimum silence, so these follow-ups are what comes first.</source>
      <translation>正式な手続きの前に、数日あけて3回ほどメッセージを送りましょう。クラウドワークスには「何日連絡がなければ」という決まりがないため、まずはこの再連絡が先です。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="39" />
      <source>Without a contract there is no formal route: the reminder request is only available from the contract on.</source>
      <translation>契約前なので正式な手続きはありません。連絡催促申請は契約後から使えます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="40" />
      <source>The reminder request is only for projects (プロジェクト形式: fixed fee or hourly). Tasks (タスク) and competitions (コンペ) have no formal route: ask support (事務局).</source>
      <translation>連絡催促申請はプロジェクト形式（固定報酬制・時間単価制）だけが対象です。タスクとコンペには正式な手続きがないため、事務局に相談してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="42" />
      <source>They filed a reminder request (連絡催促申請) against you. Support (事務局) reviews it within 2 business days and may remind you by e-mail and site notice. Nothing happens automatically, but answer them now.</source>
      <translation>相手があなたについて連絡催促申請をしました。事務局が2営業日以内に審査し、メールとサイト内通知であなたに連絡を促すことがあります。自動で何かが起きるわけではありませんが、今すぐ返信しましょう。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="43" />
      <source>The review period of your reminder request is over. Nothing happens automatically. If they still do not answer, ask support (事務局) to contact them.</source>
      <translation>連絡催促申請の審査期間は過ぎました。自動で何かが起きることはありません。それでも返信がなければ、相手への連絡を事務局に依頼してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="44" />
      <source>This review period includes the New Year holidays. Whether support (事務局) works then is not confirmed on CrowdWorks' official pages; the review may take longer.</source>
      <translation>この審査期間には年末年始が含まれます。その間に事務局が対応しているかは公式ページで確認できていないため、審査が長引く可能性があります。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="45" />
      <source>Your termination request (契約途中終了リクエスト) is running. If they do not respond within 1 week, the contract ends, the escrow is refunded in full to the client, and they get ★1 in every rating item.</source>
      <translation>契約途中終了リクエストを送っています。相手が1週間以内に対応しなければ契約は終了し、仮払いは全額クライアントに返金され、相手には全項目★1の評価がつきます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="46" />
      <source>Hourly contracts (時間単価制) use a 契約終了リクエスト. CrowdWorks does not state that it ends the contract by itself when unanswered: the 1-week date is not confirmed on the official pages. Check there before you act.</source>
      <translation>時間単価制では契約終了リクエストを使います。応答がない場合に自動で契約が終わるとはクラウドワークスは明記しておらず、1週間という期日は公式ページで確認できていません。行動する前に公式ページで確認してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="47" />
      <source>CrowdWorks states no minimum silence before a reminder request (Lancers asks for 7 days). This is not confirmed on the official pages; the app waits for your follow-ups first.</source>
      <translation>クラウドワークスでは、連絡催促申請の前に何日待つべきかが示されていません（ランサーズは7日）。公式ページで確認できていないため、このアプリではまず再連絡を済ませてからにしています。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="48" />
      <source>Escrow (仮払い) is not funded yet. The reminder request (連絡催促申請) is available from the contract on: support reviews it and reminds them. Never start work before 仮払い.</source>
      <translation>まだ仮払いされていません。連絡催促申請は契約後から使え、事務局が審査して相手に連絡を促します。仮払い前に作業を始めないでください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="49" />
      <source>The reminder request (連絡催促申請) is safe mid-work: it has no automatic outcome. Do not use the termination request: it would refund the escrow to the client and waste the work so far.</source>
      <translation>作業途中でも連絡催促申請なら安心です。自動で契約が終わったりはしません。契約途中終了リクエストは使わないでください。仮払いがクライアントに返金され、それまでの作業が無駄になります。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="50" />
      <source>You delivered less than 1 week ago: the reminder request is available until 1 week after 納品. Do not use the termination request: it would refund the escrow to the client.</source>
      <translation>納品から1週間たっていません。連絡催促申請は納品後1週間まで使えます。契約途中終了リクエストは使わないでください。仮払いがクライアントに返金されてしまいます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="51" />
      <source>The app does not know when you delivered. The reminder request is available until 1 week after 納品; after that, ask support (事務局). Record the delivery date to be sure.</source>
      <translation>納品した日時がアプリに記録されていません。連絡催促申請は納品後1週間まで使え、それ以降は事務局への相談になります。確実に判断できるよう、納品日時を記録してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="52" />
      <source>You delivered 1 week ago or more: the guideline for 検収 is 1 week. Ask support (事務局) through the inquiry page: they contact the client and may proceed with 検収 under the terms. Never the termination request.</source>
      <translation>納品から1週間以上たっています。検収の目安は1週間です。お問い合わせページから事務局に相談してください。事務局がクライアントに連絡し、利用規約に沿って検収の手続きを進めることもあります。契約途中終了リクエストは使わないでください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="53" />
      <source>You want the work to continue: the reminder request has no automatic outcome, so nothing ends. Support reviews it and reminds them.</source>
      <translation>作業を続けてほしい場合は、連絡催促申請が合っています。自動で契約が終わることはなく、事務局が審査して相手に連絡を促します。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="54" />
      <source>You want to end the contract: with a termination request (契約途中終了リクエスト), if they do not respond within 1 week, the contract ends and the escrow is refunded to you in full.</source>
      <translation>契約を終わらせたい場合は契約途中終了リクエストです。相手が1週間以内に対応しなければ契約は終了し、仮払いは全額あなたに返金されます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="55" />
      <source>The reminder request is only available until 1 week after 納品. Ask support (事務局) to contact them.</source>
      <translation>連絡催促申請が使えるのは納品後1週間までです。相手への連絡を事務局に依頼してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="61" />
      <source>After a request, the other side may rate you low at the end (5 items, ★1 to ★5). Ratings are blind: hidden until both sides rate, or published after 1 month. A termination request left unanswered gives the side who received it ★1 in every item. The fault is theirs; keep a calm record.</source>
      <translation>申請をすると、相手が最後に低い評価をつけてくることがあります（5項目・★1〜★5）。評価はお互いが入力するまで見えず、1か月たつと片方だけでも公開されます。契約途中終了リクエストに応答しなかった側には、全項目★1がつきます。非は相手にあります。落ち着いて記録を残しましょう。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="62" />
      <source>A termination request (契約途中終了リクエスト) ends the contract and refunds the escrow to the client: the fee and the work so far would be lost.</source>
      <translation>契約途中終了リクエストを使うと契約が終わり、仮払いはクライアントに返金されます。報酬もそれまでの作業も失うことになります。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="63" />
      <source>If you stay silent, they may file a reminder request (連絡催促申請) or a termination request (契約途中終了リクエスト) against you.</source>
      <translation>返信しないままでいると、相手から連絡催促申請や契約途中終了リクエストを送られることがあります。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="64" />
      <source>CrowdWorks has no formal request for this project (tasks and competitions).</source>
      <translation>この案件（タスク・コンペ）には、クラウドワークスの正式な申請手続きがありません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="70" />
      <source>If they do not answer: nothing happens automatically. Support (事務局) reviews the request within 2 business days and, if approved, reminds them by e-mail and site notice; a reply is not guaranteed.</source>
      <translation>相手から返信がなくても、自動で何かが起きることはありません。事務局が2営業日以内に申請を審査し、承認されればメールとサイト内通知で相手に連絡を促します。返信があるとは限りません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="71" />
      <source>If they do not respond within 1 week: the contract ends, the escrow is refunded in full to the client, and they get ★1 in every rating item without being able to rate the sender.</source>
      <translation>相手が1週間以内に対応しない場合：契約は終了し、仮払いは全額クライアントに返金されます。相手には全項目★1の評価がつき、送った側を評価することはできません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="72" />
      <source>If they do not respond: CrowdWorks does not state that an hourly contract ends by itself (not confirmed on the official pages). Ask support (事務局) if it stays open.</source>
      <translation>相手が対応しない場合：時間単価制の契約が自動で終わるとはクラウドワークスは明記していません（公式ページで確認できていません）。契約が終わらないままなら事務局に相談してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="78" />
      <source>If you do not answer: nothing happens automatically, but support (事務局) may remind you by e-mail and site notice. Answer them on CrowdWorks.</source>
      <translation>返信しなくても自動で何かが起きることはありませんが、事務局からメールやサイト内通知で連絡が来ることがあります。クラウドワークス上で返信しましょう。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="79" />
      <source>If you do not respond within 1 week: the contract ends, the escrow is refunded in full to the client, and you get ★1 in every rating item without being able to rate them.</source>
      <translation>1週間以内に対応しない場合：契約は終了し、仮払いは全額クライアントに返金されます。あなたには全項目★1の評価がつき、相手を評価することもできません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="80" />
      <source>If you do not respond: CrowdWorks does not state that an hourly contract ends by itself (not confirmed on the official pages). Respond anyway to keep the contract.</source>
      <translation>対応しない場合：時間単価制の契約が自動で終わるとはクラウドワークスは明記していません（公式ページで確認できていません）。契約を続けたいなら、いずれにせよ対応しておきましょう。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="88" />
      <source>Worker (ワーカー)</source>
      <translation>ワーカー</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="88" />
      <source>Client (クライアント)</source>
      <translation>クライアント</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="90" />
      <source>Reminder request (連絡催促申請)</source>
      <translation>連絡催促申請</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="91" />
      <source>Termination request (契約途中終了リクエスト; hourly: 契約終了リクエスト)</source>
      <translation>契約途中終了リクエスト（時間単価制：契約終了リクエスト）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="98" />
      <source>File the request</source>
      <translation>申請する</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="99" />
      <source>Track your request</source>
      <translation>リクエストの状況を確認する</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="101" />
      <source>CrowdWorks support (事務局)</source>
      <translation>クラウドワークス事務局</translation>
    </message>
  </context>
  <context>
    <name>DateTimeField</name>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="53" />
      <source>Now</source>
      <translation>今</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="66" />
      <source>Set %1 to now</source>
      <translation>%1を現在にする</translation>
    </message>
  </context>
  <context>
    <name>DecisionWizard</name>
    <message>
      <location filename="../../companion/ui/wizard.py" line="70" />
      <source>Why?</source>
      <translation>なぜ？</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="73" />
      <source>Why? (%1)</source>
      <translation>なぜ？（%1）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="736" />
      <source>What should I do? — %1</source>
      <translation>どうすればいい？ — %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="758" />
      <source>Steps</source>
      <translation>手順</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="767" />
      <source>Back</source>
      <translation>戻る</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="768" />
      <source>Next</source>
      <translation>次へ</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="770" />
      <source>Stage, contract type, role and plan change are written back to the project.</source>
      <translation>段階・契約形式・立場・計画変更がプロジェクトに保存されます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="932" />
      <source>Kept the read state of your latest message: %1</source>
      <translation>最新メッセージの既読状態を保存しました：%1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="943" />
      <source>Kept your answer: %1</source>
      <translation>回答を保存しました：%1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="991" />
      <source>Saved your corrections to the project</source>
      <translation>修正内容をプロジェクトに保存しました</translation>
    </message>
  </context>
  <context>
    <name>Desktop</name>
    <message>
      <location filename="../../companion/desktop/integration.py" line="73" />
      <source>… and %1 more in the Reminder Center</source>
      <translation>…ほか %1件はリマインダー一覧で</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="92" />
      <source>Renraku Companion</source>
      <translation>連絡コンパニオン</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="92" />
      <source>Notifications work. Reminders will look like this.</source>
      <translation>通知は正しく届いています。リマインダーはこのように表示されます。</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="75" />
      <location filename="../../companion/desktop/integration.py" line="88" />
      <location filename="../../companion/desktop/integration.py" line="93" />
      <source>Open</source>
      <translation>開く</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="74" />
      <source>%1 reminders</source>
      <translation>リマインダー %1件</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="75" />
      <location filename="../../companion/desktop/integration.py" line="88" />
      <location filename="../../companion/desktop/integration.py" line="93" />
      <source>Snooze 1 hour</source>
      <translation>1時間後に再通知</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="84" />
      <source>… and %1 more</source>
      <translation>…ほか %1件</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="87" />
      <source>Nothing needs you today.</source>
      <translation>今日対応が必要なものはありません。</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="88" />
      <source>Today's digest</source>
      <translation>今日のまとめ</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="96" />
      <source>the desktop's notification service</source>
      <translation>デスクトップの通知サービス</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="97" />
      <source>the tray icon's messages</source>
      <translation>トレイアイコンのメッセージ</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="98" />
      <source>this window only (no notification service or tray was found)</source>
      <translation>このウィンドウのみ（通知サービスもトレイも見つかりません）</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="100" />
      <source>Test notification sent through %1.</source>
      <translation>テスト通知を%1で送りました。</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="160" />
      <source>Still running</source>
      <translation>バックグラウンドで動作中</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="162" />
      <source>Renraku Companion keeps running in the system tray so it can remind you. Open it again from the tray icon; quit from the tray menu or File → Quit.</source>
      <translation>連絡コンパニオンはリマインダーをお知らせするため、システムトレイに常駐します。トレイアイコンからいつでも開けます。終了するには、トレイのメニューか「ファイル → 終了」を使ってください。</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="171" />
      <source>Keep running?</source>
      <translation>バックグラウンドで動作させますか？</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="173" />
      <source>There is no system tray here. Keep Renraku Companion running in the background so it can remind you? Launch it again to bring the window back.</source>
      <translation>この環境にはシステムトレイがありません。リマインダーをお知らせできるよう、連絡コンパニオンをバックグラウンドで動作させたままにしますか？ウィンドウを再び表示するには、もう一度起動してください。</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="175" />
      <source>Keep running</source>
      <translation>動作させたままにする</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="176" />
      <source>Quit</source>
      <translation>終了</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="177" />
      <source>Remember my answer</source>
      <translation>この選択を記憶する</translation>
    </message>
  </context>
  <context>
    <name>DetailPane</name>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="141" />
      <source>Add a project</source>
      <extracomment>the client changed the answer to "should the work continue?" (None: not sure) the language of the texts to the other side and support changed ('' = the platform's) the user wants to correct when the project entered its stage / record "last seen online"</extracomment>
      <translation>プロジェクトを追加</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="143" />
      <source>Load demo data</source>
      <translation>デモデータを読み込む</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="171" />
      <source>Project facts</source>
      <translation>プロジェクトの概要</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="180" />
      <location filename="../../companion/ui/detail_pane.py" line="182" />
      <source>Project pages</source>
      <translation>プロジェクトのページ</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="183" />
      <source>&amp;Conversation</source>
      <translation>会話(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="256" />
      <source>What should I do?…</source>
      <translation>どうすればいい？…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="257" />
      <source>Walk through the platform's rules for this project, step by step</source>
      <translation>このプロジェクトにプラットフォームのルールを当てはめて、順番に確認します</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="319" />
      <source>I sent a message now</source>
      <translation>今メッセージを送った</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="320" />
      <source>Log a platform message you sent just now</source>
      <translation>今送ったプラットフォーム上のメッセージを記録します</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="322" />
      <source>They replied now</source>
      <translation>今返信が来た</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="323" />
      <source>Log a platform message they sent just now</source>
      <translation>相手から今届いたプラットフォーム上のメッセージを記録します</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="325" />
      <source>Log a message…</source>
      <translation>メッセージを記録…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="326" />
      <source>Log a message with its time, text and channel</source>
      <translation>日時・本文・連絡手段を指定してメッセージを記録します</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="342" />
      <source>Project</source>
      <translation>プロジェクト</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="347" />
      <source>Counterparty</source>
      <translation>取引相手</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="348" />
      <source>Platform</source>
      <translation>プラットフォーム</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="349" />
      <source>Your role</source>
      <translation>あなたの立場</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="350" />
      <source>Contract type</source>
      <translation>契約形式</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="351" />
      <source>Stage</source>
      <translation>段階</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="352" />
      <source>Plan change (計画変更)</source>
      <translation>計画変更</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="353" />
      <source>Amount</source>
      <translation>金額</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="354" />
      <source>Start date</source>
      <translation>開始日</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="355" />
      <source>Notes</source>
      <translation>メモ</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="364" />
      <source>Open project page</source>
      <translation>プロジェクトページを開く</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="373" />
      <source>Not sure yet</source>
      <translation>まだ決めていない</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="373" />
      <source>Yes, the work should continue</source>
      <translation>はい、作業を続けてほしい</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="374" />
      <source>No, end the contract</source>
      <translation>いいえ、契約を終わらせたい</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="376" />
      <source>Your answer in the wizard. It decides between asking support and filing the request.</source>
      <translation>ウィザードでの回答です。事務局に相談するか、連絡催促申請をするかはこれで決まります。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="377" />
      <location filename="../../companion/ui/detail_pane.py" line="379" />
      <source>Work should continue?</source>
      <translation>作業の継続</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="383" />
      <source>The platform's (Japanese on Japanese platforms)</source>
      <translation>プラットフォームに合わせる（国内サービスは日本語）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="386" />
      <source>The language of the prepared texts to the other side and to support, and of the evidence report</source>
      <translation>取引相手や事務局に送る文面と、経緯レポートの言語です</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="387" />
      <location filename="../../companion/ui/detail_pane.py" line="389" />
      <source>Texts to them in</source>
      <translation>文面の言語</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="393" />
      <source>Correct…</source>
      <translation>修正…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="394" />
      <source>Correct when the project entered its stage…</source>
      <translation>今の段階になった日時を修正…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="396" />
      <source>In this stage since</source>
      <translation>この段階になった日時</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="398" />
      <source>Record…</source>
      <translation>記録…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="399" />
      <source>Record when they were last seen online…</source>
      <translation>相手の最終ログイン日時を記録…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="401" />
      <source>Last seen online</source>
      <translation>相手の最終アクセス</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="402" />
      <source>When the platform's profile showed them online last (最終アクセス・最終ログイン)</source>
      <translation>プラットフォームのプロフィールに表示される、相手が最後にアクセスした日時（最終アクセス・最終ログイン）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="463" />
      <source>Record what happened to the request…</source>
      <translation>申請の結果を記録…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="477" />
      <source>Project history</source>
      <translation>プロジェクトの履歴</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="295" />
      <source>No messages logged yet. Log the last one you sent or received with the buttons below.</source>
      <translation>まだメッセージの記録がありません。最後に送った、または受け取ったメッセージを下のボタンで記録してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="700" />
      <source>The latest %1 of %2 messages; scroll up for older ones.</source>
      <translation>全%2件のうち最新の%1件を表示中。上へスクロールすると古いメッセージを読み込みます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="411" />
      <source>Waiting on them</source>
      <translation>相手の返信待ち</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="411" />
      <source>Silent since</source>
      <translation>連絡が途絶えた日時</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="412" />
      <source>Unanswered messages</source>
      <translation>返信のないあなたのメッセージ</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="412" />
      <source>Latest read state</source>
      <translation>最新の既読状態</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="413" />
      <source>You owe a reply for</source>
      <translation>あなたが返信していない期間</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="413" />
      <source>Next follow-up</source>
      <translation>次の再連絡</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="414" />
      <location filename="../../companion/ui/detail_pane.py" line="644" />
      <source>Reminder request possible</source>
      <translation>連絡催促申請が可能</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="414" />
      <location filename="../../companion/ui/detail_pane.py" line="646" />
      <source>Request deadline</source>
      <translation>申請の回答期限</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="457" />
      <location filename="../../companion/ui/detail_pane.py" line="536" />
      <source>Reminder request (連絡催促申請)</source>
      <translation>連絡催促申請</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="449" />
      <location filename="../../companion/ui/detail_pane.py" line="462" />
      <source>Record what happened…</source>
      <translation>結果を記録…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="465" />
      <source>A request was filed against me…</source>
      <translation>相手から申請を受けた…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="58" />
      <source>When</source>
      <translation>日時</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="58" />
      <source>What</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="303" />
      <source>Edit message…</source>
      <translation>メッセージを編集…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="301" />
      <source>Mark as read (既読)…</source>
      <translation>既読にする…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="184" />
      <source>&amp;Details</source>
      <translation>詳細(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="185" />
      <source>Hi&amp;story</source>
      <translation>履歴(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="305" />
      <source>Delete message…</source>
      <translation>メッセージを削除…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="450" />
      <source>Record what happened to the open request…</source>
      <translation>進行中の申請の結果を記録…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="496" />
      <source>No project matches</source>
      <translation>該当するプロジェクトがありません</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="497" />
      <source>Change the search or the filters above the list (archived projects are under “Archived”).</source>
      <translation>一覧の上の検索語やフィルターを変えてください（アーカイブしたプロジェクトは「アーカイブ」にあります）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="499" />
      <source>No projects yet</source>
      <translation>プロジェクトはまだありません</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="501" />
      <source>Add the project whose counterparty went quiet, or load the demo data to look around.</source>
      <translation>連絡が途絶えたプロジェクトを追加するか、デモデータを読み込んで試してみてください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="504" />
      <source>Select a project</source>
      <translation>プロジェクトを選択</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="505" />
      <source>Pick a project in the list to see its timers and history.</source>
      <translation>一覧からプロジェクトを選ぶと、タイマーと履歴が表示されます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="518" />
      <source>(archived)</source>
      <translation>（アーカイブ）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="527" />
      <source>Pending</source>
      <translation>あり（申請中）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="527" />
      <source>No</source>
      <translation>なし</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="537" />
      <source>Formal requests on the platform</source>
      <translation>プラットフォームでの正式な申請</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="644" />
      <source>Formal step possible</source>
      <translation>正式な手続きが可能</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="646" />
      <source>Platform deadline</source>
      <translation>プラットフォームの期限</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="657" />
      <source>Filed by you</source>
      <translation>あなたが提出</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="657" />
      <source>Filed against you</source>
      <translation>相手から提出</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="660" />
      <source>deadline passed, support is reviewing</source>
      <translation>回答期限切れ、事務局が確認中</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="662" />
      <source>deadline %1</source>
      <translation>回答期限 %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="664" />
      <source>None open.</source>
      <translation>進行中の申請はありません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="680" />
      <source>%1 (in %2)</source>
      <translation>%1（あと%2）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="683" />
      <source>%1 (%2 ago)</source>
      <translation>%1（%2前）</translation>
    </message>
  </context>
  <context>
    <name>DiagnosisPage</name>
    <message>
      <location filename="../../companion/ui/wizard.py" line="236" />
      <source>3. Why they may be quiet</source>
      <translation>3. 連絡がない理由</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="237" />
      <source>The likely causes, from the read state of your latest message.</source>
      <translation>最新メッセージの既読状態から考えられる原因です。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="239" />
      <source>How is this worked out?</source>
      <translation>どうやって判断しているの？</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="240" />
      <source>From the read state of your latest unanswered message: unread points to not logging in or a missed e-mail; read but unanswered points to being ignored, which is rare once escrow is funded.</source>
      <translation>返信のない最新メッセージの既読状態から判断します。未読ならログインしていないかメールの見落とし、既読なのに返信がないなら無視の可能性があります（仮払い後はまれです）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="250" />
      <source>You are not waiting on them right now, so there is nothing to diagnose.</source>
      <translation>今は相手の返信を待っている状態ではないため、原因を考える必要はありません。</translation>
    </message>
  </context>
  <context>
    <name>Duration</name>
    <message>
      <location filename="../../companion/ui/text.py" line="209" />
      <source>%1 d %2 h</source>
      <translation>%1日%2時間</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="210" />
      <source>%1 d</source>
      <translation>%1日</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="213" />
      <source>%1 h %2 min</source>
      <translation>%1時間%2分</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="214" />
      <source>%1 h</source>
      <translation>%1時間</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="215" />
      <source>%1 min</source>
      <translation>%1分</translation>
    </message>
  </context>
  <context>
    <name>FileCommands</name>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="49" />
      <source>All data (JSON) (*.json)</source>
      <translation>すべてのデータ（JSON）(*.json)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="49" />
      <source>Projects and messages (CSV folder) (*)</source>
      <translation>プロジェクトとメッセージ（CSVフォルダ）(*)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="51" />
      <location filename="../../companion/ui/commands/file_commands.py" line="64" />
      <source>Export</source>
      <translation>エクスポート</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="64" />
      <source>The export failed: %1</source>
      <translation>エクスポートに失敗しました：%1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="66" />
      <source>Exported to %1</source>
      <translation>エクスポートしました：%1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="73" />
      <source>Export calendar</source>
      <translation>カレンダーを書き出す</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="75" />
      <source>Calendar (*.ics)</source>
      <translation>カレンダー (*.ics)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="88" />
      <source>The calendar could not be saved to %1: %2</source>
      <translation>カレンダーを %1 に保存できませんでした：%2</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="92" />
      <source>Calendar saved with %1 coming deadlines and reminders: %2</source>
      <translation>今後の期限とリマインダー %1 件をカレンダーに保存しました：%2</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="106" />
      <location filename="../../companion/ui/commands/file_commands.py" line="117" />
      <location filename="../../companion/ui/commands/file_commands.py" line="122" />
      <location filename="../../companion/ui/commands/file_commands.py" line="129" />
      <source>Import</source>
      <translation>インポート</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="107" />
      <source>Nothing was imported: the file has %1 problem(s).</source>
      <translation>何もインポートされませんでした：ファイルに %1 件の問題があります。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="112" />
      <source>Import %1 new projects and %2 new messages? (%3 projects are already here and are not added again.)</source>
      <translation>新しいプロジェクト %1件とメッセージ %2件をインポートしますか？（すでにある %3件のプロジェクトは重複して追加しません）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="124" />
      <source>Imported %1 projects and %2 messages.</source>
      <translation>プロジェクト %1件とメッセージ %2件をインポートしました。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="130" />
      <source>Renraku Companion export (*.json);;CSV export: projects.csv (projects.csv);;All files (*)</source>
      <translation>連絡コンパニオンのエクスポート (*.json);;CSVエクスポート：projects.csv (projects.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="150" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="150" />
      <source>Markdown (*.md)</source>
      <translation>Markdown (*.md)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="152" />
      <location filename="../../companion/ui/commands/file_commands.py" line="166" />
      <location filename="../../companion/ui/commands/file_commands.py" line="177" />
      <source>Evidence report</source>
      <translation>経緯レポート</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="166" />
      <source>The report could not be saved: %1</source>
      <translation>レポートを保存できませんでした：%1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="168" />
      <source>Report saved: %1</source>
      <translation>レポートを保存しました：%1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="178" />
      <source>Language of the report:</source>
      <translation>経緯レポートの言語：</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="190" />
      <source>Back up now</source>
      <translation>今すぐバックアップ</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="190" />
      <source>The backup failed: %1</source>
      <translation>バックアップに失敗しました：%1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="192" />
      <source>Backed up to %1</source>
      <translation>バックアップしました：%1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="205" />
      <location filename="../../companion/ui/commands/file_commands.py" line="218" />
      <source>Restore from backup</source>
      <translation>バックアップから復元</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="209" />
      <source>This backup cannot be restored: %1. Nothing was changed.</source>
      <translation>このバックアップは復元できません（%1）。何も変更されていません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="218" />
      <source>The restore failed: %1</source>
      <translation>復元に失敗しました：%1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="220" />
      <source>Restored. Your previous data was saved to %1</source>
      <translation>復元しました。それまでのデータは次に保存しました：%1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="229" />
      <source>Demo data</source>
      <translation>デモデータ</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="230" />
      <source>The demo data can only be loaded when there are no projects yet. Start the app with --data-dir and an empty folder to try it.</source>
      <translation>デモデータはプロジェクトが1件もないときだけ読み込めます。試すには、空のフォルダを --data-dir に指定して起動してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="235" />
      <source>Loaded %1 demo projects.</source>
      <translation>デモプロジェクトを%1件読み込みました。</translation>
    </message>
  </context>
  <context>
    <name>FilingPage</name>
    <message>
      <location filename="../../companion/ui/wizard.py" line="355" />
      <source>Next becomes available once you tick the box above.</source>
      <translation>上のチェックボックスにチェックを入れると「次へ」に進めます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="364" />
      <source>5. Before you file</source>
      <translation>5. 申請の前に</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="365" />
      <source>Read this carefully: a reminder request has consequences for both sides.</source>
      <translation>よくお読みください。連絡催促申請は双方に影響があります。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="367" />
      <source>Why this warning?</source>
      <translation>なぜこの注意が必要？</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="368" />
      <source>People file in a panic and regret it: at the wrong stage a request can throw away weeks of delivered work, and the other side may retaliate with a negative rating.</source>
      <translation>焦って申請して後悔する人がいます。段階を誤ると、何週間分もの納品物が水の泡になることがあり、相手から報復として悪い評価をつけられることもあります。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="376" />
      <source>I understand the outcome and that they may rate me 残念 in return</source>
      <translation>結果を理解し、相手から「残念」の評価をつけられる可能性があることも理解しました</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="399" />
      <source>This is against the recommendation (%1).</source>
      <translation>これはおすすめ（%1）とは異なる選択です。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="407" />
      <source>First report completion (仕事完了報告) on the platform; then file the request. The outcome below is what happens after the report.</source>
      <translation>まずプラットフォームで仕事完了報告をしてから、連絡催促申請を提出します。下の結果は、完了報告をした後の場合です。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="413" />
      <source>You have sent %1 unanswered message(s). The platform suggests about 3 messages a few days apart first: the request is not meant to be used often.</source>
      <translation>返信のないメッセージはまだ%1通です。申請の前に、数日おきに3通ほど送るのが目安です。連絡催促申請は頻繁に使うものではありません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="418" />
      <source>The platform will only accept the request from %1.</source>
      <translation>プラットフォームで申請できるのは%1以降です。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="426" />
      <source>If you file now, the deadline is %1 (7 days, 168 hours).</source>
      <translation>今提出すると、回答期限は%1です（7日間＝168時間）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="427" />
      <source>If you file on %2, the deadline is %1 (7 days, 168 hours).</source>
      <translation>%2に提出した場合、回答期限は%1です（7日間＝168時間）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="429" />
      <source>If you file %3 now, its clock ends %1.</source>
      <translation>今%3をすると、期限は%1です。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="430" />
      <source>If you file %3 on %2, its clock ends %1.</source>
      <translation>%2に%3をすると、期限は%1です。</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <location filename="../../companion/ui/filter_bar.py" line="21" />
      <source>Search title, counterparty, notes</source>
      <translation>タイトル・取引相手・メモで検索</translation>
    </message>
    <message>
      <location filename="../../companion/ui/filter_bar.py" line="22" />
      <source>Search projects</source>
      <translation>プロジェクトを検索</translation>
    </message>
    <message>
      <location filename="../../companion/ui/filter_bar.py" line="23" />
      <source>Search title, counterparty, notes (Ctrl+F)</source>
      <translation>タイトル・取引相手・メモで検索（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/filter_bar.py" line="28" />
      <source>Show active or archived projects</source>
      <translation>進行中またはアーカイブのプロジェクトを表示</translation>
    </message>
    <message>
      <location filename="../../companion/ui/filter_bar.py" line="29" />
      <source>Active</source>
      <translation>進行中</translation>
    </message>
    <message>
      <location filename="../../companion/ui/filter_bar.py" line="29" />
      <source>Archived</source>
      <translation>アーカイブ</translation>
    </message>
    <message>
      <location filename="../../companion/ui/filter_bar.py" line="29" />
      <source>All</source>
      <translation>すべて</translation>
    </message>
    <message>
      <location filename="../../companion/ui/filter_bar.py" line="35" />
      <source>Platform filter</source>
      <translation>プラットフォームで絞り込み</translation>
    </message>
    <message>
      <location filename="../../companion/ui/filter_bar.py" line="36" />
      <source>All platforms</source>
      <translation>すべてのプラットフォーム</translation>
    </message>
    <message>
      <location filename="../../companion/ui/filter_bar.py" line="42" />
      <source>Needs action</source>
      <translation>要対応</translation>
    </message>
    <message>
      <location filename="../../companion/ui/filter_bar.py" line="50" />
      <source>Sho&amp;w:</source>
      <translation>表示(&amp;W)：</translation>
    </message>
    <message>
      <location filename="../../companion/ui/filter_bar.py" line="52" />
      <source>Pla&amp;tform:</source>
      <translation>プラットフォーム(&amp;T)：</translation>
    </message>
  </context>
  <context>
    <name>Fiverr</name>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="18" />
      <source>Custom offer (カスタムオファー・相談中)</source>
      <translation>カスタムオファー・相談中</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="19" />
      <source>Order in progress (注文済み・作業中)</source>
      <translation>注文済み・作業中</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="20" />
      <source>Work sent by message (メッセージで送付・未納品)</source>
      <translation>メッセージで送付済み（Fiverrでは未納品）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="21" />
      <source>Delivered in Fiverr (納品済み・承認待ち)</source>
      <translation>Fiverrで納品済み（承認待ち）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="22" />
      <source>Order completed (注文完了)</source>
      <translation>注文完了</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="23" />
      <source>Cancelled (キャンセル)</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="26" />
      <source>A custom offer or a conversation before any order: Fiverr's formal routes are not available yet.</source>
      <translation>カスタムオファーや注文前のやり取りの段階です。Fiverrの正式な手続きはまだ使えません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="27" />
      <source>The buyer paid the order; Fiverr holds the money while the work is under way.</source>
      <translation>購入者は注文の代金を支払い済みです。作業中はFiverrが代金を預かっています。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="28" />
      <source>The seller sent the work by message but has not delivered it in Fiverr: the buyer's 3 days have not started.</source>
      <translation>出品者はメッセージで成果物を送りましたが、Fiverrではまだ納品していません。購入者の3日間はまだ始まっていません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="29" />
      <source>The seller delivered in Fiverr. The buyer accepts it or asks for a revision; if neither, the order completes by itself after 3 days (not confirmed).</source>
      <translation>出品者がFiverrで納品しました。購入者は承認するか修正を依頼します。どちらもなければ、3日後に注文は自動で完了します（未確認）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="30" />
      <source>The order is completed and the seller is paid: the transaction is over.</source>
      <translation>注文は完了し、出品者に代金が支払われました。取引は終了です。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="31" />
      <source>The order was cancelled and the buyer refunded.</source>
      <translation>注文はキャンセルされ、購入者に返金されました。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="34" />
      <source>Seller (出品者)</source>
      <translation>出品者</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="35" />
      <source>Buyer (購入者)</source>
      <translation>購入者</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="38" />
      <source>Cancellation request (Resolution Center・キャンセルリクエスト)</source>
      <translation>キャンセルリクエスト（解決センター）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="39" />
      <source>The buyer's 3 days to accept or ask for a revision (承認期間)</source>
      <translation>購入者が承認または修正依頼をする3日間（承認期間）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="40" />
      <location filename="../../companion/ui/platforms/fiverr.py" line="81" />
      <source>Deliver the order in Fiverr (納品)</source>
      <translation>Fiverrで注文を納品する</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="43" />
      <source>They asked to cancel the order in the Resolution Center. Accept or decline it there: a message alone does not answer it. Unanswered, it is said to be accepted automatically after 48 hours (other sources say 72 hours or 4 days: not confirmed on Fiverr's official pages).</source>
      <translation>相手が解決センターで注文のキャンセルをリクエストしました。解決センターで承諾するか拒否してください。メッセージを送るだけでは回答になりません。回答しないと48時間後に自動で承諾されるとされています（72時間、4日とする情報もあり、Fiverrの公式ページでは確認できていません）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="44" />
      <source>The order is over (completed or cancelled).</source>
      <translation>注文は終了しています（完了またはキャンセル）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="45" />
      <source>Your cancellation request is open in the Resolution Center. Unanswered, it is said to be accepted automatically after 48 hours (not confirmed on Fiverr's official pages).</source>
      <translation>あなたのキャンセルリクエストは解決センターで受付中です。相手が回答しないと48時間後に自動で承諾されるとされています（Fiverrの公式ページでは確認できていません）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="46" />
      <source>Send about 3 messages a few days apart before any formal step.</source>
      <translation>正式な手続きの前に、数日おきに3通ほどメッセージを送りましょう。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="47" />
      <source>No order yet (the custom offer is not accepted): Fiverr's routes work on an order, so there is no formal step.</source>
      <translation>まだ注文がありません（カスタムオファーが受け入れられていません）。Fiverrの手続きは注文に対するものなので、正式な手続きはありません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="48" />
      <source>Fiverr's routes are for gig orders and custom offers; for this project, ask Fiverr Customer Support.</source>
      <translation>Fiverrの手続きはサービス（ギグ）の注文とカスタムオファーが対象です。このプロジェクトについてはFiverrのカスタマーサポートに相談してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="49" />
      <source>The order is not paid yet: Fiverr holds no money and there is nothing to cancel. Never start work before the buyer pays the order; Customer Support can help.</source>
      <translation>注文の代金はまだ支払われていません。Fiverrは代金を預かっておらず、キャンセルする注文もありません。購入者が支払う前に作業を始めないでください。カスタマーサポートに相談できます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="50" />
      <source>Ask Fiverr Customer Support to help reach the buyer. Do not ask to cancel: a cancellation refunds the buyer, loses the work so far and lowers your completion rate. Once the work is done, deliver it in Fiverr.</source>
      <translation>購入者と連絡が取れるよう、Fiverrのカスタマーサポートに相談しましょう。キャンセルはリクエストしないでください。キャンセルすると購入者に返金され、ここまでの作業が無駄になり、完了率も下がります。作業が終わったらFiverrで納品しましょう。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="51" />
      <source>You sent the work by message, but the order is not delivered in Fiverr. Deliver it on the order page: then, if the buyer does nothing, the order completes automatically after 3 days (not confirmed on Fiverr's official pages). Deliver only finished work.</source>
      <translation>成果物はメッセージで送りましたが、Fiverrではまだ納品していません。注文ページから納品してください。納品後、購入者が何もしなければ3日後に注文は自動で完了します（Fiverrの公式ページでは確認できていません）。納品するのは完成した成果物だけにしましょう。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="52" />
      <source>You want to stop: ask to cancel the order in the Resolution Center. If the seller does not answer, the order is cancelled and you are refunded to your Fiverr balance (accepted automatically after about 48 hours: not confirmed on Fiverr's official pages).</source>
      <translation>取引をやめたい場合は、解決センターで注文のキャンセルをリクエストします。出品者が回答しなければ注文はキャンセルされ、Fiverr残高に返金されます（約48時間後に自動で承諾されるとされていますが、Fiverrの公式ページでは確認できていません）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="53" />
      <source>You want the order to continue: a cancellation request would end it. Ask Fiverr Customer Support to help reach the seller instead.</source>
      <translation>注文を続けたい場合、キャンセルリクエストをすると注文が終わってしまいます。代わりに、出品者と連絡が取れるようFiverrのカスタマーサポートに相談しましょう。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="54" />
      <source>The seller delivered the order. Accept it or ask for a revision on the order page within 3 days of the delivery; if you do neither, Fiverr completes the order and pays the seller. Not confirmed on Fiverr's official pages (some orders are not completed automatically): check the order page.</source>
      <translation>出品者が注文を納品しました。納品から3日以内に、注文ページで承認するか修正を依頼してください。どちらもしないと、Fiverrが注文を完了し、出品者に代金が支払われます。Fiverrの公式ページでは確認できていません（自動で完了しない注文もあります）。注文ページで確認してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="55" />
      <source>The 3 days after the delivery have passed: Fiverr may already have completed the order and paid the seller. Check the order page; if it is still open, accept it or ask for a revision now. (The 3 days are not confirmed on Fiverr's official pages.)</source>
      <translation>納品から3日が過ぎました。Fiverrがすでに注文を完了し、出品者に支払っている可能性があります。注文ページを確認し、まだ完了していなければ、今すぐ承認するか修正を依頼してください（3日間という期間はFiverrの公式ページでは確認できていません）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="56" />
      <source>The seller delivered the order: accept it or ask for a revision on the order page. Fiverr completes it by itself about 3 days after the delivery (not confirmed on Fiverr's official pages); record when it was delivered to see the date.</source>
      <translation>出品者が注文を納品しました。注文ページで承認するか修正を依頼してください。納品から約3日後にFiverrが自動で注文を完了します（Fiverrの公式ページでは確認できていません）。納品日時を記録すると期限の日時が表示されます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="57" />
      <source>You delivered in Fiverr. If the buyer neither accepts nor asks for a revision, Fiverr completes the order 3 days after the delivery and you are paid: no follow-up is needed. Not confirmed on Fiverr's official pages: check the order page.</source>
      <translation>Fiverrで納品済みです。購入者が承認も修正依頼もしなければ、納品から3日後にFiverrが注文を完了し、代金が支払われます。再連絡は必要ありません。Fiverrの公式ページでは確認できていないため、注文ページで確認してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="58" />
      <source>The 3 days after your delivery have passed and the order is still not completed. Fiverr does not complete some orders by itself (not confirmed on its official pages): ask Fiverr Customer Support.</source>
      <translation>納品から3日が過ぎても、注文はまだ完了していません。自動で完了しない注文もあるため（Fiverrの公式ページでは確認できていません）、Fiverrのカスタマーサポートに相談してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="59" />
      <source>You delivered in Fiverr: the order completes by itself about 3 days after the delivery if the buyer does nothing (not confirmed on Fiverr's official pages). Record when you delivered to see the date.</source>
      <translation>Fiverrで納品済みです。購入者が何もしなければ、納品から約3日後に注文は自動で完了します（Fiverrの公式ページでは確認できていません）。納品日時を記録すると完了予定の日時が表示されます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="62" />
      <source>On Fiverr the buyer reviews first; the seller can review only after, without seeing the buyer's review. Reviews become public when both have reviewed or the review window closes. Sellers report that a late or undelivered order the buyer cancels can count as ★1 (not confirmed). After a request, the other side may answer rudely: keep a calm record.</source>
      <translation>Fiverrでは購入者が先にレビューし、出品者はその後にしかレビューできず、購入者のレビューを先に見ることはできません。レビューは双方が投稿するか、レビュー期間が終わると公開されます。遅延や未納品の注文を購入者がキャンセルすると★1扱いになることがあると出品者から報告されています（未確認）。リクエストの後、相手が失礼な返事をすることもあります。落ち着いて記録を残しましょう。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="63" />
      <source>Do not start work before the buyer has paid the order in Fiverr.</source>
      <translation>購入者がFiverrで注文の代金を支払う前に作業を始めないでください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="64" />
      <source>If you stay silent, they may ask to cancel the order in the Resolution Center; unanswered, it is said to be accepted automatically after 48 hours (not confirmed).</source>
      <translation>返信しないでいると、相手が解決センターで注文のキャンセルをリクエストするかもしれません。回答しないと48時間後に自動で承諾されるとされています（未確認）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="65" />
      <source>At the deadline, Fiverr is said to accept the cancellation by itself (48 hours; other sources say 72 hours or 4 days: not confirmed). Check the order page; if nothing happens, ask Customer Support.</source>
      <translation>期限になるとFiverrが自動でキャンセルを承諾するとされています（48時間。72時間、4日とする情報もあり、未確認）。注文ページを確認し、何も起きなければカスタマーサポートに相談してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="66" />
      <source>A cancellation refunds the buyer: the fee for the work so far is lost, and cancellations lower a seller's completion rate.</source>
      <translation>キャンセルすると購入者に返金されます。ここまでの作業の報酬は受け取れず、キャンセルは出品者の完了率を下げます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="67" />
      <source>Fiverr's cancellation request is not available for this project.</source>
      <translation>このプロジェクトではFiverrのキャンセルリクエストは使えません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="70" />
      <source>If they do not answer: the order is cancelled and the buyer refunded to the Fiverr balance (accepted automatically after about 48 hours: not confirmed).</source>
      <translation>相手が回答しない場合：注文はキャンセルされ、購入者のFiverr残高に返金されます（約48時間後に自動で承諾されるとされていますが、未確認です）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="71" />
      <source>If the buyer does nothing: Fiverr completes the order and the seller is paid (3 days after the delivery: not confirmed).</source>
      <translation>購入者が何もしない場合：Fiverrが注文を完了し、出品者に代金が支払われます（納品から3日後。未確認）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="74" />
      <source>If you do not answer: the order is cancelled and the buyer refunded to the Fiverr balance (accepted automatically after about 48 hours: not confirmed).</source>
      <translation>あなたが回答しない場合：注文はキャンセルされ、購入者のFiverr残高に返金されます（約48時間後に自動で承諾されるとされていますが、未確認です）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="75" />
      <source>If you do nothing: Fiverr completes the order and pays the seller (3 days after the delivery: not confirmed).</source>
      <translation>あなたが何もしない場合：Fiverrが注文を完了し、出品者に代金が支払われます（納品から3日後。未確認）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="78" />
      <source>Answer in time on the order page</source>
      <translation>期限までに注文ページで対応する</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="79" />
      <source>Track your cancellation request</source>
      <translation>キャンセルリクエストの状況を確認する</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="80" />
      <source>Ask Fiverr Customer Support for help</source>
      <translation>Fiverrのカスタマーサポートに相談する</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="82" />
      <source>Ask to cancel the order (Resolution Center)</source>
      <translation>注文のキャンセルをリクエストする（解決センター）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="84" />
      <source>Fiverr Customer Support (カスタマーサポート)</source>
      <translation>Fiverrカスタマーサポート</translation>
    </message>
  </context>
  <context>
    <name>Glossary</name>
    <message>
      <location filename="../../companion/ui/text.py" line="531" />
      <source>連絡催促申請 (reminder request): the platform's formal request that the other side answer within 7 days.</source>
      <translation>連絡催促申請：相手に7日以内の返答を求める、プラットフォームの正式な申請です。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="532" />
      <source>仮払い (escrow): the client deposits the fee with the platform; work should start only after this.</source>
      <translation>仮払い：発注者が報酬をプラットフォームに預けることです。作業は仮払いの後に始めます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="533" />
      <source>仕事完了報告 (completion report): the worker reports the work complete; it decides the outcome of a reminder request.</source>
      <translation>仕事完了報告：受注者が作業の完了を報告することです。連絡催促申請の結果を左右します。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="534" />
      <source>支払い確定 (payment confirmed): the fee is paid to the worker; the transaction is over.</source>
      <translation>支払い確定：報酬が受注者に支払われ、取引が終わった状態です。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="535" />
      <source>仮払いキャンセル (escrow cancelled): the deposit goes back to the client and the project is released.</source>
      <translation>仮払いキャンセル：預けた報酬が発注者に返金され、プロジェクトが終了することです。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="536" />
      <source>事務局 (support): the platform's staff; they can contact the other side without automatic penalties.</source>
      <translation>事務局：プラットフォームの運営スタッフです。自動的なペナルティなしに相手へ連絡してくれます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="537" />
      <source>計画変更 (plan change): the amount or milestones are being changed; no reminder request meanwhile.</source>
      <translation>計画変更：金額やマイルストーンを変更中の状態です。その間は連絡催促申請ができません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="538" />
      <source>納品 (delivery): the worker hands over the work.</source>
      <translation>納品：受注者が成果物を引き渡すことです。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="539" />
      <source>既読 (read): the platform shows that the other side opened your message.</source>
      <translation>既読：相手があなたのメッセージを開いたことを示します。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="540" />
      <source>未読 (unread): the other side has not opened your message.</source>
      <translation>未読：相手がまだあなたのメッセージを開いていません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="541" />
      <source>残念 (disappointed): the negative one of Lancers' two ratings (満足 / 残念).</source>
      <translation>残念：ランサーズの2段階評価（満足／残念）のうち、悪い方の評価です。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="542" />
      <source>直接依頼 (direct request): a client asks one worker directly; eligible for the reminder request.</source>
      <translation>直接依頼：発注者が特定の受注者に直接依頼する形式です。ランサーズでは連絡催促申請の対象です。</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../companion/ui/text.py" line="27" />
      <source>Lancers</source>
      <translation>ランサーズ</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="28" />
      <source>CrowdWorks</source>
      <translation>クラウドワークス</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="29" />
      <source>Coconala</source>
      <translation>ココナラ</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="30" />
      <source>Upwork</source>
      <translation>Upwork</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="31" />
      <source>Fiverr</source>
      <translation>Fiverr</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="32" />
      <source>Other</source>
      <translation>その他</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/__init__.py" line="62" />
      <location filename="../../companion/ui/text.py" line="38" />
      <location filename="../../companion/ui/text.py" line="47" />
      <source>Worker</source>
      <translation>受注者</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="47" />
      <source>Client</source>
      <translation>発注者</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="55" />
      <location filename="../../companion/ui/text.py" line="118" />
      <source>Negotiating</source>
      <translation>交渉中</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="56" />
      <source>No escrow yet</source>
      <translation>仮払い前</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="57" />
      <source>Escrow funded</source>
      <translation>仮払い済み</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="58" />
      <source>Delivered</source>
      <translation>納品済み</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="59" />
      <source>Completion reported</source>
      <translation>完了報告済み</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="60" />
      <source>Paid</source>
      <translation>支払い確定</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="61" />
      <location filename="../../companion/ui/text.py" line="124" />
      <source>Cancelled</source>
      <translation>キャンセル済み</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="69" />
      <source>Worker (受注者)</source>
      <translation>受注者</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="69" />
      <source>Client (発注者)</source>
      <translation>発注者</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="76" />
      <source>Fixed-fee project (固定報酬制)</source>
      <translation>固定報酬制</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="77" />
      <source>Hourly project (時間単価制)</source>
      <translation>時間単価制</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="78" />
      <source>Task (タスク形式)</source>
      <translation>タスク形式</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="79" />
      <source>Competition (コンペ形式)</source>
      <translation>コンペ形式</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="83" />
      <source>Service bought from its page (出品サービスの購入)</source>
      <translation>出品サービスの購入</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="84" />
      <source>Quote or custom offer (見積もり・提案)</source>
      <translation>見積もり・提案</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="88" />
      <source>Fixed-price contract</source>
      <translation>固定価格の契約（Fixed-price）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="89" />
      <source>Hourly contract</source>
      <translation>時間単価の契約（Hourly）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="93" />
      <source>Gig order</source>
      <translation>サービスの注文（Gig）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="94" />
      <source>Custom offer</source>
      <translation>カスタムオファー</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="104" />
      <source>Fixed-fee project (プロジェクト固定報酬)</source>
      <translation>プロジェクト固定報酬</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="105" />
      <source>Direct request (直接依頼)</source>
      <translation>直接依頼</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="106" />
      <source>Hourly (時間報酬)</source>
      <translation>時間報酬</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="107" />
      <source>Task (タスク)</source>
      <translation>タスク</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="108" />
      <source>Competition (コンペ)</source>
      <translation>コンペ</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="109" />
      <source>Package (パッケージ)</source>
      <translation>パッケージ</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="119" />
      <source>Contracted, no escrow yet</source>
      <translation>契約済み（仮払い前）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="120" />
      <source>Escrow funded (仮払い)</source>
      <translation>仮払い済み</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="121" />
      <source>Delivered (納品)</source>
      <translation>納品済み</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="122" />
      <source>Completion reported (仕事完了報告)</source>
      <translation>仕事完了報告済み</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="123" />
      <source>Payment confirmed (支払い確定)</source>
      <translation>支払い確定</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="133" />
      <source>No contract yet: the platform's formal request is not available.</source>
      <translation>まだ契約前のため、プラットフォームの正式な申請は使えません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="134" />
      <source>Contract agreed but the client has not deposited the fee (仮払い). Never start work before escrow.</source>
      <translation>契約は成立しましたが、発注者がまだ仮払いしていません。仮払い前に作業を始めないでください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="135" />
      <source>The client deposited the fee with the platform; work is under way.</source>
      <translation>発注者が報酬を仮払いし、作業が進行中です。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="136" />
      <source>The worker delivered; completion has not been reported yet.</source>
      <translation>受注者は納品済みですが、仕事完了報告はまだです。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="137" />
      <source>The worker reported the work complete (仕事完了報告). An unanswered reminder request then confirms the payment.</source>
      <translation>仕事完了報告済みです。この段階で連絡催促申請に返答がなければ、事務局の確認を経て支払いが確定します。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="138" />
      <source>Payment confirmed to the worker: the transaction is over.</source>
      <translation>支払いが確定し、取引は終了しています。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="139" />
      <source>The contract was cancelled.</source>
      <translation>契約はキャンセルされました。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="145" />
      <source>Platform message</source>
      <translation>プラットフォームのメッセージ</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="146" />
      <source>Workspace</source>
      <translation>ワークスペース</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="147" />
      <source>Off-platform (email/chat)</source>
      <translation>プラットフォーム外（メール・チャット）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="153" />
      <source>Read (既読)</source>
      <translation>既読</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="155" />
      <source>Unread (未読)</source>
      <translation>未読</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="156" />
      <source>Unknown</source>
      <translation>不明</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="160" />
      <source>既読</source>
      <translation>既読</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="160" />
      <source>未読</source>
      <translation>未読</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="164" />
      <source>You</source>
      <translation>あなた</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="164" />
      <source>Them</source>
      <translation>相手</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="169" />
      <source>Stage changed: %1 → %2</source>
      <translation>段階を変更：%1 → %2</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="173" />
      <source>You filed a reminder request (連絡催促申請)</source>
      <translation>連絡催促申請を提出</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="173" />
      <source>A reminder request was filed against you</source>
      <translation>相手が連絡催促申請を提出</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="179" />
      <source>Reminder request cleared: answered</source>
      <translation>連絡催促申請：返答があり解消</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="180" />
      <source>Reminder request deadline passed: support is reviewing</source>
      <translation>連絡催促申請：回答期限切れ、事務局が確認中</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="181" />
      <source>Reminder request resolved: payment confirmed</source>
      <translation>連絡催促申請：支払い確定で決着</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="182" />
      <source>Reminder request resolved: escrow cancelled</source>
      <translation>連絡催促申請：仮払いキャンセルで決着</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="183" />
      <source>Reminder request withdrawn</source>
      <translation>連絡催促申請を取り下げ</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="184" />
      <source>Reminder request open again (its answering message was removed)</source>
      <translation>連絡催促申請が再び有効に（返答にあたるメッセージが削除されました）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="187" />
      <source>Decision wizard: recommended “%1”, you chose “%2”</source>
      <translation>ウィザード：おすすめ「%1」、選択「%2」</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="190" />
      <source>You contacted support (事務局)</source>
      <translation>事務局に連絡</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="192" />
      <source>Project created</source>
      <translation>プロジェクトを作成</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="193" />
      <source>Project details edited</source>
      <translation>プロジェクト情報を編集</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="194" />
      <source>Project archived</source>
      <translation>プロジェクトをアーカイブ</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="195" />
      <source>Project restored from the archive</source>
      <translation>プロジェクトのアーカイブを解除</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="196" />
      <source>A message was edited</source>
      <translation>メッセージを編集</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="197" />
      <source>A message was deleted</source>
      <translation>メッセージを削除</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="198" />
      <source>A message you sent was read (既読)</source>
      <translation>送ったメッセージが既読に</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="245" />
      <source>Urgent</source>
      <translation>至急</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="246" />
      <source>Action needed</source>
      <translation>対応が必要</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="247" />
      <source>Waiting</source>
      <translation>返信待ち</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="248" />
      <source>No action</source>
      <translation>対応不要</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="262" />
      <source>Respond now: request deadline in %1</source>
      <translation>今すぐ返答を：回答期限まであと%1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="263" />
      <source>Respond now: request deadline passed</source>
      <translation>今すぐ返答を：回答期限を過ぎています</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="266" />
      <source>Reply now</source>
      <translation>今すぐ返信を</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="268" />
      <source>Reply soon</source>
      <translation>早めに返信を</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="269" />
      <source>Reply when you can</source>
      <translation>都合のよいときに返信を</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="272" />
      <source>Request deadline in %1</source>
      <translation>回答期限まであと%1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="273" />
      <source>Request deadline passed: support reviews</source>
      <translation>回答期限切れ：事務局が確認中</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="277" />
      <source>Request possible in %1</source>
      <translation>あと%1で申請可能</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="279" />
      <source>Next step in %1</source>
      <translation>あと%1で次の対応</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="280" />
      <source>Follow-up in %1</source>
      <translation>再連絡まであと%1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="282" />
      <source>Follow-up due</source>
      <translation>再連絡のタイミングです</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="283" />
      <source>No formal route: consider moving on</source>
      <translation>正式な手段なし：見切りも検討</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="284" />
      <source>Contact support (事務局)</source>
      <translation>事務局に相談</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="285" />
      <source>Report completion first, then file</source>
      <translation>先に完了報告、その後に申請</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="286" />
      <source>Reminder request possible</source>
      <translation>連絡催促申請が可能</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="287" />
      <location filename="../../companion/ui/text.py" line="355" />
      <source>Nothing to do</source>
      <translation>対応不要</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="297" />
      <source>Act now: %1</source>
      <translation>今すぐ対応を：%1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="299" />
      <source>Act now: %1, %2 left</source>
      <translation>今すぐ対応を：%1（残り%2）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="301" />
      <source>Act now: %1, its deadline passed</source>
      <translation>今すぐ対応を：%1（期限を過ぎています）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="304" />
      <source>%1: %2 left</source>
      <translation>%1：残り%2</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="306" />
      <source>%1: its time is over</source>
      <translation>%1：期間が終わりました</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="308" />
      <source>The platform acts by itself in %1</source>
      <translation>あと%1でプラットフォームが自動で処理します</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="311" />
      <source>Possible now: %1</source>
      <translation>今すぐ可能：%1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="313" />
      <source>First: %1</source>
      <translation>まず：%1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="323" />
      <source>A platform clock is running on you: %1. Act on the platform before it ends.</source>
      <translation>あなたに対して期限が進んでいます：%1。期限が来る前にプラットフォームで対応してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="324" />
      <source>Your %1 is running: the project shows its countdown.</source>
      <translation>あなたの%1が進行中です。残り時間はプロジェクトに表示されます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="325" />
      <source>The platform's formal step can be taken now: %1.</source>
      <translation>プラットフォームの正式な手続きを今すぐ取れます：%1。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="326" />
      <source>Do the platform's formal step first: %1. Its own clock then works for you.</source>
      <translation>まずプラットフォームの正式な手続きをしましょう：%1。その後はプラットフォームの期限があなたに有利に働きます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="327" />
      <source>The platform acts by itself (%1): nothing to send meanwhile.</source>
      <translation>プラットフォームが自動で処理します（%1）。それまで送るものはありません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="332" />
      <source>The other side filed a reminder request (連絡催促申請) against you. Answer them in the platform's messages before the deadline.</source>
      <translation>相手があなたに対して連絡催促申請を提出しました。期限までにプラットフォームのメッセージで返信してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="333" />
      <source>They wrote last and are waiting for your answer.</source>
      <translation>最後に連絡したのは相手で、あなたの返信を待っています。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="339" />
      <source>You delivered but have not reported completion. Report completion (仕事完了報告) first; then the reminder request can be filed.</source>
      <translation>納品はしましたが、まだ仕事完了報告をしていません。先に仕事完了報告をすれば、そのあと連絡催促申請を提出できます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="340" />
      <source>The formal reminder request (連絡催促申請) can be filed now.</source>
      <translation>連絡催促申請を今すぐ提出できます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="385" />
      <source>Completion is reported: if they do not answer within 7 days, the payment is confirmed after support reviews the case.</source>
      <translation>仕事完了報告済みです。7日以内に返答がなければ、事務局の確認を経て支払いが確定します。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="388" />
      <source>You want to stop: if they do not answer within 7 days, support reviews the case, then the escrow is cancelled and returned to you and the project is released.</source>
      <translation>取引をやめたい場合：7日以内に返答がなければ、事務局の確認後に仮払いがキャンセルされてあなたに返金され、プロジェクトは終了します。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="445" />
      <source>If you do not answer by the deadline: after support reviews the case, the payment is confirmed (支払い確定) and you get an automatic negative rating.</source>
      <translation>期限までにあなたが返答しないと、事務局の確認を経て支払いが確定し、あなたに自動的に悪い評価がつきます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="446" />
      <source>If you do not answer by the deadline: after support reviews the case, the escrow is cancelled and returned to the client (仮払いキャンセル), the project is released, and you get an automatic negative rating.</source>
      <translation>期限までにあなたが返答しないと、事務局の確認後に仮払いがキャンセルされて発注者に返金され、プロジェクトは終了し、あなたに自動的に悪い評価がつきます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="449" />
      <source>If they do not answer by the deadline: after support reviews the case, the payment is confirmed (支払い確定) and they get an automatic negative rating.</source>
      <translation>期限までに返答がなければ、事務局の確認を経て支払いが確定し、返答しなかった相手に自動的に悪い評価がつきます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="450" />
      <source>If they do not answer by the deadline: after support reviews the case, the escrow is cancelled and returned to the client (仮払いキャンセル), the project is released, and the silent side gets an automatic negative rating.</source>
      <translation>期限までに返答がなければ、事務局の確認後に仮払いがキャンセルされて発注者に返金され、プロジェクトは終了し、返答しなかった側に自動的に悪い評価がつきます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="463" />
      <source>Reminder request (連絡催促申請)</source>
      <translation>連絡催促申請</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="464" />
      <source>Completion report (仕事完了報告)</source>
      <translation>仕事完了報告</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="465" />
      <source>Formal request</source>
      <translation>正式な申請</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="485" />
      <source>%1 (checked %2)</source>
      <translation>%1（最終確認：%2）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="494" />
      <source>not stated by the platform: the app's assumption</source>
      <translation>公式には明記されていません（アプリの想定です）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="495" />
      <source>not confirmed on the platform's official pages: check there before you act</source>
      <translation>プラットフォームの公式ページでは確認できていません。行動する前に公式ページでご確認ください</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="516" />
      <source>Sources: %1</source>
      <translation>出典：%1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="520" />
      <source>The app assumes that any reply in the platform's messages clears the request; the platform does not say so. If in doubt, ask support.</source>
      <translation>このアプリは、プラットフォームのメッセージでの返信があれば申請は解除されると想定しています。公式には明記されていないため、不安な場合は事務局にご確認ください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="334" />
      <source>Your reminder request is running. If they do not answer by the deadline, support reviews the case (not instantly).</source>
      <translation>連絡催促申請を提出済みで、回答期限を待っている状態です。期限までに返答がなければ、事務局が確認します（すぐではありません）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="335" />
      <source>Give them time: a follow-up too soon feels pushy. The app tells you when the next step is due.</source>
      <translation>少し待ちましょう。早すぎる催促はしつこい印象を与えます。次の対応のタイミングはアプリがお知らせします。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="336" />
      <source>Send a polite follow-up (about 3 messages a few days apart come before any formal step).</source>
      <translation>丁寧にもう一度連絡しましょう（正式な手続きの前に、数日おきに3通ほど送るのが目安です）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="337" />
      <source>There is no contract yet, so there is no formal route. Stop investing time; move on.</source>
      <translation>まだ契約前のため、正式な手段はありません。これ以上時間をかけず、ほかの案件に進みましょう。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="338" />
      <source>Ask the platform's support (事務局) to contact them: no automatic cancellation, payment or rating.</source>
      <translation>事務局に相手への連絡を依頼しましょう。自動的なキャンセル・支払い・評価は発生しません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="341" />
      <source>Nobody is waiting on anybody.</source>
      <translation>どちらも相手の返信を待っていません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="353" />
      <source>Answer the request against you</source>
      <translation>相手からの申請に返答する</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="354" />
      <source>Reply to them</source>
      <translation>相手に返信する</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="356" />
      <source>Track your reminder request</source>
      <translation>連絡催促申請の経過を見守る</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="357" />
      <source>Wait</source>
      <translation>待つ</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="358" />
      <source>Send a polite follow-up</source>
      <translation>丁寧にもう一度連絡する</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="359" />
      <source>Move on</source>
      <translation>見切りをつける</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="360" />
      <source>Ask support (事務局) to contact them</source>
      <translation>事務局から相手に連絡してもらう</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="361" />
      <source>Report completion (仕事完了報告), then file</source>
      <translation>仕事完了報告をしてから申請する</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="362" />
      <source>File the reminder request (連絡催促申請)</source>
      <translation>連絡催促申請を提出する</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="371" />
      <source>A reminder request against you gives you 7 days (168 hours) to answer on the platform.</source>
      <translation>あなたに対する連絡催促申請では、プラットフォーム上で返答するまでの猶予は7日間（168時間）です。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="372" />
      <source>Their last message is newer than yours and needs an answer: the ball is in your court.</source>
      <translation>相手の最後のメッセージがあなたのものより新しく、返信が必要です。次はあなたが返信する番です。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="373" />
      <source>The transaction is over (payment confirmed or cancelled).</source>
      <translation>取引は終了しています（支払い確定またはキャンセル）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="374" />
      <source>Their last message is newer than yours and needs an answer. No formal request is possible at this stage, so it is not urgent; answer when you can.</source>
      <translation>相手の最後のメッセージのほうが新しく、返信が必要です。この段階では連絡催促申請はできないため急ぎではありません。都合のよいときに返信しましょう。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="375" />
      <source>Your reminder request is pending; only one request can be open at a time.</source>
      <translation>あなたの連絡催促申請が進行中です。申請は同時に1件までです。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="376" />
      <source>You have no unanswered message: nobody is waiting on them.</source>
      <translation>あなたが送ったメッセージで、返信のないものはありません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="377" />
      <source>Your last message is recent. Leave a few days between messages; a follow-up too soon feels pushy.</source>
      <translation>最後のメッセージを送ってから日が浅いです。メッセージの間は数日あけましょう。早すぎる催促はしつこい印象を与えます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="378" />
      <source>You have sent enough follow-ups. Do not send more: give your last one its time (the follow-up gap) before any formal step.</source>
      <translation>確認の連絡はもう十分に送っています。これ以上は送らず、正式な手続きに進む前に、最後のメッセージから再連絡の間隔（設定）が過ぎるまで待ちましょう。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="379" />
      <source>Send about 3 messages a few days apart before any formal step (Lancers: 3 messages, then about 3 days).</source>
      <translation>正式な手続きの前に、数日おきに3通ほど送りましょう（ランサーズ：3通送って、さらに3日ほど待つ）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="380" />
      <source>Without a contract there is no formal route: the reminder request needs a transaction in progress.</source>
      <translation>契約前は正式な手段がありません。連絡催促申請は取引中のプロジェクトでのみ使えます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="381" />
      <source>The reminder request is only for fixed-fee projects and direct requests on Lancers; tasks, competitions, hourly work and packages are not eligible.</source>
      <translation>連絡催促申請はランサーズのプロジェクト（固定報酬）と直接依頼のみが対象です。タスク・コンペ・時間報酬・パッケージは対象外です。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="382" />
      <source>A plan change (計画変更) is pending: the reminder request cannot be filed until it is settled.</source>
      <translation>計画変更の申請中です。完了するまで連絡催促申請はできません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="383" />
      <source>Escrow (仮払い) is not funded yet. Never start work before escrow; support can contact them.</source>
      <translation>まだ仮払いされていません。仮払い前に作業を始めてはいけません。事務局から相手に連絡してもらえます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="384" />
      <source>The request needs at least 7 days with no message from them on the platform; that date has not come yet.</source>
      <translation>申請には、プラットフォーム上で相手からの連絡が7日以上ないことが必要です。まだその日になっていません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="386" />
      <source>Filing before reporting completion would cancel the contract and lose the work you delivered. Report completion first, then file.</source>
      <translation>完了報告の前に申請すると契約がキャンセルされ、納品したものが水の泡になります。先に完了報告をしてから申請しましょう。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="387" />
      <source>Mid-work, an unanswered request cancels the contract and wastes the work so far. Support can contact them without that risk.</source>
      <translation>作業の途中で申請して返答がないと、契約がキャンセルされ、それまでの作業が無駄になります。事務局に連絡してもらえば、そのリスクはありません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="389" />
      <source>You want the work to continue: a request would end the contract if unanswered. Support can contact them instead.</source>
      <translation>作業を続けてほしい場合：申請に返答がないと契約が終わってしまいます。代わりに事務局から連絡してもらえます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="396" />
      <source>They may be ignoring you: before escrow (仮払い), people sometimes lose interest and stop replying.</source>
      <translation>無視されているのかもしれません。仮払い前は、関心がなくなって返信しないこともあります。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="398" />
      <source>They may not be logging in. Side-job users often stay away from the platform for days, so your message stays unread (未読).</source>
      <translation>ログインしていないのかもしれません。副業で利用している人は何日もプラットフォームを開かないことがあり、メッセージは未読のままになります。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="399" />
      <source>They may have missed the notification e-mail: the registered address may be unused, shared with many services, or gone.</source>
      <translation>通知メールを見落としているのかもしれません。登録アドレスが使われていない、多くのサービスと共用している、またはもう存在しない可能性があります。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="400" />
      <source>They may be ignoring you, after trouble or after pushy reminders. This is rare once escrow (仮払い) is funded.</source>
      <translation>トラブルやしつこい催促がきっかけで、あえて返信していないのかもしれません。仮払い後にこうなることはまれです。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="406" />
      <source>yes, the work should continue</source>
      <translation>はい、作業を続けてほしい</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="407" />
      <source>no, end the contract</source>
      <translation>いいえ、契約を終わらせたい</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="408" />
      <source>not sure yet</source>
      <translation>まだ決めていない</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="427" />
      <source>After a request, the other side may answer rudely and rate you 残念 (disappointed) at the end. The fault is theirs; keep a calm record.</source>
      <translation>申請すると、相手が失礼な返答をしたり、最後に「残念」の評価をつけたりすることがあります。非は相手にあります。落ち着いて記録を残しましょう。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="428" />
      <source>An unanswered request before completion is reported cancels the contract: the fee and the work delivered so far can be lost.</source>
      <translation>完了報告の前の申請に返答がないと契約はキャンセルされ、報酬もそれまでの納品物も失うおそれがあります。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="429" />
      <source>Do not start work before escrow (仮払い) is funded.</source>
      <translation>仮払い前に作業を始めてはいけません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="430" />
      <source>The formal reminder request is not available for this project.</source>
      <translation>このプロジェクトでは連絡催促申請を使えません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="431" />
      <source>If you stay silent for 7 days, they may file a reminder request against you.</source>
      <translation>あなたが7日間返信しないと、相手から連絡催促申請を提出される可能性があります。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="432" />
      <source>At the deadline, support reviews the case before anything happens: not instantly.</source>
      <translation>期限が来ても、すぐに何かが起こるわけではありません。事務局が確認してから判断します。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="447" />
      <location filename="../../companion/ui/text.py" line="451" />
      <source>No automatic outcome applies at this stage.</source>
      <translation>この段階では、返答がなくても自動的に決まる結果はありません。</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../companion/ui/main_window.py" line="59" />
      <source>Renraku Companion</source>
      <extracomment>File → Quit (the app object quits: the tray, the reminders and the window) View → Reminder Center Help → Send a test notification</extracomment>
      <translation>連絡コンパニオン</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="102" />
      <source>&amp;New project…</source>
      <translation>新しいプロジェクト(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="103" />
      <source>&amp;Edit project…</source>
      <translation>プロジェクトを編集(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="104" />
      <source>&amp;Archive / restore</source>
      <translation>アーカイブ／戻す(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="105" />
      <source>&amp;Delete project…</source>
      <translation>プロジェクトを削除(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="106" />
      <source>I &amp;sent a message now</source>
      <translation>今メッセージを送った(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="107" />
      <source>Log a platform message you sent just now</source>
      <translation>今送ったプラットフォーム上のメッセージを記録します</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="108" />
      <source>They &amp;replied now</source>
      <translation>今返信が来た(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="109" />
      <source>Log a platform message they sent just now</source>
      <translation>相手から今届いたプラットフォーム上のメッセージを記録します</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="110" />
      <source>&amp;Log a message…</source>
      <translation>メッセージを記録(&amp;L)…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="111" />
      <source>&amp;Mark my latest message read (既読)…</source>
      <translation>最新の送信メッセージを既読にする(&amp;M)…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="112" />
      <source>They have seen your latest platform message</source>
      <translation>相手があなたの最新のメッセージを読みました（既読）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="113" />
      <source>&amp;What should I do?…</source>
      <translation>どうすればいい？(&amp;W)…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="114" />
      <source>Walk through the platform's rules for this project, step by step</source>
      <translation>このプロジェクトにプラットフォームのルールを当てはめて、順番に確認します</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="115" />
      <source>A request was &amp;filed against me…</source>
      <translation>相手から申請を受けた(&amp;F)…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="116" />
      <source>Evidence rep&amp;ort for support…</source>
      <translation>事務局向けの経緯レポート(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="117" />
      <source>&amp;Export…</source>
      <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="118" />
      <source>&amp;Import…</source>
      <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="119" />
      <source>Export &amp;calendar (.ics)…</source>
      <translation>カレンダーを書き出す (.ics)(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="120" />
      <source>Save the coming deadlines and reminders for a phone or a calendar app</source>
      <translation>今後の期限とリマインダーを、スマートフォンやカレンダーアプリ用に保存します</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="121" />
      <source>&amp;Back up now</source>
      <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="122" />
      <source>&amp;Restore from backup…</source>
      <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="123" />
      <source>Load &amp;demo data</source>
      <translation>デモデータを読み込む(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="124" />
      <source>&amp;Quit</source>
      <translation>終了(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="125" />
      <source>&amp;About Renraku Companion</source>
      <translation>連絡コンパニオンについて(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="126" />
      <source>&amp;Preferences…</source>
      <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="130" />
      <source>&amp;Search projects</source>
      <translation>プロジェクトを検索(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="131" />
      <source>Next &amp;pane</source>
      <translation>次の領域へ(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="132" />
      <source>Previous pa&amp;ne</source>
      <translation>前の領域へ(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="133" />
      <source>&amp;Reminder Center</source>
      <translation>リマインダー一覧(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="134" />
      <source>Send a &amp;test notification</source>
      <translation>テスト通知を送る(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="143" />
      <source>&amp;File</source>
      <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="145" />
      <source>&amp;Project</source>
      <translation>プロジェクト(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="147" />
      <source>&amp;View</source>
      <translation>表示(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="148" />
      <source>&amp;Settings</source>
      <translation>設定(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="149" />
      <source>&amp;Help</source>
      <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="153" />
      <source>Main toolbar</source>
      <translation>メインツールバー</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="188" />
      <source>Projects</source>
      <translation>プロジェクト一覧</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="316" />
      <source>Restore from archive</source>
      <translation>アーカイブから戻す</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="316" />
      <source>&amp;Archive</source>
      <translation>アーカイブ(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="327" />
      <source>%1 active projects, %2 need action</source>
      <translation>進行中のプロジェクト %1件、要対応 %2件</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="345" />
      <source>Not saved</source>
      <translation>保存できませんでした</translation>
    </message>
  </context>
  <context>
    <name>MarkReadDialog</name>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="258" />
      <source>Mark as read (既読)</source>
      <translation>既読にする</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="261" />
      <source>Read at</source>
      <translation>既読日時</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="261" />
      <source>Set Read at to now</source>
      <translation>既読日時を現在にする</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="263" />
      <source>Read &amp;at</source>
      <translation>既読日時(&amp;A)</translation>
    </message>
  </context>
  <context>
    <name>MessageBar</name>
    <message>
      <location filename="../../companion/ui/widgets.py" line="398" />
      <source>Confirmation</source>
      <translation>確認</translation>
    </message>
    <message>
      <location filename="../../companion/ui/widgets.py" line="406" />
      <source>Open folder</source>
      <translation>フォルダを開く</translation>
    </message>
    <message>
      <location filename="../../companion/ui/widgets.py" line="411" />
      <location filename="../../companion/ui/widgets.py" line="412" />
      <source>Close the confirmation</source>
      <translation>確認を閉じる</translation>
    </message>
    <message>
      <location filename="../../companion/ui/widgets.py" line="422" />
      <source>Open folder %1</source>
      <translation>フォルダ %1 を開く</translation>
    </message>
  </context>
  <context>
    <name>MessageCommands</name>
    <message>
      <location filename="../../companion/ui/commands/message_commands.py" line="19" />
      <source>Logged: you sent a message.</source>
      <translation>記録しました：メッセージを送信</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/message_commands.py" line="19" />
      <source>Logged: they replied.</source>
      <translation>記録しました：相手から返信</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/message_commands.py" line="65" />
      <source>This project has no platform message of yours to mark as read.</source>
      <translation>このプロジェクトには、既読にできるあなたのメッセージがありません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/message_commands.py" line="69" />
      <source>Your latest message is already marked as read.</source>
      <translation>最新のメッセージはすでに既読です。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/message_commands.py" line="72" />
      <source>Your latest message is already marked as read (%1).</source>
      <translation>最新のメッセージはすでに既読です（%1）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/message_commands.py" line="86" />
      <source>Delete the message of %1 (%2) from the history? The timers will be recalculated.</source>
      <translation>%1のメッセージ（送信者：%2）を履歴から削除しますか？タイマーは再計算されます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/message_commands.py" line="88" />
      <source>Delete message</source>
      <translation>メッセージを削除</translation>
    </message>
  </context>
  <context>
    <name>MessageDialog</name>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="99" />
      <source>Edit message</source>
      <translation>メッセージを編集</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="99" />
      <source>Log a message</source>
      <translation>メッセージを記録</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="124" />
      <source>I sent it</source>
      <translation>自分が送った</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="125" />
      <source>They sent it</source>
      <translation>相手が送った</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="134" />
      <source>When</source>
      <translation>日時</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="134" />
      <source>Set When to now</source>
      <translation>日時を現在にする</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="138" />
      <source>Off-platform contact (email, chat) is kept in the history but does not count for the platform's 7-day silence clock.</source>
      <translation>プラットフォーム外の連絡（メール・チャット）は履歴に残りますが、プラットフォームの「7日間連絡なし」の計算には含まれません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="143" />
      <source>Optional: what was said</source>
      <translation>任意：やり取りの内容</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="144" />
      <source>Text</source>
      <translation>文面</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="145" />
      <source>No reply needed (e.g. a simple thank-you)</source>
      <translation>返信不要（お礼だけのメッセージなど）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="150" />
      <source>Set Read at to now</source>
      <translation>既読日時を現在にする</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="156" />
      <source>W&amp;ho</source>
      <translation>送信者(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="159" />
      <source>Who sent the message</source>
      <translation>メッセージの送信者</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="166" />
      <source>&amp;Read state</source>
      <translation>既読状態(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="167" />
      <source>Read &amp;at</source>
      <translation>既読日時(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="162" />
      <source>&amp;When</source>
      <translation>日時(&amp;W)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="163" />
      <source>&amp;Channel</source>
      <translation>経路(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="164" />
      <source>&amp;Text</source>
      <translation>文面(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="150" />
      <source>Read at</source>
      <translation>既読日時</translation>
    </message>
  </context>
  <context>
    <name>ProjectCommands</name>
    <message>
      <location filename="../../companion/ui/commands/project_commands.py" line="48" />
      <source>Restored “%1” from the archive.</source>
      <translation>「%1」をアーカイブから戻しました。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/project_commands.py" line="49" />
      <source>Archived “%1”. Show it again with the Archived filter.</source>
      <translation>「%1」をアーカイブしました。「アーカイブ」フィルターで再び表示できます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/project_commands.py" line="57" />
      <source>Delete project</source>
      <translation>プロジェクトを削除</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/project_commands.py" line="58" />
      <source>Delete “%1” and all its messages? This cannot be undone.</source>
      <translation>「%1」とそのすべてのメッセージを削除しますか？元に戻せません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/project_commands.py" line="59" />
      <source>To keep it out of the way instead, archive it.</source>
      <translation>一覧から外したいだけなら、アーカイブしてください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/project_commands.py" line="88" />
      <source>As recorded (%1, %2), no reminder request is possible for this project. Is the stage right?</source>
      <translation>記録されている内容（%1・%2）では、このプロジェクトに連絡催促申請はできません。段階の記録は正しいですか？</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/project_commands.py" line="141" />
      <source>When did it enter this stage?</source>
      <translation>この段階になったのはいつですか？</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/project_commands.py" line="142" />
      <source>The platform's clocks start here (a purchase, a delivery, a submission). The app noted the time you changed the stage; correct it if that happened earlier.</source>
      <translation>プラットフォームの期限はここから数えられます（購入・納品・提出など）。アプリは段階を変更した日時を記録しています。実際にはもっと前だった場合は修正してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/project_commands.py" line="157" />
      <source>Last seen online</source>
      <translation>相手の最終アクセス</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/project_commands.py" line="158" />
      <source>Where the platform shows no read state, its profile shows when they were last online (最終アクセス・最終ログイン). Seen after your latest message means they chose not to answer yet.</source>
      <translation>既読表示のないプラットフォームでは、プロフィールに相手が最後にアクセスした日時（最終アクセス・最終ログイン）が表示されます。あなたの最新メッセージより後にアクセスしていれば、まだ返信していないだけと考えられます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/project_commands.py" line="160" />
      <source>Last seen</source>
      <translation>最終アクセス</translation>
    </message>
  </context>
  <context>
    <name>ProjectDialog</name>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="89" />
      <source>Edit project</source>
      <translation>プロジェクトを編集</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="89" />
      <source>New project</source>
      <translation>新しいプロジェクト</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="113" />
      <source>e.g. Banner design for a corporate site</source>
      <translation>例：コーポレートサイトのバナー制作</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="121" />
      <source>A plan change (計画変更) is pending</source>
      <translation>計画変更の申請中</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="125" />
      <source>e.g. 30000</source>
      <translation>例：30000</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="129" />
      <source>Currency</source>
      <translation>通貨</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="130" />
      <source>Currency code</source>
      <translation>通貨コード</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="131" />
      <source>Currency: a 3-letter code such as JPY or USD</source>
      <translation>通貨：JPY や USD のような3文字のコード</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="134" />
      <source>Curr&amp;ency</source>
      <translation>通貨(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="138" />
      <location filename="../../companion/ui/project_dialog.py" line="155" />
      <source>Known</source>
      <translation>指定する</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="139" />
      <source>Start date known</source>
      <translation>開始日を指定する</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="156" />
      <source>In this stage since: known</source>
      <translation>この段階になった日時を指定する</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="191" />
      <source>&amp;Title</source>
      <translation>タイトル(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="192" />
      <source>&amp;Platform</source>
      <translation>プラットフォーム(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="193" />
      <source>Your &amp;role</source>
      <translation>あなたの立場(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="194" />
      <source>&amp;Counterparty</source>
      <translation>取引相手(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="195" />
      <source>Contract t&amp;ype</source>
      <translation>契約形式(&amp;Y)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="196" />
      <source>&amp;Stage</source>
      <translation>段階(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="198" />
      <source>Project page &amp;URL</source>
      <translation>プロジェクトページのURL(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="199" />
      <source>&amp;Amount</source>
      <translation>金額(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="141" />
      <source>Start date</source>
      <translation>開始日</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="158" />
      <source>In this stage since</source>
      <translation>この段階になった日時</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="202" />
      <source>Start &amp;date</source>
      <translation>開始日(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="206" />
      <source>&amp;In this stage since</source>
      <translation>この段階になった日時(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="209" />
      <source>&amp;Notes</source>
      <translation>メモ(&amp;N)</translation>
    </message>
  </context>
  <context>
    <name>ProjectTable</name>
    <message>
      <location filename="../../companion/ui/project_table.py" line="179" />
      <source>Project</source>
      <translation>プロジェクト</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_table.py" line="190" />
      <source>Counterparty</source>
      <translation>取引相手</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_table.py" line="196" />
      <source>Platform</source>
      <translation>プラットフォーム</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_table.py" line="200" />
      <source>Role</source>
      <translation>立場</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_table.py" line="204" />
      <source>Stage</source>
      <translation>段階</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_table.py" line="208" />
      <source>Waiting</source>
      <translation>返信待ち</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_table.py" line="210" />
      <source>Waiting on them: how long since your first unanswered message</source>
      <translation>相手の返信待ち：返信のない最初のメッセージからの経過時間</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_table.py" line="215" />
      <source>Your messages they have not answered</source>
      <translation>相手から返信のないあなたのメッセージの数</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_table.py" line="217" />
      <source>Read</source>
      <translation>既読</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_table.py" line="218" />
      <source>Whether they have read (既読) your latest message</source>
      <translation>あなたの最新のメッセージが読まれたか（既読）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_table.py" line="273" />
      <source>Reset column widths</source>
      <translation>列の幅を元に戻す</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_table.py" line="212" />
      <source>Unanswered</source>
      <translation>返信なし</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_table.py" line="184" />
      <source>Next step</source>
      <translation>次の対応</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_table.py" line="117" />
      <source>(archived)</source>
      <extracomment>every text the column can show (a closed vocabulary): its width is the widest of them, up to ``chars``; None: free text, ``chars`` wide, and it gives way first when room is short ``chars`` is then a cap in full-width characters (Japanese labels are twice as wide)</extracomment>
      <translation>（アーカイブ）</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <location filename="../../companion/app.py" line="209" />
      <location filename="../../companion/ui/backup_dialogs.py" line="125" />
      <source>Renraku Companion</source>
      <translation>連絡コンパニオン</translation>
    </message>
  </context>
  <context>
    <name>QuestionsPage</name>
    <message>
      <location filename="../../companion/ui/wizard.py" line="199" />
      <source>2. What only you know</source>
      <translation>2. あなたにしかわからないこと</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="200" />
      <source>A question the project's data cannot answer.</source>
      <translation>プロジェクトのデータだけではわからない質問です。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="202" />
      <source>Why ask?</source>
      <translation>なぜ聞くの？</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="203" />
      <source>For a client mid-contract, the right step depends on whether you still want the work: a reminder request that goes unanswered cancels the escrow and releases the project.</source>
      <translation>あなたが発注者で取引の途中の場合、作業を続けてほしいかどうかで適切な対応が変わります。連絡催促申請に返答がないと、仮払いがキャンセルされてプロジェクトは終了します。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="205" />
      <source>Do you want the work to continue?</source>
      <translation>作業を続けてほしいですか？</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="208" />
      <source>Yes, I want them to finish the work</source>
      <translation>はい、最後まで作業してほしい</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="209" />
      <source>No, I want to end the contract and get the escrow back</source>
      <translation>いいえ、契約を終了して仮払いを返金してほしい</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="210" />
      <source>Not sure yet</source>
      <translation>まだ決めていない</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="217" />
      <source>Nothing more to ask: the project's data answers the rest.</source>
      <translation>これ以上の質問はありません。残りはプロジェクトのデータからわかります。</translation>
    </message>
  </context>
  <context>
    <name>RecommendationPage</name>
    <message>
      <location filename="../../companion/ui/wizard.py" line="261" />
      <source>4. What to do</source>
      <translation>4. おすすめの対応</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="262" />
      <source>The platform's rules applied to this project, and why.</source>
      <translation>このプロジェクトにプラットフォームのルールを当てはめた結果と、その理由です。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="264" />
      <source>Where do these rules come from?</source>
      <translation>このルールの根拠は？</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="265" />
      <source>From the platform's published rules (the source of each is listed with the date it was last checked) and from common Japanese business etiquette for follow-ups.</source>
      <translation>プラットフォームが公開しているルール（それぞれ出典と最終確認日を表示）と、日本のビジネスにおける催促のマナーに基づいています。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="282" />
      <source>Your choice</source>
      <translation>あなたの選択</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="298" />
      <source>Source: %1 (checked %2)</source>
      <translation>出典：%1（最終確認：%2）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="305" />
      <source>Reminder request possible from: %1</source>
      <translation>連絡催促申請が可能になる日時：%1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="307" />
      <source>The reminder request has been possible since %1.</source>
      <translation>連絡催促申請は%1から提出できる状態です。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="309" />
      <source>Next step due: %1 (in %2)</source>
      <translation>次の対応：%1（あと%2）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="312" />
      <source>Request deadline: %1</source>
      <translation>回答期限：%1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="333" />
      <source>%1 (recommended)</source>
      <translation>%1（おすすめ）</translation>
    </message>
  </context>
  <context>
    <name>ReminderCenter</name>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="37" />
      <source>Reminder Center</source>
      <translation>リマインダー一覧</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="43" />
      <source>Reminders</source>
      <translation>リマインダー</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="46" />
      <source>Project</source>
      <translation>プロジェクト</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="46" />
      <source>Reminder</source>
      <translation>リマインダー</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="46" />
      <source>Due</source>
      <translation>期日</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="46" />
      <source>State</source>
      <translation>状態</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="55" />
      <source>Open</source>
      <translation>開く</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="57" />
      <source>Snooze</source>
      <translation>あとで通知</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="87" />
      <source>1 hour</source>
      <translation>1時間後</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="89" />
      <source>This evening</source>
      <translation>今晩</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="89" />
      <source>Tomorrow evening</source>
      <translation>明日の晩</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="91" />
      <source>Tomorrow morning</source>
      <translation>明日の朝</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="91" />
      <source>This morning</source>
      <translation>今朝</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="93" />
      <source>Next business day</source>
      <translation>次の営業日</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="94" />
      <source>%1 (until %2)</source>
      <translation>%1（%2まで）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="101" />
      <source>Until…</source>
      <translation>日時を指定…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="63" />
      <source>Dismiss reminder</source>
      <translation>通知を消す</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="68" />
      <source>Close</source>
      <translation>閉じる</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="114" />
      <source>Snoozed until %1</source>
      <translation>%1 まで延期中</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="116" />
      <source>Held back (quiet hours, quiet mode, or while you enter past messages)</source>
      <translation>保留中（通知しない時間帯・おやすみモード、または過去のメッセージの入力中）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="118" />
      <source>Notified</source>
      <translation>通知済み</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="125" />
      <source>%1 reminders.</source>
      <translation>リマインダー %1件</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="125" />
      <source>No reminders right now. The app will tell you when something is due.</source>
      <translation>今はリマインダーはありません。対応のタイミングになったらお知らせします。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="129" />
      <source>New reminders are paused until %1.</source>
      <translation>%1 まで新しい通知を止めています。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="133" />
      <source>Here are the reminders that came due, one per project; %1 projects need action now (the tray's count), each shown in the project list.</source>
      <translation>対応のタイミングが来たリマインダーを、プロジェクトごとに1件ずつ表示しています。今対応が必要なプロジェクトは%1件です（トレイに表示される件数）。いずれもプロジェクト一覧でも確認できます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="166" />
      <location filename="../../companion/ui/reminder_center.py" line="168" />
      <source>Snooze until</source>
      <translation>延期する日時</translation>
    </message>
  </context>
  <context>
    <name>Reminders</name>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="193" />
      <source>A formal request was filed against you: %1 left to answer</source>
      <extracomment>reminders that just became due (already stored as fired) the plan changed (the tray and the Reminder Center refresh) the daily digest is due (the projects needing action)</extracomment>
      <translation>あなたに対して正式な申請がありました。返答まで残り%1です</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="194" />
      <source>Your request's clock ends in less than a day (%1)</source>
      <translation>あなたの申請の期限まで1日を切りました（あと%1）</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="195" />
      <source>Your request's time is over: check on the platform what happened</source>
      <translation>あなたの申請の期間が終わりました。プラットフォームで結果をご確認ください</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="196" />
      <source>The platform's formal step is now possible</source>
      <translation>プラットフォームの正式な手続きができるようになりました</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="197" />
      <source>Time for the next step: ask the platform's support to contact them</source>
      <translation>次の対応の時期です：プラットフォームのサポートに、相手への連絡を依頼しましょう</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="198" />
      <source>Time for the next step: the platform's formal delivery first</source>
      <translation>次の対応の時期です：まずプラットフォームで正式な納品をしましょう</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="203" />
      <source>A reminder request was filed against you: answer within 7 days</source>
      <translation>相手から連絡催促申請が提出されました。7日以内に返答してください</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="204" />
      <source>Request against you: %1 left to answer</source>
      <translation>相手からの申請：回答期限まであと%1</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="205" />
      <source>Request against you: less than a day left (%1)</source>
      <translation>相手からの申請：回答期限まで1日を切りました（あと%1）</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="206" />
      <source>They are waiting for your reply</source>
      <translation>相手があなたの返信を待っています</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="207" />
      <source>Your reminder request's deadline is in less than a day (%1)</source>
      <translation>連絡催促申請の回答期限まで1日を切りました（あと%1）</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="208" />
      <source>Your reminder request's deadline passed: support now reviews it</source>
      <translation>連絡催促申請の回答期限が過ぎました。事務局が確認します</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="209" />
      <source>A polite follow-up is due</source>
      <translation>丁寧にもう一度連絡するタイミングです</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="210" />
      <source>The formal reminder request is now possible</source>
      <translation>連絡催促申請ができるようになりました</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="211" />
      <source>Time for the next step: ask support (事務局) to contact them</source>
      <translation>次の対応のタイミングです：事務局から相手に連絡してもらいましょう</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="212" />
      <source>Time for the next step: report completion (仕事完了報告) first, then file</source>
      <translation>次の対応のタイミングです：先に仕事完了報告をしてから申請しましょう</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="213" />
      <source>A platform deadline is on you: act within %1</source>
      <translation>プラットフォームの期限があなたにあります。あと%1以内に対応してください</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="214" />
      <source>Less than a day left on a platform deadline (%1)</source>
      <translation>プラットフォームの期限まで1日を切りました（あと%1）</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="215" />
      <source>The platform should have acted by itself by now: if nothing happened, ask its support</source>
      <translation>プラットフォームが自動で処理しているはずの時期を過ぎました。何も起きていなければ、サポートに問い合わせましょう</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="217" />
      <source>The Lancers transaction deadline (取引期限) is in %1: then it is cancelled automatically, unless it is extended</source>
      <translation>ランサーズの取引期限まであと%1です。延長されない限り、期限が来ると取引は自動でキャンセルされます</translation>
    </message>
  </context>
  <context>
    <name>RequestAgainstDialog</name>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="39" />
      <source>A reminder request was filed against me</source>
      <translation>相手から連絡催促申請を受けた</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="44" />
      <source>The other side filed a reminder request (連絡催促申請). You have 7 days from its filing to answer on the platform. When was it filed (see the platform's notice)?</source>
      <translation>相手が連絡催促申請を提出しました。提出から7日以内にプラットフォーム上で返答する必要があります。いつ提出されましたか？（プラットフォームの通知で確認できます）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="46" />
      <source>The other side filed a formal request against you on the platform. Which one, and when (see the platform's notice)? The app then counts its clock and says what happens if you do not answer.</source>
      <translation>相手がプラットフォームであなたに対する正式な申請をしました。どの申請を、いつ提出されましたか（プラットフォームからの通知をご確認ください）。アプリがその期限を数え、返答しなかった場合にどうなるかをお知らせします。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="50" />
      <source>Filed at</source>
      <translation>提出日時</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="50" />
      <source>Set Filed at to now</source>
      <translation>提出日時を現在にする</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="53" />
      <source>&amp;Which request</source>
      <translation>申請の種類(&amp;W)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="54" />
      <source>&amp;Filed at</source>
      <translation>提出日時(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="80" />
      <source>A reminder request is already open for this project.</source>
      <translation>このプロジェクトには、すでに進行中の連絡催促申請があります。</translation>
    </message>
  </context>
  <context>
    <name>RequestOutcomeDialog</name>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="100" />
      <source>What happened to the request?</source>
      <translation>申請はどうなりましたか？</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="105" />
      <source>What became of the reminder request (連絡催促申請)? Record it so the timers stop or move on.</source>
      <translation>連絡催促申請はどうなりましたか？記録すると、タイマーが止まるか、次の段階に進みます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="109" />
      <source>They answered: the request is cleared</source>
      <translation>相手が返答した（申請は解消）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="109" />
      <source>I answered: the request is cleared</source>
      <translation>自分が返答した（申請は解消）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="110" />
      <source>They answered it on the platform (accepted or disputed)</source>
      <translation>相手がプラットフォーム上で回答した（承認または異議）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="111" />
      <source>I answered it on the platform (accepted or disputed)</source>
      <translation>自分がプラットフォーム上で回答した（承認または異議）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="115" />
      <source>The deadline passed: support is reviewing</source>
      <translation>期限が過ぎた（事務局が確認中）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="116" />
      <source>Support confirmed the payment (支払い確定)</source>
      <translation>事務局が支払いを確定した</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="117" />
      <source>Support cancelled the escrow (仮払いキャンセル)</source>
      <translation>事務局が仮払いをキャンセルした</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="120" />
      <source>Its time is over: waiting to see what the platform does</source>
      <translation>期間が終わった：プラットフォームの処理を待っている</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="121" />
      <source>The request was withdrawn</source>
      <translation>申請を取り下げた</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="123" />
      <source>Not yet: the 7-day deadline has not passed.</source>
      <translation>7日間の期限がまだ過ぎていません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="124" />
      <source>Not yet: its time is not over.</source>
      <translation>まだです：期間が終わっていません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="125" />
      <source>Only after a completion report (仕事完了報告).</source>
      <translation>仕事完了報告の後にのみ起こる結果です。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="126" />
      <source>Only while escrow is funded and completion is not reported.</source>
      <translation>仮払い済みで、仕事完了報告の前の場合にのみ起こる結果です。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="142" />
      <source>Their answer came at</source>
      <translation>相手の返信日時</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="142" />
      <source>My answer was sent at</source>
      <translation>自分が返信した日時</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="149" />
      <source>It is logged as a platform message, so the silence timers restart from it.</source>
      <translation>プラットフォームのメッセージとして記録され、連絡のない期間はそこから数え直されます。</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="34" />
      <source>Restore from backup</source>
      <translation>バックアップから復元</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="38" />
      <source>Choose a backup to restore. Your current data is saved as a backup first, so nothing is lost.</source>
      <translation>復元するバックアップを選んでください。現在のデータは先にバックアップとして保存されるので、何も失われません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="42" />
      <source>Date</source>
      <translation>日時</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="42" />
      <source>Kind</source>
      <translation>種類</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="42" />
      <source>Projects</source>
      <translation>プロジェクト</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="42" />
      <source>Messages</source>
      <translation>メッセージ</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="45" />
      <source>Daily</source>
      <translation>自動（毎日）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="45" />
      <source>Manual</source>
      <translation>手動</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="45" />
      <source>Before a restore</source>
      <translation>復元前</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="48" />
      <source>Before an update</source>
      <translation>更新前</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="49" />
      <source>unreadable</source>
      <translation>読み込めません</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="52" />
      <source>%1 (dated in the future)</source>
      <translation>%1（未来の日付）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="57" />
      <source>Made while the computer's clock was ahead: its date is wrong, and it may be older than it looks. Compare the counts.</source>
      <translation>パソコンの時計が進んでいたときに作られたバックアップです。日付が正しくなく、見た目より古い可能性があります。件数を比べてください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="63" />
      <source>No backups yet. One is made every day at the first start.</source>
      <translation>バックアップはまだありません。毎日最初の起動時に作られます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="65" />
      <source>Restore</source>
      <translation>復元</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="89" />
      <source>Schema version %1; %2 projects (%3 active, %4 archived); %5.</source>
      <translation>スキーマバージョン %1、プロジェクト %2 件（進行中 %3 件、アーカイブ %4 件）、%5。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="96" />
      <source>no messages</source>
      <translation>メッセージ 0 件</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="97" />
      <source>%1 messages, the newest from %2</source>
      <translation>メッセージ %1 件（最新は %2）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="105" />
      <source>Restore the backup made on %1? It replaces what is there now.</source>
      <translation>%1 に作成されたバックアップを復元しますか？現在のデータは置き換えられます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="107" />
      <source>The backup: %1</source>
      <translation>バックアップ：%1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="108" />
      <source>Now: %1</source>
      <translation>現在：%1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="113" />
      <source>Restoring replaces what is there now: %1 projects and %2, with the backup's %3 projects and %4.</source>
      <translation>復元すると、現在のプロジェクト %1 件と%2が、バックアップのプロジェクト %3 件と%4に置き換わります。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="116" />
      <source>Your current data is saved as a backup first.</source>
      <translation>現在のデータは先にバックアップとして保存されます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="127" />
      <source>The database is damaged. It is never overwritten or deleted: if you restore or start empty, it is kept as
%1</source>
      <translation>データベースが壊れています。上書きも削除もしません。復元するか空で始める場合は、次の名前で残します：
%1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="131" />
      <source>The latest good backup is from %1 (%2 projects, %3 messages).</source>
      <translation>最新の正常なバックアップは %1 のものです（プロジェクト %2件、メッセージ %3件）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="137" />
      <source>Its date lies in the future: it was made while the computer's clock was ahead, and may be older than it looks.</source>
      <translation>このバックアップの日付は未来になっています。パソコンの時計が進んでいたときに作られたもので、見た目より古い可能性があります。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="138" />
      <source>Restore the latest backup</source>
      <translation>最新のバックアップを復元</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="139" />
      <source>Choose a backup…</source>
      <translation>バックアップを選ぶ…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="140" />
      <source>Start with an empty database</source>
      <translation>空のデータベースで始める</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="141" />
      <source>Quit</source>
      <translation>終了</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <location filename="../../companion/store/settings.py" line="51" />
      <source> hours</source>
      <extracomment>The translation context of every label, tooltip, note, group and unit below: the UI shows them with ``QCoreApplication.translate(CONTEXT, text)``.</extracomment>
      <translation>時間</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="52" />
      <source> days</source>
      <translation>日</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="53" />
      <source>:00</source>
      <translation>時</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="191" />
      <source>Language</source>
      <extracomment>What a setting's value is. int: a whole number; number: int or float; choice: one of ``choices``; clock: a local time of day "HH:MM"; weekdays: a list of days, Monday = 0; instant: a UTC time as the database stores it (``vocab.to_db_time``); text: any text.</extracomment>
      <translation>言語</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="192" />
      <source>Timing</source>
      <translation>タイミング</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="193" />
      <source>Reminders</source>
      <translation>リマインダー</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="194" />
      <source>Data</source>
      <translation>データ</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="201" />
      <source>System default</source>
      <extracomment>The dialog's groups, in the order it shows them.</extracomment>
      <translation>システムの設定に従う</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="202" />
      <source>Interface language</source>
      <translation>表示言語</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="203" />
      <source>A new language applies the next time the app starts.</source>
      <translation>言語の変更は次回の起動時から反映されます。</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="208" />
      <source>Follow-up gap</source>
      <translation>再連絡までの間隔</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="209" />
      <source>How long to wait after your message before a follow-up is due.</source>
      <translation>メッセージを送ってから、再連絡のタイミングになるまでの期間です。</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="214" />
      <source>Follow-ups before a formal step</source>
      <translation>正式な手続きの前に送る通数</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="215" />
      <source>How many unanswered messages to send before any formal step (the seed and Lancers suggest about 3).</source>
      <translation>正式な手続きの前に送る、返信のないメッセージの数です（目安は3通）。</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="221" />
      <source>Silence before a reminder request</source>
      <translation>連絡催促申請を検討するまでの日数</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="222" />
      <source>Lancers requires at least 7 days of silence; you may choose to wait longer.</source>
      <translation>ランサーズでは7日以上連絡がないことが条件です。もっと長く待つように設定することもできます。</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="227" />
      <source>Remind me of a reply I owe after</source>
      <translation>未返信を知らせるまでの時間</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="232" />
      <source>Quiet hours</source>
      <translation>通知しない時間帯</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="233" />
      <source>No reminders during these hours, except platform deadlines less than 24 hours away.</source>
      <translation>この時間帯は通知しません。ただし、24時間以内に迫ったプラットフォームの期限は例外です。</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="239" />
      <source>End of the quiet hours</source>
      <translation>通知しない時間帯の終わり</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="243" />
      <source>On</source>
      <translation>適用する曜日</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="244" />
      <source>The days the quiet hours apply to (hours past midnight belong to the day they start on).</source>
      <translation>通知しない時間帯を使う曜日です（深夜0時を過ぎた分は、始まった日の曜日に含まれます）。</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="250" />
      <source>Daily digest at</source>
      <translation>毎日のまとめの時刻</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="251" />
      <source>Once a day at this hour, one notification that lists the projects waiting for a step from you.</source>
      <translation>毎日この時刻に、あなたの対応を待っているプロジェクトを1件の通知にまとめてお知らせします。</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="257" />
      <source>Keep the last backups</source>
      <translation>保存するバックアップの数</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="258" />
      <source>A backup is made every day at the first start, before each update, and on demand.</source>
      <translation>バックアップは、毎日最初の起動時、アプリの更新前、手動で実行したときに作成されます。</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="264" />
      <source>Keep a calendar file (.ics) in the data folder up to date</source>
      <translation>データフォルダーのカレンダーファイル（.ics）を常に最新に保つ</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="265" />
      <source>The coming deadlines and reminders as renraku-companion.ics, rewritten when your data change, for a calendar app that subscribes to a local file.</source>
      <translation>今後の期限とリマインダーを renraku-companion.ics として保存し、データが変わるたびに書き直します。ローカルファイルを購読するカレンダーアプリ向けです。</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../companion/ui/settings_dialog.py" line="52" />
      <source>Quiet hours from</source>
      <translation>通知しない時間帯の開始</translation>
    </message>
    <message>
      <location filename="../../companion/ui/settings_dialog.py" line="53" />
      <source>Quiet hours to</source>
      <translation>通知しない時間帯の終了</translation>
    </message>
    <message>
      <location filename="../../companion/ui/settings_dialog.py" line="54" />
      <source>Daily digest time</source>
      <translation>まとめを表示する時刻</translation>
    </message>
    <message>
      <location filename="../../companion/ui/settings_dialog.py" line="63" />
      <source>%1: value</source>
      <translation>%1：値</translation>
    </message>
    <message>
      <location filename="../../companion/ui/settings_dialog.py" line="129" />
      <source>Mon</source>
      <translation>月</translation>
    </message>
    <message>
      <location filename="../../companion/ui/settings_dialog.py" line="129" />
      <source>Tue</source>
      <translation>火</translation>
    </message>
    <message>
      <location filename="../../companion/ui/settings_dialog.py" line="130" />
      <source>Wed</source>
      <translation>水</translation>
    </message>
    <message>
      <location filename="../../companion/ui/settings_dialog.py" line="130" />
      <source>Thu</source>
      <translation>木</translation>
    </message>
    <message>
      <location filename="../../companion/ui/settings_dialog.py" line="131" />
      <source>Fri</source>
      <translation>金</translation>
    </message>
    <message>
      <location filename="../../companion/ui/settings_dialog.py" line="131" />
      <source>Sat</source>
      <translation>土</translation>
    </message>
    <message>
      <location filename="../../companion/ui/settings_dialog.py" line="132" />
      <source>Sun</source>
      <translation>日</translation>
    </message>
    <message>
      <location filename="../../companion/ui/settings_dialog.py" line="181" />
      <source>Settings</source>
      <translation>設定</translation>
    </message>
    <message>
      <location filename="../../companion/ui/settings_dialog.py" line="198" />
      <source>Reminder request deadline</source>
      <translation>連絡催促申請の回答期限</translation>
    </message>
    <message>
      <location filename="../../companion/ui/settings_dialog.py" line="198" />
      <source>7 days (168 hours), set by the platform</source>
      <translation>7日間（168時間）：プラットフォームの規定</translation>
    </message>
    <message>
      <location filename="../../companion/ui/settings_dialog.py" line="194" />
      <source>Start at login, minimised to the tray</source>
      <translation>ログイン時にトレイに最小化して起動する</translation>
    </message>
  </context>
  <context>
    <name>SituationPage</name>
    <message>
      <location filename="../../companion/ui/wizard.py" line="97" />
      <source>1. The situation</source>
      <translation>1. 現在の状況</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="98" />
      <source>Filled in from the project. Correct anything that is out of date.</source>
      <translation>プロジェクトの情報から入力済みです。古くなっている点があれば修正してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="100" />
      <source>Why these facts?</source>
      <translation>なぜこの情報が必要？</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="101" />
      <source>The platform's rules depend on the stage of the contract, the contract type, whether a plan change is pending, and how long they have been silent on the platform. Off-platform e-mail or chat does not count.</source>
      <translation>プラットフォームのルールは、契約の段階・契約形式・計画変更の有無、そしてプラットフォーム上で相手からの連絡がない期間によって決まります。プラットフォーム外のメールやチャットは含まれません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="132" />
      <source>A plan change (計画変更) is pending</source>
      <translation>計画変更の申請中</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="141" />
      <source>Look at your latest message on the platform: does it show 既読 (read) or 未読 (unread)?</source>
      <translation>プラットフォーム上で最新のメッセージを確認してください。「既読」と「未読」のどちらになっていますか？</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="144" />
      <source>This platform shows no read state. Record when they were last online (最終アクセス) in the project instead: it tells the likely causes.</source>
      <translation>このプラットフォームには既読表示がありません。代わりにプロジェクトで相手の最終アクセス日時を記録すると、考えられる原因がわかります。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="146" />
      <source>Your role</source>
      <translation>あなたの立場</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="147" />
      <source>Contract type</source>
      <translation>契約形式</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="148" />
      <source>Stage</source>
      <translation>段階</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="150" />
      <source>Your latest message is</source>
      <translation>あなたの最新メッセージ</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="156" />
      <source>From your message log</source>
      <translation>メッセージの記録から</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="160" />
      <source>Their last message on the platform</source>
      <translation>プラットフォーム上の相手の最後のメッセージ</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="160" />
      <source>none</source>
      <translation>なし</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="162" />
      <source>Your unanswered messages</source>
      <translation>返信のないあなたのメッセージ</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="164" />
      <source>Waiting for</source>
      <translation>相手の返信待ち</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="166" />
      <source>You owe a reply for</source>
      <translation>あなたが返信していない期間</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="171" />
      <source>Reminder requests (連絡催促申請)</source>
      <translation>連絡催促申請</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="172" />
      <source>Formal requests on the platform</source>
      <translation>プラットフォームでの正式な申請</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="174" />
      <source>I filed one, pending since</source>
      <translation>自分が提出済み（提出日時）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="176" />
      <source>When I filed my request</source>
      <translation>自分が申請した日時</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="176" />
      <source>Set when I filed my request to now</source>
      <translation>自分が申請した日時を現在にする</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="177" />
      <source>One was filed against me at</source>
      <translation>相手から提出された（提出日時）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="179" />
      <source>When the request against me was filed</source>
      <translation>相手から申請された日時</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="180" />
      <source>Set when the request against me was filed to now</source>
      <translation>相手から申請された日時を現在にする</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="111" />
      <source>Save corrections to the project</source>
      <translation>修正内容をプロジェクトに保存する</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <location filename="../../companion/app.py" line="152" />
      <source>The database is in use by another program. Is Renraku Companion already running?</source>
      <translation>データベースが別のプログラムで使用中です。連絡コンパニオンがすでに起動していませんか？</translation>
    </message>
    <message>
      <location filename="../../companion/app.py" line="153" />
      <source>The file is not a Renraku Companion database, or it is damaged. It has not been changed. Move it aside, or put back a copy from the “backups” folder next to it, and start again.</source>
      <translation>このファイルは連絡コンパニオンのデータベースではないか、壊れています。ファイルは変更していません。別の場所に移すか、隣の「backups」フォルダのコピーを戻してから、もう一度起動してください。</translation>
    </message>
    <message>
      <location filename="../../companion/app.py" line="154" />
      <source>The file or its folder cannot be read or written. Check their permissions.</source>
      <translation>ファイルまたはフォルダの読み書きができません。アクセス権を確認してください。</translation>
    </message>
    <message>
      <location filename="../../companion/app.py" line="155" />
      <source>The database was made by a newer version of Renraku Companion. Please update the app.</source>
      <translation>このデータベースは新しいバージョンの連絡コンパニオンで作られています。アプリを更新してください。</translation>
    </message>
    <message>
      <location filename="../../companion/app.py" line="156" />
      <source>The database could not be backed up before being updated (is the “backups” folder blocked?). Nothing was changed.</source>
      <translation>更新前のバックアップを作れませんでした（「backups」フォルダが使えない状態ではありませんか？）。何も変更していません。</translation>
    </message>
    <message>
      <location filename="../../companion/app.py" line="157" />
      <source>The file is another program's database, not Renraku Companion's. It has not been changed. Move it elsewhere, or choose another data folder with --data-dir.</source>
      <translation>このファイルは別のプログラムのデータベースで、連絡コンパニオンのものではありません。ファイルは変更していません。別の場所に移すか、--data-dir で別のデータフォルダを指定してください。</translation>
    </message>
    <message>
      <location filename="../../companion/app.py" line="158" />
      <source>The database file is a link to a file that does not exist. Nothing was created. Remove the link, or put back the file it points to.</source>
      <translation>データベースファイルは存在しないファイルへのリンクです。何も作成していません。リンクを削除するか、リンク先のファイルを元に戻してください。</translation>
    </message>
    <message>
      <location filename="../../companion/app.py" line="163" />
      <source>Details: %1</source>
      <translation>詳細：%1</translation>
    </message>
    <message>
      <location filename="../../companion/app.py" line="210" />
      <source>The database check found damage. To protect what is there, changes are no longer saved: use File → Restore from backup… (or File → Export…) now.</source>
      <translation>データベースの点検で破損が見つかりました。今あるデータを守るため、これ以降の変更は保存しません。今すぐ「ファイル → バックアップから復元…」（または「ファイル → エクスポート…」）を使ってください。</translation>
    </message>
    <message>
      <location filename="../../companion/app.py" line="237" />
      <source>Renraku Companion</source>
      <translation>連絡コンパニオン</translation>
    </message>
    <message>
      <location filename="../../companion/app.py" line="238" />
      <source>Something went wrong: %1
It was written to the log; your data was not changed by this action.</source>
      <translation>問題が発生しました：%1
ログに記録しました。この操作でデータが変更されることはありません。</translation>
    </message>
    <message>
      <location filename="../../companion/app.py" line="295" />
      <source>Renraku Companion cannot start</source>
      <translation>連絡コンパニオンを起動できません</translation>
    </message>
    <message>
      <location filename="../../companion/app.py" line="326" />
      <source>The data folder could not be created.</source>
      <translation>データフォルダを作成できませんでした。</translation>
    </message>
    <message>
      <location filename="../../companion/app.py" line="341" />
      <source>The data folder cannot be written.</source>
      <translation>データフォルダに書き込めません。</translation>
    </message>
    <message>
      <location filename="../../companion/app.py" line="352" />
      <source>Renraku Companion is already running.</source>
      <translation>連絡コンパニオンはすでに起動しています。</translation>
    </message>
    <message>
      <location filename="../../companion/app.py" line="391" />
      <location filename="../../companion/app.py" line="400" />
      <source>The database could not be opened.</source>
      <translation>データベースを開けませんでした。</translation>
    </message>
  </context>
  <context>
    <name>Status</name>
    <message>
      <location filename="../../companion/cli.py" line="273" />
      <source>Project</source>
      <translation>プロジェクト</translation>
    </message>
    <message>
      <location filename="../../companion/cli.py" line="274" />
      <source>Platform</source>
      <translation>プラットフォーム</translation>
    </message>
    <message>
      <location filename="../../companion/cli.py" line="275" />
      <source>Stage</source>
      <translation>段階</translation>
    </message>
    <message>
      <location filename="../../companion/cli.py" line="276" />
      <source>Next step</source>
      <translation>次の対応</translation>
    </message>
    <message>
      <location filename="../../companion/cli.py" line="277" />
      <source>When</source>
      <translation>日時</translation>
    </message>
    <message>
      <location filename="../../companion/cli.py" line="286" />
      <source>(archived)</source>
      <translation>（アーカイブ）</translation>
    </message>
    <message>
      <location filename="../../companion/cli.py" line="293" />
      <source>No active projects.</source>
      <translation>進行中のプロジェクトはありません。</translation>
    </message>
  </context>
  <context>
    <name>SummaryPage</name>
    <message>
      <location filename="../../companion/ui/wizard.py" line="697" />
      <source>7. Summary</source>
      <translation>7. まとめ</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="698" />
      <source>What was decided and recorded. It is kept in the project's history.</source>
      <translation>決めたことと記録したことです。プロジェクトの履歴に残ります。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="709" />
      <source>Recommended: %1</source>
      <translation>おすすめ：%1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="710" />
      <source>Your choice: %1</source>
      <translation>あなたの選択：%1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="716" />
      <source>Next: %1</source>
      <translation>次の対応：%1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="720" />
      <source>Its deadline is %1. The project shows the countdown; record what happens with “Record what happened…”.</source>
      <translation>回答期限は%1です。残り時間はプロジェクトに表示されます。結果は「結果を記録…」で記録してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="723" />
      <source>Nothing was recorded. You can come back to this wizard at any time.</source>
      <translation>記録された内容はありません。このウィザードにはいつでも戻れます。</translation>
    </message>
  </context>
  <context>
    <name>TimeDialog</name>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="201" />
      <source>Not known</source>
      <translation>わからない</translation>
    </message>
  </context>
  <context>
    <name>Tray</name>
    <message>
      <location filename="../../companion/desktop/tray.py" line="58" />
      <source>Renraku Companion</source>
      <translation>連絡コンパニオン</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/tray.py" line="60" />
      <source>%1 need action</source>
      <translation>要対応 %1件</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/tray.py" line="65" />
      <source>Reminders paused until %1</source>
      <translation>%1 まで通知を停止中</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/tray.py" line="80" />
      <source>Needs action</source>
      <translation>要対応</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/tray.py" line="89" />
      <source>… and %1 more</source>
      <translation>…ほか %1件</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/tray.py" line="92" />
      <source>Open window</source>
      <translation>ウィンドウを開く</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/tray.py" line="93" />
      <source>Reminder Center</source>
      <translation>リマインダー一覧</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/tray.py" line="99" />
      <source>✓ All snoozed until %1</source>
      <translation>✓ %1 まですべて延期中</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/tray.py" line="100" />
      <source>Snooze all for 1 hour</source>
      <translation>すべて1時間後に再通知</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/tray.py" line="101" />
      <source>Quiet mode</source>
      <translation>おやすみモード</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/tray.py" line="103" />
      <source>Quiet mode: on until %1</source>
      <translation>おやすみモード：%1 まで</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/tray.py" line="105" />
      <source>For 1 hour</source>
      <translation>1時間</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/tray.py" line="106" />
      <source>Until tomorrow morning</source>
      <translation>明日の朝まで</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/tray.py" line="107" />
      <source>Off</source>
      <translation>オフ</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/tray.py" line="108" />
      <source>Settings…</source>
      <translation>設定…</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/tray.py" line="110" />
      <source>Quit</source>
      <translation>終了</translation>
    </message>
  </context>
  <context>
    <name>Upwork</name>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="13" />
      <source>Proposal / interview (提案・面接中)</source>
      <translation>提案・面接中</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="14" />
      <source>Contract started, milestone not funded (契約開始・マイルストーン未入金)</source>
      <translation>契約開始・マイルストーン未入金</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="15" />
      <source>Milestone funded (マイルストーン入金済み・作業中)</source>
      <translation>マイルストーン入金済み（作業中）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="16" />
      <source>Work done, not submitted yet (作業完了・未提出)</source>
      <translation>作業完了・未提出</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="17" />
      <source>Work submitted for the milestone (提出済み・承認待ち)</source>
      <translation>マイルストーンに提出済み（承認待ち）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="18" />
      <source>Payment released (支払い済み)</source>
      <translation>支払い済み（リリース済み）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="19" />
      <source>Contract ended / refunded (契約終了・返金)</source>
      <translation>契約終了・返金</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="25" />
      <source>Proposal or interview: no contract yet, so Upwork has no formal route.</source>
      <translation>提案・面接の段階です。まだ契約がないため、Upworkの正式な手続きはありません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="26" />
      <source>The contract has started but the client has not funded the milestone. Never start work before it is funded.</source>
      <translation>契約は始まりましたが、クライアントはまだマイルストーンに入金していません。入金前に作業を始めないでください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="27" />
      <source>The client funded the milestone (project funds, held by Upwork); work is under way.</source>
      <translation>クライアントがマイルストーンに入金しました（Upworkが預かる「プロジェクト資金」）。作業中です。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="28" />
      <source>The work is done and sent, but not yet submitted for the milestone on Upwork.</source>
      <translation>作業は終わって送付済みですが、Upwork上でマイルストーンへの提出（Submit work）はまだです。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="29" />
      <source>The work is submitted for the milestone: the client has 14 days to approve it or request changes, else Upwork releases the funds.</source>
      <translation>マイルストーンに成果物を提出済みです。クライアントは14日以内に承認するか修正を依頼します。どちらもなければ、Upworkが支払いをリリースします。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="30" />
      <source>The payment for the milestone was released to the freelancer.</source>
      <translation>マイルストーンの代金がフリーランサーに支払われました。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="31" />
      <source>The contract was ended, or the funds were refunded to the client.</source>
      <translation>契約が終了したか、資金がクライアントに返金されました。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="37" />
      <source>Refund request: end the contract and get the funded milestone back (返金リクエスト)</source>
      <translation>返金リクエスト（契約を終了し、入金済みマイルストーンの返金を求める）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="38" />
      <source>The client's 14 days to approve or request changes (承認期間)</source>
      <translation>クライアントが承認または修正依頼をする14日間（承認期間）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="39" />
      <source>Submit the work for the milestone (Submit work・成果物の提出)</source>
      <translation>マイルストーンに成果物を提出する（Submit work）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="46" />
      <source>The client ended the contract and requested a refund of the funded milestone: you have 7 days to approve or dispute it.</source>
      <translation>クライアントが契約を終了し、入金済みマイルストーンの返金をリクエストしました。7日以内に承認するか、異議を申し立ててください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="47" />
      <source>The contract is over (payment released, or the contract ended).</source>
      <translation>この契約は終了しています（支払い済み、または契約終了）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="48" />
      <source>Your refund request is pending: the freelancer has 7 days to approve or dispute it.</source>
      <translation>あなたの返金リクエストは受付中です。フリーランサーには承認または異議申し立てのために7日間あります。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="49" />
      <source>Send about 3 messages a few days apart before any formal step (a polite reminder after 2–3 business days is the usual pace).</source>
      <translation>正式な手続きの前に、数日おきに3通ほどメッセージを送りましょう（丁寧な再連絡は2〜3営業日あけるのが一般的です）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="50" />
      <source>Without a contract there is no formal route: Upwork's protections start with a funded milestone.</source>
      <translation>契約がなければ正式な手続きはありません。Upworkの保護は、マイルストーンへの入金から始まります。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="51" />
      <source>Upwork's refund request and automatic release are for fixed-price contracts only. For this contract, ask Upwork support.</source>
      <translation>Upworkの返金リクエストと自動リリースは固定報酬の契約だけのものです。この契約では、Upworkサポートに相談してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="52" />
      <source>The milestone is not funded yet, so Upwork has no formal route. A freelancer should never start work before it is funded; Upwork support can contact the other side.</source>
      <translation>マイルストーンがまだ入金されていないため、Upworkの正式な手続きはありません。フリーランサーは入金前に作業を始めないでください。Upworkサポートから相手に連絡してもらうことはできます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="53" />
      <source>Upwork support can contact the client. Once the work is done, submit it: if the client does nothing, the funds are released 14 days later.</source>
      <translation>Upworkサポートからクライアントに連絡してもらえます。作業が終わったら成果物を提出しましょう。クライアントが何もしなければ、14日後に支払いがリリースされます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="54" />
      <source>You do not want the work to continue: end the contract and request a refund of the funded milestone. If the freelancer neither approves nor disputes within 7 days, the refund goes to you.</source>
      <translation>作業を続けてほしくない場合は、契約を終了して入金済みマイルストーンの返金をリクエストします。フリーランサーが7日以内に承認も異議申し立てもしなければ、返金されます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="55" />
      <source>You want the work to continue: Upwork support can contact the freelancer. A refund request would end the contract.</source>
      <translation>作業を続けてほしい場合は、Upworkサポートからフリーランサーに連絡してもらえます。返金リクエストをすると契約は終了します。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="57" />
      <source>The freelancer submitted the work: approve it or request changes within 14 days of the submission. If you do nothing, Upwork releases the funds to the freelancer.</source>
      <translation>フリーランサーが成果物を提出しました。提出から14日以内に承認するか、修正を依頼してください。何もしなければ、Upworkがフリーランサーに支払いをリリースします。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="58" />
      <source>The freelancer submitted the work: you have 14 days from the submission to approve it or request changes, or Upwork releases the funds. The app does not know when it was submitted: check the contract and set the date.</source>
      <translation>フリーランサーが成果物を提出しました。提出から14日以内に承認するか修正を依頼しないと、Upworkが支払いをリリースします。提出日時がアプリに記録されていません。契約ページで確認して、日時を入力してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="59" />
      <source>The 14 days after the submission are over: Upwork releases the funds to the freelancer automatically. Update the stage once the contract shows it.</source>
      <translation>提出から14日が過ぎました。Upworkがフリーランサーに支払いを自動でリリースします。契約ページに反映されたら、段階を更新してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="60" />
      <source>You submitted the work: if the client does nothing, Upwork releases the funds to you 14 days after the submission. No follow-up is needed.</source>
      <translation>成果物は提出済みです。クライアントが何もしなければ、提出から14日後にUpworkが支払いをリリースします。再連絡は必要ありません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="61" />
      <source>The 14 days after your submission are over. If the contract does not show the payment released, ask Upwork support: it should have been released automatically.</source>
      <translation>提出から14日が過ぎました。契約ページで支払いがリリースされていなければ、Upworkサポートに問い合わせてください。本来は自動でリリースされているはずです。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="62" />
      <source>You submitted the work: if the client does nothing, Upwork releases the funds 14 days after the submission. The app does not know when you submitted: set the date to see the day.</source>
      <translation>成果物は提出済みです。クライアントが何もしなければ、提出から14日後にUpworkが支払いをリリースします。提出日時がアプリに記録されていません。日時を入力すると、その日がわかります。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="63" />
      <source>The work is done but not submitted. Submit it for the milestone on Upwork: if the client does nothing, Upwork releases the funds 14 days after the submission.</source>
      <translation>作業は終わっていますが、まだ提出していません。Upworkでマイルストーンに提出しましょう。クライアントが何もしなければ、提出から14日後にUpworkが支払いをリリースします。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="64" />
      <source>An hourly contract has no formal route: pause the contract, and ask Upwork support to contact the freelancer.</source>
      <translation>時間単価の契約には正式な手続きがありません。契約を一時停止して、Upworkサポートからフリーランサーに連絡してもらいましょう。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="70" />
      <source>Upwork feedback is double-blind: each side has 14 days after the contract ends, and neither sees the other's until both have left it or the 14 days are over. An unhappy freelancer may still rate you low; the fault is theirs; keep a calm record.</source>
      <translation>Upworkの評価はダブルブラインド方式です。契約終了から14日間、双方が評価でき、両方が評価するか14日が過ぎるまで、相手の評価は見えません。それでも不満を持ったフリーランサーが低い評価をつけることはあります。非は相手にあります。落ち着いて記録を残しておきましょう。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="71" />
      <source>Never end a fixed-price contract yourself: that gives up the funded milestone. Once the work is done, submit it.</source>
      <translation>固定報酬の契約を自分から終了しないでください。入金済みのマイルストーンを手放すことになります。作業が終わったら成果物を提出しましょう。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="72" />
      <source>An unanswered refund request returns the funded milestone to the client: the work so far would go unpaid.</source>
      <translation>返金リクエストに回答がないと、入金済みマイルストーンはクライアントに返金されます。これまでの作業は報酬を受け取れなくなります。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="73" />
      <source>Do not start work before the milestone is funded (project funds).</source>
      <translation>マイルストーンが入金される（プロジェクト資金が預けられる）前に作業を始めないでください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="74" />
      <source>Upwork has no formal route for this contract.</source>
      <translation>この契約には、Upworkの正式な手続きがありません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="75" />
      <source>If you leave the client without an answer, they may end the contract and request a refund; you would then have 7 days to approve or dispute it.</source>
      <translation>クライアントに返事をしないままでいると、契約を終了して返金をリクエストされることがあります。その場合、7日以内に承認するか異議を申し立てる必要があります。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="76" />
      <source>The freelancer can dispute the refund within the 7 days: then Upwork mediates first. An undisputed refund is credited within 5 business days.</source>
      <translation>フリーランサーは7日以内なら返金に異議を申し立てられます。その場合は、まずUpworkが仲裁します。異議がなければ、返金は5営業日以内に反映されます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="82" />
      <source>If the freelancer neither approves nor disputes within 7 days: the funded milestone is refunded to you.</source>
      <translation>フリーランサーが7日以内に承認も異議申し立てもしない場合：入金済みマイルストーンがあなたに返金されます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="83" />
      <source>If the client neither approves nor requests changes within 14 days of the submission: Upwork releases the funds to you.</source>
      <translation>クライアントが提出から14日以内に承認も修正依頼もしない場合：Upworkがあなたに支払いをリリースします。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="89" />
      <source>If you neither approve nor dispute within 7 days: the refund goes to the client, and the funded milestone is lost to you.</source>
      <translation>7日以内に承認も異議申し立てもしない場合：クライアントに返金され、入金済みマイルストーンの報酬は受け取れなくなります。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="90" />
      <source>If you neither approve nor request changes within 14 days of the submission: Upwork releases the funds to the freelancer.</source>
      <translation>提出から14日以内に承認も修正依頼もしない場合：Upworkがフリーランサーに支払いをリリースします。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="96" />
      <source>Act before Upwork's deadline</source>
      <translation>Upworkの期限までに対応する</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="97" />
      <source>Track your request</source>
      <translation>リクエストの状況を確認する</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="98" />
      <source>Ask Upwork support to contact them</source>
      <translation>Upworkサポートから相手に連絡してもらう</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="99" />
      <source>Submit the work (成果物の提出)</source>
      <translation>成果物を提出する</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="100" />
      <source>File the refund request</source>
      <translation>返金リクエストを出す</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="108" />
      <source>Freelancer (フリーランサー)</source>
      <translation>フリーランサー</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="108" />
      <source>Client (クライアント)</source>
      <translation>クライアント</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="115" />
      <source>Upwork support (サポート)</source>
      <translation>Upworkサポート</translation>
    </message>
  </context>
  <context>
    <name>Validation</name>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="43" />
      <source>Title</source>
      <translation>タイトル</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="44" />
      <source>Project page URL</source>
      <translation>プロジェクトページのURL</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="45" />
      <source>Amount</source>
      <translation>金額</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="46" />
      <source>Currency</source>
      <translation>通貨</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="47" />
      <source>Start date</source>
      <translation>開始日</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="48" />
      <source>When</source>
      <translation>日時</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="49" />
      <source>Filed at</source>
      <translation>提出日時</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="50" />
      <source>Outcome</source>
      <translation>結果</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="51" />
      <source>Not saved</source>
      <translation>保存できませんでした</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="52" />
      <source>Read at</source>
      <translation>既読日時</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="53" />
      <source>Text</source>
      <translation>文面</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="54" />
      <source>In this stage since</source>
      <translation>この段階になった日時</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="55" />
      <source>Last seen online</source>
      <translation>相手の最終アクセス</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="58" />
      <source>This field is required.</source>
      <translation>入力してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="59" />
      <source>Only web addresses starting with http:// or https:// are allowed.</source>
      <translation>http:// または https:// で始まるアドレスだけを入力できます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="60" />
      <source>Enter a number, for example 30000.</source>
      <translation>数値を入力してください（例：30000）。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="61" />
      <source>Enter an amount of 0 or more.</source>
      <translation>0以上の金額を入力してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="62" />
      <source>Use a 3-letter currency code such as JPY or USD.</source>
      <translation>JPY や USD のような3文字の通貨コードを入力してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="63" />
      <source>The time cannot be in the future.</source>
      <translation>未来の日時は指定できません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="64" />
      <source>A message cannot be read before it was sent.</source>
      <translation>既読日時は送信日時より後にしてください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="65" />
      <source>The text is too long.</source>
      <translation>内容が長すぎます。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="66" />
      <source>The date is before the year 2000: please check it.</source>
      <translation>2000年より前の日付になっています。確認してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="67" />
      <source>Enter a date between the year 2000 and 2999.</source>
      <translation>2000年から2999年までの日付を入力してください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="68" />
      <source>The 7-day deadline has not passed yet.</source>
      <translation>7日間の期限はまだ過ぎていません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="69" />
      <source>The disk is full. Nothing was changed: free some space and try again.</source>
      <translation>ディスクがいっぱいです。何も変更していません。空き容量を作ってからもう一度お試しください。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="70" />
      <source>The data folder cannot be written (read-only or no permission). Nothing was changed.</source>
      <translation>データフォルダに書き込めません（読み取り専用か、権限がありません）。何も変更していません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="71" />
      <source>The data could not be saved. Nothing was changed.</source>
      <translation>データを保存できませんでした。何も変更していません。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="72" />
      <source>Support confirms the payment only after a completion report (仕事完了報告).</source>
      <translation>事務局が支払いを確定するのは、仕事完了報告の後だけです。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="73" />
      <source>Support cancels the escrow only before a completion report.</source>
      <translation>事務局が仮払いをキャンセルするのは、完了報告の前だけです。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="74" />
      <source>The answer cannot come before the request was filed.</source>
      <translation>返信の日時が、申請の提出より前になっています。</translation>
    </message>
  </context>
  <context>
    <name>Widgets</name>
    <message>
      <location filename="../../companion/ui/widgets.py" line="148" />
      <source>Problems</source>
      <translation>入力の問題</translation>
    </message>
    <message>
      <location filename="../../companion/ui/widgets.py" line="311" />
      <source>Cannot open</source>
      <translation>開けません</translation>
    </message>
    <message>
      <location filename="../../companion/ui/widgets.py" line="311" />
      <source>Only http:// and https:// addresses with a plain host name are opened.</source>
      <translation>開けるのは、通常のホスト名を持つ http:// と https:// のアドレスだけです。</translation>
    </message>
    <message>
      <location filename="../../companion/ui/widgets.py" line="330" />
      <source>(cannot be opened)</source>
      <translation>（開けません）</translation>
    </message>
    <message>
      <location filename="../../companion/ui/widgets.py" line="334" />
      <source>as typed: %1</source>
      <translation>入力どおり：%1</translation>
    </message>
  </context>
</TS>
