<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>ActionPage</name>
    <message>
      <location filename="../../companion/ui/wizard.py" line="444" />
      <source>6. Act</source>
      <translation>6. Act</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="445" />
      <source>Copy the text, act on the platform, then record what you did.</source>
      <translation>Copy the text, act on the platform, then record what you did.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="447" />
      <source>Why record it?</source>
      <translation>Why record it?</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="448" />
      <source>Recording when you filed or contacted support starts the right timers (the 7-day deadline) and keeps a calm, dated record in case of a dispute or a retaliatory rating.</source>
      <translation>Recording when you filed or contacted support starts the right timers (the 7-day deadline) and keeps a calm, dated record in case of a dispute or a retaliatory rating.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="456" />
      <source>Text to copy and send</source>
      <translation>Text to copy and send</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="457" />
      <source>&amp;Text</source>
      <translation>&amp;Text</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="470" />
      <source>Follow-up message</source>
      <translation>Follow-up message</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="471" />
      <source>Support (事務局) inquiry</source>
      <translation>Support (事務局) inquiry</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="472" />
      <source>Note after filing a request</source>
      <translation>Note after filing a request</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="473" />
      <source>Reply message</source>
      <translation>Reply message</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="474" />
      <source>Deadline notice (before cancelling)</source>
      <translation>Deadline notice (before cancelling)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="478" />
      <source>The language of the texts to the other side and to support, kept for this project</source>
      <translation>The language of the texts to the other side and to support, kept for this project</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="493" />
      <source>Copy text</source>
      <translation>Copy text</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="495" />
      <source>Open project page</source>
      <translation>Open project page</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="497" />
      <source>Save an evidence report…</source>
      <translation>Save an evidence report…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="498" />
      <source>The project's facts and its whole contact history, as PDF or Markdown, to attach to your inquiry</source>
      <translation>The project's facts and its whole contact history, as PDF or Markdown, to attach to your inquiry</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="508" />
      <source>Record what you did</source>
      <translation>Record what you did</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="514" />
      <source>I filed the request</source>
      <translation>I filed the request</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="516" />
      <source>I contacted support</source>
      <translation>I contacted support</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="518" />
      <source>I reported completion</source>
      <translation>I reported completion</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="520" />
      <source>I replied on the platform</source>
      <translation>I replied on the platform</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="522" />
      <source>Archive this project</source>
      <translation>Archive this project</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="523" />
      <source>It leaves the list of active projects and stops its reminders; its history is kept.</source>
      <translation>It leaves the list of active projects and stops its reminders; its history is kept.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="580" />
      <source>Do the platform's formal delivery (%1) on the project page, only for finished work, then record it here. Nothing else needs filing: the other side's time to accept then runs, and the platform completes the order by itself if they stay silent.</source>
      <translation>Do the platform's formal delivery (%1) on the project page, only for finished work, then record it here. Nothing else needs filing: the other side's time to accept then runs, and the platform completes the order by itself if they stay silent.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="587" />
      <source>Open the project page and report completion (仕事完了報告), then record it here. The request can be filed from %1.</source>
      <translation>Open the project page and report completion (仕事完了報告), then record it here. The request can be filed from %1.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="589" />
      <source>Open the project page and report completion (仕事完了報告), then record it here. Right after that you can file the reminder request (the 7 days without contact have already passed): record it with “I filed the request”.</source>
      <translation>Open the project page and report completion (仕事完了報告), then record it here. Right after that you can file the reminder request (the 7 days without contact have already passed): record it with “I filed the request”.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="596" />
      <source>Answer the request itself on the platform (accept or refuse it) before its deadline: a message does not settle it. Then record what happened in the project (Record what happened…).</source>
      <translation>Answer the request itself on the platform (accept or refuse it) before its deadline: a message does not settle it. Then record what happened in the project (Record what happened…).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="600" />
      <source>Do what the platform expects of you before its deadline (%1), then record it here.</source>
      <translation>Do what the platform expects of you before its deadline (%1), then record it here.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="603" />
      <source>Open the project page and file %1 there. Then record the time you filed it.</source>
      <translation>Open the project page and file %1 there. Then record the time you filed it.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="606" />
      <source>Open the project page and file the reminder request (連絡催促申請) there. Then record the time you filed it.</source>
      <translation>Open the project page and file the reminder request (連絡催促申請) there. Then record the time you filed it.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="610" />
      <source>Reply in the platform's messages before the deadline, even briefly, then log your reply. The platform does not state what a reply does to the request: if unsure, ask support too.</source>
      <translation>Reply in the platform's messages before the deadline, even briefly, then log your reply. The platform does not state what a reply does to the request: if unsure, ask support too.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="612" />
      <source>We recommend letting this one go: without a contract there is no formal step, and more messages cost you time. If you want to close it politely, decline in a short message; then archive the project.</source>
      <translation>We recommend letting this one go: without a contract there is no formal step, and more messages cost you time. If you want to close it politely, decline in a short message; then archive the project.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="615" />
      <source>Nothing to do yet: the project shows when the next step is due, and a reminder comes then.</source>
      <translation>Nothing to do yet: the project shows when the next step is due, and a reminder comes then.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="616" />
      <source>Nothing to do until the deadline: the project shows the countdown, and a reminder comes then.</source>
      <translation>Nothing to do until the deadline: the project shows the countdown, and a reminder comes then.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="617" />
      <source>Nothing needs doing now.</source>
      <translation>Nothing needs doing now.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="629" />
      <source>Copied: %1 (%2)</source>
      <translation>Copied: %1 (%2)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="655" />
      <source>Recorded: you filed %2 at %1</source>
      <translation>Recorded: you filed %2 at %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="689" />
      <source>Archived the project (%1)</source>
      <translation>Archived the project (%1)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="607" />
      <source>Copy the inquiry and send it to the platform's support (事務局) from its contact form. Then record when you contacted them.</source>
      <translation>Copy the inquiry and send it to the platform's support (事務局) from its contact form. Then record when you contacted them.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="481" />
      <source>Te&amp;mplate</source>
      <translation>Te&amp;mplate</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="483" />
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="511" />
      <source>When you did it</source>
      <translation>When you did it</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="511" />
      <source>Set when you did it to now</source>
      <translation>Set when you did it to now</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="512" />
      <source>&amp;At</source>
      <translation>&amp;At</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="608" />
      <source>Copy the follow-up and send it on the platform, then log it with “I sent a message now”.</source>
      <translation>Copy the follow-up and send it on the platform, then log it with “I sent a message now”.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="609" />
      <source>Open the project page and answer them on the platform, then log your reply.</source>
      <translation>Open the project page and answer them on the platform, then log your reply.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="643" />
      <source>A reminder request is already open for this project.</source>
      <translation>A reminder request is already open for this project.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="668" />
      <source>Recorded: you replied at %1</source>
      <translation>Recorded: you replied at %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="673" />
      <source>Recorded: you contacted support at %1</source>
      <translation>Recorded: you contacted support at %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="680" />
      <source>Recorded: you reported completion (%1)</source>
      <translation>Recorded: you reported completion (%1)</translation>
    </message>
  </context>
  <context>
    <name>AppCommands</name>
    <message>
      <location filename="../../companion/ui/commands/app_commands.py" line="25" />
      <source>The language will change the next time you start Renraku Companion.</source>
      <translation>The language will change the next time you start Renraku Companion.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/app_commands.py" line="35" />
      <source>Start at login</source>
      <translation>Start at login</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/app_commands.py" line="36" />
      <source>Could not change the start-at-login setting: %1</source>
      <translation>Could not change the start-at-login setting: %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/app_commands.py" line="41" />
      <source>Renraku Companion %1

A calm companion for when the other side of a crowdsourcing project goes quiet. Your data stays on this computer:
%2</source>
      <translation>Renraku Companion %1

