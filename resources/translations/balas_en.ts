<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AccountsPage</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/accounts_page.py" line="257"/>
        <source>Open %1 in your browser (Balas has opened it), type this code and allow Balas. The code works for %n minute(s).</source>
        <translation>
            <numerusform>Open %1 in your browser (Balas has opened it), type this code and allow Balas. The code works for %n minute.</numerusform>
            <numerusform>Open %1 in your browser (Balas has opened it), type this code and allow Balas. The code works for %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/case_panel.py" line="274"/>
        <source>%n other customer(s) mentioned “%1” this week.</source>
        <translation>
            <numerusform>%n other customer mentioned “%1” this week.</numerusform>
            <numerusform>%n other customers mentioned “%1” this week.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/case_panel.py" line="279"/>
        <source>%n other customer(s) wrote “%1” this week.</source>
        <translation>
            <numerusform>%n other customer wrote “%1” this week.</numerusform>
            <numerusform>%n other customers wrote “%1” this week.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxPresenter</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/inbox_presenter.py" line="114"/>
        <source>%n case(s) found.</source>
        <translation>
            <numerusform>%n case found.</numerusform>
            <numerusform>%n cases found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/inbox_presenter.py" line="116"/>
        <source>%n case(s) shown.</source>
        <translation>
            <numerusform>%n case shown.</numerusform>
            <numerusform>%n cases shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogCaseDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/log_case_dialog.py" line="133"/>
        <source>Known customer, %n earlier case(s).</source>
        <translation>
            <numerusform>Known customer, %n earlier case.</numerusform>
            <numerusform>Known customer, %n earlier cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="221"/>
        <source>%n case(s) saved as %1.</source>
        <translation>
            <numerusform>%n case saved as %1.</numerusform>
            <numerusform>%n cases saved as %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatternsPresenter</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/patterns_presenter.py" line="58"/>
        <source>%n customer(s) mentioned “%1”</source>
        <translation>
            <numerusform>%n customer mentioned “%1”</numerusform>
            <numerusform>%n customers mentioned “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/patterns_presenter.py" line="59"/>
        <source>%n customer(s) wrote “%1”</source>
        <translation>
            <numerusform>%n customer wrote “%1”</numerusform>
            <numerusform>%n customers wrote “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/patterns_presenter.py" line="69"/>
        <source>%n more pattern(s).</source>
        <translation>
            <numerusform>%n more pattern.</numerusform>
            <numerusform>%n more patterns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/patterns_presenter.py" line="75"/>
        <source>%n people wrote nearly the same words in a short time: “%1”. This may be organised; check before you reply.</source>
        <translation>
            <numerusform>%n person wrote nearly the same words in a short time: “%1”. This may be organised; check before you reply.</numerusform>
            <numerusform>%n people wrote nearly the same words in a short time: “%1”. This may be organised; check before you reply.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/patterns_presenter.py" line="78"/>
        <source>%n negative comments in a short time, mostly from the same few people. This may be organised; check before you reply.</source>
        <translation>
            <numerusform>%n negative comment in a short time, mostly from the same few people. This may be organised; check before you reply.</numerusform>
            <numerusform>%n negative comments in a short time, mostly from the same few people. This may be organised; check before you reply.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePresenter</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/people_presenter.py" line="59"/>
        <source>%n backup(s) made before now still hold a copy, in %1. Balas keeps the newest %2, so these are gone after %2 more backups (about a week of daily use). You may delete them there now.</source>
        <translation>
            <numerusform>%n backup made before now still holds a copy, in %1. Balas keeps the newest %2, so it is gone after %2 more backups (about a week of daily use). You may delete it there now.</numerusform>
            <numerusform>%n backups made before now still hold a copy, in %1. Balas keeps the newest %2, so these are gone after %2 more backups (about a week of daily use). You may delete them there now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/tray.py" line="160"/>
        <source>%n reminder(s) waiting</source>
        <translation>
            <numerusform>%n reminder waiting</numerusform>
            <numerusform>%n reminders waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/tray.py" line="164"/>
        <source>%n snoozed</source>
        <translation>
            <numerusform>%n snoozed</numerusform>
            <numerusform>%n snoozed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/tray.py" line="177"/>
        <source>%n reminder(s) fell due</source>
        <translation>
            <numerusform>%n reminder fell due</numerusform>
            <numerusform>%n reminders fell due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/reply_editor.py" line="269"/>
        <source>%n thing(s) to look at before sending.</source>
        <translation>
            <numerusform>%n thing to look at before sending.</numerusform>
            <numerusform>%n things to look at before sending.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/report_view.py" line="49"/>
        <location filename="../../desktop/ui/report_view.py" line="51"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/reports_window.py" line="283"/>
        <source>%n case(s) saved as %1.</source>
        <translation>
            <numerusform>%n case saved as %1.</numerusform>
            <numerusform>%n cases saved as %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/reply_editor.py" line="312"/>
        <source>%n thing(s) in this reply may upset the customer or promise too much:</source>
        <translation>
            <numerusform>%n thing in this reply may upset the customer or promise too much:</numerusform>
            <numerusform>%n things in this reply may upset the customer or promise too much:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync_status.py" line="52"/>
        <source>Offline — %n reply(s) waiting</source>
        <translation>
            <numerusform>Offline — %n reply waiting</numerusform>
            <numerusform>Offline — %n replies waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync_status.py" line="59"/>
        <source>%n reply(s) could not be posted — open the case to see why</source>
        <translation>
            <numerusform>%n reply could not be posted — open the case to see why</numerusform>
            <numerusform>%n replies could not be posted — open the case to see why</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync_status.py" line="62"/>
        <source>%n reply(s) waiting for a connected account</source>
        <translation>
            <numerusform>%n reply waiting for a connected account</numerusform>
            <numerusform>%n replies waiting for a connected account</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync_status.py" line="66"/>
        <source>%n reply(s) waiting</source>
        <translation>
            <numerusform>%n reply waiting</numerusform>
            <numerusform>%n replies waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/text.py" line="68"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/text.py" line="70"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/text.py" line="71"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
</TS>
