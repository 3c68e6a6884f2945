<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>CliMatrix</name>
    <message numerus="yes">
        <location filename="../app/cli/climatrix.cpp" line="+99"/>
        <source>%1 can, %2 cannot, %n error(s)</source>
        <translation>
            <numerusform>%1 can, %2 cannot, %n error</numerusform>
            <numerusform>%1 can, %2 cannot, %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>No answer: %n check(s) failed; see the cells</source>
        <translation>
            <numerusform>No answer: %n check failed; see the cell</numerusform>
            <numerusform>No answer: %n checks failed; see the cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message numerus="yes">
        <location filename="../app/cli/climatrixcommand.cpp" line="+221"/>
        <source>Interrupted: %1 of %n cell(s) answered; the answered ones are in the history (gaap-capacity-cli history). The cells not answered are marked pending.</source>
        <translation>
            <numerusform>Interrupted: %1 of %n cell answered; the answered ones are in the history (gaap-capacity-cli history). The cells not answered are marked pending.</numerusform>
            <numerusform>Interrupted: %1 of %n cells answered; the answered ones are in the history (gaap-capacity-cli history). The cells not answered are marked pending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1 of %n check(s) failed.</source>
        <translation>
            <numerusform>%1 of %n check failed.</numerusform>
            <numerusform>%1 of %n checks failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/clifindcommand.cpp" line="+111"/>
        <source>Interrupted: %1 of %n access region(s) answered; the answered checks are in the history (gaap-capacity-cli history).</source>
        <translation>
            <numerusform>Interrupted: %1 of %n access region answered; the answered checks are in the history (gaap-capacity-cli history).</numerusform>
            <numerusform>Interrupted: %1 of %n access regions answered; the answered checks are in the history (gaap-capacity-cli history).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliwatchcommand.cpp" line="+241"/>
        <source>can be created in %n access region(s): %1</source>
        <translation>
            <numerusform>can be created in %n access region: %1</numerusform>
            <numerusform>can be created in %n access regions: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source> (%n check(s) failed)</source>
        <translation>
            <numerusform> (%n check failed)</numerusform>
            <numerusform> (%n checks failed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>--max-time (%1 s) passed and still no access region can serve it (%n search(es)).</source>
        <translation>
            <numerusform>--max-time (%1 s) passed and still no access region can serve it (%n search).</numerusform>
            <numerusform>--max-time (%1 s) passed and still no access region can serve it (%n searches).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>--max-time (%1 s) passed and the connection still cannot be created (%n check(s)).</source>
        <translation>
            <numerusform>--max-time (%1 s) passed and the connection still cannot be created (%n check).</numerusform>
            <numerusform>--max-time (%1 s) passed and the connection still cannot be created (%n checks).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindWindow</name>
    <message numerus="yes">
        <location filename="../ui/find/findwindow.cpp" line="+216"/>
        <source>%1 of %n access region(s) answered…</source>
        <translation>
            <numerusform>%1 of %n access region answered…</numerusform>
            <numerusform>%1 of %n access regions answered…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Cancelled: %1 of %n access region(s) answered.</source>
        <translation>
            <numerusform>Cancelled: %1 of %n access region answered.</numerusform>
            <numerusform>Cancelled: %1 of %n access regions answered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n access region(s) can serve this now, cheapest first.</source>
        <translation>
            <numerusform>%n access region can serve this now.</numerusform>
            <numerusform>%n access regions can serve this now, cheapest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryExporter</name>
    <message numerus="yes">
        <location filename="../ui/history/historyexporter.cpp" line="+15"/>
        <source>Exported %n history entry(s) to %1</source>
        <translation>
            <numerusform>Exported %n history entry to %1</numerusform>
            <numerusform>Exported %n history entries to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message numerus="yes">
        <location filename="../ui/history/historywindow.cpp" line="+137"/>
        <source>%Ln matching entry(s)</source>
        <translation>
            <numerusform>%Ln matching entry</numerusform>
            <numerusform>%Ln matching entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+331"/>
        <source>Exported %n matrix cell(s) to %1</source>
        <translation>
            <numerusform>Exported %n matrix cell to %1</numerusform>
            <numerusform>Exported %n matrix cells to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n of them were not checked (the run was cancelled): they say &quot;pending&quot;.</source>
        <translation>
            <numerusform>%n of them was not checked (the run was cancelled): it says &quot;pending&quot;.</numerusform>
            <numerusform>%n of them were not checked (the run was cancelled): they say &quot;pending&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixGrid</name>
    <message numerus="yes">
        <location filename="../ui/matrix/matrixgrid.cpp" line="+143"/>
        <source>%1 yes, %2 no, %n error(s)</source>
        <translation>
            <numerusform>%1 yes, %2 no, %n error</numerusform>
            <numerusform>%1 yes, %2 no, %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>No answer so far: %n check(s) failed</source>
        <translation>
            <numerusform>No answer so far: %n check failed</numerusform>
            <numerusform>No answer so far: %n checks failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>No answer: %n check(s) failed; see the cells, then Re-check failed cells</source>
        <translation>
            <numerusform>No answer: %n check failed; see the cell, then Re-check failed cells</numerusform>
            <numerusform>No answer: %n checks failed; see the cells, then Re-check failed cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixWindow</name>
    <message numerus="yes">
        <location filename="../ui/matrix/matrixwindow.cpp" line="+414"/>
        <source>Cancelled: %1 of %n cell(s) checked; the others stay empty.</source>
        <translation>
            <numerusform>Cancelled: %1 of %n cell checked; the others stay empty.</numerusform>
            <numerusform>Cancelled: %1 of %n cells checked; the others stay empty.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Finished with %n failed cell(s): Re-check failed cells sends them again.</source>
        <translation>
            <numerusform>Finished with %n failed cell: Re-check failed cells sends it again.</numerusform>
            <numerusform>Finished with %n failed cells: Re-check failed cells sends them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Finished: all %n cell(s) checked.</source>
        <translation>
            <numerusform>Finished: the cell is checked.</numerusform>
            <numerusform>Finished: all %n cells checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileVerifier</name>
    <message numerus="yes">
        <location filename="../app/core/session/profileverifier.cpp" line="+39"/>
        <source>The key works: %n origin region(s), RequestId %1.</source>
        <translation>
            <numerusform>The key works: %n origin region, RequestId %1.</numerusform>
            <numerusform>The key works: %n origin regions, RequestId %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message numerus="yes">
        <location filename="../ui/check/resultcard.cpp" line="+244"/>
        <source>Cancelled after %n s</source>
        <translation>
            <numerusform>Cancelled after %n s</numerusform>
            <numerusform>Cancelled after %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>Checking… no answer yet after %n s</source>
        <translation>
            <numerusform>Checking… no answer yet after %n s</numerusform>
            <numerusform>Checking… no answer yet after %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchTray</name>
    <message numerus="yes">
        <location filename="../ui/watch/watchtray.cpp" line="+78"/>
        <source>GAAP Capacity Check keeps %n watch(es) running in the background; Quit from this icon&apos;s menu stops them.</source>
        <translation>
            <numerusform>GAAP Capacity Check keeps %n watch running in the background; Quit from this icon&apos;s menu stops it.</numerusform>
            <numerusform>GAAP Capacity Check keeps %n watches running in the background; Quit from this icon&apos;s menu stops them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchesWindow</name>
    <message numerus="yes">
        <location filename="../ui/watch/watcheswindow.cpp" line="+146"/>
        <source>in %n s</source>
        <translation>
            <numerusform>in %n s</numerusform>
            <numerusform>in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-19"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
</TS>
