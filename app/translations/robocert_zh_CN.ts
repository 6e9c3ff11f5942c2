<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Analyze</name>
    <message>
        <source>ISO 9283:1998 (GB/T 12642-2013) pose characteristics</source>
        <translation>ISO 9283:1998（GB/T 12642-2013）位姿特性</translation>
    </message>
    <message numerus="yes">
        <source>Measurements: %1 (%n attained pose(s))</source>
        <translation>
            <numerusform>测量数据：%1（%n 个实到位姿）</numerusform>
        </translation>
    </message>
    <message>
        <source>Positions in mm and angles in degrees, in the frame of the file; repeatability is 3 S (n - 1).</source>
        <translation>位置单位为 mm，角度单位为度，坐标系与文件一致；重复性为 3 S（n - 1）。</translation>
    </message>
    <message>
        <source>Pose</source>
        <translation>位姿</translation>
    </message>
    <message>
        <source>Dir.</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Pose accuracy and repeatability, position (clauses 7.2.1, 7.2.2), mm</source>
        <translation>位姿准确度和位姿重复性，位置（条款 7.2.1、7.2.2），mm</translation>
    </message>
    <message>
        <source>Pose accuracy and repeatability, orientation (clauses 7.2.1, 7.2.2), degrees</source>
        <translation>位姿准确度和位姿重复性，姿态（条款 7.2.1、7.2.2），度</translation>
    </message>
    <message>
        <source>Multi-directional pose accuracy variation (clause 7.2.3)</source>
        <translation>多方向位姿准确度变动（条款 7.2.3）</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Distance accuracy and repeatability (clause 7.3): %1 to %2, direction 1, n = %3</source>
        <translation>距离准确度和距离重复性（条款 7.3）：%1 至 %2，方向 1，n = %3</translation>
    </message>
    <message>
        <source>--distance takes two pose names separated by a comma, e.g. P2,P4; got &quot;%1&quot;</source>
        <translation>--distance 需要两个用逗号分隔的位姿名称，例如 P2,P4；实际为“%1”</translation>
    </message>
    <message>
        <source>--confidence must be a fraction between 0 and 1 (e.g. 0.9 for 90 %), not %1</source>
        <translation>--confidence 必须是 0 到 1 之间的小数（例如 0.9 表示 90 %），而不是 %1</translation>
    </message>
    <message>
        <source>%1 must be a number of hours greater than 0, not %2</source>
        <translation>%1 必须是大于 0 的小时数，而不是 %2</translation>
    </message>
    <message>
        <source>--failures must be a whole number from 0 to 1000000, not %1</source>
        <translation>--failures 必须是 0 到 1000000 之间的整数，而不是 %1</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>--test must be time or failure, not &quot;%1&quot;</source>
        <translation>--test 只能是 time 或 failure，而不是“%1”</translation>
    </message>
    <message>
        <source>a failure-terminated test ends at a failure, so it needs --failures 1 or more; use --test time for a test that ended without failures</source>
        <translation>定数截尾试验在故障时结束，因此 --failures 至少为 1；无故障结束的试验请使用 --test time</translation>
    </message>
    <message>
        <source>not defined (no failures)</source>
        <translation>无定义（无故障）</translation>
    </message>
    <message>
        <source>MTBF estimate, time-terminated test (chi-square method)</source>
        <translation>MTBF 估计，定时截尾试验（卡方法）</translation>
    </message>
    <message>
        <source>MTBF estimate, failure-terminated test (chi-square method)</source>
        <translation>MTBF 估计，定数截尾试验（卡方法）</translation>
    </message>
    <message>
        <source>Accumulated test time T: %1; relevant failures r: %2; confidence C: %3</source>
        <translation>累计试验时间 T：%1；关联故障数 r：%2；置信度 C：%3</translation>
    </message>
    <message>
        <source>Point estimate T/r: %1</source>
        <translation>点估计 T/r：%1</translation>
    </message>
    <message>
        <source>One-sided lower bound at %1: %2</source>
        <translation>置信度 %1 的单侧置信下限：%2</translation>
    </message>
    <message>
        <source>Two-sided interval at %1: %2 to %3</source>
        <translation>置信度 %1 的双侧置信区间：%2 至 %3</translation>
    </message>
    <message numerus="yes">
        <source>Test time to demonstrate an MTBF of %1 at %2 confidence with at most %n failure(s): %3</source>
        <translation>
            <numerusform>在置信度 %2 下、最多允许 %n 次故障时验证 MTBF %1 所需的试验时间：%3</numerusform>
        </translation>
    </message>
    <message>
        <source>output format: text or json</source>
        <translation>输出格式：text 或 json</translation>
    </message>
    <message>
        <source>compute characteristics from measurement files</source>
        <translation>根据测量文件计算性能特性</translation>
    </message>
    <message>
        <source>ISO 9283 pose accuracy, repeatability, vAP and distance characteristics from a pose CSV file</source>
        <translation>根据位姿 CSV 文件计算 ISO 9283 位姿准确度、重复性、vAP 和距离特性</translation>
    </message>
    <message>
        <source>pose measurement CSV file</source>
        <translation>位姿测量 CSV 文件</translation>
    </message>
    <message>
        <source>also compute AD/RD between two poses, e.g. P2,P4</source>
        <translation>同时计算两个位姿之间的 AD/RD，例如 P2,P4</translation>
    </message>
    <message>
        <source>MTBF point estimate and chi-square confidence bounds</source>
        <translation>MTBF 点估计和卡方置信限</translation>
    </message>
    <message>
        <source>accumulated test time T in hours</source>
        <translation>累计试验时间 T，单位小时</translation>
    </message>
    <message>
        <source>number of relevant failures r</source>
        <translation>关联故障数 r</translation>
    </message>
    <message>
        <source>confidence level C as a fraction, e.g. 0.9</source>
        <translation>置信度 C（小数），例如 0.9</translation>
    </message>
    <message>
        <source>how the test ended: time (time-terminated) or failure (failure-terminated)</source>
        <translation>试验结束方式：time（定时截尾）或 failure（定数截尾）</translation>
    </message>
    <message>
        <source>test time needed to demonstrate an MTBF with at most c failures</source>
        <translation>在最多 c 次故障下验证 MTBF 所需的试验时间</translation>
    </message>
    <message>
        <source>MTBF to demonstrate, in hours</source>
        <translation>要验证的 MTBF，单位小时</translation>
    </message>
    <message>
        <source>failures allowed during the test (default 0)</source>
        <translation>试验中允许的故障数（默认 0）</translation>
    </message>
