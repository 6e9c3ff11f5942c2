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
    <message>
        <source>the file is damaged (SQLite: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged in %1 (SQLite: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep this file for investigation and restore the last copy made with robocert db backup</source>
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
    <name>Demo</name>
    <message>
        <source>characteristic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time-scale must be more than 0 and at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoboCert demo: the station simulator (SimBot-6 robot and a laser tracker on loopback TCP, %1x time) runs the ISO 9283 plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the lab database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>== %1 ==</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>try RoboCert without hardware: the ISO 9283 plans on the simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated seconds per second (default 200)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the simulator&apos;s random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoboCert demonstration laboratory (not accredited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated station, no real address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station simulator on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 (draft) of run %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured against the simulator (positions in the frame registered by the run). AP and AD: the noise-free values of its error model; RP and RD, which are properties of the noise: what an independent twin run on the same models measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo customer (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <source>the station has no %1 for the plan&apos;s role &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 was made with another plan (%2, SHA-256 %3...): resume it with the plan it started with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instrument for &apos;%1&apos; has an expired calibration (due %2): recalibrate it, or override with a stated reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instrument for &apos;%1&apos; has no calibration on record: recalibrate it, or override with a stated reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device &apos;%1&apos; is not ready (%2): check that it is on and reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device &apos;%1&apos; is not ready (%2: %3): check that it is on and reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is a %2; the plan applies to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted by the operator; resume with the run id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aborted by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal: argument %1 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal: expected 3 numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal: argument %1 is not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal: argument %1 is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manipulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pose sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scalar sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actuator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pose %1 is not defined: add an iso9283.test_cube step before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operator declined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown cube plane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame.registration needs the test cube: add an iso9283.test_cube step before</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>frame registration failed: the points are too few or collinear (%n point(s))</source>
        <translation>
            <numerusform>frame registration failed: the points are too few or collinear (%n point)</numerusform>
            <numerusform>frame registration failed: the points are too few or collinear (%n points)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rms %1 mm, largest %2 mm over %n point(s) (limit %3 mm)</source>
        <translation>
            <numerusform>rms %1 mm, largest %2 mm over %n point (limit %3 mm)</numerusform>
            <numerusform>rms %1 mm, largest %2 mm over %n points (limit %3 mm)</numerusform>
        </translation>
    </message>
    <message>
        <source>frame registration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame registration residual above its limit: %1; check the instrument set-up and the target, or raise residual_limit_mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dir %2, cycle %3/%4 at %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, cycle %2/%3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distance cycles need two different poses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of tolerance at P1: %1 mm from the reference (limit %2 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle %1, %2 h of test time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal: argument %1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal: argument %1 is not a list of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no built-in procedure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3: %4</source>
        <extracomment>%1 role, %2 operation (move, measurement, ...), %3 what went wrong (refused, protocol error, ...), %4 the device&apos;s own message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no manipulator for role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pose sensor for role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pose sensor %1 is not registered to the robot base frame: add a frame.registration step before measuring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scalar sensor for role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no actuator for role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pose query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>%1 role, %2 what happened (timed out, disconnected, fault), %3 the device&apos;s own message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in fault: clear it on the device, then resume the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the operator cleared the fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ready again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ready again; waiting for the operator to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed after %1 came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not come back within %2 s: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record(%1): not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run was aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script step %1 failed at plan line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sensor: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sensor reads in %2, not %3: not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no uncertainty budgets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instrument for &apos;%1&apos; is not good enough for this plan: its calibrated uncertainty at 1 m is %2 µm, the plan asks for at most %3 µm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the capability of the instrument for &apos;%1&apos; cannot be checked: its calibration record has no numeric uncertainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored run has no value for a parameter of plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sensor reads %2 %3, which no test hall has: not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2 %3 is not plausible: give a value from %4 to %5 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relative humidity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 cannot be resumed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lab database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a wait of %1 s is not possible: a single wait lasts 0 to %2 s (24 h) of station time; wait in a loop for longer</source>
        <extracomment>%1 the wait asked for in seconds (may be huge), %2 the longest (86400)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 times in a row on the same unit of work (last: %4); the run is interrupted: check the device &apos;%1&apos; and its connection, then resume the run</source>
        <extracomment>%1 role, %2 what happened (timed out, ...), %3 how many times, %4 the device&apos;s message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan has script steps, and they cannot run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script step %1 was stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; resume the run to go on without this step&apos;s results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabCmd</name>
    <message>
        <source>%1: no lab database here; create one with robocert db init or name another with --db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the work is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports need the lab&apos;s name and address: robocert lab set --name NAME --address ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to set: give at least one of --name, --address, --accreditation, --logo, --location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no readable image file here (--logo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an instrument needs a --kind and a non-empty --serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an instrument with serial number %2 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument %1 (%2) added; record its calibration with robocert lab calibration add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instruments yet; add one with robocert lab instrument add --kind KIND --serial SERIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make and model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>valid, DUE IN %n DAY(S)</source>
        <translation>
            <numerusform>valid, DUE IN %n DAY</numerusform>
            <numerusform>valid, DUE IN %n DAYS</numerusform>
        </translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1 (UTC): %2 expired, %3 without calibration, %4 due within %5 days. A run refuses an instrument whose calibration is expired or missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD (--calibrated, --due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calibration is due (%1) before it was made (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--certificate needs the certificate&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--k is the coverage factor of --u-const-um and --u-per-m-um; give those too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--u-const-um and --u-per-m-um are 0 or more (µm, µm/m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--k must be more than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no instrument with serial number %2; add it with robocert lab instrument add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration %1 of %2 recorded: %3 to %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output format: text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lab: its profile on every report, its instruments and their calibrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lab profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the lab profile (only what is given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lab&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lab&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accreditation, e.g. &quot;CNAS L0000&quot; (empty: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image file for the letterhead (empty: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the work is done, unless a station says otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measuring instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a measuring instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laser_tracker, torque_sensor, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial number (unique)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instruments with their calibration status today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instruments&apos; calibration certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a calibration certificate of an instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instrument&apos;s serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calibration date, YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due date, YYYY-MM-DD: the last day the calibration is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expanded uncertainty of length U = A + B·L: A in µm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B in µm per m of length L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coverage factor of U (default 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the uncertainty as the certificate states it (default: from the numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calibration laboratory</source>
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
    <message>
        <source>%1 of the distance from pose %2 to pose %3 is not a finite number: the values are too large to analyse; check the units and the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of pose %2 (direction %3) is not a finite number: the values are too large to analyse; check the units and the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged: some of its pages cannot be read; robocert db verify names what is damaged; keep this file and restore the last copy made with robocert db backup</source>
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
<context>
    <name>PlanCmd</name>
    <message>
        <source>%1: plan %2 version %3 is valid; station %4 can run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: plan %2 version %3 is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such directory; name the plan library with --dir or ROBOCERT_PLAN_DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(invalid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check test plans and list the plan library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check plan files completely (and that a station can run them) without moving anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test plan files (YAML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station file: also check that this station has every device the plans need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the plans of the plan library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan library folder (default: ROBOCERT_PLAN_DIR, else the plans shipped with RoboCert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output format: text or json</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>Check that the device is switched on and reachable, the address and port (or the serial device and its settings), and that no other program holds the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>%1 is why the connection failed (from the driver, in English), %2 what to check.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from %1 to %2 within %3 ms. Check that --driver names the protocol the device speaks, the serial settings and line terminator, and that the device is in remote mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 with something this driver cannot read: %3. Check that --driver names the protocol the device speaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 with an error: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection to %1 within %2 ms. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>angles (deg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time (ns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer to *IDN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from %1 to %2 within %3 ms. An SCPI instrument does not answer a query it does not know: check the query in its manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*IDN? or %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the read of %1 (unit %2, %3 address %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the read of %1 register %2 (unit %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is for --driver %2 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--driver modbus needs exactly one of --map FILE, --holding ADDR or --input ADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit and --count go with --holding or --input; a register map names its own unit ids and addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count must be from 1 to 125, not %1</source>
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
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--driver must be rcp, tracker, scpi or modbus, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout-ms must be greater than 0, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad device URL &quot;%1&quot; at character %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--driver modbus needs a modbus-tcp://HOST[:PORT] or modbus-rtu:///dev/ttyX?baud=19200&amp;parity=even URL, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--driver %1 needs a tcp://HOST:PORT or serial:///dev/ttyX?baud=... URL, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--terminator must be lf, crlf or cr, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--query &quot;%1&quot; is not an SCPI query: queries end in &apos;?&apos;, e.g. MEAS:TEMP?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect to a device, identify it, take one reading and print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp://HOST:PORT, serial:///dev/ttyX?baud=..., or for Modbus modbus-tcp://HOST[:PORT] or modbus-rtu:///dev/ttyX?baud=...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device&apos;s protocol: rcp, tracker, scpi or modbus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scpi: a query to send after *IDN?, repeatable (default SYST:ERR?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scpi: line terminator lf, crlf or cr (default lf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modbus: a register map file; reads every quantity once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modbus: unit (slave) id, default 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modbus: read holding registers from this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modbus: read input registers from this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modbus: how many registers, default 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output format: text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give up after this many milliseconds, default 3000</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCmd</name>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be en, zh or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report template cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf (the certificate), html or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en, zh or both (side by side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to write (default: NUMBER.FORMAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certification reports: generate, approve, export, amend, verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run to report (its draft is written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the run: robocert report RUN (see robocert db info)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1 rev %2 of run %3 (watermarked). Approve it with: robocert report approve %1 --user LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve a draft as an approver (asks for the password), freeze it and write the issued report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approver&apos;s login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the password from the first line of standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 rev %2 approved by %3; content SHA-256 %4, audit chain head %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write another file (format, language) of an approved report from its frozen content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report %1 rev %2 is a draft: regenerate it with robocert report %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a new revision of an approved report (ISO/IEC 17025 7.8.8); it names the revision it replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why it is amended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1 rev %2 started; write it with robocert report %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that a report file is what this lab database issued and approved (exit 0), or say what differs (exit 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output format: text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified: the file is as issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lab&apos;s published public keys (robocert user key export): the signature is checked against them, not against the database&apos;s copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keys %1: no Ed25519 public key in it; write the lab&apos;s keys with robocert user key export --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit chain head: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPlot</name>
    <message>
        <source>attained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barycentre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test time (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cumulative failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTBF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D − D_c (µm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <source>cannot open the lab database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run a test plan on a station, storing every measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the test plan file (YAML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the station file (YAML), or &apos;sim&apos; for the built-in simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial number of the item under test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override a plan parameter: name=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continue the interrupted run with this id (same plan file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go on by itself once a device that dropped out is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm every operator prompt (unattended runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run with an expired instrument calibration; give the reason (audited, reported as a deviation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who runs the test (default: you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output format: text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in simulator only: simulated seconds per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the plan file to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set %1: write name=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the item under test with --item SERIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time-scale must be more than 0 and at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer a new item belongs to (found by name, or added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: not a plausible value; give %3 from %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resume %1: there is no run %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resume %1: run %1 is %2 in another program (%3); resume it once that program has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resume %1: run %1 is %2; only an interrupted run can be resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambient temperature in °C, -50 to 100 (overrides a station sensor: reported as a deviation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relative humidity in %, 0 to 100 (overrides a station sensor: reported as a deviation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resume %1: give the id of the interrupted run to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ambient temperature in °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relative humidity in %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunViewText</name>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditional pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditional fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undecided (needs the uncertainty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[step %1/%2] %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed (--yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no one can confirm this here: run on a terminal, or pass --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 %2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Resume it with: robocert run PLAN --station FILE --resume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characteristic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more result(s) (per axis and angle) are stored with the run.</source>
        <translation>
            <numerusform>%n more result (per axis and angle) is stored with the run.</numerusform>
            <numerusform>%n more results (per axis and angle) are stored with the run.</numerusform>
        </translation>
    </message>
    <message>
        <source>No run was started: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptHost</name>
    <message>
        <source>the script is being stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 must be a finite number, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a pose array has 6 numbers [x, y, z, a, b, c], this one has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the pose must be {x, y, z, a, b, c} or [x, y, z, a, b, c] (mm, degrees), got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the unit must be a text of 1 to %2 characters such as &apos;mm&apos; or &apos;N·m&apos;, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the unit must be a text of at most %2 characters such as &apos;mm&apos; or &apos;s&apos;, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the speed is a fraction of the rated speed in (0, 1], got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure(): this plan has no pose sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure(): this plan has several pose sensors (%1); name one, e.g. measure(&apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure(%1): not a pose sensor of this plan (pose sensors: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record: the name must start with a letter and contain only letters, digits and _ (at most %1 characters), got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleep: ms must be a finite number &gt;= 0, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JavaScript syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script cannot be compiled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error: scripts need a QCoreApplication, and the program has not created one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script was stopped because the run was aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script threw an object that is not an Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script threw %1, which is not an Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error: the script host did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the station failed while the script was running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… [truncated]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it used more than %1 of memory, the limit of a script step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it used more than %1 s of processor time, the limit of a script step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JavaScript engine crashed running it (signal %1, SIG%2); data nested too deeply (arrays, proxies, regular expressions) is a common cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script host ended without an outcome (exit status %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script host %1 %2: reinstall RoboCert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error: the program did not say where the script host is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an executable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script host cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script host broke its protocol: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellText</name>
    <message>
        <source>%1 is not a RoboCert lab database. Choose another file with File → Open lab database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer RoboCert. Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (the file or its folder is read-only). Ask the administrator for write access, or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy: another program holds it. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: the file or its folder does not exist or is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in the lab database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab database refused this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab database %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: some of its pages cannot be read (%2). Check it with Audit → Verify database to see what is damaged, keep the damaged file, and restore the last backup (robocert db backup).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimStation</name>
    <message>
        <source>--fault &quot;%1&quot;: write SERVER:KEY=VALUE, e.g. robot:drop-after=20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fault &quot;%1&quot;: unknown server &quot;%2&quot;; use robot, tracker or environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fault &quot;%1&quot;: missing KEY=VALUE at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fault &quot;%1&quot;: unknown fault &quot;%2&quot;; use drop-after, delay-ms, corrupt or stall-after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fault &quot;%1&quot;: no value for &quot;%2&quot; (write %2=NUMBER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fault &quot;%1&quot;: &quot;%2&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fault &quot;%1&quot;: %2 is out of range (drop-after and stall-after 0 to 1000000000, corrupt 1 to 1000000000, delay-ms 0 to 60000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fault &quot;%1&quot; cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a TCP port from 0 to 65535 (0: any free port), not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time-scale must be more than 0 and at most 1000, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>robot model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the station: %1. Choose other ports, or 0 for free ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the station simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve a simulated robot, laser tracker, reducer bench and environment sensor on 127.0.0.1 until interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port of the robot (RCP), default 0: any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port of the laser tracker, default 0: any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port of the reducer bench (Modbus TCP), default 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port of the environment sensor (SCPI), default 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also serve the robot on a pseudo-terminal (robot_serial URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>robot error model YAML file (default: the built-in model of test-plans/sim/robot-default.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed for every model&apos;s noise (default: each model&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated seconds per wall-clock second, default 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inject a fault, e.g. robot:drop-after=20, tracker:delay-ms=300, robot:corrupt=5, robot:stall-after=3 (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also print the true error parameters as a second JSON line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment sensor does not answer *IDN? (an old instrument)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Not ready after %1 s (%2): %3. Check that the device is on, the cable or network is connected and the URL is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, serial %3, firmware %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x %1 mm, y %2 mm, z %3 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tool at x %1 mm, y %2 mm, z %3 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationText</name>
    <message>
        <source>station device &apos;%1&apos;: %2: %3</source>
        <extracomment>%1 role, %2 the device&apos;s URL, %3 what is wrong with it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station device &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station device &apos;%1&apos;: register map %2 has no quantity &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station device &apos;%1&apos;: unknown driver &apos;%2&apos; (rcp, tracker, modbus, scpi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station device &apos;%1&apos;: instrument %2 is not in the lab database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station device &apos;%1&apos;: timeout-ms must be a whole number of milliseconds from 1 to 600000, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoboCert simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated (loopback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoboCert (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (simulated, not a calibration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: simulated instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPE %1 µm + %2 µm/m (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserCmd</name>
    <message>
        <source>%1: no lab database here; create one with robocert db init or name another with --db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a login: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be operator, engineer or approver, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot; exists already; robocert user passwd %2 changes the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 (%2, %3) added to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no user &quot;%2&quot;; robocert user list shows the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users yet; add one with robocert user add LOGIN --name NAME --role operator|engineer|approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT SET: cannot sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin: standard input is empty; write the password on its first line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no terminal to type the password of %1 on; pass --password-stdin and write it to standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password was typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password needs at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lab&apos;s users: who may run tests, edit lab records and approve reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the password from the first line of standard input (for scripts) instead of the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a user with a role and a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login: letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full name, as printed on reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator, engineer or approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user&apos;s login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the users, their roles and whether they have a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output format: text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 reset by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a new signing key: publish the lab&apos;s keys again (robocert user key export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the current password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signing keys yet: an approver gets one when added, or with robocert user key create LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password for user &quot;%1&quot;, or no such user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs with key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a password: asks for the current one, or with --reset-by for an approver&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset a forgotten password as this approver (asks for the approver&apos;s password; an approver whose password is reset gets a new signing key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the passwords from standard input: the current one (or the approver&apos;s) on the first line, the new one on the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approvers&apos; signing keys: export the public keys to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the lab&apos;s public signing keys (PEM with fingerprints) for report verify --keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this user&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to write (default: stdout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make the signing key of an approver who has none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approver&apos;s login</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n signing key(s) written to %1</source>
        <translation>
            <numerusform>%n signing key written to %1</numerusform>
            <numerusform>%n signing keys written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Utf8Check</name>
    <message>
        <source>%1: the value is not UTF-8 text (byte 0x%2 at character %3); give it in UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>robocert::plan</name>
    <message>
        <source>id: %1 is not a plan id (lower-case letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter or digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: expected text, not nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1 is declared more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a mapping of requirements to numbers, e.g. {mpe_um: 50}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter %1 is declared more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only number, integer and number-list parameters have bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: max %2 is less than min %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only choice parameters have choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected at least one choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a choice is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only number-list parameters have a length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected 1 to 1000, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characteristic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a limit cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing key &quot;unit&quot; (%2 is in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unit %2 does not fit %3, which is a count without a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unit %2 does not fit %3, which is in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the plan already has a criterion for %2 with this subject (line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a test plan: the file must start with the key &quot;plan:&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: parameter %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a device URL (scheme://address, e.g. tcp://192.168.0.10:5000 or serial:///dev/ttyUSB0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 driver speaks %3://, not %4://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1 has more than one device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a mapping of option names to values, e.g. {timeout-ms: 2000}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a station file: the file must start with the key &quot;station:&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time-scale: must be greater than 0 (1 for real hardware)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan %1 needs a device for the role %2 (%3); the station has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1: plan %2 needs a %3 for this role, which the %4 driver does not provide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps: a plan needs at least one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step id %1 is used twice (first at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a step has either &quot;procedure:&quot; (a built-in procedure) or &quot;script:&quot; (JavaScript), exactly one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a procedure step uses the roles of its procedure; &quot;roles:&quot; is for script steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: procedure %2 needs the argument %3 (under &quot;with:&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: procedure %2 needs an earlier %3 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;with:&quot; gives a procedure&apos;s arguments; a script step reads plan parameters as params.&lt;name&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected the procedure&apos;s arguments as a mapping, e.g. {cycles: 30}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 has no argument %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: argument %2 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, argument %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: procedure %2 needs the argument %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;from&quot; and &quot;to&quot; are the same pose; a distance needs two poses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is of type %3, but the argument is of type %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the argument takes exactly %2 numbers; declare %3 with &quot;length: %2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the argument must be at least %2, but %3 allows less; declare it with &quot;min: %2&quot; or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the argument must be at most %2, but %3 allows more; declare it with &quot;max: %2&quot; or less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 allows %3, which is not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: procedure %2 needs the role %3 (%4), which the plan&apos;s equipment does not declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: procedure %2 needs %3 to be a %4, but the equipment declares it a %5 (line %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the script is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is less than the minimum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than the maximum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of %1 numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, each %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of %1 numbers, not of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (there are none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (known: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a key must be a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: key %2 appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a name (lower-case letters, digits and _, starting with a letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected text in English (en) or Chinese (zh), not nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin of the results judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory, expected a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file (a device, FIFO or socket); name a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than %1, the limit for this kind of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this byte is not UTF-8; save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document expands to more than %1 YAML nodes (aliases counted each time they are used); write it out plainly or split it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>robocert::report</name>
    <message>
        <source>there is no report %1 in this lab database</source>
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
        <source>audit entry %1 was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entry %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit trail does not match the stored rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no run %1 in this lab database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report %1 revision %2 of run %3 is approved: an approved report cannot be regenerated in place; amend it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report %1 revision %2 is still a draft: finish and approve it instead of amending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amendment needs a reason, which the new revision states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report %1 revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user &quot;%1&quot;; robocert user list shows the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot; has no password yet; set one with robocert user passwd %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password for user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot; is %2; only an approver may approve a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is approved already; an approved report is never changed: amend it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: run %2 is %3; only a completed run&apos;s report is approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the content to approve does not match its SHA-256; nothing was approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be approved: the lab database&apos;s audit trail is broken (%2); robocert db verify shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format &quot;%1&quot; is not pdf, html or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language &quot;%1&quot; is not en, zh or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file was not issued by this lab database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3), issued %4 by %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a draft: it was never approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored content of %1 no longer matches the SHA-256 recorded at its approval: the lab database was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entry %1 recorded at the approval of %2 is missing or different: the audit trail was cut or rewritten since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lab database&apos;s audit trail is broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1 of report %2 replaces this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected %2, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the number is out of range (a double)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format: &quot;%1&quot; is not a RoboCert report of this version (expected &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the letterhead logo cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the letterhead logo is not a PNG, JPEG or SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF cannot be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of the text, expected &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of the text, expected a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number must not start with 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a digit after the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a digit in the exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected four hexadecimal digits after \u</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string does not end (missing &apos;&quot;&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character in a string must be escaped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lone low surrogate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a high surrogate without its pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown escape \%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes that are not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the whole number is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a whole number (no fraction or exponent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown member &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: member &quot;%2&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: member &quot;%2&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected 3 numbers, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report cannot be rendered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF cannot be painted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing from the template folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a mapping (key: value lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key %1 in %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a font family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>font %1 is not installed (fc-list : family lists the installed ones; Debian&apos;s fonts-noto-cjk has &quot;Noto Sans CJK SC&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>font %1 has no Chinese characters; a report in zh or both needs one such as &quot;Noto Sans CJK SC&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a colour &quot;#rrggbb&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page.size must be A4 or Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logo %1 is not a readable PNG, JPEG or SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letterhead.lines must be a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sections must be a list of section names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown section %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section %1 is missing: ISO/IEC 17025:2017 7.8 requires it in every report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a &quot;{&quot; without its &quot;}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown placeholder {%2} (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this text takes none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this text takes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an empty %2 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing (add it with its en and zh texts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;{{&quot; without its &quot;}}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown placeholder {{%1}}%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} is missing: the report would lack %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rendering a report needs a QGuiApplication (fonts and painting); where there is no display, set QT_QPA_PLATFORM=offscreen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a report template folder (it should hold template.yaml, strings.yaml and report.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored content of report %1 does not read back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run&apos;s data in the database no longer gives the approved content: results, measurements or records were changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run&apos;s data can no longer be reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter %1 set to %2 (plan default %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instrument %1 (%2) used with an expired or missing calibration: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in step %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run interrupted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run resumed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lab database file is damaged (%1); robocert db verify names what is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not carry its report number and content SHA-256, so it cannot be checked; export the report again (robocert report export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is a draft (&quot;Draft, not approved&quot;), written for review: it is not a certificate, even if %1 was approved later; export the approved report (robocert report export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file says it is report %1 revision %2, but it was recorded as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s content SHA-256 %1 is not the one approved for %2 in the lab database (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report was approved before approvals were signed: it carries no signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature, signer or time of approval in the file is not the one recorded in the lab database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is signed with key %1, which is not among the lab&apos;s published keys in %2: it was not signed by an approver of this lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature was checked with the lab database&apos;s own copy of the key, which anyone who can write the database can replace; check against the lab&apos;s published keys with --keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signing key %1 is not in the lab database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file names %1 as the approver, but key %2 is %3&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approver&apos;s signature does not match the report, its content SHA-256, signer and time: the certificate was forged or altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1 with key %2, checked against the published keys in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1 with key %2, checked against the lab database&apos;s copy of the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 entered by hand instead of the station&apos;s sensor reading (%4 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relative humidity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the step&apos;s results are not reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>robocert::studio::AuditPage</name>
    <message>
        <source>Entries of run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 shows the whole trail; a run number shows only that run&apos;s entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputes the audit chain and every recorded row&apos;s digest, to show that nothing was changed, deleted or inserted behind RoboCert&apos;s back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified yet in this session. “Verify database” checks the whole trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The database is intact: %n audit entries and the rows they cover (%1) were checked, and nothing was changed, deleted or inserted outside RoboCert.</source>
        <translation>
            <numerusform>The database is intact: %n audit entry and the rows it covers (%1) were checked, and nothing was changed, deleted or inserted outside RoboCert.</numerusform>
            <numerusform>The database is intact: %n audit entries and the rows they cover (%1) were checked, and nothing was changed, deleted or inserted outside RoboCert.</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1 of table %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed after it was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was inserted without an audit entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit entry for %1 was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit entry is missing (near %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain does not match (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT INTACT: %1 Results and reports from this database cannot be trusted until this is explained: keep the file as it is, restore the last backup for comparison and tell the quality manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the whole database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification cancelled; the database was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification failed for an unknown reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged (SQLite: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged in %1 (SQLite: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT INTACT: %1 Results and reports from this database cannot be trusted: keep the damaged file for investigation and restore the last backup (robocert db backup).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>robocert::studio::EngineBridge</name>
    <message numerus="yes">
        <source>(%n earlier log line(s) not shown)</source>
        <translation>
            <numerusform>(%n earlier log line not shown)</numerusform>
            <numerusform>(%n earlier log lines not shown)</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan is valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station file loads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the station file and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab database %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station fits the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a station with these roles, or add them to the station file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every role the plan needs is in station %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connected and identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, serial %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 is not ready: %3. Check that it is switched on and connected, and that the address in the station file is right; then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration of %1 in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate %1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate %1 expired on %2: have the instrument calibrated and enter the new calibration on the Lab page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no calibration is recorded for this instrument: enter it on the Lab page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracker did not start streaming: %1. Check that it is connected (pre-flight check) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in force, overridden: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>robocert::studio::LabPage</name>
    <message>
        <source>Instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items under test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Calibration status on %1. Red: expired or never calibrated, do not use for a certificate until recalibrated. Amber: due within %n days, plan the recalibration.</source>
        <translation>
            <numerusform>Calibration status on %1. Red: expired or never calibrated, do not use for a certificate until recalibrated. Amber: due within %n day, plan the recalibration.</numerusform>
            <numerusform>Calibration status on %1. Red: expired or never calibrated, do not use for a certificate until recalibrated. Amber: due within %n days, plan the recalibration.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add instrument…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add calibration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item&apos;s serial number, e.g. IRB-2600-0042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laboratory name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo (image file):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location of the work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CNAS L0000; empty when not accredited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save lab profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an engineer or an approver keeps the lab&apos;s records; you are signed in as an operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U = %1 µm + %2 µm/m · L (k = %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1: recalibrate before use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not calibrated: add its calibration before use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today: recalibrate now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s), on %1</source>
        <translation>
            <numerusform>Due in %n day, on %1</numerusform>
            <numerusform>Due in %n days, on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least the instrument&apos;s kind and serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no instrument with serial number %1. Add the instrument first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laser_tracker, torque_sensor, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as stated on the certificate, e.g. U = 15 µm + 6 µm/m, k = 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument serial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrated on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration laboratory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertainty statement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U constant part (u_const_um):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U per metre (u_per_m_um):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage factor k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item with serial number %1. Add it with “Add item…”, or check the number on the nameplate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (item %2)&lt;br&gt;Kind: %3&lt;br&gt;Manufacturer: %4&lt;br&gt;Model: %5&lt;br&gt;Customer: %6&lt;br&gt;Description: %7&lt;br&gt;Ratings: %8&lt;br&gt;Registered: %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item under test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s name as listed, or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer named %1. Add the customer first on the Customers tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the lab&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>robocert::studio::LivePoseCloud</name>
    <message>
        <source>waiting for measurements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>robocert::studio::MainWindow</name>
    <message>
        <source>About RoboCert Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;RoboCert Studio&lt;/b&gt;&lt;br&gt;Robot testing and certification: runs test plans on a station, records every measurement in the lab database and issues approved reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoboCert Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is not part of this build of RoboCert Studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open lab database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as another &amp;user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About RoboCert Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open lab database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoboCert lab databases (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>robocert::studio::ParameterForm</name>
    <message>
        <source>This plan has no parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers separated by commas, e.g. 1, 0.5, 0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1; default %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>robocert::studio::PlansPage</name>
    <message>
        <source>Plan library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans shipped with RoboCert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards and clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (click one to go to its line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters for a run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Valid: plan %1 version %2, %n step(s).</source>
        <translation>
            <numerusform>Valid: plan %1 version %2, %n step.</numerusform>
            <numerusform>Valid: plan %1 version %2, %n steps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): the plan cannot be run until they are fixed.</source>
        <translation>
            <numerusform>%n problem: the plan cannot be run until it is fixed.</numerusform>
            <numerusform>%n problems: the plan cannot be run until they are fixed.</numerusform>
        </translation>
    </message>
    <message>
        <source>All parameters at their defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose another folder with “Save as…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test plans (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a plan folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>robocert::studio::ReportsPage</name>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report template cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving report %1 rev %2 freezes its content and signs it as %3.
Enter your password again to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a report file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports (*.pdf *.html *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 · %2 · item %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No completed run yet: reports are made of completed runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the draft: its content is frozen and signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a user with the approver role may approve a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run has no report yet: generate its draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a completed run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft %1 rev %2 of run %3. Check it below; an approver approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a user with the approver role may approve a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 rev %2 approved by %3; content SHA-256 %4. Export it to issue it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not right: the report is not approved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: check that the folder exists and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written and recorded as issued (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genuine: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English and Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a report file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amended because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain head: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>robocert::studio::ResultsPage</name>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional pass: within the limit, but the uncertainty reaches past it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional fail: beyond the limit, but within the uncertainty of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecided: the guard band does not allow a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a run above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 · %2 · item %3 · %4 · started %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plots are those of the report: they are shown for completed runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plots cannot be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run has no plots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expanded uncertainty U = k · u_c, in the result&apos;s unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coverage factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plots (as in the report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the report&apos;s figures…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>robocert::studio::RunPage</name>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station files (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (does not load)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming run %1 with the plan and values it was started with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan does not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the station and checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-flight checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-flight checks failed: see the checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run could not start: run the pre-flight checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracker measures for the run: its stream is off until the run ends. The measurements appear in the pose cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort this run for good? What was measured stays stored, but an aborted run cannot be resumed or reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream cannot start: run the pre-flight checks first, and wait for the run to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume interrupted run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run is interrupted in this lab database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 · %2 · started %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue this run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan of run %1 no longer loads: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator action needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done, continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot do it: abort the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run %1 ended: %2; %n result(s).</source>
        <translation>
            <numerusform>Run %1 ended: %2; %n result.</numerusform>
            <numerusform>Run %1 ended: %2; %n results.</numerusform>
        </translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item serial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial number; a new one is added to the lab database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station file (YAML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated seconds per second: a run at 50 × takes a fiftieth of the time; use 1 × for a real-time stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-flight checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume interrupted run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pose cloud (live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pose measured last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live stream (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams the tracker at 1 kHz while no run is going (after the pre-flight checks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live stream off: run the pre-flight checks, then press F7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration override:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only to run with an expired calibration: the reason (audited, in the report)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>robocert::studio::SignInDialog</name>
    <message>
        <source>RoboCert Studio — first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoboCert Studio — sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the lab database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can sign in to the lab database %1 yet. Create the first account: it is an approver, who may approve reports and add further users (robocert user add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name (as printed on reports):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Password (at least %n characters):</source>
        <translation>
            <numerusform>&amp;Password (at least %n character):</numerusform>
            <numerusform>&amp;Password (at least %n characters):</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a login and the full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password is too short: use at least %n characters.</source>
        <translation>
            <numerusform>The password is too short: use at least %n character.</numerusform>
            <numerusform>The password is too short: use at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong login or password. Check both (the password is case-sensitive) and try again; an approver can set a new password with robocert user passwd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>robocert::studio::StationPage</name>
    <message>
        <source>Open station file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station files (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save station file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location (for reports):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Lab 2, bench 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time scale (1 for real hardware):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects the selected device, shows its identity and one reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station is not complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator runs in this program on 127.0.0.1; the table shows its devices. It stops with “Stop simulator” or when RoboCert Studio closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>robocert::studio::StreamChart</name>
    <message>
        <source>no stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time before the newest sample (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deviation from the first sample (µm) · %1 samples, %2 lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
