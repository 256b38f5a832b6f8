<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <source>%n row(s) read as {encoding}.</source>
        <translation>
            <numerusform>%n row read as {encoding}.</numerusform><numerusform>%n rows read as {encoding}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n routine anchor(s) to add.</source>
        <translation>
            <numerusform>%n routine anchor to add.</numerusform><numerusform>%n routine anchors to add.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n diary day(s) to bring in.</source>
        <translation>
            <numerusform>%n diary day to bring in.</numerusform><numerusform>%n diary days to bring in.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform><numerusform>… and %n more.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of the file are already in your diary.</source>
        <translation>
            <numerusform>%n day of the file is already in your diary.</numerusform><numerusform>%n days of the file are already in your diary.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of them differ from what you have.</source>
        <translation>
            <numerusform>%n of them differs from what you have.</numerusform><numerusform>%n of them differ from what you have.</numerusform></translation>
    </message>
</context>
</TS>