</context>
<context>
    <name>Bench</name>
    <message>
        <source>--samples must be a whole number greater than 0, not %1</source>
        <translation>--samples 必须是大于 0 的整数，而不是 %1</translation>
    </message>
    <message>
        <source>--chunk must be a whole number greater than 0, not %1</source>
        <translation>--chunk 必须是大于 0 的整数，而不是 %1</translation>
    </message>
    <message>
        <source>--read-window-s must be a number of seconds, 0 or more, not %1</source>
        <translation>--read-window-s 必须是大于等于 0 的秒数，而不是 %1</translation>
    </message>
    <message>
        <source>--read-window-s times reading the lab database; it does not go with --baseline</source>
        <translation>--read-window-s 用于测量读取实验室数据库的时间，不能与 --baseline 同时使用</translation>
    </message>
    <message>
        <source>--baseline writes a scratch database: give it a --db file that does not exist yet</source>
        <translation>--baseline 会写入一个临时数据库：请用 --db 指定一个尚不存在的文件</translation>
    </message>
    <message>
        <source>Baseline, one INSERT per sample: %1 samples in %2 s: %3 samples/s; the file holds %4 bytes; longest wait for a commit %5 ms.</source>
        <translation>基准（每个样本一条 INSERT）：%1 个样本用时 %2 s：%3 样本/s；文件大小 %4 字节；提交的最长等待 %5 ms。</translation>
    </message>
    <message>
        <source>Ingested %1 samples in %2 s: %3 samples/s; the database grew by %4 bytes; longest wait for a commit %5 ms.</source>
        <translation>写入 %1 个样本用时 %2 s：%3 样本/s；数据库增加 %4 字节；提交的最长等待 %5 ms。</translation>
    </message>
    <message>
        <source>Reading a %1 s window back took %2 ms.</source>
        <translation>读回 %1 s 时间窗的数据用时 %2 ms。</translation>
    </message>
    <message>
        <source>measure RoboCert&apos;s throughput</source>
        <translation>测量 RoboCert 的吞吐性能</translation>
    </message>
    <message>
        <source>write synthetic 6-DoF tracker samples (1 kHz timestamps) through the live stream path, durable with commits at least every 100 ms</source>
        <translation>通过实时数据流路径写入合成的六自由度跟踪仪样本（1 kHz 时间戳），至少每 100 ms 提交一次以保证持久</translation>
    </message>
    <message>
        <source>number of samples to write</source>
        <translation>要写入的样本数</translation>
    </message>
    <message>
        <source>output format: text or json</source>
        <translation>输出格式：text 或 json</translation>
    </message>
    <message>
        <source>samples per stored chunk</source>
        <translation>每个存储块的样本数</translation>
    </message>
    <message>
        <source>afterwards, time reading a window of this many seconds from the middle of the stream</source>
        <translation>写入后，测量从数据流中部读取该秒数时间窗的耗时</translation>
    </message>
    <message>
        <source>for comparison: insert one row per sample into a plain table of a new scratch file (same SQLite journal and sync settings, no chunks, no audit trail)</source>
        <translation>用于对比：在新的临时文件中每个样本插入普通表的一行（相同的 SQLite 日志和同步设置，不分块，无审计追踪）</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--lang must be en or zh-CN</source>
        <translation>--lang 只能是 en 或 zh-CN</translation>
    </message>
    <message>
        <source>RoboCert: robot and component testing and certification</source>
        <translation>RoboCert：机器人及关键零部件检测与认证</translation>
    </message>
    <message>
        <source>print this help and exit</source>
        <translation>显示本帮助并退出</translation>
    </message>
    <message>
        <source>language of messages: en or zh-CN (default: system)</source>
        <translation>消息语言：en 或 zh-CN（默认：系统语言）</translation>
    </message>
    <message>
        <source>Run with --help for the usage.</source>
        <translation>使用 --help 查看用法。</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>显示版本号并退出</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>--format must be one of %1, not &quot;%2&quot;</source>
        <translation>--format 只能是 %1 之一，而不是“%2”</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: is a directory, expected a CSV file</source>
        <translation>%1：这是一个目录，需要 CSV 文件</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
