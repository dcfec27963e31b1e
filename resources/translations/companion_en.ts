<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="41"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="66"/>
        <source>Add a project</source>
        <translation>Add a project</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="68"/>
        <source>Load demo data</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="105"/>
        <source>I sent a message now</source>
        <translation>I sent a message now</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="106"/>
        <source>Log a platform message you sent just now</source>
        <translation>Log a platform message you sent just now</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="108"/>
        <source>They replied now</source>
        <translation>They replied now</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="109"/>
        <source>Log a platform message they sent just now</source>
        <translation>Log a platform message they sent just now</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="111"/>
        <source>Log a message…</source>
        <translation>Log a message…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="118"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="123"/>
        <source>Counterparty</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="124"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="125"/>
        <source>Your role</source>
        <translation>Your role</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="126"/>
        <source>Contract type</source>
        <translation>Contract type</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="127"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="128"/>
        <source>Plan change (計画変更)</source>
        <translation>Plan change (計画変更)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="129"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="130"/>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="131"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="136"/>
        <source>Open project page</source>
        <translation>Open project page</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="140"/>
        <source>Timers</source>
        <translation>Timers</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="144"/>
        <source>Waiting on them</source>
        <translation>Waiting on them</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="145"/>
        <source>Silent since</source>
        <translation>Silent since</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="146"/>
        <source>Unanswered messages</source>
        <translation>Unanswered messages</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="147"/>
        <source>Latest read state</source>
        <translation>Latest read state</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="148"/>
        <source>You owe a reply for</source>
        <translation>You owe a reply for</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="149"/>
        <source>Next follow-up</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="150"/>
        <source>Reminder request possible</source>
        <translation>Reminder request possible</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="151"/>
        <source>Request deadline</source>
        <translation>Request deadline</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="164"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="164"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="164"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="164"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="164"/>
        <source>Read state</source>
        <translation>Read state</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="170"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="174"/>
        <source>Edit message…</source>
        <translation>Edit message…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="176"/>
        <source>Mark as read (既読)…</source>
        <translation>Mark as read (既読)…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="178"/>
        <source>Delete message…</source>
        <translation>Delete message…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="192"/>
        <source>No projects yet</source>
        <translation>No projects yet</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="194"/>
        <source>Add the project whose counterparty went quiet, or load the demo data to look around.</source>
        <translation>Add the project whose counterparty went quiet, or load the demo data to look around.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="197"/>
        <source>Select a project</source>
        <translation>Select a project</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="198"/>
        <source>Pick a project in the list to see its timers and history.</source>
        <translation>Pick a project in the list to see its timers and history.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="207"/>
        <source>(archived)</source>
        <translation>(archived)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="215"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="215"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="256"/>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="259"/>
        <source>%1 (%2 ago)</source>
        <translation>%1 (%2 ago)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/detail_pane.py" line="275"/>
        <source>[no reply needed]</source>
        <translation>[no reply needed]</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../../companion/ui/text.py" line="129"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="130"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="133"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="134"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="135"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../companion/ui/text.py" line="18"/>
        <source>Lancers</source>
        <translation>Lancers</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="19"/>
        <source>CrowdWorks</source>
        <translation>CrowdWorks</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="20"/>
        <source>Coconala</source>
        <translation>Coconala</translation>
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
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="28"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="28"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="33"/>
        <location filename="../../companion/ui/text.py" line="60"/>
        <source>Negotiating</source>
        <translation>Negotiating</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="34"/>
        <source>No escrow yet</source>
        <translation>No escrow yet</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="35"/>
        <source>Escrow funded</source>
        <translation>Escrow funded</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="36"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="37"/>
        <source>Completion reported</source>
        <translation>Completion reported</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="38"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="39"/>
        <location filename="../../companion/ui/text.py" line="66"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="44"/>
        <source>Worker (ランサー)</source>
        <translation>Worker (ランサー)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="44"/>
        <source>Client (クライアント)</source>
        <translation>Client (クライアント)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="49"/>
        <source>Fixed-fee project (プロジェクト固定報酬)</source>
        <translation>Fixed-fee project (プロジェクト固定報酬)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="50"/>
        <source>Direct request (直接依頼)</source>
        <translation>Direct request (直接依頼)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="51"/>
        <source>Hourly (時間報酬)</source>
        <translation>Hourly (時間報酬)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="52"/>
        <source>Task (タスク)</source>
        <translation>Task (タスク)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="53"/>
        <source>Competition (コンペ)</source>
        <translation>Competition (コンペ)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="54"/>
        <source>Package (パッケージ)</source>
        <translation>Package (パッケージ)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="61"/>
        <source>Contracted, no escrow yet</source>
        <translation>Contracted, no escrow yet</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="62"/>
        <source>Escrow funded (仮払い)</source>
        <translation>Escrow funded (仮払い)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="63"/>
        <source>Delivered (納品)</source>
        <translation>Delivered (納品)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="64"/>
        <source>Completion reported (仕事完了報告)</source>
        <translation>Completion reported (仕事完了報告)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="65"/>
        <source>Payment confirmed (支払い確定)</source>
        <translation>Payment confirmed (支払い確定)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="72"/>
        <source>No contract yet: the platform&apos;s formal request is not available.</source>
        <translation>No contract yet: the platform&apos;s formal request is not available.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="73"/>
        <source>Contract agreed but the client has not deposited the fee (仮払い). Never start work before escrow.</source>
        <translation>Contract agreed but the client has not deposited the fee (仮払い). Never start work before escrow.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="74"/>
        <source>The client deposited the fee with the platform; work is under way.</source>
        <translation>The client deposited the fee with the platform; work is under way.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="75"/>
        <source>The worker delivered; completion has not been reported yet.</source>
        <translation>The worker delivered; completion has not been reported yet.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="76"/>
        <source>The worker reported the work complete (仕事完了報告). An unanswered reminder request then confirms the payment.</source>
        <translation>The worker reported the work complete (仕事完了報告). An unanswered reminder request then confirms the payment.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="77"/>
        <source>Payment confirmed to the worker: the transaction is over.</source>
        <translation>Payment confirmed to the worker: the transaction is over.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="78"/>
        <source>The contract was cancelled.</source>
        <translation>The contract was cancelled.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="84"/>
        <source>Platform message</source>
        <translation>Platform message</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="85"/>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="86"/>
        <source>Off-platform (email/chat)</source>
        <translation>Off-platform (email/chat)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="92"/>
        <source>Read (既読)</source>
        <translation>Read (既読)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="94"/>
        <source>Unread (未読)</source>
        <translation>Unread (未読)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="95"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="99"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="99"/>
        <source>Them</source>
        <translation>Them</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="104"/>
        <source>Stage changed: %1 → %2</source>
        <translation>Stage changed: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="108"/>
        <source>You filed a reminder request (連絡催促申請)</source>
        <translation>You filed a reminder request (連絡催促申請)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="108"/>
        <source>A reminder request was filed against you</source>
        <translation>A reminder request was filed against you</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="112"/>
        <source>Project created</source>
        <translation>Project created</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="113"/>
        <source>Project details edited</source>
        <translation>Project details edited</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="114"/>
        <source>Project archived</source>
        <translation>Project archived</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="115"/>
        <source>Project restored from the archive</source>
        <translation>Project restored from the archive</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="116"/>
        <source>A message was edited</source>
        <translation>A message was edited</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="117"/>
        <source>A message was deleted</source>
        <translation>A message was deleted</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="118"/>
        <source>A message you sent was read (既読)</source>
        <translation>A message you sent was read (既読)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="171"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="172"/>
        <source>Action needed</source>
        <translation>Action needed</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="173"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="174"/>
        <source>No action</source>
        <translation>No action</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="184"/>
        <source>Respond now: request deadline in %1</source>
        <translation>Respond now: request deadline in %1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="185"/>
        <source>Respond now: request deadline passed</source>
        <translation>Respond now: request deadline passed</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="187"/>
        <source>Reply now</source>
        <translation>Reply now</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="190"/>
        <source>Request deadline in %1</source>
        <translation>Request deadline in %1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="191"/>
        <source>Request deadline passed: support reviews</source>
        <translation>Request deadline passed: support reviews</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="195"/>
        <source>Request possible in %1</source>
        <translation>Request possible in %1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="196"/>
        <source>Follow-up in %1</source>
        <translation>Follow-up in %1</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="198"/>
        <source>Follow-up due</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="199"/>
        <source>No formal route: consider moving on</source>
        <translation>No formal route: consider moving on</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="200"/>
        <source>Contact support (事務局)</source>
        <translation>Contact support (事務局)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="201"/>
        <source>Report completion first, then file</source>
        <translation>Report completion first, then file</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="202"/>
        <source>Reminder request possible</source>
        <translation>Reminder request possible</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="203"/>
        <source>Nothing to do</source>
        <translation>Nothing to do</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="211"/>
        <source>The other side filed a reminder request (連絡催促申請) against you. Answer on the platform before the deadline, or the contract is cancelled or the payment confirmed, with a negative rating.</source>
        <translation>The other side filed a reminder request (連絡催促申請) against you. Answer on the platform before the deadline, or the contract is cancelled or the payment confirmed, with a negative rating.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="212"/>
        <source>They wrote last and are waiting for your answer. After 7 days of silence from you, they could file a reminder request against you.</source>
        <translation>They wrote last and are waiting for your answer. After 7 days of silence from you, they could file a reminder request against you.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="213"/>
        <source>Your reminder request is running. If they do not answer by the deadline, support reviews the case (not instantly).</source>
        <translation>Your reminder request is running. If they do not answer by the deadline, support reviews the case (not instantly).</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="214"/>
        <source>Give them time: a follow-up too soon feels pushy. The app tells you when the next step is due.</source>
        <translation>Give them time: a follow-up too soon feels pushy. The app tells you when the next step is due.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="215"/>
        <source>Send a polite follow-up (about 3 messages a few days apart come before any formal step).</source>
        <translation>Send a polite follow-up (about 3 messages a few days apart come before any formal step).</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="216"/>
        <source>There is no contract yet, so there is no formal route. Stop investing time; move on.</source>
        <translation>There is no contract yet, so there is no formal route. Stop investing time; move on.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="217"/>
        <source>Ask the platform&apos;s support (事務局) to contact them: no automatic cancellation, payment or rating.</source>
        <translation>Ask the platform&apos;s support (事務局) to contact them: no automatic cancellation, payment or rating.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="218"/>
        <source>You delivered but have not reported completion. Report completion (仕事完了報告) first: a request filed before that would cancel the contract and lose your delivered work.</source>
        <translation>You delivered but have not reported completion. Report completion (仕事完了報告) first: a request filed before that would cancel the contract and lose your delivered work.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="219"/>
        <source>The formal reminder request (連絡催促申請) can be filed now. Beware: the other side may retaliate with a negative rating.</source>
        <translation>The formal reminder request (連絡催促申請) can be filed now. Beware: the other side may retaliate with a negative rating.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/text.py" line="220"/>
        <source>Nobody is waiting on anybody.</source>
        <translation>Nobody is waiting on anybody.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../companion/ui/main_window.py" line="44"/>
        <source>Renraku Companion</source>
        <translation>Renraku Companion</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="76"/>
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="77"/>
        <source>&amp;Edit project…</source>
        <translation>&amp;Edit project…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="78"/>
        <source>&amp;Archive / restore</source>
        <translation>&amp;Archive / restore</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="79"/>
        <source>&amp;Delete project…</source>
        <translation>&amp;Delete project…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="81"/>
        <source>I &amp;sent a message now</source>
        <translation>I &amp;sent a message now</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="82"/>
        <source>Log a platform message you sent just now</source>
        <translation>Log a platform message you sent just now</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="85"/>
        <source>They &amp;replied now</source>
        <translation>They &amp;replied now</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="86"/>
        <source>Log a platform message they sent just now</source>
        <translation>Log a platform message they sent just now</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="88"/>
        <source>&amp;Log a message…</source>
        <translation>&amp;Log a message…</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="89"/>
        <source>Load &amp;demo data</source>
        <translation>Load &amp;demo data</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="90"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="91"/>
        <source>&amp;About Renraku Companion</source>
        <translation>&amp;About Renraku Companion</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="96"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="101"/>
        <source>&amp;Project</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="107"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="108"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="110"/>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="116"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="119"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="136"/>
        <source>Search title, counterparty, notes</source>
        <translation>Search title, counterparty, notes</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="140"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="140"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="140"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="146"/>
        <source>All platforms</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="152"/>
        <source>Needs action</source>
        <translation>Needs action</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="251"/>
        <source>Restore from archive</source>
        <translation>Restore from archive</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="251"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="259"/>
        <source>%1 active projects, %2 need action</source>
        <translation>%1 active projects, %2 need action</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="315"/>
        <source>Delete project</source>
        <translation>Delete project</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="317"/>
        <source>Delete “%1” and all its messages? This cannot be undone.</source>
        <translation>Delete “%1” and all its messages? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="318"/>
        <source>To keep it out of the way instead, archive it.</source>
        <translation>To keep it out of the way instead, archive it.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="329"/>
        <source>Logged: you sent a message.</source>
        <translation>Logged: you sent a message.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="329"/>
        <source>Logged: they replied.</source>
        <translation>Logged: they replied.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="362"/>
        <source>Delete message</source>
        <translation>Delete message</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="363"/>
        <source>Delete this message from the history? The timers will be recalculated.</source>
        <translation>Delete this message from the history? The timers will be recalculated.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="375"/>
        <source>Cannot open</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="375"/>
        <source>Only http:// and https:// addresses are opened.</source>
        <translation>Only http:// and https:// addresses are opened.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="384"/>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="385"/>
        <source>The demo data can only be loaded when there are no projects yet. Start the app with --data-dir and an empty folder to try it.</source>
        <translation>The demo data can only be loaded when there are no projects yet. Start the app with --data-dir and an empty folder to try it.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="388"/>
        <source>Loaded %1 demo projects.</source>
        <translation>Loaded %1 demo projects.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="393"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="393"/>
        <source>The language will change the next time you start Renraku Companion.</source>
        <translation>The language will change the next time you start Renraku Companion.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="398"/>
        <source>About Renraku Companion</source>
        <translation>About Renraku Companion</translation>
    </message>
    <message>
        <location filename="../../companion/ui/main_window.py" line="401"/>
        <source>Renraku Companion %1

