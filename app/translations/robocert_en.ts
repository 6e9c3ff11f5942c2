<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Analyze</name>
    <message>
        <source>--format must be text or json, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a directory, expected a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 9283:1998 (GB/T 12642-2013) pose characteristics</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Measurements: %1 (%n attained pose(s))</source>
        <translation>
            <numerusform>Measurements: %1 (%n attained pose)</numerusform>
            <numerusform>Measurements: %1 (%n attained poses)</numerusform>
        </translation>
    </message>
    <message>
        <source>Positions in mm and angles in degrees, in the frame of the file; repeatability is 3 S (n - 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pose accuracy and repeatability, position (clauses 7.2.1, 7.2.2), mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pose accuracy and repeatability, orientation (clauses 7.2.1, 7.2.2), degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-directional pose accuracy variation (clause 7.2.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance accuracy and repeatability (clause 7.3): %1 to %2, direction 1, n = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--distance takes two pose names separated by a comma, e.g. P2,P4; got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--confidence must be a fraction between 0 and 1 (e.g. 0.9 for 90 %), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number of hours greater than 0, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--failures must be a whole number from 0 to 1000000, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--test must be time or failure, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a failure-terminated test ends at a failure, so it needs --failures 1 or more; use --test time for a test that ended without failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not defined (no failures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTBF estimate, time-terminated test (chi-square method)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTBF estimate, failure-terminated test (chi-square method)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accumulated test time T: %1; relevant failures r: %2; confidence C: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point estimate T/r: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-sided lower bound at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-sided interval at %1: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Test time to demonstrate an MTBF of %1 at %2 confidence with at most %n failure(s): %3</source>
        <translation>
            <numerusform>Test time to demonstrate an MTBF of %1 at %2 confidence with at most %n failure: %3</numerusform>
            <numerusform>Test time to demonstrate an MTBF of %1 at %2 confidence with at most %n failures: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>output format: text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute characteristics from measurement files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 9283 pose accuracy, repeatability, vAP and distance characteristics from a pose CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pose measurement CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also compute AD/RD between two poses, e.g. P2,P4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTBF point estimate and chi-square confidence bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accumulated test time T in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of relevant failures r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence level C as a fraction, e.g. 0.9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how the test ended: time (time-terminated) or failure (failure-terminated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test time needed to demonstrate an MTBF with at most c failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTBF to demonstrate, in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failures allowed during the test (default 0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--lang must be en or zh-CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoboCert: robot and component testing and certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print this help and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of messages: en or zh-CN (default: system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with --help for the usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>the file is empty: expected a header row naming the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a text file (contains NUL bytes); expected a UTF-8 CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8 CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no measurement rows after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing column &quot;%1&quot; in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed on its line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after a closing quote; expected a comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a whole number of 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no measurements to analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>pose %1 (direction %2) has %n cycle(s); repeatability needs at least 2</source>
        <translation>
            <numerusform>pose %1 (direction %2) has %n cycle; repeatability needs at least 2</numerusform>
            <numerusform>pose %1 (direction %2) has %n cycles; repeatability needs at least 2</numerusform>
        </translation>
    </message>
    <message>
        <source>pose %1 (direction %2) cycle %3 is already measured at line %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pose %1 has a different commanded pose than at line %2; a pose name must always mean the same commanded pose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pose %1 named in --distance has no measurements from direction 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--distance needs two different poses, got %1 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle %1 of pose %2 has no cycle %1 of pose %3 to pair with for the distance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