</context>
<context>
    <name>Db</name>
    <message>
        <source>%1: no lab database here; create one with robocert db init or name another with --db</source>
        <translation>%1：此处没有实验室数据库；请用 robocert db init 创建，或用 --db 指定其他数据库</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <source>%1: lab database, schema version %2</source>
        <translation>%1：实验室数据库，结构版本 %2</translation>
    </message>
    <message>
        <source>Lab database: %1</source>
        <translation>实验室数据库：%1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>结构版本：%1</translation>
    </message>
    <message>
        <source>File size: %1 bytes</source>
        <translation>文件大小：%1 字节</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>被测件</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>仪器</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>试验</translation>
    </message>
    <message>
        <source>Pose measurements</source>
        <translation>位姿测量值</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>数据流</translation>
    </message>
    <message>
        <source>Stream chunks</source>
        <translation>数据流块</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>审计条目</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>尚无试验。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>试验</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>被测件</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>开始时间（UTC）</translation>
    </message>
    <message>
        <source>%1 row %2 was changed after it was recorded</source>
        <translation>%1 第 %2 行在记录之后被修改</translation>
    </message>
    <message>
        <source>%1 row %2 was deleted after it was recorded</source>
        <translation>%1 第 %2 行在记录之后被删除</translation>
    </message>
    <message>
        <source>%1 row %2 was added without an audit entry</source>
        <translation>%1 第 %2 行是在没有审计条目的情况下添加的</translation>
    </message>
    <message>
        <source>%1 row %2 was altered: the audit trail no longer matches itself</source>
        <translation>%1 第 %2 行被篡改：审计追踪前后不再一致</translation>
    </message>
    <message>
        <source>%1 row %2 is missing: an audit entry was deleted</source>
        <translation>%1 第 %2 行缺失：有审计条目被删除</translation>
    </message>
    <message>
        <source>the audit trail does not match the stored rows</source>
        <translation>审计追踪与存储的数据不一致</translation>
    </message>
    <message>
        <source>%1: intact; %2 audit entries and %3 rows checked</source>
        <translation>%1：完整无误；已检查 %2 条审计条目和 %3 行数据</translation>
    </message>
    <message>
        <source>Last audit entry %1: %2</source>
        <translation>最后一条审计条目 %1：%2</translation>
    </message>
    <message>
        <source>%1: backed up to %2</source>
        <translation>%1：已备份到 %2</translation>
    </message>
    <message>
        <source>Run %1: %2 measurements and %3 results of %4 stored in %5</source>
        <translation>试验 %1：%4 的 %2 个测量值和 %3 个结果已存入 %5</translation>
    </message>
    <message>
        <source>%1: cannot create this folder</source>
        <translation>%1：无法创建该文件夹</translation>
    </message>
    <message>
        <source>--format csv writes several files: name their folder with --out DIR</source>
        <translation>--format csv 会写出多个文件：请用 --out DIR 指定它们的文件夹</translation>
    </message>
    <message>
        <source>%1: there is no run %2; robocert db info lists the runs</source>
        <translation>%1：不存在试验 %2；robocert db info 可列出所有试验</translation>
    </message>
    <message>
        <source>the lab database: create, inspect, check, back up and export it</source>
        <translation>实验室数据库：创建、查看、校验、备份和导出</translation>
    </message>
    <message>
        <source>create the lab database, or bring it to the current schema</source>
        <translation>创建实验室数据库，或将其升级到当前结构版本</translation>
    </message>
    <message>
        <source>schema version, size, record counts and the runs</source>
        <translation>结构版本、大小、记录数量和试验列表</translation>
    </message>
    <message>
        <source>recompute the audit trail; exit 1 if anything was changed behind RoboCert&apos;s back</source>
        <translation>重新计算审计追踪；如有数据被绕过 RoboCert 修改，则以退出码 1 结束</translation>
    </message>
    <message>
        <source>consistent copy of the database to a new file</source>
        <translation>将数据库一致地复制到新文件</translation>
    </message>
    <message>
        <source>backup file to create (must not exist)</source>
        <translation>要创建的备份文件（必须尚不存在）</translation>
    </message>
    <message>
        <source>everything stored of one run</source>
        <translation>导出一个试验的全部存储内容</translation>
    </message>
    <message>
        <source>run id (robocert db info lists them)</source>
        <translation>试验编号（robocert db info 可列出）</translation>
    </message>
    <message>
        <source>json (one object) or csv (a folder of files)</source>
        <translation>json（一个对象）或 csv（一个文件夹的文件）</translation>
    </message>
    <message>
        <source>json: file to write (default: standard output); csv: folder</source>
        <translation>json：要写入的文件（默认：标准输出）；csv：文件夹</translation>
    </message>
    <message>
        <source>store measurement files in the lab database</source>
        <translation>将测量文件存入实验室数据库</translation>
    </message>
    <message>
        <source>store a pose CSV file and its ISO 9283 results as an offline run</source>
        <translation>将位姿 CSV 文件及其 ISO 9283 结果存为一次离线试验</translation>
    </message>
    <message>
        <source>pose measurement CSV file</source>
        <translation>位姿测量 CSV 文件</translation>
    </message>
    <message>
        <source>serial number of the robot measured</source>
        <translation>被测机器人的序列号</translation>
    </message>
    <message>
        <source>manufacturer, for an item not yet stored</source>
        <translation>制造商（用于尚未存储的被测件）</translation>
    </message>
    <message>
        <source>model, for an item not yet stored</source>
        <translation>型号（用于尚未存储的被测件）</translation>
    </message>
    <message>
        <source>output format: text or json</source>
        <translation>输出格式：text 或 json</translation>
    </message>