A calm companion for when the other side of a crowdsourcing project goes quiet. Your data stays on this computer:
%2</source>
        <translation>Renraku Companion %1

A calm companion for when the other side of a crowdsourcing project goes quiet. Your data stays on this computer:
%2</translation>
    </message>
</context>
<context>
    <name>MarkReadDialog</name>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="173"/>
        <source>Mark as read (既読)</source>
        <translation>Mark as read (既読)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="177"/>
        <source>Seen at</source>
        <translation>Seen at</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="69"/>
        <source>Edit message</source>
        <translation>Edit message</translation>
    </message>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="69"/>
        <source>Log a message</source>
        <translation>Log a message</translation>
    </message>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="73"/>
        <source>I sent it</source>
        <translation>I sent it</translation>
    </message>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="74"/>
        <source>They sent it</source>
        <translation>They sent it</translation>
    </message>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="87"/>
        <source>Off-platform contact (email, chat) is kept in the history but does not count for the platform&apos;s 7-day silence clock.</source>
        <translation>Off-platform contact (email, chat) is kept in the history but does not count for the platform&apos;s 7-day silence clock.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="91"/>
        <source>Optional: what was said</source>
        <translation>Optional: what was said</translation>
    </message>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="92"/>
        <source>No reply needed (e.g. a simple thank-you)</source>
        <translation>No reply needed (e.g. a simple thank-you)</translation>
    </message>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="99"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="100"/>
        <source>&amp;When</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="101"/>
        <source>&amp;Channel</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="102"/>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="104"/>
        <source>Read state</source>
        <translation>Read state</translation>
    </message>
    <message>
        <location filename="../../companion/ui/message_dialog.py" line="105"/>
        <source>Read at</source>
        <translation>Read at</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="59"/>
        <source>Edit project</source>
        <translation>Edit project</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="59"/>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="65"/>
        <source>e.g. Banner design for a corporate site</source>
        <translation>e.g. Banner design for a corporate site</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="73"/>
        <source>A plan change (計画変更) is pending</source>
        <translation>A plan change (計画変更) is pending</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="77"/>
        <source>e.g. 30000</source>
        <translation>e.g. 30000</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="84"/>
        <source>Known</source>
        <translation>Known</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="99"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="100"/>
        <source>&amp;Platform</source>
        <translation>&amp;Platform</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="101"/>
        <source>Your &amp;role</source>
        <translation>Your &amp;role</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="102"/>
        <source>&amp;Counterparty</source>
        <translation>&amp;Counterparty</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="103"/>
        <source>Contract t&amp;ype</source>
        <translation>Contract t&amp;ype</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="104"/>
        <source>&amp;Stage</source>
        <translation>&amp;Stage</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="106"/>
        <source>Project page &amp;URL</source>
        <translation>Project page &amp;URL</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="107"/>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="108"/>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="109"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>ProjectTable</name>
    <message>
        <location filename="../../companion/ui/project_table.py" line="49"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_table.py" line="50"/>
        <source>Counterparty</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_table.py" line="51"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_table.py" line="52"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_table.py" line="53"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_table.py" line="54"/>
        <source>Waiting on them</source>
        <translation>Waiting on them</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_table.py" line="55"/>
        <source>Unanswered</source>
        <translation>Unanswered</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_table.py" line="56"/>
        <source>Read state</source>
        <translation>Read state</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_table.py" line="57"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_table.py" line="132"/>
        <source>(archived)</source>
        <translation>(archived)</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../companion/app.py" line="152"/>
        <source>Renraku Companion cannot start</source>
        <translation>Renraku Companion cannot start</translation>
    </message>
    <message>
        <location filename="../../companion/app.py" line="155"/>
        <source>The database could not be opened.</source>
        <translation>The database could not be opened.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="33"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="34"/>
        <source>Project page URL</source>
        <translation>Project page URL</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="35"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="36"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="37"/>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="38"/>
        <source>Read at</source>
        <translation>Read at</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="39"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="42"/>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="43"/>
        <source>Only web addresses starting with http:// or https:// are allowed.</source>
        <translation>Only web addresses starting with http:// or https:// are allowed.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="44"/>
        <source>Enter a number, for example 30000.</source>
        <translation>Enter a number, for example 30000.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="45"/>
        <source>Enter an amount of 0 or more.</source>
        <translation>Enter an amount of 0 or more.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="46"/>
        <source>Use a 3-letter currency code such as JPY or USD.</source>
        <translation>Use a 3-letter currency code such as JPY or USD.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="47"/>
        <source>The time cannot be in the future.</source>
        <translation>The time cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="48"/>
        <source>A message cannot be read before it was sent.</source>
        <translation>A message cannot be read before it was sent.</translation>
    </message>
    <message>
        <location filename="../../companion/ui/project_dialog.py" line="49"/>
        <source>The text is too long.</source>
        <translation>The text is too long.</translation>
    </message>
</context>
</TS>
