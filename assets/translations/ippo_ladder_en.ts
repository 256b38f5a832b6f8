<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>StepPanel</name>
    <message numerus="yes">
        <source>%n attempt(s) so far</source>
        <translation>
            <numerusform>%n attempt so far</numerusform><numerusform>%n attempts so far</numerusform></translation>
    </message>
</context>
</TS>