</context>
<context>
    <name>DbPath</name>
    <message>
        <source>lab database file (default: $ROBOCERT_DB, else robocert.db in the application data folder)</source>
        <translation>实验室数据库文件（默认：$ROBOCERT_DB，否则为应用数据文件夹中的 robocert.db）</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>the file is empty: expected a header row naming the columns</source>
        <translation>文件为空：需要一行列名表头</translation>
    </message>
    <message>
        <source>not a text file (contains NUL bytes); expected a UTF-8 CSV file</source>
        <translation>不是文本文件（含有 NUL 字节）；需要 UTF-8 编码的 CSV 文件</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8 CSV</source>
        <translation>文件不是 UTF-8 文本；请另存为 UTF-8 编码的 CSV</translation>
    </message>
    <message>
        <source>the header has no measurement rows after it</source>
        <translation>表头之后没有测量数据行</translation>
    </message>
    <message>
        <source>missing column &quot;%1&quot; in the header</source>
        <translation>表头缺少列“%1”</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice in the header</source>
        <translation>列“%1”在表头中出现了两次</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>该行有 %1 个字段，但表头有 %2 个</translation>
    </message>
    <message>
        <source>a quoted field is not closed on its line</source>
        <translation>带引号的字段在本行内没有结束引号</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote; expected a comma</source>
        <translation>结束引号之后出现多余文字；应为逗号</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is empty</source>
        <translation>列“%1”为空</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a number</source>
        <translation>列“%1”：“%2”不是数字</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a whole number of 1 or more</source>
        <translation>列“%1”：“%2”不是大于等于 1 的整数</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a whole number of 0 or more</source>
        <translation>列“%1”：“%2”不是大于等于 0 的整数</translation>
    </message>
    <message>
        <source>no measurements to analyse</source>
        <translation>没有可分析的测量数据</translation>
    </message>
    <message numerus="yes">
        <source>pose %1 (direction %2) has %n cycle(s); repeatability needs at least 2</source>
        <translation>
            <numerusform>位姿 %1（方向 %2）只有 %n 个循环；重复性至少需要 2 个循环</numerusform>
        </translation>
    </message>
    <message>
        <source>pose %1 (direction %2) cycle %3 is already measured at line %4</source>
        <translation>位姿 %1（方向 %2）的第 %3 个循环已在第 %4 行测量过</translation>
    </message>
    <message>
        <source>pose %1 has a different commanded pose than at line %2; a pose name must always mean the same commanded pose</source>
        <translation>位姿 %1 的指令位姿与第 %2 行不同；同一位姿名称必须始终对应同一指令位姿</translation>
    </message>
    <message>
        <source>pose %1 named in --distance has no measurements from direction 1</source>
        <translation>--distance 中的位姿 %1 没有方向 1 的测量数据</translation>
    </message>
    <message>
        <source>--distance needs two different poses, got %1 twice</source>
        <translation>--distance 需要两个不同的位姿，但 %1 出现了两次</translation>
    </message>
    <message>
        <source>cycle %1 of pose %2 has no cycle %1 of pose %3 to pair with for the distance</source>
        <translation>位姿 %2 的第 %1 个循环在位姿 %3 中没有对应的第 %1 个循环，无法配对计算距离</translation>
    </message>
    <message>
        <source>not a RoboCert lab database; check the path or use --db</source>
        <translation>不是 RoboCert 实验室数据库；请检查路径或使用 --db</translation>
    </message>
    <message>
        <source>written by a newer RoboCert; update RoboCert to open it</source>
        <translation>由更新版本的 RoboCert 写入；请升级 RoboCert 后再打开</translation>
    </message>
    <message>
        <source>cannot be written; check the file&apos;s and its folder&apos;s permissions</source>
        <translation>无法写入；请检查文件及其所在文件夹的权限</translation>
    </message>
    <message>
        <source>locked by another program for too long; try again when it is done</source>
        <translation>被其他程序锁定时间过长；请待其完成后重试</translation>
    </message>
    <message>
        <source>the disk is full; nothing of this operation was stored, earlier data is intact</source>
        <translation>磁盘已满；本次操作未存储任何内容，之前的数据完好</translation>
    </message>
    <message>
        <source>cannot be opened; check that its folder exists</source>
        <translation>无法打开；请检查其所在文件夹是否存在</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>database error</source>
        <translation>数据库错误</translation>
    </message>
