<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>SummaryDocument</name>
    <message numerus="yes">
        <source>%n days noted</source>
        <translation>
            <numerusform>%n day noted</numerusform><numerusform>%n days noted</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The first %n days, less than a whole week, are not in the weekly charts.</source>
        <translation>
            <numerusform>The first day, less than a whole week, is not in the weekly charts.</numerusform><numerusform>The first %n days, less than a whole week, are not in the weekly charts.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{ladder}: highest step practised “{step}” (step {index} of {steps}); %n attempts in this period</source>
        <translation>
            <numerusform>{ladder}: highest step practised “{step}” (step {index} of {steps}); %n attempt in this period</numerusform><numerusform>{ladder}: highest step practised “{step}” (step {index} of {steps}); %n attempts in this period</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>paced breathing: %n</source>
        <translation>
            <numerusform>paced breathing: %n time</numerusform><numerusform>paced breathing: %n times</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>grounding: %n</source>
        <translation>
            <numerusform>grounding: %n time</numerusform><numerusform>grounding: %n times</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>conversation rehearsals: %n</source>
        <translation>
            <numerusform>conversation rehearsals: %n time</numerusform><numerusform>conversation rehearsals: %n times</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n times, {minutes} minutes, in {weeks} of {total} weeks</source>
        <translation>
            <numerusform>%n time, {minutes} minutes, in {weeks} of {total} weeks</numerusform><numerusform>%n times, {minutes} minutes, in {weeks} of {total} weeks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Noticed: {sign}. The sign was showing on %n days ({when}); each day is judged from the days before it.</source>
        <translation>
            <numerusform>Noticed: {sign}. The sign was showing on %n day ({when}); each day is judged from the days before it.</numerusform><numerusform>Noticed: {sign}. The sign was showing on %n days ({when}); each day is judged from the days before it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n thought records</source>
        <translation>
            <numerusform>%n thought record</numerusform><numerusform>%n thought records</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n more in my plan</source>
        <translation>
            <numerusform>and %n more in my plan</numerusform><numerusform>and %n more in my plan</numerusform></translation>
    </message>
</context>
</TS>