<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>PlanPage</name>
    <message numerus="yes">
        <source>Saved on {when}. Earlier versions: %n.</source>
        <translation>
            <numerusform>Saved on {when}. Earlier versions: %n.</numerusform><numerusform>Saved on {when}. Earlier versions: %n.</numerusform></translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message numerus="yes">
        <source>{when} (latest)
%n line(s)</source>
        <translation>
            <numerusform>{when} (latest)
%n line</numerusform><numerusform>{when} (latest)
%n lines</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{when}
%n line(s)</source>
        <translation>
            <numerusform>{when}
%n line</numerusform><numerusform>{when}
%n lines</numerusform></translation>
    </message>
</context>
</TS>