</context>
<context>
    <name>Modbus</name>
    <message>
        <source>bad device URL &quot;%1&quot; at character %2: %3</source>
        <translation>设备 URL“%1”在第 %2 个字符处有误：%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Modbus URL: use modbus-tcp://HOST[:PORT] or modbus-rtu:///dev/ttyX?baud=19200&amp;parity=even</source>
        <translation>“%1”不是 Modbus URL：请使用 modbus-tcp://HOST[:PORT] 或 modbus-rtu:///dev/ttyX?baud=19200&amp;parity=even</translation>
    </message>
    <message>
        <source>give exactly one of --holding, --input or --coils</source>
        <translation>请在 --holding、--input 和 --coils 中恰好指定一个</translation>
    </message>
    <message>
        <source>--count must be from 1 to %1, not %2</source>
        <translation>--count 必须在 1 到 %1 之间，而不是 %2</translation>
    </message>
    <message>
        <source>address %1 with --count %2 runs past 65535</source>
        <translation>地址 %1 加上 --count %2 超出了 65535</translation>
    </message>
    <message>
        <source>--unit must be from 0 to 255, not %1</source>
        <translation>--unit 必须在 0 到 255 之间，而不是 %1</translation>
    </message>
    <message>
        <source>--timeout-ms must be greater than 0, not %1</source>
        <translation>--timeout-ms 必须大于 0，而不是 %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>%1 (unit %2) refused the read: %3</source>
        <translation>%1（单元 %2）拒绝了读取：%3</translation>
    </message>
    <message>
        <source>Modbus read from unit %1 failed: %2. Check the URL, the unit id and that the device is powered and connected.</source>
        <translation>从单元 %1 读取 Modbus 失败：%2。请检查 URL、单元编号，以及设备是否已通电并连接。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>talk to a Modbus device (commissioning)</source>
        <translation>与 Modbus 设备通信（调试）</translation>
    </message>
    <message>
        <source>read registers or coils and print address/value rows</source>
        <translation>读取寄存器或线圈并按地址/值逐行输出</translation>
    </message>
    <message>
        <source>modbus-tcp://HOST[:PORT] or modbus-rtu:///dev/ttyX?baud=...</source>
        <translation>modbus-tcp://HOST[:PORT] 或 modbus-rtu:///dev/ttyX?baud=...</translation>
    </message>
    <message>
        <source>first 0-based address</source>
        <translation>起始地址（从 0 开始）</translation>
    </message>
    <message>
        <source>unit (slave) id, default 1</source>
        <translation>单元（从站）编号，默认 1</translation>
    </message>
    <message>
        <source>holding registers (FC 3)</source>
        <translation>保持寄存器（FC 3）</translation>
    </message>
    <message>
        <source>input registers (FC 4)</source>
        <translation>输入寄存器（FC 4）</translation>
    </message>
    <message>
        <source>coils (FC 1)</source>
        <translation>线圈（FC 1）</translation>
    </message>
    <message>
        <source>how many to read, default 1</source>
        <translation>读取数量，默认 1</translation>
    </message>
    <message>
        <source>output format: text or json</source>
        <translation>输出格式：text 或 json</translation>
    </message>
    <message>
        <source>reply timeout in milliseconds, default 1000</source>
        <translation>应答超时（毫秒），默认 1000</translation>
    </message>
</context>
</TS>
