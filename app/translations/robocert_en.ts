<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Analyze</name>
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
    <name>Bench</name>
    <message>
        <source>--samples must be a whole number greater than 0, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chunk must be a whole number greater than 0, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--read-window-s must be a number of seconds, 0 or more, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--read-window-s times reading the lab database; it does not go with --baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--baseline writes a scratch database: give it a --db file that does not exist yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline, one INSERT per sample: %1 samples in %2 s: %3 samples/s; the file holds %4 bytes; longest wait for a commit %5 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingested %1 samples in %2 s: %3 samples/s; the database grew by %4 bytes; longest wait for a commit %5 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a %1 s window back took %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure RoboCert&apos;s throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write synthetic 6-DoF tracker samples (1 kHz timestamps) through the live stream path, durable with commits at least every 100 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of samples to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output format: text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samples per stored chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afterwards, time reading a window of this many seconds from the middle of the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for comparison: insert one row per sample into a plain table of a new scratch file (same SQLite journal and sync settings, no chunks, no audit trail)</source>
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
    <name>Common</name>
    <message>
        <source>--format must be one of %1, not &quot;%2&quot;</source>
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
</context>
<context>
    <name>Db</name>
    <message>
        <source>%1: no lab database here; create one with robocert db init or name another with --db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: lab database, schema version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size: %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pose measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream chunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2 was changed after it was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2 was deleted after it was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2 was added without an audit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2 was altered: the audit trail no longer matches itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2 is missing: an audit entry was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit trail does not match the stored rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: intact; %2 audit entries and %3 rows checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last audit entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: backed up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: %2 measurements and %3 results of %4 stored in %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format csv writes several files: name their folder with --out DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no run %2; robocert db info lists the runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lab database: create, inspect, check, back up and export it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the lab database, or bring it to the current schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version, size, record counts and the runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recompute the audit trail; exit 1 if anything was changed behind RoboCert&apos;s back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consistent copy of the database to a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup file to create (must not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything stored of one run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run id (robocert db info lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json (one object) or csv (a folder of files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json: file to write (default: standard output); csv: folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store measurement files in the lab database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store a pose CSV file and its ISO 9283 results as an offline run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pose measurement CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial number of the robot measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manufacturer, for an item not yet stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model, for an item not yet stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output format: text or json</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DbPath</name>
    <message>
        <source>lab database file (default: $ROBOCERT_DB, else robocert.db in the application data folder)</source>
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
    <message>
        <source>not a RoboCert lab database; check the path or use --db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer RoboCert; update RoboCert to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written; check the file&apos;s and its folder&apos;s permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked by another program for too long; try again when it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full; nothing of this operation was stored, earlier data is intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be opened; check that its folder exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Modbus</name>
    <message>
        <source>bad device URL &quot;%1&quot; at character %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Modbus URL: use modbus-tcp://HOST[:PORT] or modbus-rtu:///dev/ttyX?baud=19200&amp;parity=even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of --holding, --input or --coils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count must be from 1 to %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address %1 with --count %2 runs past 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit must be from 0 to 255, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout-ms must be greater than 0, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unit %2) refused the read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modbus read from unit %1 failed: %2. Check the URL, the unit id and that the device is powered and connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talk to a Modbus device (commissioning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read registers or coils and print address/value rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modbus-tcp://HOST[:PORT] or modbus-rtu:///dev/ttyX?baud=...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first 0-based address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit (slave) id, default 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holding registers (FC 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input registers (FC 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coils (FC 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many to read, default 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output format: text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply timeout in milliseconds, default 1000</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
