<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>This file holds %n record(s).</source>
        <translation>
            <numerusform>This file holds %n record.</numerusform><numerusform>This file holds %n records.</numerusform></translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>After %n minute without use</numerusform><numerusform>After %n minutes without use</numerusform></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>It holds %n record(s) in all.</source>
        <translation>
            <numerusform>It holds %n record in all.</numerusform><numerusform>It holds %n records in all.</numerusform></translation>
    </message>
</context>
</TS>