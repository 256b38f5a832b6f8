<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>SummaryDocument</name>
    <message numerus="yes">
        <source>{minutes} minutes a week on average; outside on %n days</source>
        <translation>
            <numerusform>{minutes} minutes a week on average; outside on %n day</numerusform><numerusform>{minutes} minutes a week on average; outside on %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{ladder}: highest step reached “{step}” (step {index} of {steps}); %n attempts</source>
        <translation>
            <numerusform>{ladder}: highest step reached “{step}” (step {index} of {steps}); %n attempt</numerusform><numerusform>{ladder}: highest step reached “{step}” (step {index} of {steps}); %n attempts</numerusform></translation>
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