A calm companion for when the other side of a crowdsourcing project goes quiet. Your data stays on this computer:
%2</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/app_commands.py" line="45" />
      <source>About Renraku Companion</source>
      <translation>About Renraku Companion</translation>
    </message>
  </context>
  <context>
    <name>Calendar</name>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="38" />
      <source>Deadline to answer the reminder request against you</source>
      <extracomment>The file kept up to date in the data folder (setting ``calendar_file``).</extracomment>
      <translation>Deadline to answer the reminder request against you</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="39" />
      <source>Deadline to answer the formal request against you</source>
      <translation>Deadline to answer the formal request against you</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="40" />
      <source>Your reminder request's deadline</source>
      <translation>Your reminder request's deadline</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="40" />
      <source>Your formal request's deadline</source>
      <translation>Your formal request's deadline</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="41" />
      <source>Platform deadline on you</source>
      <translation>Platform deadline on you</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="42" />
      <source>Lancers transaction deadline (取引期限)</source>
      <translation>Lancers transaction deadline (取引期限)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="43" />
      <source>The platform should act by itself</source>
      <translation>The platform should act by itself</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="44" />
      <source>The reminder request becomes possible</source>
      <translation>The reminder request becomes possible</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="45" />
      <source>The platform's formal step becomes possible</source>
      <translation>The platform's formal step becomes possible</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="46" />
      <source>Next step: report completion (仕事完了報告) first</source>
      <translation>Next step: report completion (仕事完了報告) first</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="47" />
      <source>Next step: the platform's formal delivery first</source>
      <translation>Next step: the platform's formal delivery first</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="48" />
      <source>Next step: ask support (事務局) to contact them</source>
      <translation>Next step: ask support (事務局) to contact them</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="49" />
      <source>Next step: ask the platform's support to contact them</source>
      <translation>Next step: ask the platform's support to contact them</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="50" />
      <source>They are waiting for your reply</source>
      <translation>They are waiting for your reply</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="51" />
      <source>A polite follow-up is due</source>
      <translation>A polite follow-up is due</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="66" />
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="67" />
      <source>Project: %1</source>
      <translation>Project: %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="71" />
      <source>Other side: %1</source>
      <translation>Other side: %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="72" />
      <source>Platform: %1</source>
      <translation>Platform: %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="75" />
      <source>Next step now: %1</source>
      <translation>Next step now: %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="77" />
      <source>From Renraku Companion: it never sends anything for you.</source>
      <translation>From Renraku Companion: it never sends anything for you.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/calendar_export.py" line="89" />
      <source>Renraku Companion: deadlines and reminders</source>
      <translation>Renraku Companion: deadlines and reminders</translation>
    </message>
  </context>
  <context>
    <name>Coconala</name>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="14" />
      <source>Discussing a quote (見積もり相談中)</source>
      <translation>Discussing a quote (見積もり相談中)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="15" />
      <source>Purchased (購入済み・トークルーム)</source>
      <translation>Purchased (購入済み・トークルーム)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="16" />
      <source>Work sent, not formally delivered (正式な納品の前)</source>
      <translation>Work sent, not formally delivered (正式な納品の前)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="17" />
      <source>Formally delivered, awaiting acceptance (正式な納品済み・承諾待ち)</source>
      <translation>Formally delivered, awaiting acceptance (正式な納品済み・承諾待ち)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="18" />
      <source>Completed (取引完了)</source>
      <translation>Completed (取引完了)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="19" />
      <source>Cancelled (キャンセル)</source>
      <translation>Cancelled (キャンセル)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="22" />
      <source>No purchase yet: there is no order, so no formal route.</source>
      <translation>No purchase yet: there is no order, so no formal route.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="23" />
      <source>The buyer purchased the service; on Coconala the purchase is the payment. The seller must send a first message within 48 hours.</source>
      <translation>The buyer purchased the service; on Coconala the purchase is the payment. The seller must send a first message within 48 hours.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="24" />
      <source>The seller sent the work in the talk room but has not sent the formal delivery (正式な納品) yet.</source>
      <translation>The seller sent the work in the talk room but has not sent the formal delivery (正式な納品) yet.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="25" />
      <source>The seller sent the formal delivery (正式な納品). The buyer has 72 hours to accept or return it once; then it is accepted automatically.</source>
      <translation>The seller sent the formal delivery (正式な納品). The buyer has 72 hours to accept or return it once; then it is accepted automatically.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="26" />
      <source>The order is complete and the seller is paid.</source>
      <translation>The order is complete and the seller is paid.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="27" />
      <source>The order was cancelled.</source>
      <translation>The order was cancelled.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="30" />
      <source>Seller (出品者)</source>
      <translation>Seller (出品者)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="31" />
      <source>Buyer (購入者)</source>
      <translation>Buyer (購入者)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="34" />
      <source>First message after the purchase (48 hours)</source>
      <translation>First message after the purchase (48 hours)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="35" />
      <source>Cancellation request (キャンセル申請)</source>
      <translation>Cancellation request (キャンセル申請)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="36" />
      <source>Acceptance of the delivery (承諾 / 差し戻し, 72 hours)</source>
      <translation>Acceptance of the delivery (承諾 / 差し戻し, 72 hours)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="37" />
      <source>Formal delivery (正式な納品)</source>
      <translation>Formal delivery (正式な納品)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="41" />
      <source>They filed a cancellation request (キャンセル申請) against you. Users report that it counts as agreed if you do not answer within 24 hours; this is not confirmed on Coconala's official pages, so answer as soon as you can.</source>
      <translation>They filed a cancellation request (キャンセル申請) against you. Users report that it counts as agreed if you do not answer within 24 hours; this is not confirmed on Coconala's official pages, so answer as soon as you can.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="42" />
      <source>Your cancellation request (キャンセル申請) is pending. Users report that it counts as agreed if they do not answer within 24 hours; this is not confirmed on Coconala's official pages.</source>
      <translation>Your cancellation request (キャンセル申請) is pending. Users report that it counts as agreed if they do not answer within 24 hours; this is not confirmed on Coconala's official pages.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="43" />
      <source>The order is over (completed or cancelled).</source>
      <translation>The order is over (completed or cancelled).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="44" />
      <source>Send a few polite messages a few days apart before any formal step.</source>
      <translation>Send a few polite messages a few days apart before any formal step.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="45" />
      <source>There is no purchase yet, so there is no order and no formal route.</source>
      <translation>There is no purchase yet, so there is no order and no formal route.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="46" />
      <source>The app knows no formal route on Coconala for this kind of order: ask Coconala support.</source>
      <translation>The app knows no formal route on Coconala for this kind of order: ask Coconala support.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="47" />
      <source>The service is not purchased yet; on Coconala the purchase is the payment. Never start work before it; support can contact them.</source>
      <translation>The service is not purchased yet; on Coconala the purchase is the payment. Never start work before it; support can contact them.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="48" />
      <source>You want to end the order: a cancellation request with the reason 出品者と連絡がとれない cancels it and refunds you.</source>
      <translation>You want to end the order: a cancellation request with the reason 出品者と連絡がとれない cancels it and refunds you.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="49" />
      <source>You want the work to continue: a cancellation request would end the order. Ask Coconala support to contact the seller instead.</source>
      <translation>You want the work to continue: a cancellation request would end the order. Ask Coconala support to contact the seller instead.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="51" />
      <source>As the seller, send your first message in the talk room within 48 hours of the purchase. Otherwise Coconala cancels the order, rates you ★1 and pauses all your services.</source>
      <translation>As the seller, send your first message in the talk room within 48 hours of the purchase. Otherwise Coconala cancels the order, rates you ★1 and pauses all your services.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="52" />
      <source>More than 48 hours have passed since the purchase without a message from you: Coconala may already have cancelled the order. Check the order page, and write now if it is still open.</source>
      <translation>More than 48 hours have passed since the purchase without a message from you: Coconala may already have cancelled the order. Check the order page, and write now if it is still open.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="53" />
      <source>A seller must write within 48 hours of the purchase, but the purchase time is not recorded, so the app cannot count. Write now, and record when the purchase was made.</source>
      <translation>A seller must write within 48 hours of the purchase, but the purchase time is not recorded, so the app cannot count. Write now, and record when the purchase was made.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="54" />
      <source>The seller sent the formal delivery (正式な納品). Check it and accept it (承諾) or return it once (差し戻し) within 72 hours; otherwise Coconala accepts it automatically.</source>
      <translation>The seller sent the formal delivery (正式な納品). Check it and accept it (承諾) or return it once (差し戻し) within 72 hours; otherwise Coconala accepts it automatically.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="55" />
      <source>More than 72 hours have passed since the formal delivery: Coconala has probably accepted it automatically. Check the order page and update the stage.</source>
      <translation>More than 72 hours have passed since the formal delivery: Coconala has probably accepted it automatically. Check the order page and update the stage.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="56" />
      <source>After a formal delivery you have 72 hours to accept or return it, but its time is not recorded, so the app cannot count. Check the order page now, and record when it was delivered.</source>
      <translation>After a formal delivery you have 72 hours to accept or return it, but its time is not recorded, so the app cannot count. Check the order page now, and record when it was delivered.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="57" />
      <source>You sent the formal delivery: if the buyer does nothing, Coconala accepts it automatically 72 hours later and you are paid. No follow-up is needed.</source>
      <translation>You sent the formal delivery: if the buyer does nothing, Coconala accepts it automatically 72 hours later and you are paid. No follow-up is needed.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="58" />
      <source>More than 72 hours have passed since your formal delivery and the order is not complete: Coconala did not act as it says it does. Ask Coconala support.</source>
      <translation>More than 72 hours have passed since your formal delivery and the order is not complete: Coconala did not act as it says it does. Ask Coconala support.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="59" />
      <source>Coconala accepts a formal delivery automatically 72 hours after it if the buyer does nothing, but its time is not recorded, so the app cannot count. Record when you delivered.</source>
      <translation>Coconala accepts a formal delivery automatically 72 hours after it if the buyer does nothing, but its time is not recorded, so the app cannot count. Record when you delivered.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="60" />
      <source>First announce a reply deadline in the talk room, as Coconala advises, and take the next step only after that date.</source>
      <translation>First announce a reply deadline in the talk room, as Coconala advises, and take the next step only after that date.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="61" />
      <source>Before delivery, Coconala's advice is a deadline in the talk room, then a cancellation request: the buyer is refunded.</source>
      <translation>Before delivery, Coconala's advice is a deadline in the talk room, then a cancellation request: the buyer is refunded.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="62" />
      <source>You sent the work but not the formal delivery. After the deadline, send the formal delivery (正式な納品): if the buyer then stays silent, Coconala accepts it automatically after 72 hours.</source>
      <translation>You sent the work but not the formal delivery. After the deadline, send the formal delivery (正式な納品): if the buyer then stays silent, Coconala accepts it automatically after 72 hours.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="63" />
      <source>A seller's cancellation request (reason 購入者と連絡がつかない) is reported to need 4 days (96 hours) since the buyer's last message. This is not confirmed on Coconala's official pages: check there before you act.</source>
      <translation>A seller's cancellation request (reason 購入者と連絡がつかない) is reported to need 4 days (96 hours) since the buyer's last message. This is not confirmed on Coconala's official pages: check there before you act.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="64" />
      <source>A buyer's cancellation request (reason 出品者と連絡がとれない) needs 4 days (96 hours) since your last message without a reply, says a post on Coconala's blog. This is not confirmed on Coconala's official pages: check there before you act.</source>
      <translation>A buyer's cancellation request (reason 出品者と連絡がとれない) needs 4 days (96 hours) since your last message without a reply, says a post on Coconala's blog. This is not confirmed on Coconala's official pages: check there before you act.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="65" />
      <source>Users report read marks (既読) in Coconala's talk room, but Coconala's official pages do not confirm them: take the read state as a hint only.</source>
      <translation>Users report read marks (既読) in Coconala's talk room, but Coconala's official pages do not confirm them: take the read state as a hint only.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="68" />
      <source>Coconala's ratings are blind: each side rates within 10 days without seeing the other's rating, and both are shown once both have rated (or after 10 days). So a rating cannot answer yours, but an annoyed buyer or seller can still rate you low. Stay calm and keep a record.</source>
      <translation>Coconala's ratings are blind: each side rates within 10 days without seeing the other's rating, and both are shown once both have rated (or after 10 days). So a rating cannot answer yours, but an annoyed buyer or seller can still rate you low. Stay calm and keep a record.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="69" />
      <source>A cancellation refunds the buyer: the sale and the work so far are lost. If the work is in fact done, send the formal delivery (正式な納品) instead.</source>
      <translation>A cancellation refunds the buyer: the sale and the work so far are lost. If the work is in fact done, send the formal delivery (正式な納品) instead.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="70" />
      <source>Send the formal delivery (正式な納品) only once the work is really delivered, never just to force an answer.</source>
      <translation>Send the formal delivery (正式な納品) only once the work is really delivered, never just to force an answer.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="71" />
      <source>Do not start work before the service is purchased (購入): on Coconala the purchase is the payment.</source>
      <translation>Do not start work before the service is purchased (購入): on Coconala the purchase is the payment.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="72" />
      <source>No formal route on Coconala is known for this order.</source>
      <translation>No formal route on Coconala is known for this order.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="73" />
      <source>If you stay silent for about 4 days, they may file a cancellation request (キャンセル申請) against you (not confirmed on Coconala's official pages).</source>
      <translation>If you stay silent for about 4 days, they may file a cancellation request (キャンセル申請) against you (not confirmed on Coconala's official pages).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="74" />
      <source>What happens at the deadline is only reported by users: an unanswered cancellation request reportedly counts as agreed after 24 hours. Check the order page.</source>
      <translation>What happens at the deadline is only reported by users: an unanswered cancellation request reportedly counts as agreed after 24 hours. Check the order page.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="77" />
      <source>If the seller does not write by the deadline: Coconala cancels the order, rates the seller ★1 and pauses all the seller's services.</source>
      <translation>If the seller does not write by the deadline: Coconala cancels the order, rates the seller ★1 and pauses all the seller's services.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="78" />
      <source>If they do not answer: the order is cancelled and the buyer refunded (reportedly after 24 hours; not confirmed on Coconala's official pages).</source>
      <translation>If they do not answer: the order is cancelled and the buyer refunded (reportedly after 24 hours; not confirmed on Coconala's official pages).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="79" />
      <source>If the buyer does nothing within 72 hours of the formal delivery: Coconala accepts it automatically (承諾) and the seller is paid.</source>
      <translation>If the buyer does nothing within 72 hours of the formal delivery: Coconala accepts it automatically (承諾) and the seller is paid.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="82" />
      <source>If you do not write by the deadline: Coconala cancels the order, rates you ★1 and pauses all your services.</source>
      <translation>If you do not write by the deadline: Coconala cancels the order, rates you ★1 and pauses all your services.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="83" />
      <source>If you do not answer: the order is cancelled and the buyer refunded (reportedly after 24 hours; not confirmed on Coconala's official pages).</source>
      <translation>If you do not answer: the order is cancelled and the buyer refunded (reportedly after 24 hours; not confirmed on Coconala's official pages).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="84" />
      <source>If you do nothing within 72 hours of the formal delivery: Coconala accepts it automatically (承諾) and the seller is paid.</source>
      <translation>If you do nothing within 72 hours of the formal delivery: Coconala accepts it automatically (承諾) and the seller is paid.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="87" />
      <source>Act before the deadline</source>
      <translation>Act before the deadline</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="88" />
      <source>Track your request</source>
      <translation>Track your request</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="89" />
      <source>Ask Coconala support to contact them</source>
      <translation>Ask Coconala support to contact them</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="90" />
      <source>Do the formal step first</source>
      <translation>Do the formal step first</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="91" />
      <source>File the formal request</source>
      <translation>File the formal request</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/coconala.py" line="93" />
      <source>Coconala support (ココナラ サポート)</source>
      <translation>Coconala support (ココナラ サポート)</translation>
    </message>
  </context>
  <context>
    <name>Conversation</name>
    <message>
      <location filename="../../companion/ui/conversation.py" line="146" />
      <source>no reply needed</source>
      <translation>no reply needed</translation>
    </message>
    <message>
      <location filename="../../companion/ui/conversation.py" line="152" />
      <source>(no text logged)</source>
      <translation>(no text logged)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/conversation.py" line="296" />
      <source>Messages</source>
      <translation>Messages</translation>
    </message>
    <message>
      <location filename="../../companion/ui/conversation.py" line="308" />
      <source>Mark as &amp;read (既読)…</source>
      <translation>Mark as &amp;read (既読)…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/conversation.py" line="309" />
      <source>&amp;Edit message…</source>
      <translation>&amp;Edit message…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/conversation.py" line="310" />
      <source>&amp;Delete message…</source>
      <translation>&amp;Delete message…</translation>
    </message>
  </context>
  <context>
    <name>CrowdWorks</name>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="12" />
      <source>Applying / discussing (応募・相談中)</source>
      <translation>Applying / discussing (応募・相談中)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="13" />
      <source>Contracted, no escrow yet (契約済み・仮払い前)</source>
      <translation>Contracted, no escrow yet (契約済み・仮払い前)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="14" />
      <source>Escrow funded, work under way (仮払い済み・作業中)</source>
      <translation>Escrow funded, work under way (仮払い済み・作業中)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="15" />
      <source>Delivered, awaiting acceptance (納品済み・検収待ち)</source>
      <translation>Delivered, awaiting acceptance (納品済み・検収待ち)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="16" />
      <source>Accepted and paid (検収完了・支払い済み)</source>
      <translation>Accepted and paid (検収完了・支払い済み)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="17" />
      <source>Contract ended (契約終了)</source>
      <translation>Contract ended (契約終了)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="23" />
      <source>No contract yet: the reminder request and the termination request are not available.</source>
      <translation>No contract yet: the reminder request and the termination request are not available.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="24" />
      <source>Contract agreed but the client has not deposited the fee (仮払い). Never start work before escrow.</source>
      <translation>Contract agreed but the client has not deposited the fee (仮払い). Never start work before escrow.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="25" />
      <source>The client deposited the fee with CrowdWorks; work is under way.</source>
      <translation>The client deposited the fee with CrowdWorks; work is under way.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="26" />
      <source>The worker delivered (納品); the client has not accepted it yet (検収). The guideline for 検収 is 1 week.</source>
      <translation>The worker delivered (納品); the client has not accepted it yet (検収). The guideline for 検収 is 1 week.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="27" />
      <source>The client accepted the work (検収) and the fee is paid: the transaction is over.</source>
      <translation>The client accepted the work (検収) and the fee is paid: the transaction is over.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="28" />
      <source>The contract ended before completion (契約終了).</source>
      <translation>The contract ended before completion (契約終了).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="35" />
      <source>They filed a termination request (契約途中終了リクエスト) against you. If you do not respond within 1 week, the contract ends, the escrow goes back to the client, and you get ★1 in every rating item.</source>
      <translation>They filed a termination request (契約途中終了リクエスト) against you. If you do not respond within 1 week, the contract ends, the escrow goes back to the client, and you get ★1 in every rating item.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="36" />
      <source>The transaction is over (accepted and paid, or the contract ended).</source>
      <translation>The transaction is over (accepted and paid, or the contract ended).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="37" />
      <source>Your reminder request (連絡催促申請) is with support (事務局): they review it within 2 business days and, if they approve it, remind the other side by e-mail and site notice.</source>
      <translation>Your reminder request (連絡催促申請) is with support (事務局): they review it within 2 business days and, if they approve it, remind the other side by e-mail and site notice.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="38" />
      <source>Send about 3 messages a few days apart before any formal step. CrowdWorks states no minimum silence, so these follow-ups are what comes first.</source>
      <translation>Send about 3 messages a few days apart before any formal step. CrowdWorks states no minimum silence, so these follow-ups are what comes first.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="39" />
      <source>Without a contract there is no formal route: the reminder request is only available from the contract on.</source>
      <translation>Without a contract there is no formal route: the reminder request is only available from the contract on.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="40" />
      <source>The reminder request is only for projects (プロジェクト形式: fixed fee or hourly). Tasks (タスク) and competitions (コンペ) have no formal route: ask support (事務局).</source>
      <translation>The reminder request is only for projects (プロジェクト形式: fixed fee or hourly). Tasks (タスク) and competitions (コンペ) have no formal route: ask support (事務局).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="42" />
      <source>They filed a reminder request (連絡催促申請) against you. Support (事務局) reviews it within 2 business days and may remind you by e-mail and site notice. Nothing happens automatically, but answer them now.</source>
      <translation>They filed a reminder request (連絡催促申請) against you. Support (事務局) reviews it within 2 business days and may remind you by e-mail and site notice. Nothing happens automatically, but answer them now.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="43" />
      <source>The review period of your reminder request is over. Nothing happens automatically. If they still do not answer, ask support (事務局) to contact them.</source>
      <translation>The review period of your reminder request is over. Nothing happens automatically. If they still do not answer, ask support (事務局) to contact them.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="44" />
      <source>This review period includes the New Year holidays. Whether support (事務局) works then is not confirmed on CrowdWorks' official pages; the review may take longer.</source>
      <translation>This review period includes the New Year holidays. Whether support (事務局) works then is not confirmed on CrowdWorks' official pages; the review may take longer.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="45" />
      <source>Your termination request (契約途中終了リクエスト) is running. If they do not respond within 1 week, the contract ends, the escrow is refunded in full to the client, and they get ★1 in every rating item.</source>
      <translation>Your termination request (契約途中終了リクエスト) is running. If they do not respond within 1 week, the contract ends, the escrow is refunded in full to the client, and they get ★1 in every rating item.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="46" />
      <source>Hourly contracts (時間単価制) use a 契約終了リクエスト. CrowdWorks does not state that it ends the contract by itself when unanswered: the 1-week date is not confirmed on the official pages. Check there before you act.</source>
      <translation>Hourly contracts (時間単価制) use a 契約終了リクエスト. CrowdWorks does not state that it ends the contract by itself when unanswered: the 1-week date is not confirmed on the official pages. Check there before you act.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="47" />
      <source>CrowdWorks states no minimum silence before a reminder request (Lancers asks for 7 days). This is not confirmed on the official pages; the app waits for your follow-ups first.</source>
      <translation>CrowdWorks states no minimum silence before a reminder request (Lancers asks for 7 days). This is not confirmed on the official pages; the app waits for your follow-ups first.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="48" />
      <source>Escrow (仮払い) is not funded yet. The reminder request (連絡催促申請) is available from the contract on: support reviews it and reminds them. Never start work before 仮払い.</source>
      <translation>Escrow (仮払い) is not funded yet. The reminder request (連絡催促申請) is available from the contract on: support reviews it and reminds them. Never start work before 仮払い.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="49" />
      <source>The reminder request (連絡催促申請) is safe mid-work: it has no automatic outcome. Do not use the termination request: it would refund the escrow to the client and waste the work so far.</source>
      <translation>The reminder request (連絡催促申請) is safe mid-work: it has no automatic outcome. Do not use the termination request: it would refund the escrow to the client and waste the work so far.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="50" />
      <source>You delivered less than 1 week ago: the reminder request is available until 1 week after 納品. Do not use the termination request: it would refund the escrow to the client.</source>
      <translation>You delivered less than 1 week ago: the reminder request is available until 1 week after 納品. Do not use the termination request: it would refund the escrow to the client.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="51" />
      <source>The app does not know when you delivered. The reminder request is available until 1 week after 納品; after that, ask support (事務局). Record the delivery date to be sure.</source>
      <translation>The app does not know when you delivered. The reminder request is available until 1 week after 納品; after that, ask support (事務局). Record the delivery date to be sure.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="52" />
      <source>You delivered 1 week ago or more: the guideline for 検収 is 1 week. Ask support (事務局) through the inquiry page: they contact the client and may proceed with 検収 under the terms. Never the termination request.</source>
      <translation>You delivered 1 week ago or more: the guideline for 検収 is 1 week. Ask support (事務局) through the inquiry page: they contact the client and may proceed with 検収 under the terms. Never the termination request.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="53" />
      <source>You want the work to continue: the reminder request has no automatic outcome, so nothing ends. Support reviews it and reminds them.</source>
      <translation>You want the work to continue: the reminder request has no automatic outcome, so nothing ends. Support reviews it and reminds them.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="54" />
      <source>You want to end the contract: with a termination request (契約途中終了リクエスト), if they do not respond within 1 week, the contract ends and the escrow is refunded to you in full.</source>
      <translation>You want to end the contract: with a termination request (契約途中終了リクエスト), if they do not respond within 1 week, the contract ends and the escrow is refunded to you in full.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="55" />
      <source>The reminder request is only available until 1 week after 納品. Ask support (事務局) to contact them.</source>
      <translation>The reminder request is only available until 1 week after 納品. Ask support (事務局) to contact them.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="61" />
      <source>After a request, the other side may rate you low at the end (5 items, ★1 to ★5). Ratings are blind: hidden until both sides rate, or published after 1 month. A termination request left unanswered gives the side who received it ★1 in every item. The fault is theirs; keep a calm record.</source>
      <translation>After a request, the other side may rate you low at the end (5 items, ★1 to ★5). Ratings are blind: hidden until both sides rate, or published after 1 month. A termination request left unanswered gives the side who received it ★1 in every item. The fault is theirs; keep a calm record.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="62" />
      <source>A termination request (契約途中終了リクエスト) ends the contract and refunds the escrow to the client: the fee and the work so far would be lost.</source>
      <translation>A termination request (契約途中終了リクエスト) ends the contract and refunds the escrow to the client: the fee and the work so far would be lost.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="63" />
      <source>If you stay silent, they may file a reminder request (連絡催促申請) or a termination request (契約途中終了リクエスト) against you.</source>
      <translation>If you stay silent, they may file a reminder request (連絡催促申請) or a termination request (契約途中終了リクエスト) against you.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="64" />
      <source>CrowdWorks has no formal request for this project (tasks and competitions).</source>
      <translation>CrowdWorks has no formal request for this project (tasks and competitions).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="70" />
      <source>If they do not answer: nothing happens automatically. Support (事務局) reviews the request within 2 business days and, if approved, reminds them by e-mail and site notice; a reply is not guaranteed.</source>
      <translation>If they do not answer: nothing happens automatically. Support (事務局) reviews the request within 2 business days and, if approved, reminds them by e-mail and site notice; a reply is not guaranteed.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="71" />
      <source>If they do not respond within 1 week: the contract ends, the escrow is refunded in full to the client, and they get ★1 in every rating item without being able to rate the sender.</source>
      <translation>If they do not respond within 1 week: the contract ends, the escrow is refunded in full to the client, and they get ★1 in every rating item without being able to rate the sender.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="72" />
      <source>If they do not respond: CrowdWorks does not state that an hourly contract ends by itself (not confirmed on the official pages). Ask support (事務局) if it stays open.</source>
      <translation>If they do not respond: CrowdWorks does not state that an hourly contract ends by itself (not confirmed on the official pages). Ask support (事務局) if it stays open.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="78" />
      <source>If you do not answer: nothing happens automatically, but support (事務局) may remind you by e-mail and site notice. Answer them on CrowdWorks.</source>
      <translation>If you do not answer: nothing happens automatically, but support (事務局) may remind you by e-mail and site notice. Answer them on CrowdWorks.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="79" />
      <source>If you do not respond within 1 week: the contract ends, the escrow is refunded in full to the client, and you get ★1 in every rating item without being able to rate them.</source>
      <translation>If you do not respond within 1 week: the contract ends, the escrow is refunded in full to the client, and you get ★1 in every rating item without being able to rate them.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="80" />
      <source>If you do not respond: CrowdWorks does not state that an hourly contract ends by itself (not confirmed on the official pages). Respond anyway to keep the contract.</source>
      <translation>If you do not respond: CrowdWorks does not state that an hourly contract ends by itself (not confirmed on the official pages). Respond anyway to keep the contract.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="88" />
      <source>Worker (ワーカー)</source>
      <translation>Worker (ワーカー)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="88" />
      <source>Client (クライアント)</source>
      <translation>Client (クライアント)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="90" />
      <source>Reminder request (連絡催促申請)</source>
      <translation>Reminder request (連絡催促申請)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="91" />
      <source>Termination request (契約途中終了リクエスト; hourly: 契約終了リクエスト)</source>
      <translation>Termination request (契約途中終了リクエスト; hourly: 契約終了リクエスト)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="98" />
      <source>File the request</source>
      <translation>File the request</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="99" />
      <source>Track your request</source>
      <translation>Track your request</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/crowdworks.py" line="101" />
      <source>CrowdWorks support (事務局)</source>
      <translation>CrowdWorks support (事務局)</translation>
    </message>
  </context>
  <context>
    <name>DateTimeField</name>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="53" />
      <source>Now</source>
      <translation>Now</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="66" />
      <source>Set %1 to now</source>
      <translation>Set %1 to now</translation>
    </message>
  </context>
  <context>
    <name>DecisionWizard</name>
    <message>
      <location filename="../../companion/ui/wizard.py" line="70" />
      <source>Why?</source>
      <translation>Why?</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="73" />
      <source>Why? (%1)</source>
      <translation>Why? (%1)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="736" />
      <source>What should I do? — %1</source>
      <translation>What should I do? — %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="758" />
      <source>Steps</source>
      <translation>Steps</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="767" />
      <source>Back</source>
      <translation>Back</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="768" />
      <source>Next</source>
      <translation>Next</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="770" />
      <source>Stage, contract type, role and plan change are written back to the project.</source>
      <translation>Stage, contract type, role and plan change are written back to the project.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="932" />
      <source>Kept the read state of your latest message: %1</source>
      <translation>Kept the read state of your latest message: %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="943" />
      <source>Kept your answer: %1</source>
      <translation>Kept your answer: %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="991" />
      <source>Saved your corrections to the project</source>
      <translation>Saved your corrections to the project</translation>
    </message>
  </context>
  <context>
    <name>Desktop</name>
    <message>
      <location filename="../../companion/desktop/integration.py" line="73" />
      <source>… and %1 more in the Reminder Center</source>
      <translation>… and %1 more in the Reminder Center</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="92" />
      <source>Renraku Companion</source>
      <translation>Renraku Companion</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="92" />
      <source>Notifications work. Reminders will look like this.</source>
      <translation>Notifications work. Reminders will look like this.</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="75" />
      <location filename="../../companion/desktop/integration.py" line="88" />
      <location filename="../../companion/desktop/integration.py" line="93" />
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="74" />
      <source>%1 reminders</source>
      <translation>%1 reminders</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="75" />
      <location filename="../../companion/desktop/integration.py" line="88" />
      <location filename="../../companion/desktop/integration.py" line="93" />
      <source>Snooze 1 hour</source>
      <translation>Snooze 1 hour</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="84" />
      <source>… and %1 more</source>
      <translation>… and %1 more</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="87" />
      <source>Nothing needs you today.</source>
      <translation>Nothing needs you today.</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="88" />
      <source>Today's digest</source>
      <translation>Today's digest</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="96" />
      <source>the desktop's notification service</source>
      <translation>the desktop's notification service</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="97" />
      <source>the tray icon's messages</source>
      <translation>the tray icon's messages</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="98" />
      <source>this window only (no notification service or tray was found)</source>
      <translation>this window only (no notification service or tray was found)</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="100" />
      <source>Test notification sent through %1.</source>
      <translation>Test notification sent through %1.</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="160" />
      <source>Still running</source>
      <translation>Still running</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="162" />
      <source>Renraku Companion keeps running in the system tray so it can remind you. Open it again from the tray icon; quit from the tray menu or File → Quit.</source>
      <translation>Renraku Companion keeps running in the system tray so it can remind you. Open it again from the tray icon; quit from the tray menu or File → Quit.</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="171" />
      <source>Keep running?</source>
      <translation>Keep running?</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="173" />
      <source>There is no system tray here. Keep Renraku Companion running in the background so it can remind you? Launch it again to bring the window back.</source>
      <translation>There is no system tray here. Keep Renraku Companion running in the background so it can remind you? Launch it again to bring the window back.</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="175" />
      <source>Keep running</source>
      <translation>Keep running</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="176" />
      <source>Quit</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/integration.py" line="177" />
      <source>Remember my answer</source>
      <translation>Remember my answer</translation>
    </message>
  </context>
  <context>
    <name>DetailPane</name>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="141" />
      <source>Add a project</source>
      <extracomment>the client changed the answer to "should the work continue?" (None: not sure) the language of the texts to the other side and support changed ('' = the platform's) the user wants to correct when the project entered its stage / record "last seen online"</extracomment>
      <translation>Add a project</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="143" />
      <source>Load demo data</source>
      <translation>Load demo data</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="171" />
      <source>Project facts</source>
      <translation>Project facts</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="180" />
      <location filename="../../companion/ui/detail_pane.py" line="182" />
      <source>Project pages</source>
      <translation>Project pages</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="183" />
      <source>&amp;Conversation</source>
      <translation>&amp;Conversation</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="256" />
      <source>What should I do?…</source>
      <translation>What should I do?…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="257" />
      <source>Walk through the platform's rules for this project, step by step</source>
      <translation>Walk through the platform's rules for this project, step by step</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="319" />
      <source>I sent a message now</source>
      <translation>I sent a message now</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="320" />
      <source>Log a platform message you sent just now</source>
      <translation>Log a platform message you sent just now</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="322" />
      <source>They replied now</source>
      <translation>They replied now</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="323" />
      <source>Log a platform message they sent just now</source>
      <translation>Log a platform message they sent just now</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="325" />
      <source>Log a message…</source>
      <translation>Log a message…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="326" />
      <source>Log a message with its time, text and channel</source>
      <translation>Log a message with its time, text and channel</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="342" />
      <source>Project</source>
      <translation>Project</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="347" />
      <source>Counterparty</source>
      <translation>Counterparty</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="348" />
      <source>Platform</source>
      <translation>Platform</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="349" />
      <source>Your role</source>
      <translation>Your role</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="350" />
      <source>Contract type</source>
      <translation>Contract type</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="351" />
      <source>Stage</source>
      <translation>Stage</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="352" />
      <source>Plan change (計画変更)</source>
      <translation>Plan change (計画変更)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="353" />
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="354" />
      <source>Start date</source>
      <translation>Start date</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="355" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="364" />
      <source>Open project page</source>
      <translation>Open project page</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="373" />
      <source>Not sure yet</source>
      <translation>Not sure yet</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="373" />
      <source>Yes, the work should continue</source>
      <translation>Yes, the work should continue</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="374" />
      <source>No, end the contract</source>
      <translation>No, end the contract</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="376" />
      <source>Your answer in the wizard. It decides between asking support and filing the request.</source>
      <translation>Your answer in the wizard. It decides between asking support and filing the request.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="377" />
      <location filename="../../companion/ui/detail_pane.py" line="379" />
      <source>Work should continue?</source>
      <translation>Work should continue?</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="383" />
      <source>The platform's (Japanese on Japanese platforms)</source>
      <translation>The platform's (Japanese on Japanese platforms)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="386" />
      <source>The language of the prepared texts to the other side and to support, and of the evidence report</source>
      <translation>The language of the prepared texts to the other side and to support, and of the evidence report</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="387" />
      <location filename="../../companion/ui/detail_pane.py" line="389" />
      <source>Texts to them in</source>
      <translation>Texts to them in</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="393" />
      <source>Correct…</source>
      <translation>Correct…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="394" />
      <source>Correct when the project entered its stage…</source>
      <translation>Correct when the project entered its stage…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="396" />
      <source>In this stage since</source>
      <translation>In this stage since</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="398" />
      <source>Record…</source>
      <translation>Record…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="399" />
      <source>Record when they were last seen online…</source>
      <translation>Record when they were last seen online…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="401" />
      <source>Last seen online</source>
      <translation>Last seen online</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="402" />
      <source>When the platform's profile showed them online last (最終アクセス・最終ログイン)</source>
      <translation>When the platform's profile showed them online last (最終アクセス・最終ログイン)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="463" />
      <source>Record what happened to the request…</source>
      <translation>Record what happened to the request…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="477" />
      <source>Project history</source>
      <translation>Project history</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="295" />
      <source>No messages logged yet. Log the last one you sent or received with the buttons below.</source>
      <translation>No messages logged yet. Log the last one you sent or received with the buttons below.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="700" />
      <source>The latest %1 of %2 messages; scroll up for older ones.</source>
      <translation>The latest %1 of %2 messages; scroll up for older ones.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="411" />
      <source>Waiting on them</source>
      <translation>Waiting on them</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="411" />
      <source>Silent since</source>
      <translation>Silent since</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="412" />
      <source>Unanswered messages</source>
      <translation>Unanswered messages</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="412" />
      <source>Latest read state</source>
      <translation>Latest read state</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="413" />
      <source>You owe a reply for</source>
      <translation>You owe a reply for</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="413" />
      <source>Next follow-up</source>
      <translation>Next follow-up</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="414" />
      <location filename="../../companion/ui/detail_pane.py" line="644" />
      <source>Reminder request possible</source>
      <translation>Reminder request possible</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="414" />
      <location filename="../../companion/ui/detail_pane.py" line="646" />
      <source>Request deadline</source>
      <translation>Request deadline</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="457" />
      <location filename="../../companion/ui/detail_pane.py" line="536" />
      <source>Reminder request (連絡催促申請)</source>
      <translation>Reminder request (連絡催促申請)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="449" />
      <location filename="../../companion/ui/detail_pane.py" line="462" />
      <source>Record what happened…</source>
      <translation>Record what happened…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="465" />
      <source>A request was filed against me…</source>
      <translation>A request was filed against me…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="58" />
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="58" />
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="303" />
      <source>Edit message…</source>
      <translation>Edit message…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="301" />
      <source>Mark as read (既読)…</source>
      <translation>Mark as read (既読)…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="184" />
      <source>&amp;Details</source>
      <translation>&amp;Details</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="185" />
      <source>Hi&amp;story</source>
      <translation>Hi&amp;story</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="305" />
      <source>Delete message…</source>
      <translation>Delete message…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="450" />
      <source>Record what happened to the open request…</source>
      <translation>Record what happened to the open request…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="496" />
      <source>No project matches</source>
      <translation>No project matches</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="497" />
      <source>Change the search or the filters above the list (archived projects are under “Archived”).</source>
      <translation>Change the search or the filters above the list (archived projects are under “Archived”).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="499" />
      <source>No projects yet</source>
      <translation>No projects yet</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="501" />
      <source>Add the project whose counterparty went quiet, or load the demo data to look around.</source>
      <translation>Add the project whose counterparty went quiet, or load the demo data to look around.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="504" />
      <source>Select a project</source>
      <translation>Select a project</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="505" />
      <source>Pick a project in the list to see its timers and history.</source>
      <translation>Pick a project in the list to see its timers and history.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="518" />
      <source>(archived)</source>
      <translation>(archived)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="527" />
      <source>Pending</source>
      <translation>Pending</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="527" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="537" />
      <source>Formal requests on the platform</source>
      <translation>Formal requests on the platform</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="644" />
      <source>Formal step possible</source>
      <translation>Formal step possible</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="646" />
      <source>Platform deadline</source>
      <translation>Platform deadline</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="657" />
      <source>Filed by you</source>
      <translation>Filed by you</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="657" />
      <source>Filed against you</source>
      <translation>Filed against you</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="660" />
      <source>deadline passed, support is reviewing</source>
      <translation>deadline passed, support is reviewing</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="662" />
      <source>deadline %1</source>
      <translation>deadline %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="664" />
      <source>None open.</source>
      <translation>None open.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="680" />
      <source>%1 (in %2)</source>
      <translation>%1 (in %2)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/detail_pane.py" line="683" />
      <source>%1 (%2 ago)</source>
      <translation>%1 (%2 ago)</translation>
    </message>
  </context>
  <context>
    <name>DiagnosisPage</name>
    <message>
      <location filename="../../companion/ui/wizard.py" line="236" />
      <source>3. Why they may be quiet</source>
      <translation>3. Why they may be quiet</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="237" />
      <source>The likely causes, from the read state of your latest message.</source>
      <translation>The likely causes, from the read state of your latest message.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="239" />
      <source>How is this worked out?</source>
      <translation>How is this worked out?</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="240" />
      <source>From the read state of your latest unanswered message: unread points to not logging in or a missed e-mail; read but unanswered points to being ignored, which is rare once escrow is funded.</source>
      <translation>From the read state of your latest unanswered message: unread points to not logging in or a missed e-mail; read but unanswered points to being ignored, which is rare once escrow is funded.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="250" />
      <source>You are not waiting on them right now, so there is nothing to diagnose.</source>
      <translation>You are not waiting on them right now, so there is nothing to diagnose.</translation>
    </message>
  </context>
  <context>
    <name>Duration</name>
    <message>
      <location filename="../../companion/ui/text.py" line="209" />
      <source>%1 d %2 h</source>
      <translation>%1 d %2 h</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="210" />
      <source>%1 d</source>
      <translation>%1 d</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="213" />
      <source>%1 h %2 min</source>
      <translation>%1 h %2 min</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="214" />
      <source>%1 h</source>
      <translation>%1 h</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="215" />
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
  </context>
  <context>
    <name>FileCommands</name>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="49" />
      <source>All data (JSON) (*.json)</source>
      <translation>All data (JSON) (*.json)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="49" />
      <source>Projects and messages (CSV folder) (*)</source>
      <translation>Projects and messages (CSV folder) (*)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="51" />
      <location filename="../../companion/ui/commands/file_commands.py" line="64" />
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="64" />
      <source>The export failed: %1</source>
      <translation>The export failed: %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="66" />
      <source>Exported to %1</source>
      <translation>Exported to %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="73" />
      <source>Export calendar</source>
      <translation>Export calendar</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="75" />
      <source>Calendar (*.ics)</source>
      <translation>Calendar (*.ics)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="88" />
      <source>The calendar could not be saved to %1: %2</source>
      <translation>The calendar could not be saved to %1: %2</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="92" />
      <source>Calendar saved with %1 coming deadlines and reminders: %2</source>
      <translation>Calendar saved with %1 coming deadlines and reminders: %2</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="106" />
      <location filename="../../companion/ui/commands/file_commands.py" line="117" />
      <location filename="../../companion/ui/commands/file_commands.py" line="122" />
      <location filename="../../companion/ui/commands/file_commands.py" line="129" />
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="107" />
      <source>Nothing was imported: the file has %1 problem(s).</source>
      <translation>Nothing was imported: the file has %1 problem(s).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="112" />
      <source>Import %1 new projects and %2 new messages? (%3 projects are already here and are not added again.)</source>
      <translation>Import %1 new projects and %2 new messages? (%3 projects are already here and are not added again.)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="124" />
      <source>Imported %1 projects and %2 messages.</source>
      <translation>Imported %1 projects and %2 messages.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="130" />
      <source>Renraku Companion export (*.json);;CSV export: projects.csv (projects.csv);;All files (*)</source>
      <translation>Renraku Companion export (*.json);;CSV export: projects.csv (projects.csv);;All files (*)</translation>
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
      <translation>Evidence report</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="166" />
      <source>The report could not be saved: %1</source>
      <translation>The report could not be saved: %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="168" />
      <source>Report saved: %1</source>
      <translation>Report saved: %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="178" />
      <source>Language of the report:</source>
      <translation>Language of the report:</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="190" />
      <source>Back up now</source>
      <translation>Back up now</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="190" />
      <source>The backup failed: %1</source>
      <translation>The backup failed: %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="192" />
      <source>Backed up to %1</source>
      <translation>Backed up to %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="205" />
      <location filename="../../companion/ui/commands/file_commands.py" line="218" />
      <source>Restore from backup</source>
      <translation>Restore from backup</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="209" />
      <source>This backup cannot be restored: %1. Nothing was changed.</source>
      <translation>This backup cannot be restored: %1. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="218" />
      <source>The restore failed: %1</source>
      <translation>The restore failed: %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="220" />
      <source>Restored. Your previous data was saved to %1</source>
      <translation>Restored. Your previous data was saved to %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="229" />
      <source>Demo data</source>
      <translation>Demo data</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="230" />
      <source>The demo data can only be loaded when there are no projects yet. Start the app with --data-dir and an empty folder to try it.</source>
      <translation>The demo data can only be loaded when there are no projects yet. Start the app with --data-dir and an empty folder to try it.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/file_commands.py" line="235" />
      <source>Loaded %1 demo projects.</source>
      <translation>Loaded %1 demo projects.</translation>
    </message>
  </context>
  <context>
    <name>FilingPage</name>
    <message>
      <location filename="../../companion/ui/wizard.py" line="355" />
      <source>Next becomes available once you tick the box above.</source>
      <translation>Next becomes available once you tick the box above.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="364" />
      <source>5. Before you file</source>
      <translation>5. Before you file</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="365" />
      <source>Read this carefully: a reminder request has consequences for both sides.</source>
      <translation>Read this carefully: a reminder request has consequences for both sides.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="367" />
      <source>Why this warning?</source>
      <translation>Why this warning?</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="368" />
      <source>People file in a panic and regret it: at the wrong stage a request can throw away weeks of delivered work, and the other side may retaliate with a negative rating.</source>
      <translation>People file in a panic and regret it: at the wrong stage a request can throw away weeks of delivered work, and the other side may retaliate with a negative rating.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="376" />
      <source>I understand the outcome and that they may rate me 残念 in return</source>
      <translation>I understand the outcome and that they may rate me 残念 in return</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="399" />
      <source>This is against the recommendation (%1).</source>
      <translation>This is against the recommendation (%1).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="407" />
      <source>First report completion (仕事完了報告) on the platform; then file the request. The outcome below is what happens after the report.</source>
      <translation>First report completion (仕事完了報告) on the platform; then file the request. The outcome below is what happens after the report.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="413" />
      <source>You have sent %1 unanswered message(s). The platform suggests about 3 messages a few days apart first: the request is not meant to be used often.</source>
      <translation>You have sent %1 unanswered message(s). The platform suggests about 3 messages a few days apart first: the request is not meant to be used often.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="418" />
      <source>The platform will only accept the request from %1.</source>
      <translation>The platform will only accept the request from %1.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="426" />
      <source>If you file now, the deadline is %1 (7 days, 168 hours).</source>
      <translation>If you file now, the deadline is %1 (7 days, 168 hours).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="427" />
      <source>If you file on %2, the deadline is %1 (7 days, 168 hours).</source>
      <translation>If you file on %2, the deadline is %1 (7 days, 168 hours).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="429" />
      <source>If you file %3 now, its clock ends %1.</source>
      <translation>If you file %3 now, its clock ends %1.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="430" />
      <source>If you file %3 on %2, its clock ends %1.</source>
      <translation>If you file %3 on %2, its clock ends %1.</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <location filename="../../companion/ui/filter_bar.py" line="21" />
      <source>Search title, counterparty, notes</source>
      <translation>Search title, counterparty, notes</translation>
    </message>
    <message>
      <location filename="../../companion/ui/filter_bar.py" line="22" />
      <source>Search projects</source>
      <translation>Search projects</translation>
    </message>
    <message>
      <location filename="../../companion/ui/filter_bar.py" line="23" />
      <source>Search title, counterparty, notes (Ctrl+F)</source>
      <translation>Search title, counterparty, notes (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/filter_bar.py" line="28" />
      <source>Show active or archived projects</source>
      <translation>Show active or archived projects</translation>
    </message>
    <message>
      <location filename="../../companion/ui/filter_bar.py" line="29" />
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../companion/ui/filter_bar.py" line="29" />
      <source>Archived</source>
      <translation>Archived</translation>
    </message>
    <message>
      <location filename="../../companion/ui/filter_bar.py" line="29" />
      <source>All</source>
      <translation>All</translation>
    </message>
    <message>
      <location filename="../../companion/ui/filter_bar.py" line="35" />
      <source>Platform filter</source>
      <translation>Platform filter</translation>
    </message>
    <message>
      <location filename="../../companion/ui/filter_bar.py" line="36" />
      <source>All platforms</source>
      <translation>All platforms</translation>
    </message>
    <message>
      <location filename="../../companion/ui/filter_bar.py" line="42" />
      <source>Needs action</source>
      <translation>Needs action</translation>
    </message>
    <message>
      <location filename="../../companion/ui/filter_bar.py" line="50" />
      <source>Sho&amp;w:</source>
      <translation>Sho&amp;w:</translation>
    </message>
    <message>
      <location filename="../../companion/ui/filter_bar.py" line="52" />
      <source>Pla&amp;tform:</source>
      <translation>Pla&amp;tform:</translation>
    </message>
  </context>
  <context>
    <name>Fiverr</name>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="18" />
      <source>Custom offer (カスタムオファー・相談中)</source>
      <translation>Custom offer (カスタムオファー・相談中)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="19" />
      <source>Order in progress (注文済み・作業中)</source>
      <translation>Order in progress (注文済み・作業中)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="20" />
      <source>Work sent by message (メッセージで送付・未納品)</source>
      <translation>Work sent by message (メッセージで送付・未納品)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="21" />
      <source>Delivered in Fiverr (納品済み・承認待ち)</source>
      <translation>Delivered in Fiverr (納品済み・承認待ち)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="22" />
      <source>Order completed (注文完了)</source>
      <translation>Order completed (注文完了)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="23" />
      <source>Cancelled (キャンセル)</source>
      <translation>Cancelled (キャンセル)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="26" />
      <source>A custom offer or a conversation before any order: Fiverr's formal routes are not available yet.</source>
      <translation>A custom offer or a conversation before any order: Fiverr's formal routes are not available yet.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="27" />
      <source>The buyer paid the order; Fiverr holds the money while the work is under way.</source>
      <translation>The buyer paid the order; Fiverr holds the money while the work is under way.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="28" />
      <source>The seller sent the work by message but has not delivered it in Fiverr: the buyer's 3 days have not started.</source>
      <translation>The seller sent the work by message but has not delivered it in Fiverr: the buyer's 3 days have not started.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="29" />
      <source>The seller delivered in Fiverr. The buyer accepts it or asks for a revision; if neither, the order completes by itself after 3 days (not confirmed).</source>
      <translation>The seller delivered in Fiverr. The buyer accepts it or asks for a revision; if neither, the order completes by itself after 3 days (not confirmed).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="30" />
      <source>The order is completed and the seller is paid: the transaction is over.</source>
      <translation>The order is completed and the seller is paid: the transaction is over.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="31" />
      <source>The order was cancelled and the buyer refunded.</source>
      <translation>The order was cancelled and the buyer refunded.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="34" />
      <source>Seller (出品者)</source>
      <translation>Seller (出品者)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="35" />
      <source>Buyer (購入者)</source>
      <translation>Buyer (購入者)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="38" />
      <source>Cancellation request (Resolution Center・キャンセルリクエスト)</source>
      <translation>Cancellation request (Resolution Center・キャンセルリクエスト)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="39" />
      <source>The buyer's 3 days to accept or ask for a revision (承認期間)</source>
      <translation>The buyer's 3 days to accept or ask for a revision (承認期間)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="40" />
      <location filename="../../companion/ui/platforms/fiverr.py" line="81" />
      <source>Deliver the order in Fiverr (納品)</source>
      <translation>Deliver the order in Fiverr (納品)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="43" />
      <source>They asked to cancel the order in the Resolution Center. Accept or decline it there: a message alone does not answer it. Unanswered, it is said to be accepted automatically after 48 hours (other sources say 72 hours or 4 days: not confirmed on Fiverr's official pages).</source>
      <translation>They asked to cancel the order in the Resolution Center. Accept or decline it there: a message alone does not answer it. Unanswered, it is said to be accepted automatically after 48 hours (other sources say 72 hours or 4 days: not confirmed on Fiverr's official pages).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="44" />
      <source>The order is over (completed or cancelled).</source>
      <translation>The order is over (completed or cancelled).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="45" />
      <source>Your cancellation request is open in the Resolution Center. Unanswered, it is said to be accepted automatically after 48 hours (not confirmed on Fiverr's official pages).</source>
      <translation>Your cancellation request is open in the Resolution Center. Unanswered, it is said to be accepted automatically after 48 hours (not confirmed on Fiverr's official pages).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="46" />
      <source>Send about 3 messages a few days apart before any formal step.</source>
      <translation>Send about 3 messages a few days apart before any formal step.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="47" />
      <source>No order yet (the custom offer is not accepted): Fiverr's routes work on an order, so there is no formal step.</source>
      <translation>No order yet (the custom offer is not accepted): Fiverr's routes work on an order, so there is no formal step.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="48" />
      <source>Fiverr's routes are for gig orders and custom offers; for this project, ask Fiverr Customer Support.</source>
      <translation>Fiverr's routes are for gig orders and custom offers; for this project, ask Fiverr Customer Support.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="49" />
      <source>The order is not paid yet: Fiverr holds no money and there is nothing to cancel. Never start work before the buyer pays the order; Customer Support can help.</source>
      <translation>The order is not paid yet: Fiverr holds no money and there is nothing to cancel. Never start work before the buyer pays the order; Customer Support can help.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="50" />
      <source>Ask Fiverr Customer Support to help reach the buyer. Do not ask to cancel: a cancellation refunds the buyer, loses the work so far and lowers your completion rate. Once the work is done, deliver it in Fiverr.</source>
      <translation>Ask Fiverr Customer Support to help reach the buyer. Do not ask to cancel: a cancellation refunds the buyer, loses the work so far and lowers your completion rate. Once the work is done, deliver it in Fiverr.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="51" />
      <source>You sent the work by message, but the order is not delivered in Fiverr. Deliver it on the order page: then, if the buyer does nothing, the order completes automatically after 3 days (not confirmed on Fiverr's official pages). Deliver only finished work.</source>
      <translation>You sent the work by message, but the order is not delivered in Fiverr. Deliver it on the order page: then, if the buyer does nothing, the order completes automatically after 3 days (not confirmed on Fiverr's official pages). Deliver only finished work.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="52" />
      <source>You want to stop: ask to cancel the order in the Resolution Center. If the seller does not answer, the order is cancelled and you are refunded to your Fiverr balance (accepted automatically after about 48 hours: not confirmed on Fiverr's official pages).</source>
      <translation>You want to stop: ask to cancel the order in the Resolution Center. If the seller does not answer, the order is cancelled and you are refunded to your Fiverr balance (accepted automatically after about 48 hours: not confirmed on Fiverr's official pages).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="53" />
      <source>You want the order to continue: a cancellation request would end it. Ask Fiverr Customer Support to help reach the seller instead.</source>
      <translation>You want the order to continue: a cancellation request would end it. Ask Fiverr Customer Support to help reach the seller instead.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="54" />
      <source>The seller delivered the order. Accept it or ask for a revision on the order page within 3 days of the delivery; if you do neither, Fiverr completes the order and pays the seller. Not confirmed on Fiverr's official pages (some orders are not completed automatically): check the order page.</source>
      <translation>The seller delivered the order. Accept it or ask for a revision on the order page within 3 days of the delivery; if you do neither, Fiverr completes the order and pays the seller. Not confirmed on Fiverr's official pages (some orders are not completed automatically): check the order page.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="55" />
      <source>The 3 days after the delivery have passed: Fiverr may already have completed the order and paid the seller. Check the order page; if it is still open, accept it or ask for a revision now. (The 3 days are not confirmed on Fiverr's official pages.)</source>
      <translation>The 3 days after the delivery have passed: Fiverr may already have completed the order and paid the seller. Check the order page; if it is still open, accept it or ask for a revision now. (The 3 days are not confirmed on Fiverr's official pages.)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="56" />
      <source>The seller delivered the order: accept it or ask for a revision on the order page. Fiverr completes it by itself about 3 days after the delivery (not confirmed on Fiverr's official pages); record when it was delivered to see the date.</source>
      <translation>The seller delivered the order: accept it or ask for a revision on the order page. Fiverr completes it by itself about 3 days after the delivery (not confirmed on Fiverr's official pages); record when it was delivered to see the date.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="57" />
      <source>You delivered in Fiverr. If the buyer neither accepts nor asks for a revision, Fiverr completes the order 3 days after the delivery and you are paid: no follow-up is needed. Not confirmed on Fiverr's official pages: check the order page.</source>
      <translation>You delivered in Fiverr. If the buyer neither accepts nor asks for a revision, Fiverr completes the order 3 days after the delivery and you are paid: no follow-up is needed. Not confirmed on Fiverr's official pages: check the order page.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="58" />
      <source>The 3 days after your delivery have passed and the order is still not completed. Fiverr does not complete some orders by itself (not confirmed on its official pages): ask Fiverr Customer Support.</source>
      <translation>The 3 days after your delivery have passed and the order is still not completed. Fiverr does not complete some orders by itself (not confirmed on its official pages): ask Fiverr Customer Support.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="59" />
      <source>You delivered in Fiverr: the order completes by itself about 3 days after the delivery if the buyer does nothing (not confirmed on Fiverr's official pages). Record when you delivered to see the date.</source>
      <translation>You delivered in Fiverr: the order completes by itself about 3 days after the delivery if the buyer does nothing (not confirmed on Fiverr's official pages). Record when you delivered to see the date.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="62" />
      <source>On Fiverr the buyer reviews first; the seller can review only after, without seeing the buyer's review. Reviews become public when both have reviewed or the review window closes. Sellers report that a late or undelivered order the buyer cancels can count as ★1 (not confirmed). After a request, the other side may answer rudely: keep a calm record.</source>
      <translation>On Fiverr the buyer reviews first; the seller can review only after, without seeing the buyer's review. Reviews become public when both have reviewed or the review window closes. Sellers report that a late or undelivered order the buyer cancels can count as ★1 (not confirmed). After a request, the other side may answer rudely: keep a calm record.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="63" />
      <source>Do not start work before the buyer has paid the order in Fiverr.</source>
      <translation>Do not start work before the buyer has paid the order in Fiverr.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="64" />
      <source>If you stay silent, they may ask to cancel the order in the Resolution Center; unanswered, it is said to be accepted automatically after 48 hours (not confirmed).</source>
      <translation>If you stay silent, they may ask to cancel the order in the Resolution Center; unanswered, it is said to be accepted automatically after 48 hours (not confirmed).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="65" />
      <source>At the deadline, Fiverr is said to accept the cancellation by itself (48 hours; other sources say 72 hours or 4 days: not confirmed). Check the order page; if nothing happens, ask Customer Support.</source>
      <translation>At the deadline, Fiverr is said to accept the cancellation by itself (48 hours; other sources say 72 hours or 4 days: not confirmed). Check the order page; if nothing happens, ask Customer Support.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="66" />
      <source>A cancellation refunds the buyer: the fee for the work so far is lost, and cancellations lower a seller's completion rate.</source>
      <translation>A cancellation refunds the buyer: the fee for the work so far is lost, and cancellations lower a seller's completion rate.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="67" />
      <source>Fiverr's cancellation request is not available for this project.</source>
      <translation>Fiverr's cancellation request is not available for this project.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="70" />
      <source>If they do not answer: the order is cancelled and the buyer refunded to the Fiverr balance (accepted automatically after about 48 hours: not confirmed).</source>
      <translation>If they do not answer: the order is cancelled and the buyer refunded to the Fiverr balance (accepted automatically after about 48 hours: not confirmed).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="71" />
      <source>If the buyer does nothing: Fiverr completes the order and the seller is paid (3 days after the delivery: not confirmed).</source>
      <translation>If the buyer does nothing: Fiverr completes the order and the seller is paid (3 days after the delivery: not confirmed).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="74" />
      <source>If you do not answer: the order is cancelled and the buyer refunded to the Fiverr balance (accepted automatically after about 48 hours: not confirmed).</source>
      <translation>If you do not answer: the order is cancelled and the buyer refunded to the Fiverr balance (accepted automatically after about 48 hours: not confirmed).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="75" />
      <source>If you do nothing: Fiverr completes the order and pays the seller (3 days after the delivery: not confirmed).</source>
      <translation>If you do nothing: Fiverr completes the order and pays the seller (3 days after the delivery: not confirmed).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="78" />
      <source>Answer in time on the order page</source>
      <translation>Answer in time on the order page</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="79" />
      <source>Track your cancellation request</source>
      <translation>Track your cancellation request</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="80" />
      <source>Ask Fiverr Customer Support for help</source>
      <translation>Ask Fiverr Customer Support for help</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="82" />
      <source>Ask to cancel the order (Resolution Center)</source>
      <translation>Ask to cancel the order (Resolution Center)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/fiverr.py" line="84" />
      <source>Fiverr Customer Support (カスタマーサポート)</source>
      <translation>Fiverr Customer Support (カスタマーサポート)</translation>
    </message>
  </context>
  <context>
    <name>Glossary</name>
    <message>
      <location filename="../../companion/ui/text.py" line="531" />
      <source>連絡催促申請 (reminder request): the platform's formal request that the other side answer within 7 days.</source>
      <translation>連絡催促申請 (reminder request): the platform's formal request that the other side answer within 7 days.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="532" />
      <source>仮払い (escrow): the client deposits the fee with the platform; work should start only after this.</source>
      <translation>仮払い (escrow): the client deposits the fee with the platform; work should start only after this.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="533" />
      <source>仕事完了報告 (completion report): the worker reports the work complete; it decides the outcome of a reminder request.</source>
      <translation>仕事完了報告 (completion report): the worker reports the work complete; it decides the outcome of a reminder request.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="534" />
      <source>支払い確定 (payment confirmed): the fee is paid to the worker; the transaction is over.</source>
      <translation>支払い確定 (payment confirmed): the fee is paid to the worker; the transaction is over.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="535" />
      <source>仮払いキャンセル (escrow cancelled): the deposit goes back to the client and the project is released.</source>
      <translation>仮払いキャンセル (escrow cancelled): the deposit goes back to the client and the project is released.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="536" />
      <source>事務局 (support): the platform's staff; they can contact the other side without automatic penalties.</source>
      <translation>事務局 (support): the platform's staff; they can contact the other side without automatic penalties.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="537" />
      <source>計画変更 (plan change): the amount or milestones are being changed; no reminder request meanwhile.</source>
      <translation>計画変更 (plan change): the amount or milestones are being changed; no reminder request meanwhile.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="538" />
      <source>納品 (delivery): the worker hands over the work.</source>
      <translation>納品 (delivery): the worker hands over the work.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="539" />
      <source>既読 (read): the platform shows that the other side opened your message.</source>
      <translation>既読 (read): the platform shows that the other side opened your message.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="540" />
      <source>未読 (unread): the other side has not opened your message.</source>
      <translation>未読 (unread): the other side has not opened your message.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="541" />
      <source>残念 (disappointed): the negative one of Lancers' two ratings (満足 / 残念).</source>
      <translation>残念 (disappointed): the negative one of Lancers' two ratings (満足 / 残念).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="542" />
      <source>直接依頼 (direct request): a client asks one worker directly; eligible for the reminder request.</source>
      <translation>直接依頼 (direct request): a client asks one worker directly; eligible for the reminder request.</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../companion/ui/text.py" line="27" />
      <source>Lancers</source>
      <translation>Lancers</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="28" />
      <source>CrowdWorks</source>
      <translation>CrowdWorks</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="29" />
      <source>Coconala</source>
      <translation>Coconala</translation>
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
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/__init__.py" line="62" />
      <location filename="../../companion/ui/text.py" line="38" />
      <location filename="../../companion/ui/text.py" line="47" />
      <source>Worker</source>
      <translation>Worker</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="47" />
      <source>Client</source>
      <translation>Client</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="55" />
      <location filename="../../companion/ui/text.py" line="118" />
      <source>Negotiating</source>
      <translation>Negotiating</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="56" />
      <source>No escrow yet</source>
      <translation>No escrow yet</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="57" />
      <source>Escrow funded</source>
      <translation>Escrow funded</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="58" />
      <source>Delivered</source>
      <translation>Delivered</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="59" />
      <source>Completion reported</source>
      <translation>Completion reported</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="60" />
      <source>Paid</source>
      <translation>Paid</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="61" />
      <location filename="../../companion/ui/text.py" line="124" />
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="69" />
      <source>Worker (受注者)</source>
      <translation>Worker (受注者)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="69" />
      <source>Client (発注者)</source>
      <translation>Client (発注者)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="76" />
      <source>Fixed-fee project (固定報酬制)</source>
      <translation>Fixed-fee project (固定報酬制)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="77" />
      <source>Hourly project (時間単価制)</source>
      <translation>Hourly project (時間単価制)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="78" />
      <source>Task (タスク形式)</source>
      <translation>Task (タスク形式)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="79" />
      <source>Competition (コンペ形式)</source>
      <translation>Competition (コンペ形式)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="83" />
      <source>Service bought from its page (出品サービスの購入)</source>
      <translation>Service bought from its page (出品サービスの購入)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="84" />
      <source>Quote or custom offer (見積もり・提案)</source>
      <translation>Quote or custom offer (見積もり・提案)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="88" />
      <source>Fixed-price contract</source>
      <translation>Fixed-price contract</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="89" />
      <source>Hourly contract</source>
      <translation>Hourly contract</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="93" />
      <source>Gig order</source>
      <translation>Gig order</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="94" />
      <source>Custom offer</source>
      <translation>Custom offer</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="104" />
      <source>Fixed-fee project (プロジェクト固定報酬)</source>
      <translation>Fixed-fee project (プロジェクト固定報酬)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="105" />
      <source>Direct request (直接依頼)</source>
      <translation>Direct request (直接依頼)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="106" />
      <source>Hourly (時間報酬)</source>
      <translation>Hourly (時間報酬)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="107" />
      <source>Task (タスク)</source>
      <translation>Task (タスク)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="108" />
      <source>Competition (コンペ)</source>
      <translation>Competition (コンペ)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="109" />
      <source>Package (パッケージ)</source>
      <translation>Package (パッケージ)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="119" />
      <source>Contracted, no escrow yet</source>
      <translation>Contracted, no escrow yet</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="120" />
      <source>Escrow funded (仮払い)</source>
      <translation>Escrow funded (仮払い)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="121" />
      <source>Delivered (納品)</source>
      <translation>Delivered (納品)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="122" />
      <source>Completion reported (仕事完了報告)</source>
      <translation>Completion reported (仕事完了報告)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="123" />
      <source>Payment confirmed (支払い確定)</source>
      <translation>Payment confirmed (支払い確定)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="133" />
      <source>No contract yet: the platform's formal request is not available.</source>
      <translation>No contract yet: the platform's formal request is not available.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="134" />
      <source>Contract agreed but the client has not deposited the fee (仮払い). Never start work before escrow.</source>
      <translation>Contract agreed but the client has not deposited the fee (仮払い). Never start work before escrow.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="135" />
      <source>The client deposited the fee with the platform; work is under way.</source>
      <translation>The client deposited the fee with the platform; work is under way.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="136" />
      <source>The worker delivered; completion has not been reported yet.</source>
      <translation>The worker delivered; completion has not been reported yet.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="137" />
      <source>The worker reported the work complete (仕事完了報告). An unanswered reminder request then confirms the payment.</source>
      <translation>The worker reported the work complete (仕事完了報告). An unanswered reminder request then confirms the payment.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="138" />
      <source>Payment confirmed to the worker: the transaction is over.</source>
      <translation>Payment confirmed to the worker: the transaction is over.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="139" />
      <source>The contract was cancelled.</source>
      <translation>The contract was cancelled.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="145" />
      <source>Platform message</source>
      <translation>Platform message</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="146" />
      <source>Workspace</source>
      <translation>Workspace</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="147" />
      <source>Off-platform (email/chat)</source>
      <translation>Off-platform (email/chat)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="153" />
      <source>Read (既読)</source>
      <translation>Read (既読)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="155" />
      <source>Unread (未読)</source>
      <translation>Unread (未読)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="156" />
      <source>Unknown</source>
      <translation>Unknown</translation>
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
      <translation>You</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="164" />
      <source>Them</source>
      <translation>Them</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="169" />
      <source>Stage changed: %1 → %2</source>
      <translation>Stage changed: %1 → %2</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="173" />
      <source>You filed a reminder request (連絡催促申請)</source>
      <translation>You filed a reminder request (連絡催促申請)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="173" />
      <source>A reminder request was filed against you</source>
      <translation>A reminder request was filed against you</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="179" />
      <source>Reminder request cleared: answered</source>
      <translation>Reminder request cleared: answered</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="180" />
      <source>Reminder request deadline passed: support is reviewing</source>
      <translation>Reminder request deadline passed: support is reviewing</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="181" />
      <source>Reminder request resolved: payment confirmed</source>
      <translation>Reminder request resolved: payment confirmed</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="182" />
      <source>Reminder request resolved: escrow cancelled</source>
      <translation>Reminder request resolved: escrow cancelled</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="183" />
      <source>Reminder request withdrawn</source>
      <translation>Reminder request withdrawn</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="184" />
      <source>Reminder request open again (its answering message was removed)</source>
      <translation>Reminder request open again (its answering message was removed)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="187" />
      <source>Decision wizard: recommended “%1”, you chose “%2”</source>
      <translation>Decision wizard: recommended “%1”, you chose “%2”</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="190" />
      <source>You contacted support (事務局)</source>
      <translation>You contacted support (事務局)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="192" />
      <source>Project created</source>
      <translation>Project created</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="193" />
      <source>Project details edited</source>
      <translation>Project details edited</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="194" />
      <source>Project archived</source>
      <translation>Project archived</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="195" />
      <source>Project restored from the archive</source>
      <translation>Project restored from the archive</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="196" />
      <source>A message was edited</source>
      <translation>A message was edited</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="197" />
      <source>A message was deleted</source>
      <translation>A message was deleted</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="198" />
      <source>A message you sent was read (既読)</source>
      <translation>A message you sent was read (既読)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="245" />
      <source>Urgent</source>
      <translation>Urgent</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="246" />
      <source>Action needed</source>
      <translation>Action needed</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="247" />
      <source>Waiting</source>
      <translation>Waiting</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="248" />
      <source>No action</source>
      <translation>No action</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="262" />
      <source>Respond now: request deadline in %1</source>
      <translation>Respond now: request deadline in %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="263" />
      <source>Respond now: request deadline passed</source>
      <translation>Respond now: request deadline passed</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="266" />
      <source>Reply now</source>
      <translation>Reply now</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="268" />
      <source>Reply soon</source>
      <translation>Reply soon</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="269" />
      <source>Reply when you can</source>
      <translation>Reply when you can</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="272" />
      <source>Request deadline in %1</source>
      <translation>Request deadline in %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="273" />
      <source>Request deadline passed: support reviews</source>
      <translation>Request deadline passed: support reviews</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="277" />
      <source>Request possible in %1</source>
      <translation>Request possible in %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="279" />
      <source>Next step in %1</source>
      <translation>Next step in %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="280" />
      <source>Follow-up in %1</source>
      <translation>Follow-up in %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="282" />
      <source>Follow-up due</source>
      <translation>Follow-up due</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="283" />
      <source>No formal route: consider moving on</source>
      <translation>No formal route: consider moving on</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="284" />
      <source>Contact support (事務局)</source>
      <translation>Contact support (事務局)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="285" />
      <source>Report completion first, then file</source>
      <translation>Report completion first, then file</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="286" />
      <source>Reminder request possible</source>
      <translation>Reminder request possible</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="287" />
      <location filename="../../companion/ui/text.py" line="355" />
      <source>Nothing to do</source>
      <translation>Nothing to do</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="297" />
      <source>Act now: %1</source>
      <translation>Act now: %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="299" />
      <source>Act now: %1, %2 left</source>
      <translation>Act now: %1, %2 left</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="301" />
      <source>Act now: %1, its deadline passed</source>
      <translation>Act now: %1, its deadline passed</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="304" />
      <source>%1: %2 left</source>
      <translation>%1: %2 left</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="306" />
      <source>%1: its time is over</source>
      <translation>%1: its time is over</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="308" />
      <source>The platform acts by itself in %1</source>
      <translation>The platform acts by itself in %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="311" />
      <source>Possible now: %1</source>
      <translation>Possible now: %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="313" />
      <source>First: %1</source>
      <translation>First: %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="323" />
      <source>A platform clock is running on you: %1. Act on the platform before it ends.</source>
      <translation>A platform clock is running on you: %1. Act on the platform before it ends.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="324" />
      <source>Your %1 is running: the project shows its countdown.</source>
      <translation>Your %1 is running: the project shows its countdown.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="325" />
      <source>The platform's formal step can be taken now: %1.</source>
      <translation>The platform's formal step can be taken now: %1.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="326" />
      <source>Do the platform's formal step first: %1. Its own clock then works for you.</source>
      <translation>Do the platform's formal step first: %1. Its own clock then works for you.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="327" />
      <source>The platform acts by itself (%1): nothing to send meanwhile.</source>
      <translation>The platform acts by itself (%1): nothing to send meanwhile.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="332" />
      <source>The other side filed a reminder request (連絡催促申請) against you. Answer them in the platform's messages before the deadline.</source>
      <translation>The other side filed a reminder request (連絡催促申請) against you. Answer them in the platform's messages before the deadline.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="333" />
      <source>They wrote last and are waiting for your answer.</source>
      <translation>They wrote last and are waiting for your answer.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="339" />
      <source>You delivered but have not reported completion. Report completion (仕事完了報告) first; then the reminder request can be filed.</source>
      <translation>You delivered but have not reported completion. Report completion (仕事完了報告) first; then the reminder request can be filed.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="340" />
      <source>The formal reminder request (連絡催促申請) can be filed now.</source>
      <translation>The formal reminder request (連絡催促申請) can be filed now.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="385" />
      <source>Completion is reported: if they do not answer within 7 days, the payment is confirmed after support reviews the case.</source>
      <translation>Completion is reported: if they do not answer within 7 days, the payment is confirmed after support reviews the case.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="388" />
      <source>You want to stop: if they do not answer within 7 days, support reviews the case, then the escrow is cancelled and returned to you and the project is released.</source>
      <translation>You want to stop: if they do not answer within 7 days, support reviews the case, then the escrow is cancelled and returned to you and the project is released.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="445" />
      <source>If you do not answer by the deadline: after support reviews the case, the payment is confirmed (支払い確定) and you get an automatic negative rating.</source>
      <translation>If you do not answer by the deadline: after support reviews the case, the payment is confirmed (支払い確定) and you get an automatic negative rating.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="446" />
      <source>If you do not answer by the deadline: after support reviews the case, the escrow is cancelled and returned to the client (仮払いキャンセル), the project is released, and you get an automatic negative rating.</source>
      <translation>If you do not answer by the deadline: after support reviews the case, the escrow is cancelled and returned to the client (仮払いキャンセル), the project is released, and you get an automatic negative rating.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="449" />
      <source>If they do not answer by the deadline: after support reviews the case, the payment is confirmed (支払い確定) and they get an automatic negative rating.</source>
      <translation>If they do not answer by the deadline: after support reviews the case, the payment is confirmed (支払い確定) and they get an automatic negative rating.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="450" />
      <source>If they do not answer by the deadline: after support reviews the case, the escrow is cancelled and returned to the client (仮払いキャンセル), the project is released, and the silent side gets an automatic negative rating.</source>
      <translation>If they do not answer by the deadline: after support reviews the case, the escrow is cancelled and returned to the client (仮払いキャンセル), the project is released, and the silent side gets an automatic negative rating.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="463" />
      <source>Reminder request (連絡催促申請)</source>
      <translation>Reminder request (連絡催促申請)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="464" />
      <source>Completion report (仕事完了報告)</source>
      <translation>Completion report (仕事完了報告)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="465" />
      <source>Formal request</source>
      <translation>Formal request</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="485" />
      <source>%1 (checked %2)</source>
      <translation>%1 (checked %2)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="494" />
      <source>not stated by the platform: the app's assumption</source>
      <translation>not stated by the platform: the app's assumption</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="495" />
      <source>not confirmed on the platform's official pages: check there before you act</source>
      <translation>not confirmed on the platform's official pages: check there before you act</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="516" />
      <source>Sources: %1</source>
      <translation>Sources: %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="520" />
      <source>The app assumes that any reply in the platform's messages clears the request; the platform does not say so. If in doubt, ask support.</source>
      <translation>The app assumes that any reply in the platform's messages clears the request; the platform does not say so. If in doubt, ask support.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="334" />
      <source>Your reminder request is running. If they do not answer by the deadline, support reviews the case (not instantly).</source>
      <translation>Your reminder request is running. If they do not answer by the deadline, support reviews the case (not instantly).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="335" />
      <source>Give them time: a follow-up too soon feels pushy. The app tells you when the next step is due.</source>
      <translation>Give them time: a follow-up too soon feels pushy. The app tells you when the next step is due.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="336" />
      <source>Send a polite follow-up (about 3 messages a few days apart come before any formal step).</source>
      <translation>Send a polite follow-up (about 3 messages a few days apart come before any formal step).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="337" />
      <source>There is no contract yet, so there is no formal route. Stop investing time; move on.</source>
      <translation>There is no contract yet, so there is no formal route. Stop investing time; move on.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="338" />
      <source>Ask the platform's support (事務局) to contact them: no automatic cancellation, payment or rating.</source>
      <translation>Ask the platform's support (事務局) to contact them: no automatic cancellation, payment or rating.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="341" />
      <source>Nobody is waiting on anybody.</source>
      <translation>Nobody is waiting on anybody.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="353" />
      <source>Answer the request against you</source>
      <translation>Answer the request against you</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="354" />
      <source>Reply to them</source>
      <translation>Reply to them</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="356" />
      <source>Track your reminder request</source>
      <translation>Track your reminder request</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="357" />
      <source>Wait</source>
      <translation>Wait</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="358" />
      <source>Send a polite follow-up</source>
      <translation>Send a polite follow-up</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="359" />
      <source>Move on</source>
      <translation>Move on</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="360" />
      <source>Ask support (事務局) to contact them</source>
      <translation>Ask support (事務局) to contact them</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="361" />
      <source>Report completion (仕事完了報告), then file</source>
      <translation>Report completion (仕事完了報告), then file</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="362" />
      <source>File the reminder request (連絡催促申請)</source>
      <translation>File the reminder request (連絡催促申請)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="371" />
      <source>A reminder request against you gives you 7 days (168 hours) to answer on the platform.</source>
      <translation>A reminder request against you gives you 7 days (168 hours) to answer on the platform.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="372" />
      <source>Their last message is newer than yours and needs an answer: the ball is in your court.</source>
      <translation>Their last message is newer than yours and needs an answer: the ball is in your court.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="373" />
      <source>The transaction is over (payment confirmed or cancelled).</source>
      <translation>The transaction is over (payment confirmed or cancelled).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="374" />
      <source>Their last message is newer than yours and needs an answer. No formal request is possible at this stage, so it is not urgent; answer when you can.</source>
      <translation>Their last message is newer than yours and needs an answer. No formal request is possible at this stage, so it is not urgent; answer when you can.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="375" />
      <source>Your reminder request is pending; only one request can be open at a time.</source>
      <translation>Your reminder request is pending; only one request can be open at a time.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="376" />
      <source>You have no unanswered message: nobody is waiting on them.</source>
      <translation>You have no unanswered message: nobody is waiting on them.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="377" />
      <source>Your last message is recent. Leave a few days between messages; a follow-up too soon feels pushy.</source>
      <translation>Your last message is recent. Leave a few days between messages; a follow-up too soon feels pushy.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="378" />
      <source>You have sent enough follow-ups. Do not send more: give your last one its time (the follow-up gap) before any formal step.</source>
      <translation>You have sent enough follow-ups. Do not send more: give your last one its time (the follow-up gap) before any formal step.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="379" />
      <source>Send about 3 messages a few days apart before any formal step (Lancers: 3 messages, then about 3 days).</source>
      <translation>Send about 3 messages a few days apart before any formal step (Lancers: 3 messages, then about 3 days).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="380" />
      <source>Without a contract there is no formal route: the reminder request needs a transaction in progress.</source>
      <translation>Without a contract there is no formal route: the reminder request needs a transaction in progress.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="381" />
      <source>The reminder request is only for fixed-fee projects and direct requests on Lancers; tasks, competitions, hourly work and packages are not eligible.</source>
      <translation>The reminder request is only for fixed-fee projects and direct requests on Lancers; tasks, competitions, hourly work and packages are not eligible.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="382" />
      <source>A plan change (計画変更) is pending: the reminder request cannot be filed until it is settled.</source>
      <translation>A plan change (計画変更) is pending: the reminder request cannot be filed until it is settled.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="383" />
      <source>Escrow (仮払い) is not funded yet. Never start work before escrow; support can contact them.</source>
      <translation>Escrow (仮払い) is not funded yet. Never start work before escrow; support can contact them.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="384" />
      <source>The request needs at least 7 days with no message from them on the platform; that date has not come yet.</source>
      <translation>The request needs at least 7 days with no message from them on the platform; that date has not come yet.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="386" />
      <source>Filing before reporting completion would cancel the contract and lose the work you delivered. Report completion first, then file.</source>
      <translation>Filing before reporting completion would cancel the contract and lose the work you delivered. Report completion first, then file.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="387" />
      <source>Mid-work, an unanswered request cancels the contract and wastes the work so far. Support can contact them without that risk.</source>
      <translation>Mid-work, an unanswered request cancels the contract and wastes the work so far. Support can contact them without that risk.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="389" />
      <source>You want the work to continue: a request would end the contract if unanswered. Support can contact them instead.</source>
      <translation>You want the work to continue: a request would end the contract if unanswered. Support can contact them instead.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="396" />
      <source>They may be ignoring you: before escrow (仮払い), people sometimes lose interest and stop replying.</source>
      <translation>They may be ignoring you: before escrow (仮払い), people sometimes lose interest and stop replying.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="398" />
      <source>They may not be logging in. Side-job users often stay away from the platform for days, so your message stays unread (未読).</source>
      <translation>They may not be logging in. Side-job users often stay away from the platform for days, so your message stays unread (未読).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="399" />
      <source>They may have missed the notification e-mail: the registered address may be unused, shared with many services, or gone.</source>
      <translation>They may have missed the notification e-mail: the registered address may be unused, shared with many services, or gone.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="400" />
      <source>They may be ignoring you, after trouble or after pushy reminders. This is rare once escrow (仮払い) is funded.</source>
      <translation>They may be ignoring you, after trouble or after pushy reminders. This is rare once escrow (仮払い) is funded.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="406" />
      <source>yes, the work should continue</source>
      <translation>yes, the work should continue</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="407" />
      <source>no, end the contract</source>
      <translation>no, end the contract</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="408" />
      <source>not sure yet</source>
      <translation>not sure yet</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="427" />
      <source>After a request, the other side may answer rudely and rate you 残念 (disappointed) at the end. The fault is theirs; keep a calm record.</source>
      <translation>After a request, the other side may answer rudely and rate you 残念 (disappointed) at the end. The fault is theirs; keep a calm record.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="428" />
      <source>An unanswered request before completion is reported cancels the contract: the fee and the work delivered so far can be lost.</source>
      <translation>An unanswered request before completion is reported cancels the contract: the fee and the work delivered so far can be lost.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="429" />
      <source>Do not start work before escrow (仮払い) is funded.</source>
      <translation>Do not start work before escrow (仮払い) is funded.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="430" />
      <source>The formal reminder request is not available for this project.</source>
      <translation>The formal reminder request is not available for this project.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="431" />
      <source>If you stay silent for 7 days, they may file a reminder request against you.</source>
      <translation>If you stay silent for 7 days, they may file a reminder request against you.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="432" />
      <source>At the deadline, support reviews the case before anything happens: not instantly.</source>
      <translation>At the deadline, support reviews the case before anything happens: not instantly.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/text.py" line="447" />
      <location filename="../../companion/ui/text.py" line="451" />
      <source>No automatic outcome applies at this stage.</source>
      <translation>No automatic outcome applies at this stage.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../companion/ui/main_window.py" line="59" />
      <source>Renraku Companion</source>
      <extracomment>File → Quit (the app object quits: the tray, the reminders and the window) View → Reminder Center Help → Send a test notification</extracomment>
      <translation>Renraku Companion</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="102" />
      <source>&amp;New project…</source>
      <translation>&amp;New project…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="103" />
      <source>&amp;Edit project…</source>
      <translation>&amp;Edit project…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="104" />
      <source>&amp;Archive / restore</source>
      <translation>&amp;Archive / restore</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="105" />
      <source>&amp;Delete project…</source>
      <translation>&amp;Delete project…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="106" />
      <source>I &amp;sent a message now</source>
      <translation>I &amp;sent a message now</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="107" />
      <source>Log a platform message you sent just now</source>
      <translation>Log a platform message you sent just now</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="108" />
      <source>They &amp;replied now</source>
      <translation>They &amp;replied now</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="109" />
      <source>Log a platform message they sent just now</source>
      <translation>Log a platform message they sent just now</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="110" />
      <source>&amp;Log a message…</source>
      <translation>&amp;Log a message…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="111" />
      <source>&amp;Mark my latest message read (既読)…</source>
      <translation>&amp;Mark my latest message read (既読)…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="112" />
      <source>They have seen your latest platform message</source>
      <translation>They have seen your latest platform message</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="113" />
      <source>&amp;What should I do?…</source>
      <translation>&amp;What should I do?…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="114" />
      <source>Walk through the platform's rules for this project, step by step</source>
      <translation>Walk through the platform's rules for this project, step by step</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="115" />
      <source>A request was &amp;filed against me…</source>
      <translation>A request was &amp;filed against me…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="116" />
      <source>Evidence rep&amp;ort for support…</source>
      <translation>Evidence rep&amp;ort for support…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="117" />
      <source>&amp;Export…</source>
      <translation>&amp;Export…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="118" />
      <source>&amp;Import…</source>
      <translation>&amp;Import…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="119" />
      <source>Export &amp;calendar (.ics)…</source>
      <translation>Export &amp;calendar (.ics)…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="120" />
      <source>Save the coming deadlines and reminders for a phone or a calendar app</source>
      <translation>Save the coming deadlines and reminders for a phone or a calendar app</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="121" />
      <source>&amp;Back up now</source>
      <translation>&amp;Back up now</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="122" />
      <source>&amp;Restore from backup…</source>
      <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="123" />
      <source>Load &amp;demo data</source>
      <translation>Load &amp;demo data</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="124" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="125" />
      <source>&amp;About Renraku Companion</source>
      <translation>&amp;About Renraku Companion</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="126" />
      <source>&amp;Preferences…</source>
      <translation>&amp;Preferences…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="130" />
      <source>&amp;Search projects</source>
      <translation>&amp;Search projects</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="131" />
      <source>Next &amp;pane</source>
      <translation>Next &amp;pane</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="132" />
      <source>Previous pa&amp;ne</source>
      <translation>Previous pa&amp;ne</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="133" />
      <source>&amp;Reminder Center</source>
      <translation>&amp;Reminder Center</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="134" />
      <source>Send a &amp;test notification</source>
      <translation>Send a &amp;test notification</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="143" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="145" />
      <source>&amp;Project</source>
      <translation>&amp;Project</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="147" />
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="148" />
      <source>&amp;Settings</source>
      <translation>&amp;Settings</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="149" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="153" />
      <source>Main toolbar</source>
      <translation>Main toolbar</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="188" />
      <source>Projects</source>
      <translation>Projects</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="316" />
      <source>Restore from archive</source>
      <translation>Restore from archive</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="316" />
      <source>&amp;Archive</source>
      <translation>&amp;Archive</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="327" />
      <source>%1 active projects, %2 need action</source>
      <translation>%1 active projects, %2 need action</translation>
    </message>
    <message>
      <location filename="../../companion/ui/main_window.py" line="345" />
      <source>Not saved</source>
      <translation>Not saved</translation>
    </message>
  </context>
  <context>
    <name>MarkReadDialog</name>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="258" />
      <source>Mark as read (既読)</source>
      <translation>Mark as read (既読)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="261" />
      <source>Read at</source>
      <translation>Read at</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="261" />
      <source>Set Read at to now</source>
      <translation>Set Read at to now</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="263" />
      <source>Read &amp;at</source>
      <translation>Read &amp;at</translation>
    </message>
  </context>
  <context>
    <name>MessageBar</name>
    <message>
      <location filename="../../companion/ui/widgets.py" line="398" />
      <source>Confirmation</source>
      <translation>Confirmation</translation>
    </message>
    <message>
      <location filename="../../companion/ui/widgets.py" line="406" />
      <source>Open folder</source>
      <translation>Open folder</translation>
    </message>
    <message>
      <location filename="../../companion/ui/widgets.py" line="411" />
      <location filename="../../companion/ui/widgets.py" line="412" />
      <source>Close the confirmation</source>
      <translation>Close the confirmation</translation>
    </message>
    <message>
      <location filename="../../companion/ui/widgets.py" line="422" />
      <source>Open folder %1</source>
      <translation>Open folder %1</translation>
    </message>
  </context>
  <context>
    <name>MessageCommands</name>
    <message>
      <location filename="../../companion/ui/commands/message_commands.py" line="19" />
      <source>Logged: you sent a message.</source>
      <translation>Logged: you sent a message.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/message_commands.py" line="19" />
      <source>Logged: they replied.</source>
      <translation>Logged: they replied.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/message_commands.py" line="65" />
      <source>This project has no platform message of yours to mark as read.</source>
      <translation>This project has no platform message of yours to mark as read.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/message_commands.py" line="69" />
      <source>Your latest message is already marked as read.</source>
      <translation>Your latest message is already marked as read.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/message_commands.py" line="72" />
      <source>Your latest message is already marked as read (%1).</source>
      <translation>Your latest message is already marked as read (%1).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/message_commands.py" line="86" />
      <source>Delete the message of %1 (%2) from the history? The timers will be recalculated.</source>
      <translation>Delete the message of %1 (%2) from the history? The timers will be recalculated.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/message_commands.py" line="88" />
      <source>Delete message</source>
      <translation>Delete message</translation>
    </message>
  </context>
  <context>
    <name>MessageDialog</name>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="99" />
      <source>Edit message</source>
      <translation>Edit message</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="99" />
      <source>Log a message</source>
      <translation>Log a message</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="124" />
      <source>I sent it</source>
      <translation>I sent it</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="125" />
      <source>They sent it</source>
      <translation>They sent it</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="134" />
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="134" />
      <source>Set When to now</source>
      <translation>Set When to now</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="138" />
      <source>Off-platform contact (email, chat) is kept in the history but does not count for the platform's 7-day silence clock.</source>
      <translation>Off-platform contact (email, chat) is kept in the history but does not count for the platform's 7-day silence clock.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="143" />
      <source>Optional: what was said</source>
      <translation>Optional: what was said</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="144" />
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="145" />
      <source>No reply needed (e.g. a simple thank-you)</source>
      <translation>No reply needed (e.g. a simple thank-you)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="150" />
      <source>Set Read at to now</source>
      <translation>Set Read at to now</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="156" />
      <source>W&amp;ho</source>
      <translation>W&amp;ho</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="159" />
      <source>Who sent the message</source>
      <translation>Who sent the message</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="166" />
      <source>&amp;Read state</source>
      <translation>&amp;Read state</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="167" />
      <source>Read &amp;at</source>
      <translation>Read &amp;at</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="162" />
      <source>&amp;When</source>
      <translation>&amp;When</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="163" />
      <source>&amp;Channel</source>
      <translation>&amp;Channel</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="164" />
      <source>&amp;Text</source>
      <translation>&amp;Text</translation>
    </message>
    <message>
      <location filename="../../companion/ui/message_dialog.py" line="150" />
      <source>Read at</source>
      <translation>Read at</translation>
    </message>
  </context>
  <context>
    <name>ProjectCommands</name>
    <message>
      <location filename="../../companion/ui/commands/project_commands.py" line="48" />
      <source>Restored “%1” from the archive.</source>
      <translation>Restored “%1” from the archive.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/project_commands.py" line="49" />
      <source>Archived “%1”. Show it again with the Archived filter.</source>
      <translation>Archived “%1”. Show it again with the Archived filter.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/project_commands.py" line="57" />
      <source>Delete project</source>
      <translation>Delete project</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/project_commands.py" line="58" />
      <source>Delete “%1” and all its messages? This cannot be undone.</source>
      <translation>Delete “%1” and all its messages? This cannot be undone.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/project_commands.py" line="59" />
      <source>To keep it out of the way instead, archive it.</source>
      <translation>To keep it out of the way instead, archive it.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/project_commands.py" line="88" />
      <source>As recorded (%1, %2), no reminder request is possible for this project. Is the stage right?</source>
      <translation>As recorded (%1, %2), no reminder request is possible for this project. Is the stage right?</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/project_commands.py" line="141" />
      <source>When did it enter this stage?</source>
      <translation>When did it enter this stage?</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/project_commands.py" line="142" />
      <source>The platform's clocks start here (a purchase, a delivery, a submission). The app noted the time you changed the stage; correct it if that happened earlier.</source>
      <translation>The platform's clocks start here (a purchase, a delivery, a submission). The app noted the time you changed the stage; correct it if that happened earlier.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/project_commands.py" line="157" />
      <source>Last seen online</source>
      <translation>Last seen online</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/project_commands.py" line="158" />
      <source>Where the platform shows no read state, its profile shows when they were last online (最終アクセス・最終ログイン). Seen after your latest message means they chose not to answer yet.</source>
      <translation>Where the platform shows no read state, its profile shows when they were last online (最終アクセス・最終ログイン). Seen after your latest message means they chose not to answer yet.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/commands/project_commands.py" line="160" />
      <source>Last seen</source>
      <translation>Last seen</translation>
    </message>
  </context>
  <context>
    <name>ProjectDialog</name>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="89" />
      <source>Edit project</source>
      <translation>Edit project</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="89" />
      <source>New project</source>
      <translation>New project</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="113" />
      <source>e.g. Banner design for a corporate site</source>
      <translation>e.g. Banner design for a corporate site</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="121" />
      <source>A plan change (計画変更) is pending</source>
      <translation>A plan change (計画変更) is pending</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="125" />
      <source>e.g. 30000</source>
      <translation>e.g. 30000</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="129" />
      <source>Currency</source>
      <translation>Currency</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="130" />
      <source>Currency code</source>
      <translation>Currency code</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="131" />
      <source>Currency: a 3-letter code such as JPY or USD</source>
      <translation>Currency: a 3-letter code such as JPY or USD</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="134" />
      <source>Curr&amp;ency</source>
      <translation>Curr&amp;ency</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="138" />
      <location filename="../../companion/ui/project_dialog.py" line="155" />
      <source>Known</source>
      <translation>Known</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="139" />
      <source>Start date known</source>
      <translation>Start date known</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="156" />
      <source>In this stage since: known</source>
      <translation>In this stage since: known</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="191" />
      <source>&amp;Title</source>
      <translation>&amp;Title</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="192" />
      <source>&amp;Platform</source>
      <translation>&amp;Platform</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="193" />
      <source>Your &amp;role</source>
      <translation>Your &amp;role</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="194" />
      <source>&amp;Counterparty</source>
      <translation>&amp;Counterparty</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="195" />
      <source>Contract t&amp;ype</source>
      <translation>Contract t&amp;ype</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="196" />
      <source>&amp;Stage</source>
      <translation>&amp;Stage</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="198" />
      <source>Project page &amp;URL</source>
      <translation>Project page &amp;URL</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="199" />
      <source>&amp;Amount</source>
      <translation>&amp;Amount</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="141" />
      <source>Start date</source>
      <translation>Start date</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="158" />
      <source>In this stage since</source>
      <translation>In this stage since</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="202" />
      <source>Start &amp;date</source>
      <translation>Start &amp;date</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="206" />
      <source>&amp;In this stage since</source>
      <translation>&amp;In this stage since</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="209" />
      <source>&amp;Notes</source>
      <translation>&amp;Notes</translation>
    </message>
  </context>
  <context>
    <name>ProjectTable</name>
    <message>
      <location filename="../../companion/ui/project_table.py" line="179" />
      <source>Project</source>
      <translation>Project</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_table.py" line="190" />
      <source>Counterparty</source>
      <translation>Counterparty</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_table.py" line="196" />
      <source>Platform</source>
      <translation>Platform</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_table.py" line="200" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_table.py" line="204" />
      <source>Stage</source>
      <translation>Stage</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_table.py" line="208" />
      <source>Waiting</source>
      <translation>Waiting</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_table.py" line="210" />
      <source>Waiting on them: how long since your first unanswered message</source>
      <translation>Waiting on them: how long since your first unanswered message</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_table.py" line="215" />
      <source>Your messages they have not answered</source>
      <translation>Your messages they have not answered</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_table.py" line="217" />
      <source>Read</source>
      <translation>Read</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_table.py" line="218" />
      <source>Whether they have read (既読) your latest message</source>
      <translation>Whether they have read (既読) your latest message</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_table.py" line="273" />
      <source>Reset column widths</source>
      <translation>Reset column widths</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_table.py" line="212" />
      <source>Unanswered</source>
      <translation>Unanswered</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_table.py" line="184" />
      <source>Next step</source>
      <translation>Next step</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_table.py" line="117" />
      <source>(archived)</source>
      <extracomment>every text the column can show (a closed vocabulary): its width is the widest of them, up to ``chars``; None: free text, ``chars`` wide, and it gives way first when room is short ``chars`` is then a cap in full-width characters (Japanese labels are twice as wide)</extracomment>
      <translation>(archived)</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <location filename="../../companion/app.py" line="209" />
      <location filename="../../companion/ui/backup_dialogs.py" line="125" />
      <source>Renraku Companion</source>
      <translation>Renraku Companion</translation>
    </message>
  </context>
  <context>
    <name>QuestionsPage</name>
    <message>
      <location filename="../../companion/ui/wizard.py" line="199" />
      <source>2. What only you know</source>
      <translation>2. What only you know</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="200" />
      <source>A question the project's data cannot answer.</source>
      <translation>A question the project's data cannot answer.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="202" />
      <source>Why ask?</source>
      <translation>Why ask?</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="203" />
      <source>For a client mid-contract, the right step depends on whether you still want the work: a reminder request that goes unanswered cancels the escrow and releases the project.</source>
      <translation>For a client mid-contract, the right step depends on whether you still want the work: a reminder request that goes unanswered cancels the escrow and releases the project.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="205" />
      <source>Do you want the work to continue?</source>
      <translation>Do you want the work to continue?</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="208" />
      <source>Yes, I want them to finish the work</source>
      <translation>Yes, I want them to finish the work</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="209" />
      <source>No, I want to end the contract and get the escrow back</source>
      <translation>No, I want to end the contract and get the escrow back</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="210" />
      <source>Not sure yet</source>
      <translation>Not sure yet</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="217" />
      <source>Nothing more to ask: the project's data answers the rest.</source>
      <translation>Nothing more to ask: the project's data answers the rest.</translation>
    </message>
  </context>
  <context>
    <name>RecommendationPage</name>
    <message>
      <location filename="../../companion/ui/wizard.py" line="261" />
      <source>4. What to do</source>
      <translation>4. What to do</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="262" />
      <source>The platform's rules applied to this project, and why.</source>
      <translation>The platform's rules applied to this project, and why.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="264" />
      <source>Where do these rules come from?</source>
      <translation>Where do these rules come from?</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="265" />
      <source>From the platform's published rules (the source of each is listed with the date it was last checked) and from common Japanese business etiquette for follow-ups.</source>
      <translation>From the platform's published rules (the source of each is listed with the date it was last checked) and from common Japanese business etiquette for follow-ups.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="282" />
      <source>Your choice</source>
      <translation>Your choice</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="298" />
      <source>Source: %1 (checked %2)</source>
      <translation>Source: %1 (checked %2)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="305" />
      <source>Reminder request possible from: %1</source>
      <translation>Reminder request possible from: %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="307" />
      <source>The reminder request has been possible since %1.</source>
      <translation>The reminder request has been possible since %1.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="309" />
      <source>Next step due: %1 (in %2)</source>
      <translation>Next step due: %1 (in %2)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="312" />
      <source>Request deadline: %1</source>
      <translation>Request deadline: %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="333" />
      <source>%1 (recommended)</source>
      <translation>%1 (recommended)</translation>
    </message>
  </context>
  <context>
    <name>ReminderCenter</name>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="37" />
      <source>Reminder Center</source>
      <translation>Reminder Center</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="43" />
      <source>Reminders</source>
      <translation>Reminders</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="46" />
      <source>Project</source>
      <translation>Project</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="46" />
      <source>Reminder</source>
      <translation>Reminder</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="46" />
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="46" />
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="55" />
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="57" />
      <source>Snooze</source>
      <translation>Snooze</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="87" />
      <source>1 hour</source>
      <translation>1 hour</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="89" />
      <source>This evening</source>
      <translation>This evening</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="89" />
      <source>Tomorrow evening</source>
      <translation>Tomorrow evening</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="91" />
      <source>Tomorrow morning</source>
      <translation>Tomorrow morning</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="91" />
      <source>This morning</source>
      <translation>This morning</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="93" />
      <source>Next business day</source>
      <translation>Next business day</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="94" />
      <source>%1 (until %2)</source>
      <translation>%1 (until %2)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="101" />
      <source>Until…</source>
      <translation>Until…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="63" />
      <source>Dismiss reminder</source>
      <translation>Dismiss reminder</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="68" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="114" />
      <source>Snoozed until %1</source>
      <translation>Snoozed until %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="116" />
      <source>Held back (quiet hours, quiet mode, or while you enter past messages)</source>
      <translation>Held back (quiet hours, quiet mode, or while you enter past messages)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="118" />
      <source>Notified</source>
      <translation>Notified</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="125" />
      <source>%1 reminders.</source>
      <translation>%1 reminders.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="125" />
      <source>No reminders right now. The app will tell you when something is due.</source>
      <translation>No reminders right now. The app will tell you when something is due.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="129" />
      <source>New reminders are paused until %1.</source>
      <translation>New reminders are paused until %1.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="133" />
      <source>Here are the reminders that came due, one per project; %1 projects need action now (the tray's count), each shown in the project list.</source>
      <translation>Here are the reminders that came due, one per project; %1 projects need action now (the tray's count), each shown in the project list.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/reminder_center.py" line="166" />
      <location filename="../../companion/ui/reminder_center.py" line="168" />
      <source>Snooze until</source>
      <translation>Snooze until</translation>
    </message>
  </context>
  <context>
    <name>Reminders</name>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="193" />
      <source>A formal request was filed against you: %1 left to answer</source>
      <extracomment>reminders that just became due (already stored as fired) the plan changed (the tray and the Reminder Center refresh) the daily digest is due (the projects needing action)</extracomment>
      <translation>A formal request was filed against you: %1 left to answer</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="194" />
      <source>Your request's clock ends in less than a day (%1)</source>
      <translation>Your request's clock ends in less than a day (%1)</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="195" />
      <source>Your request's time is over: check on the platform what happened</source>
      <translation>Your request's time is over: check on the platform what happened</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="196" />
      <source>The platform's formal step is now possible</source>
      <translation>The platform's formal step is now possible</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="197" />
      <source>Time for the next step: ask the platform's support to contact them</source>
      <translation>Time for the next step: ask the platform's support to contact them</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="198" />
      <source>Time for the next step: the platform's formal delivery first</source>
      <translation>Time for the next step: the platform's formal delivery first</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="203" />
      <source>A reminder request was filed against you: answer within 7 days</source>
      <translation>A reminder request was filed against you: answer within 7 days</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="204" />
      <source>Request against you: %1 left to answer</source>
      <translation>Request against you: %1 left to answer</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="205" />
      <source>Request against you: less than a day left (%1)</source>
      <translation>Request against you: less than a day left (%1)</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="206" />
      <source>They are waiting for your reply</source>
      <translation>They are waiting for your reply</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="207" />
      <source>Your reminder request's deadline is in less than a day (%1)</source>
      <translation>Your reminder request's deadline is in less than a day (%1)</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="208" />
      <source>Your reminder request's deadline passed: support now reviews it</source>
      <translation>Your reminder request's deadline passed: support now reviews it</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="209" />
      <source>A polite follow-up is due</source>
      <translation>A polite follow-up is due</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="210" />
      <source>The formal reminder request is now possible</source>
      <translation>The formal reminder request is now possible</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="211" />
      <source>Time for the next step: ask support (事務局) to contact them</source>
      <translation>Time for the next step: ask support (事務局) to contact them</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="212" />
      <source>Time for the next step: report completion (仕事完了報告) first, then file</source>
      <translation>Time for the next step: report completion (仕事完了報告) first, then file</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="213" />
      <source>A platform deadline is on you: act within %1</source>
      <translation>A platform deadline is on you: act within %1</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="214" />
      <source>Less than a day left on a platform deadline (%1)</source>
      <translation>Less than a day left on a platform deadline (%1)</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="215" />
      <source>The platform should have acted by itself by now: if nothing happened, ask its support</source>
      <translation>The platform should have acted by itself by now: if nothing happened, ask its support</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/scheduler.py" line="217" />
      <source>The Lancers transaction deadline (取引期限) is in %1: then it is cancelled automatically, unless it is extended</source>
      <translation>The Lancers transaction deadline (取引期限) is in %1: then it is cancelled automatically, unless it is extended</translation>
    </message>
  </context>
  <context>
    <name>RequestAgainstDialog</name>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="39" />
      <source>A reminder request was filed against me</source>
      <translation>A reminder request was filed against me</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="44" />
      <source>The other side filed a reminder request (連絡催促申請). You have 7 days from its filing to answer on the platform. When was it filed (see the platform's notice)?</source>
      <translation>The other side filed a reminder request (連絡催促申請). You have 7 days from its filing to answer on the platform. When was it filed (see the platform's notice)?</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="46" />
      <source>The other side filed a formal request against you on the platform. Which one, and when (see the platform's notice)? The app then counts its clock and says what happens if you do not answer.</source>
      <translation>The other side filed a formal request against you on the platform. Which one, and when (see the platform's notice)? The app then counts its clock and says what happens if you do not answer.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="50" />
      <source>Filed at</source>
      <translation>Filed at</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="50" />
      <source>Set Filed at to now</source>
      <translation>Set Filed at to now</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="53" />
      <source>&amp;Which request</source>
      <translation>&amp;Which request</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="54" />
      <source>&amp;Filed at</source>
      <translation>&amp;Filed at</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="80" />
      <source>A reminder request is already open for this project.</source>
      <translation>A reminder request is already open for this project.</translation>
    </message>
  </context>
  <context>
    <name>RequestOutcomeDialog</name>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="100" />
      <source>What happened to the request?</source>
      <translation>What happened to the request?</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="105" />
      <source>What became of the reminder request (連絡催促申請)? Record it so the timers stop or move on.</source>
      <translation>What became of the reminder request (連絡催促申請)? Record it so the timers stop or move on.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="109" />
      <source>They answered: the request is cleared</source>
      <translation>They answered: the request is cleared</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="109" />
      <source>I answered: the request is cleared</source>
      <translation>I answered: the request is cleared</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="110" />
      <source>They answered it on the platform (accepted or disputed)</source>
      <translation>They answered it on the platform (accepted or disputed)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="111" />
      <source>I answered it on the platform (accepted or disputed)</source>
      <translation>I answered it on the platform (accepted or disputed)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="115" />
      <source>The deadline passed: support is reviewing</source>
      <translation>The deadline passed: support is reviewing</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="116" />
      <source>Support confirmed the payment (支払い確定)</source>
      <translation>Support confirmed the payment (支払い確定)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="117" />
      <source>Support cancelled the escrow (仮払いキャンセル)</source>
      <translation>Support cancelled the escrow (仮払いキャンセル)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="120" />
      <source>Its time is over: waiting to see what the platform does</source>
      <translation>Its time is over: waiting to see what the platform does</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="121" />
      <source>The request was withdrawn</source>
      <translation>The request was withdrawn</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="123" />
      <source>Not yet: the 7-day deadline has not passed.</source>
      <translation>Not yet: the 7-day deadline has not passed.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="124" />
      <source>Not yet: its time is not over.</source>
      <translation>Not yet: its time is not over.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="125" />
      <source>Only after a completion report (仕事完了報告).</source>
      <translation>Only after a completion report (仕事完了報告).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="126" />
      <source>Only while escrow is funded and completion is not reported.</source>
      <translation>Only while escrow is funded and completion is not reported.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="142" />
      <source>Their answer came at</source>
      <translation>Their answer came at</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="142" />
      <source>My answer was sent at</source>
      <translation>My answer was sent at</translation>
    </message>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="149" />
      <source>It is logged as a platform message, so the silence timers restart from it.</source>
      <translation>It is logged as a platform message, so the silence timers restart from it.</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="34" />
      <source>Restore from backup</source>
      <translation>Restore from backup</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="38" />
      <source>Choose a backup to restore. Your current data is saved as a backup first, so nothing is lost.</source>
      <translation>Choose a backup to restore. Your current data is saved as a backup first, so nothing is lost.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="42" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="42" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="42" />
      <source>Projects</source>
      <translation>Projects</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="42" />
      <source>Messages</source>
      <translation>Messages</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="45" />
      <source>Daily</source>
      <translation>Daily</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="45" />
      <source>Manual</source>
      <translation>Manual</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="45" />
      <source>Before a restore</source>
      <translation>Before a restore</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="48" />
      <source>Before an update</source>
      <translation>Before an update</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="49" />
      <source>unreadable</source>
      <translation>unreadable</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="52" />
      <source>%1 (dated in the future)</source>
      <translation>%1 (dated in the future)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="57" />
      <source>Made while the computer's clock was ahead: its date is wrong, and it may be older than it looks. Compare the counts.</source>
      <translation>Made while the computer's clock was ahead: its date is wrong, and it may be older than it looks. Compare the counts.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="63" />
      <source>No backups yet. One is made every day at the first start.</source>
      <translation>No backups yet. One is made every day at the first start.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="65" />
      <source>Restore</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="89" />
      <source>Schema version %1; %2 projects (%3 active, %4 archived); %5.</source>
      <translation>Schema version %1; %2 projects (%3 active, %4 archived); %5.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="96" />
      <source>no messages</source>
      <translation>no messages</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="97" />
      <source>%1 messages, the newest from %2</source>
      <translation>%1 messages, the newest from %2</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="105" />
      <source>Restore the backup made on %1? It replaces what is there now.</source>
      <translation>Restore the backup made on %1? It replaces what is there now.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="107" />
      <source>The backup: %1</source>
      <translation>The backup: %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="108" />
      <source>Now: %1</source>
      <translation>Now: %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="113" />
      <source>Restoring replaces what is there now: %1 projects and %2, with the backup's %3 projects and %4.</source>
      <translation>Restoring replaces what is there now: %1 projects and %2, with the backup's %3 projects and %4.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="116" />
      <source>Your current data is saved as a backup first.</source>
      <translation>Your current data is saved as a backup first.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="127" />
      <source>The database is damaged. It is never overwritten or deleted: if you restore or start empty, it is kept as
%1</source>
      <translation>The database is damaged. It is never overwritten or deleted: if you restore or start empty, it is kept as
%1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="131" />
      <source>The latest good backup is from %1 (%2 projects, %3 messages).</source>
      <translation>The latest good backup is from %1 (%2 projects, %3 messages).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="137" />
      <source>Its date lies in the future: it was made while the computer's clock was ahead, and may be older than it looks.</source>
      <translation>Its date lies in the future: it was made while the computer's clock was ahead, and may be older than it looks.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="138" />
      <source>Restore the latest backup</source>
      <translation>Restore the latest backup</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="139" />
      <source>Choose a backup…</source>
      <translation>Choose a backup…</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="140" />
      <source>Start with an empty database</source>
      <translation>Start with an empty database</translation>
    </message>
    <message>
      <location filename="../../companion/ui/backup_dialogs.py" line="141" />
      <source>Quit</source>
      <translation>Quit</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <location filename="../../companion/store/settings.py" line="51" />
      <source> hours</source>
      <extracomment>The translation context of every label, tooltip, note, group and unit below: the UI shows them with ``QCoreApplication.translate(CONTEXT, text)``.</extracomment>
      <translation> hours</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="52" />
      <source> days</source>
      <translation> days</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="53" />
      <source>:00</source>
      <translation>:00</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="191" />
      <source>Language</source>
      <extracomment>What a setting's value is. int: a whole number; number: int or float; choice: one of ``choices``; clock: a local time of day "HH:MM"; weekdays: a list of days, Monday = 0; instant: a UTC time as the database stores it (``vocab.to_db_time``); text: any text.</extracomment>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="192" />
      <source>Timing</source>
      <translation>Timing</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="193" />
      <source>Reminders</source>
      <translation>Reminders</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="194" />
      <source>Data</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="201" />
      <source>System default</source>
      <extracomment>The dialog's groups, in the order it shows them.</extracomment>
      <translation>System default</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="202" />
      <source>Interface language</source>
      <translation>Interface language</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="203" />
      <source>A new language applies the next time the app starts.</source>
      <translation>A new language applies the next time the app starts.</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="208" />
      <source>Follow-up gap</source>
      <translation>Follow-up gap</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="209" />
      <source>How long to wait after your message before a follow-up is due.</source>
      <translation>How long to wait after your message before a follow-up is due.</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="214" />
      <source>Follow-ups before a formal step</source>
      <translation>Follow-ups before a formal step</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="215" />
      <source>How many unanswered messages to send before any formal step (the seed and Lancers suggest about 3).</source>
      <translation>How many unanswered messages to send before any formal step (the seed and Lancers suggest about 3).</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="221" />
      <source>Silence before a reminder request</source>
      <translation>Silence before a reminder request</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="222" />
      <source>Lancers requires at least 7 days of silence; you may choose to wait longer.</source>
      <translation>Lancers requires at least 7 days of silence; you may choose to wait longer.</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="227" />
      <source>Remind me of a reply I owe after</source>
      <translation>Remind me of a reply I owe after</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="232" />
      <source>Quiet hours</source>
      <translation>Quiet hours</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="233" />
      <source>No reminders during these hours, except platform deadlines less than 24 hours away.</source>
      <translation>No reminders during these hours, except platform deadlines less than 24 hours away.</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="239" />
      <source>End of the quiet hours</source>
      <translation>End of the quiet hours</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="243" />
      <source>On</source>
      <translation>On</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="244" />
      <source>The days the quiet hours apply to (hours past midnight belong to the day they start on).</source>
      <translation>The days the quiet hours apply to (hours past midnight belong to the day they start on).</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="250" />
      <source>Daily digest at</source>
      <translation>Daily digest at</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="251" />
      <source>Once a day at this hour, one notification that lists the projects waiting for a step from you.</source>
      <translation>Once a day at this hour, one notification that lists the projects waiting for a step from you.</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="257" />
      <source>Keep the last backups</source>
      <translation>Keep the last backups</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="258" />
      <source>A backup is made every day at the first start, before each update, and on demand.</source>
      <translation>A backup is made every day at the first start, before each update, and on demand.</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="264" />
      <source>Keep a calendar file (.ics) in the data folder up to date</source>
      <translation>Keep a calendar file (.ics) in the data folder up to date</translation>
    </message>
    <message>
      <location filename="../../companion/store/settings.py" line="265" />
      <source>The coming deadlines and reminders as renraku-companion.ics, rewritten when your data change, for a calendar app that subscribes to a local file.</source>
      <translation>The coming deadlines and reminders as renraku-companion.ics, rewritten when your data change, for a calendar app that subscribes to a local file.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../companion/ui/settings_dialog.py" line="52" />
      <source>Quiet hours from</source>
      <translation>Quiet hours from</translation>
    </message>
    <message>
      <location filename="../../companion/ui/settings_dialog.py" line="53" />
      <source>Quiet hours to</source>
      <translation>Quiet hours to</translation>
    </message>
    <message>
      <location filename="../../companion/ui/settings_dialog.py" line="54" />
      <source>Daily digest time</source>
      <translation>Daily digest time</translation>
    </message>
    <message>
      <location filename="../../companion/ui/settings_dialog.py" line="63" />
      <source>%1: value</source>
      <translation>%1: value</translation>
    </message>
    <message>
      <location filename="../../companion/ui/settings_dialog.py" line="129" />
      <source>Mon</source>
      <translation>Mon</translation>
    </message>
    <message>
      <location filename="../../companion/ui/settings_dialog.py" line="129" />
      <source>Tue</source>
      <translation>Tue</translation>
    </message>
    <message>
      <location filename="../../companion/ui/settings_dialog.py" line="130" />
      <source>Wed</source>
      <translation>Wed</translation>
    </message>
    <message>
      <location filename="../../companion/ui/settings_dialog.py" line="130" />
      <source>Thu</source>
      <translation>Thu</translation>
    </message>
    <message>
      <location filename="../../companion/ui/settings_dialog.py" line="131" />
      <source>Fri</source>
      <translation>Fri</translation>
    </message>
    <message>
      <location filename="../../companion/ui/settings_dialog.py" line="131" />
      <source>Sat</source>
      <translation>Sat</translation>
    </message>
    <message>
      <location filename="../../companion/ui/settings_dialog.py" line="132" />
      <source>Sun</source>
      <translation>Sun</translation>
    </message>
    <message>
      <location filename="../../companion/ui/settings_dialog.py" line="181" />
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../companion/ui/settings_dialog.py" line="198" />
      <source>Reminder request deadline</source>
      <translation>Reminder request deadline</translation>
    </message>
    <message>
      <location filename="../../companion/ui/settings_dialog.py" line="198" />
      <source>7 days (168 hours), set by the platform</source>
      <translation>7 days (168 hours), set by the platform</translation>
    </message>
    <message>
      <location filename="../../companion/ui/settings_dialog.py" line="194" />
      <source>Start at login, minimised to the tray</source>
      <translation>Start at login, minimised to the tray</translation>
    </message>
  </context>
  <context>
    <name>SituationPage</name>
    <message>
      <location filename="../../companion/ui/wizard.py" line="97" />
      <source>1. The situation</source>
      <translation>1. The situation</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="98" />
      <source>Filled in from the project. Correct anything that is out of date.</source>
      <translation>Filled in from the project. Correct anything that is out of date.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="100" />
      <source>Why these facts?</source>
      <translation>Why these facts?</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="101" />
      <source>The platform's rules depend on the stage of the contract, the contract type, whether a plan change is pending, and how long they have been silent on the platform. Off-platform e-mail or chat does not count.</source>
      <translation>The platform's rules depend on the stage of the contract, the contract type, whether a plan change is pending, and how long they have been silent on the platform. Off-platform e-mail or chat does not count.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="132" />
      <source>A plan change (計画変更) is pending</source>
      <translation>A plan change (計画変更) is pending</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="141" />
      <source>Look at your latest message on the platform: does it show 既読 (read) or 未読 (unread)?</source>
      <translation>Look at your latest message on the platform: does it show 既読 (read) or 未読 (unread)?</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="144" />
      <source>This platform shows no read state. Record when they were last online (最終アクセス) in the project instead: it tells the likely causes.</source>
      <translation>This platform shows no read state. Record when they were last online (最終アクセス) in the project instead: it tells the likely causes.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="146" />
      <source>Your role</source>
      <translation>Your role</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="147" />
      <source>Contract type</source>
      <translation>Contract type</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="148" />
      <source>Stage</source>
      <translation>Stage</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="150" />
      <source>Your latest message is</source>
      <translation>Your latest message is</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="156" />
      <source>From your message log</source>
      <translation>From your message log</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="160" />
      <source>Their last message on the platform</source>
      <translation>Their last message on the platform</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="160" />
      <source>none</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="162" />
      <source>Your unanswered messages</source>
      <translation>Your unanswered messages</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="164" />
      <source>Waiting for</source>
      <translation>Waiting for</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="166" />
      <source>You owe a reply for</source>
      <translation>You owe a reply for</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="171" />
      <source>Reminder requests (連絡催促申請)</source>
      <translation>Reminder requests (連絡催促申請)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="172" />
      <source>Formal requests on the platform</source>
      <translation>Formal requests on the platform</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="174" />
      <source>I filed one, pending since</source>
      <translation>I filed one, pending since</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="176" />
      <source>When I filed my request</source>
      <translation>When I filed my request</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="176" />
      <source>Set when I filed my request to now</source>
      <translation>Set when I filed my request to now</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="177" />
      <source>One was filed against me at</source>
      <translation>One was filed against me at</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="179" />
      <source>When the request against me was filed</source>
      <translation>When the request against me was filed</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="180" />
      <source>Set when the request against me was filed to now</source>
      <translation>Set when the request against me was filed to now</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="111" />
      <source>Save corrections to the project</source>
      <translation>Save corrections to the project</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <location filename="../../companion/app.py" line="152" />
      <source>The database is in use by another program. Is Renraku Companion already running?</source>
      <translation>The database is in use by another program. Is Renraku Companion already running?</translation>
    </message>
    <message>
      <location filename="../../companion/app.py" line="153" />
      <source>The file is not a Renraku Companion database, or it is damaged. It has not been changed. Move it aside, or put back a copy from the “backups” folder next to it, and start again.</source>
      <translation>The file is not a Renraku Companion database, or it is damaged. It has not been changed. Move it aside, or put back a copy from the “backups” folder next to it, and start again.</translation>
    </message>
    <message>
      <location filename="../../companion/app.py" line="154" />
      <source>The file or its folder cannot be read or written. Check their permissions.</source>
      <translation>The file or its folder cannot be read or written. Check their permissions.</translation>
    </message>
    <message>
      <location filename="../../companion/app.py" line="155" />
      <source>The database was made by a newer version of Renraku Companion. Please update the app.</source>
      <translation>The database was made by a newer version of Renraku Companion. Please update the app.</translation>
    </message>
    <message>
      <location filename="../../companion/app.py" line="156" />
      <source>The database could not be backed up before being updated (is the “backups” folder blocked?). Nothing was changed.</source>
      <translation>The database could not be backed up before being updated (is the “backups” folder blocked?). Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../companion/app.py" line="157" />
      <source>The file is another program's database, not Renraku Companion's. It has not been changed. Move it elsewhere, or choose another data folder with --data-dir.</source>
      <translation>The file is another program's database, not Renraku Companion's. It has not been changed. Move it elsewhere, or choose another data folder with --data-dir.</translation>
    </message>
    <message>
      <location filename="../../companion/app.py" line="158" />
      <source>The database file is a link to a file that does not exist. Nothing was created. Remove the link, or put back the file it points to.</source>
      <translation>The database file is a link to a file that does not exist. Nothing was created. Remove the link, or put back the file it points to.</translation>
    </message>
    <message>
      <location filename="../../companion/app.py" line="163" />
      <source>Details: %1</source>
      <translation>Details: %1</translation>
    </message>
    <message>
      <location filename="../../companion/app.py" line="210" />
      <source>The database check found damage. To protect what is there, changes are no longer saved: use File → Restore from backup… (or File → Export…) now.</source>
      <translation>The database check found damage. To protect what is there, changes are no longer saved: use File → Restore from backup… (or File → Export…) now.</translation>
    </message>
    <message>
      <location filename="../../companion/app.py" line="237" />
      <source>Renraku Companion</source>
      <translation>Renraku Companion</translation>
    </message>
    <message>
      <location filename="../../companion/app.py" line="238" />
      <source>Something went wrong: %1
It was written to the log; your data was not changed by this action.</source>
      <translation>Something went wrong: %1
It was written to the log; your data was not changed by this action.</translation>
    </message>
    <message>
      <location filename="../../companion/app.py" line="295" />
      <source>Renraku Companion cannot start</source>
      <translation>Renraku Companion cannot start</translation>
    </message>
    <message>
      <location filename="../../companion/app.py" line="326" />
      <source>The data folder could not be created.</source>
      <translation>The data folder could not be created.</translation>
    </message>
    <message>
      <location filename="../../companion/app.py" line="341" />
      <source>The data folder cannot be written.</source>
      <translation>The data folder cannot be written.</translation>
    </message>
    <message>
      <location filename="../../companion/app.py" line="352" />
      <source>Renraku Companion is already running.</source>
      <translation>Renraku Companion is already running.</translation>
    </message>
    <message>
      <location filename="../../companion/app.py" line="391" />
      <location filename="../../companion/app.py" line="400" />
      <source>The database could not be opened.</source>
      <translation>The database could not be opened.</translation>
    </message>
  </context>
  <context>
    <name>Status</name>
    <message>
      <location filename="../../companion/cli.py" line="273" />
      <source>Project</source>
      <translation>Project</translation>
    </message>
    <message>
      <location filename="../../companion/cli.py" line="274" />
      <source>Platform</source>
      <translation>Platform</translation>
    </message>
    <message>
      <location filename="../../companion/cli.py" line="275" />
      <source>Stage</source>
      <translation>Stage</translation>
    </message>
    <message>
      <location filename="../../companion/cli.py" line="276" />
      <source>Next step</source>
      <translation>Next step</translation>
    </message>
    <message>
      <location filename="../../companion/cli.py" line="277" />
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../companion/cli.py" line="286" />
      <source>(archived)</source>
      <translation>(archived)</translation>
    </message>
    <message>
      <location filename="../../companion/cli.py" line="293" />
      <source>No active projects.</source>
      <translation>No active projects.</translation>
    </message>
  </context>
  <context>
    <name>SummaryPage</name>
    <message>
      <location filename="../../companion/ui/wizard.py" line="697" />
      <source>7. Summary</source>
      <translation>7. Summary</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="698" />
      <source>What was decided and recorded. It is kept in the project's history.</source>
      <translation>What was decided and recorded. It is kept in the project's history.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="709" />
      <source>Recommended: %1</source>
      <translation>Recommended: %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="710" />
      <source>Your choice: %1</source>
      <translation>Your choice: %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="716" />
      <source>Next: %1</source>
      <translation>Next: %1</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="720" />
      <source>Its deadline is %1. The project shows the countdown; record what happens with “Record what happened…”.</source>
      <translation>Its deadline is %1. The project shows the countdown; record what happens with “Record what happened…”.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/wizard.py" line="723" />
      <source>Nothing was recorded. You can come back to this wizard at any time.</source>
      <translation>Nothing was recorded. You can come back to this wizard at any time.</translation>
    </message>
  </context>
  <context>
    <name>TimeDialog</name>
    <message>
      <location filename="../../companion/ui/request_dialogs.py" line="201" />
      <source>Not known</source>
      <translation>Not known</translation>
    </message>
  </context>
  <context>
    <name>Tray</name>
    <message>
      <location filename="../../companion/desktop/tray.py" line="58" />
      <source>Renraku Companion</source>
      <translation>Renraku Companion</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/tray.py" line="60" />
      <source>%1 need action</source>
      <translation>%1 need action</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/tray.py" line="65" />
      <source>Reminders paused until %1</source>
      <translation>Reminders paused until %1</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/tray.py" line="80" />
      <source>Needs action</source>
      <translation>Needs action</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/tray.py" line="89" />
      <source>… and %1 more</source>
      <translation>… and %1 more</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/tray.py" line="92" />
      <source>Open window</source>
      <translation>Open window</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/tray.py" line="93" />
      <source>Reminder Center</source>
      <translation>Reminder Center</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/tray.py" line="99" />
      <source>✓ All snoozed until %1</source>
      <translation>✓ All snoozed until %1</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/tray.py" line="100" />
      <source>Snooze all for 1 hour</source>
      <translation>Snooze all for 1 hour</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/tray.py" line="101" />
      <source>Quiet mode</source>
      <translation>Quiet mode</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/tray.py" line="103" />
      <source>Quiet mode: on until %1</source>
      <translation>Quiet mode: on until %1</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/tray.py" line="105" />
      <source>For 1 hour</source>
      <translation>For 1 hour</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/tray.py" line="106" />
      <source>Until tomorrow morning</source>
      <translation>Until tomorrow morning</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/tray.py" line="107" />
      <source>Off</source>
      <translation>Off</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/tray.py" line="108" />
      <source>Settings…</source>
      <translation>Settings…</translation>
    </message>
    <message>
      <location filename="../../companion/desktop/tray.py" line="110" />
      <source>Quit</source>
      <translation>Quit</translation>
    </message>
  </context>
  <context>
    <name>Upwork</name>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="13" />
      <source>Proposal / interview (提案・面接中)</source>
      <translation>Proposal / interview (提案・面接中)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="14" />
      <source>Contract started, milestone not funded (契約開始・マイルストーン未入金)</source>
      <translation>Contract started, milestone not funded (契約開始・マイルストーン未入金)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="15" />
      <source>Milestone funded (マイルストーン入金済み・作業中)</source>
      <translation>Milestone funded (マイルストーン入金済み・作業中)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="16" />
      <source>Work done, not submitted yet (作業完了・未提出)</source>
      <translation>Work done, not submitted yet (作業完了・未提出)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="17" />
      <source>Work submitted for the milestone (提出済み・承認待ち)</source>
      <translation>Work submitted for the milestone (提出済み・承認待ち)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="18" />
      <source>Payment released (支払い済み)</source>
      <translation>Payment released (支払い済み)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="19" />
      <source>Contract ended / refunded (契約終了・返金)</source>
      <translation>Contract ended / refunded (契約終了・返金)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="25" />
      <source>Proposal or interview: no contract yet, so Upwork has no formal route.</source>
      <translation>Proposal or interview: no contract yet, so Upwork has no formal route.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="26" />
      <source>The contract has started but the client has not funded the milestone. Never start work before it is funded.</source>
      <translation>The contract has started but the client has not funded the milestone. Never start work before it is funded.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="27" />
      <source>The client funded the milestone (project funds, held by Upwork); work is under way.</source>
      <translation>The client funded the milestone (project funds, held by Upwork); work is under way.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="28" />
      <source>The work is done and sent, but not yet submitted for the milestone on Upwork.</source>
      <translation>The work is done and sent, but not yet submitted for the milestone on Upwork.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="29" />
      <source>The work is submitted for the milestone: the client has 14 days to approve it or request changes, else Upwork releases the funds.</source>
      <translation>The work is submitted for the milestone: the client has 14 days to approve it or request changes, else Upwork releases the funds.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="30" />
      <source>The payment for the milestone was released to the freelancer.</source>
      <translation>The payment for the milestone was released to the freelancer.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="31" />
      <source>The contract was ended, or the funds were refunded to the client.</source>
      <translation>The contract was ended, or the funds were refunded to the client.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="37" />
      <source>Refund request: end the contract and get the funded milestone back (返金リクエスト)</source>
      <translation>Refund request: end the contract and get the funded milestone back (返金リクエスト)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="38" />
      <source>The client's 14 days to approve or request changes (承認期間)</source>
      <translation>The client's 14 days to approve or request changes (承認期間)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="39" />
      <source>Submit the work for the milestone (Submit work・成果物の提出)</source>
      <translation>Submit the work for the milestone (Submit work・成果物の提出)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="46" />
      <source>The client ended the contract and requested a refund of the funded milestone: you have 7 days to approve or dispute it.</source>
      <translation>The client ended the contract and requested a refund of the funded milestone: you have 7 days to approve or dispute it.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="47" />
      <source>The contract is over (payment released, or the contract ended).</source>
      <translation>The contract is over (payment released, or the contract ended).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="48" />
      <source>Your refund request is pending: the freelancer has 7 days to approve or dispute it.</source>
      <translation>Your refund request is pending: the freelancer has 7 days to approve or dispute it.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="49" />
      <source>Send about 3 messages a few days apart before any formal step (a polite reminder after 2–3 business days is the usual pace).</source>
      <translation>Send about 3 messages a few days apart before any formal step (a polite reminder after 2–3 business days is the usual pace).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="50" />
      <source>Without a contract there is no formal route: Upwork's protections start with a funded milestone.</source>
      <translation>Without a contract there is no formal route: Upwork's protections start with a funded milestone.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="51" />
      <source>Upwork's refund request and automatic release are for fixed-price contracts only. For this contract, ask Upwork support.</source>
      <translation>Upwork's refund request and automatic release are for fixed-price contracts only. For this contract, ask Upwork support.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="52" />
      <source>The milestone is not funded yet, so Upwork has no formal route. A freelancer should never start work before it is funded; Upwork support can contact the other side.</source>
      <translation>The milestone is not funded yet, so Upwork has no formal route. A freelancer should never start work before it is funded; Upwork support can contact the other side.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="53" />
      <source>Upwork support can contact the client. Once the work is done, submit it: if the client does nothing, the funds are released 14 days later.</source>
      <translation>Upwork support can contact the client. Once the work is done, submit it: if the client does nothing, the funds are released 14 days later.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="54" />
      <source>You do not want the work to continue: end the contract and request a refund of the funded milestone. If the freelancer neither approves nor disputes within 7 days, the refund goes to you.</source>
      <translation>You do not want the work to continue: end the contract and request a refund of the funded milestone. If the freelancer neither approves nor disputes within 7 days, the refund goes to you.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="55" />
      <source>You want the work to continue: Upwork support can contact the freelancer. A refund request would end the contract.</source>
      <translation>You want the work to continue: Upwork support can contact the freelancer. A refund request would end the contract.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="57" />
      <source>The freelancer submitted the work: approve it or request changes within 14 days of the submission. If you do nothing, Upwork releases the funds to the freelancer.</source>
      <translation>The freelancer submitted the work: approve it or request changes within 14 days of the submission. If you do nothing, Upwork releases the funds to the freelancer.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="58" />
      <source>The freelancer submitted the work: you have 14 days from the submission to approve it or request changes, or Upwork releases the funds. The app does not know when it was submitted: check the contract and set the date.</source>
      <translation>The freelancer submitted the work: you have 14 days from the submission to approve it or request changes, or Upwork releases the funds. The app does not know when it was submitted: check the contract and set the date.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="59" />
      <source>The 14 days after the submission are over: Upwork releases the funds to the freelancer automatically. Update the stage once the contract shows it.</source>
      <translation>The 14 days after the submission are over: Upwork releases the funds to the freelancer automatically. Update the stage once the contract shows it.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="60" />
      <source>You submitted the work: if the client does nothing, Upwork releases the funds to you 14 days after the submission. No follow-up is needed.</source>
      <translation>You submitted the work: if the client does nothing, Upwork releases the funds to you 14 days after the submission. No follow-up is needed.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="61" />
      <source>The 14 days after your submission are over. If the contract does not show the payment released, ask Upwork support: it should have been released automatically.</source>
      <translation>The 14 days after your submission are over. If the contract does not show the payment released, ask Upwork support: it should have been released automatically.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="62" />
      <source>You submitted the work: if the client does nothing, Upwork releases the funds 14 days after the submission. The app does not know when you submitted: set the date to see the day.</source>
      <translation>You submitted the work: if the client does nothing, Upwork releases the funds 14 days after the submission. The app does not know when you submitted: set the date to see the day.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="63" />
      <source>The work is done but not submitted. Submit it for the milestone on Upwork: if the client does nothing, Upwork releases the funds 14 days after the submission.</source>
      <translation>The work is done but not submitted. Submit it for the milestone on Upwork: if the client does nothing, Upwork releases the funds 14 days after the submission.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="64" />
      <source>An hourly contract has no formal route: pause the contract, and ask Upwork support to contact the freelancer.</source>
      <translation>An hourly contract has no formal route: pause the contract, and ask Upwork support to contact the freelancer.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="70" />
      <source>Upwork feedback is double-blind: each side has 14 days after the contract ends, and neither sees the other's until both have left it or the 14 days are over. An unhappy freelancer may still rate you low; the fault is theirs; keep a calm record.</source>
      <translation>Upwork feedback is double-blind: each side has 14 days after the contract ends, and neither sees the other's until both have left it or the 14 days are over. An unhappy freelancer may still rate you low; the fault is theirs; keep a calm record.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="71" />
      <source>Never end a fixed-price contract yourself: that gives up the funded milestone. Once the work is done, submit it.</source>
      <translation>Never end a fixed-price contract yourself: that gives up the funded milestone. Once the work is done, submit it.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="72" />
      <source>An unanswered refund request returns the funded milestone to the client: the work so far would go unpaid.</source>
      <translation>An unanswered refund request returns the funded milestone to the client: the work so far would go unpaid.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="73" />
      <source>Do not start work before the milestone is funded (project funds).</source>
      <translation>Do not start work before the milestone is funded (project funds).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="74" />
      <source>Upwork has no formal route for this contract.</source>
      <translation>Upwork has no formal route for this contract.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="75" />
      <source>If you leave the client without an answer, they may end the contract and request a refund; you would then have 7 days to approve or dispute it.</source>
      <translation>If you leave the client without an answer, they may end the contract and request a refund; you would then have 7 days to approve or dispute it.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="76" />
      <source>The freelancer can dispute the refund within the 7 days: then Upwork mediates first. An undisputed refund is credited within 5 business days.</source>
      <translation>The freelancer can dispute the refund within the 7 days: then Upwork mediates first. An undisputed refund is credited within 5 business days.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="82" />
      <source>If the freelancer neither approves nor disputes within 7 days: the funded milestone is refunded to you.</source>
      <translation>If the freelancer neither approves nor disputes within 7 days: the funded milestone is refunded to you.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="83" />
      <source>If the client neither approves nor requests changes within 14 days of the submission: Upwork releases the funds to you.</source>
      <translation>If the client neither approves nor requests changes within 14 days of the submission: Upwork releases the funds to you.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="89" />
      <source>If you neither approve nor dispute within 7 days: the refund goes to the client, and the funded milestone is lost to you.</source>
      <translation>If you neither approve nor dispute within 7 days: the refund goes to the client, and the funded milestone is lost to you.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="90" />
      <source>If you neither approve nor request changes within 14 days of the submission: Upwork releases the funds to the freelancer.</source>
      <translation>If you neither approve nor request changes within 14 days of the submission: Upwork releases the funds to the freelancer.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="96" />
      <source>Act before Upwork's deadline</source>
      <translation>Act before Upwork's deadline</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="97" />
      <source>Track your request</source>
      <translation>Track your request</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="98" />
      <source>Ask Upwork support to contact them</source>
      <translation>Ask Upwork support to contact them</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="99" />
      <source>Submit the work (成果物の提出)</source>
      <translation>Submit the work (成果物の提出)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="100" />
      <source>File the refund request</source>
      <translation>File the refund request</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="108" />
      <source>Freelancer (フリーランサー)</source>
      <translation>Freelancer (フリーランサー)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="108" />
      <source>Client (クライアント)</source>
      <translation>Client (クライアント)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/platforms/upwork.py" line="115" />
      <source>Upwork support (サポート)</source>
      <translation>Upwork support (サポート)</translation>
    </message>
  </context>
  <context>
    <name>Validation</name>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="43" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="44" />
      <source>Project page URL</source>
      <translation>Project page URL</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="45" />
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="46" />
      <source>Currency</source>
      <translation>Currency</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="47" />
      <source>Start date</source>
      <translation>Start date</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="48" />
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="49" />
      <source>Filed at</source>
      <translation>Filed at</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="50" />
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="51" />
      <source>Not saved</source>
      <translation>Not saved</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="52" />
      <source>Read at</source>
      <translation>Read at</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="53" />
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="54" />
      <source>In this stage since</source>
      <translation>In this stage since</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="55" />
      <source>Last seen online</source>
      <translation>Last seen online</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="58" />
      <source>This field is required.</source>
      <translation>This field is required.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="59" />
      <source>Only web addresses starting with http:// or https:// are allowed.</source>
      <translation>Only web addresses starting with http:// or https:// are allowed.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="60" />
      <source>Enter a number, for example 30000.</source>
      <translation>Enter a number, for example 30000.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="61" />
      <source>Enter an amount of 0 or more.</source>
      <translation>Enter an amount of 0 or more.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="62" />
      <source>Use a 3-letter currency code such as JPY or USD.</source>
      <translation>Use a 3-letter currency code such as JPY or USD.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="63" />
      <source>The time cannot be in the future.</source>
      <translation>The time cannot be in the future.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="64" />
      <source>A message cannot be read before it was sent.</source>
      <translation>A message cannot be read before it was sent.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="65" />
      <source>The text is too long.</source>
      <translation>The text is too long.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="66" />
      <source>The date is before the year 2000: please check it.</source>
      <translation>The date is before the year 2000: please check it.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="67" />
      <source>Enter a date between the year 2000 and 2999.</source>
      <translation>Enter a date between the year 2000 and 2999.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="68" />
      <source>The 7-day deadline has not passed yet.</source>
      <translation>The 7-day deadline has not passed yet.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="69" />
      <source>The disk is full. Nothing was changed: free some space and try again.</source>
      <translation>The disk is full. Nothing was changed: free some space and try again.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="70" />
      <source>The data folder cannot be written (read-only or no permission). Nothing was changed.</source>
      <translation>The data folder cannot be written (read-only or no permission). Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="71" />
      <source>The data could not be saved. Nothing was changed.</source>
      <translation>The data could not be saved. Nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="72" />
      <source>Support confirms the payment only after a completion report (仕事完了報告).</source>
      <translation>Support confirms the payment only after a completion report (仕事完了報告).</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="73" />
      <source>Support cancels the escrow only before a completion report.</source>
      <translation>Support cancels the escrow only before a completion report.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/project_dialog.py" line="74" />
      <source>The answer cannot come before the request was filed.</source>
      <translation>The answer cannot come before the request was filed.</translation>
    </message>
  </context>
  <context>
    <name>Widgets</name>
    <message>
      <location filename="../../companion/ui/widgets.py" line="148" />
      <source>Problems</source>
      <translation>Problems</translation>
    </message>
    <message>
      <location filename="../../companion/ui/widgets.py" line="311" />
      <source>Cannot open</source>
      <translation>Cannot open</translation>
    </message>
    <message>
      <location filename="../../companion/ui/widgets.py" line="311" />
      <source>Only http:// and https:// addresses with a plain host name are opened.</source>
      <translation>Only http:// and https:// addresses with a plain host name are opened.</translation>
    </message>
    <message>
      <location filename="../../companion/ui/widgets.py" line="330" />
      <source>(cannot be opened)</source>
      <translation>(cannot be opened)</translation>
    </message>
    <message>
      <location filename="../../companion/ui/widgets.py" line="334" />
      <source>as typed: %1</source>
      <translation>as typed: %1</translation>
    </message>
  </context>
</TS>
