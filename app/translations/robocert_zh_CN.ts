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
    <message>
        <source>the file is damaged (SQLite: %1)</source>
        <translation>文件已损坏（SQLite：%1）</translation>
    </message>
    <message>
        <source>the file is damaged in %1 (SQLite: %2)</source>
        <translation>文件中的 %1 已损坏（SQLite：%2）</translation>
    </message>
    <message>
        <source>keep this file for investigation and restore the last copy made with robocert db backup</source>
        <translation>请保留该文件以供调查，并恢复用 robocert db backup 制作的最近一份副本</translation>
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
    <name>Demo</name>
    <message>
        <source>characteristic</source>
        <translation>特性</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>--time-scale must be more than 0 and at most %1</source>
        <translation>--time-scale 必须大于 0 且不大于 %1</translation>
    </message>
    <message>
        <source>RoboCert demo: the station simulator (SimBot-6 robot and a laser tracker on loopback TCP, %1x time) runs the ISO 9283 plans.</source>
        <translation>RoboCert 演示：工位模拟器（SimBot-6 机器人和一台激光跟踪仪，经本机回环 TCP 连接，%1 倍速）运行 ISO 9283 试验计划。</translation>
    </message>
    <message>
        <source>Lab database: %1</source>
        <translation>实验室数据库：%1</translation>
    </message>
    <message>
        <source>cannot open the lab database %1: %2</source>
        <translation>无法打开实验室数据库 %1：%2</translation>
    </message>
    <message>
        <source>== %1 ==</source>
        <translation>== %1 ==</translation>
    </message>
    <message>
        <source>try RoboCert without hardware: the ISO 9283 plans on the simulator</source>
        <translation>无需硬件试用 RoboCert：在模拟器上运行 ISO 9283 试验计划</translation>
    </message>
    <message>
        <source>simulated seconds per second (default 200)</source>
        <translation>每秒真实时间对应的模拟秒数（默认 200）</translation>
    </message>
    <message>
        <source>the simulator&apos;s random seed</source>
        <translation>模拟器的随机数种子</translation>
    </message>
    <message>
        <source>RoboCert demonstration laboratory (not accredited)</source>
        <translation>RoboCert 演示实验室（未获认可）</translation>
    </message>
    <message>
        <source>simulated station, no real address</source>
        <translation>模拟工位，无真实地址</translation>
    </message>
    <message>
        <source>station simulator on this computer</source>
        <translation>本机上的工位模拟器</translation>
    </message>
    <message>
        <source>Report %1 (draft) of run %2: %3</source>
        <translation>试验 %2 的报告 %1（草稿）：%3</translation>
    </message>
    <message>
        <source>the report could not be written: %1</source>
        <translation>无法写出报告：%1</translation>
    </message>
    <message>
        <source>simulator</source>
        <translation>模拟器</translation>
    </message>
    <message>
        <source>Measured against the simulator (positions in the frame registered by the run). AP and AD: the noise-free values of its error model; RP and RD, which are properties of the noise: what an independent twin run on the same models measured.</source>
        <translation>测量值与模拟器值的比较（位置在本次试验配准的坐标系中）。AP 和 AD 的模拟器值为其误差模型的无噪声值；RP 和 RD 反映噪声特性，其模拟器值为在相同模型上独立进行的一次孪生试验的测量结果。</translation>
    </message>
    <message>
        <source>Demo customer (simulated)</source>
        <translation>演示委托方（模拟）</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <source>the station has no %1 for the plan&apos;s role &apos;%2&apos;</source>
        <translation>工位上没有用于计划角色“%2”的%1</translation>
    </message>
    <message>
        <source>run %1 was made with another plan (%2, SHA-256 %3...): resume it with the plan it started with</source>
        <translation>试验 %1 使用的是另一个计划（%2，SHA-256 %3...）：请使用该试验开始时的计划继续</translation>
    </message>
    <message>
        <source>parameters: %1</source>
        <translation>参数：%1</translation>
    </message>
    <message>
        <source>the instrument for &apos;%1&apos; has an expired calibration (due %2): recalibrate it, or override with a stated reason</source>
        <translation>用于“%1”的仪器校准已过期（有效期至 %2）：请重新校准，或注明理由后强制使用</translation>
    </message>
    <message>
        <source>the instrument for &apos;%1&apos; has no calibration on record: recalibrate it, or override with a stated reason</source>
        <translation>用于“%1”的仪器没有校准记录：请进行校准，或注明理由后强制使用</translation>
    </message>
    <message>
        <source>device &apos;%1&apos; is not ready (%2): check that it is on and reachable</source>
        <translation>设备“%1”未就绪（%2）：请检查设备是否已开机且可访问</translation>
    </message>
    <message>
        <source>device &apos;%1&apos; is not ready (%2: %3): check that it is on and reachable</source>
        <translation>设备“%1”未就绪（%2：%3）：请检查设备是否已开机且可访问</translation>
    </message>
    <message>
        <source>resumed by %1</source>
        <translation>由 %1 继续</translation>
    </message>
    <message>
        <source>item %1 is a %2; the plan applies to %3</source>
        <translation>被测件 %1 的类型为 %2；该计划适用于 %3</translation>
    </message>
    <message>
        <source>interrupted by the operator; resume with the run id</source>
        <translation>操作员中断了试验；可凭试验编号继续</translation>
    </message>
    <message>
        <source>aborted by the operator</source>
        <translation>操作员终止了试验</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <source>internal: argument %1 missing</source>
        <translation>内部错误：缺少参数 %1</translation>
    </message>
    <message>
        <source>internal: expected 3 numbers</source>
        <translation>内部错误：应为 3 个数值</translation>
    </message>
    <message>
        <source>internal: argument %1 is not an integer</source>
        <translation>内部错误：参数 %1 不是整数</translation>
    </message>
    <message>
        <source>internal: argument %1 is not text</source>
        <translation>内部错误：参数 %1 不是文本</translation>
    </message>
    <message>
        <source>manipulator</source>
        <translation>操作机</translation>
    </message>
    <message>
        <source>pose sensor</source>
        <translation>位姿传感器</translation>
    </message>
    <message>
        <source>scalar sensor</source>
        <translation>标量传感器</translation>
    </message>
    <message>
        <source>actuator</source>
        <translation>执行器</translation>
    </message>
    <message>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>pose %1 is not defined: add an iso9283.test_cube step before</source>
        <translation>位姿 %1 未定义：请在此之前添加 iso9283.test_cube 步骤</translation>
    </message>
    <message>
        <source>declined: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>the operator declined: %1</source>
        <translation>操作员拒绝：%1</translation>
    </message>
    <message>
        <source>confirmed: %1</source>
        <translation>已确认：%1</translation>
    </message>
    <message>
        <source>unknown cube plane %1</source>
        <translation>未知的立方体平面 %1</translation>
    </message>
    <message>
        <source>frame.registration needs the test cube: add an iso9283.test_cube step before</source>
        <translation>frame.registration 需要测试立方体：请在此之前添加 iso9283.test_cube 步骤</translation>
    </message>
    <message numerus="yes">
        <source>frame registration failed: the points are too few or collinear (%n point(s))</source>
        <translation>
            <numerusform>坐标系配准失败：点数过少或共线（%n 个点）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rms %1 mm, largest %2 mm over %n point(s) (limit %3 mm)</source>
        <translation>
            <numerusform>%n 个点的均方根残差 %1 mm，最大 %2 mm（限值 %3 mm）</numerusform>
        </translation>
    </message>
    <message>
        <source>frame registration: %1</source>
        <translation>坐标系配准：%1</translation>
    </message>
    <message>
        <source>frame registration residual above its limit: %1; check the instrument set-up and the target, or raise residual_limit_mm</source>
        <translation>坐标系配准残差超出限值：%1；请检查仪器安装和靶标，或增大 residual_limit_mm</translation>
    </message>
    <message>
        <source>%1 dir %2, cycle %3/%4 at %5</source>
        <translation>%1 方向 %2，循环 %3/%4，速度 %5</translation>
    </message>
    <message>
        <source>%1, cycle %2/%3 at %4</source>
        <translation>%1，循环 %2/%3，速度 %4</translation>
    </message>
    <message>
        <source>distance cycles need two different poses</source>
        <translation>距离循环需要两个不同的位姿</translation>
    </message>
    <message>
        <source>out of tolerance at P1: %1 mm from the reference (limit %2 mm)</source>
        <translation>P1 处超差：偏离参考位置 %1 mm（限值 %2 mm）</translation>
    </message>
    <message>
        <source>failure: %1</source>
        <translation>故障：%1</translation>
    </message>
    <message>
        <source>cycle %1, %2 h of test time</source>
        <translation>循环 %1，试验时间 %2 h</translation>
    </message>
    <message>
        <source>internal: argument %1 is not a number</source>
        <translation>内部错误：参数 %1 不是数值</translation>
    </message>
    <message>
        <source>internal: argument %1 is not a list of numbers</source>
        <translation>内部错误：参数 %1 不是数值列表</translation>
    </message>
    <message>
        <source>no built-in procedure %1</source>
        <translation>没有内置程序 %1</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>协议错误</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>被中止</translation>
    </message>
    <message>
        <source>error</source>
        <translation>出错</translation>
    </message>
    <message>
        <source>%1: %2 %3: %4</source>
        <extracomment>%1 role, %2 operation (move, measurement, ...), %3 what went wrong (refused, protocol error, ...), %4 the device&apos;s own message</extracomment>
        <translation>%1：%2时%3：%4</translation>
    </message>
    <message>
        <source>no manipulator for role %1</source>
        <translation>角色 %1 没有对应的操作机</translation>
    </message>
    <message>
        <source>move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>no pose sensor for role %1</source>
        <translation>角色 %1 没有对应的位姿传感器</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>pose sensor %1 is not registered to the robot base frame: add a frame.registration step before measuring</source>
        <translation>位姿传感器 %1 尚未配准到机器人基坐标系：请在测量之前添加 frame.registration 步骤</translation>
    </message>
    <message>
        <source>no scalar sensor for role %1</source>
        <translation>角色 %1 没有对应的标量传感器</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>读数</translation>
    </message>
    <message>
        <source>no actuator for role %1</source>
        <translation>角色 %1 没有对应的执行器</translation>
    </message>
    <message>
        <source>set point</source>
        <translation>写入设定值</translation>
    </message>
    <message>
        <source>pose query</source>
        <translation>查询位姿</translation>
    </message>
    <message>
        <source>paused by the operator</source>
        <translation>操作员暂停了试验</translation>
    </message>
    <message>
        <source>resumed by the operator</source>
        <translation>操作员继续了试验</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>%1 role, %2 what happened (timed out, disconnected, fault), %3 the device&apos;s own message</extracomment>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation>已暂停：%1</translation>
    </message>
    <message>
        <source>%1 is in fault: clear it on the device, then resume the run</source>
        <translation>%1 处于故障状态：请在设备上清除故障，然后继续试验</translation>
    </message>
    <message>
        <source>%1: the operator cleared the fault</source>
        <translation>%1：操作员已清除故障</translation>
    </message>
    <message>
        <source>%1 is ready again</source>
        <translation>%1 已恢复就绪</translation>
    </message>
    <message>
        <source>%1 is ready again; waiting for the operator to resume</source>
        <translation>%1 已恢复就绪；等待操作员继续试验</translation>
    </message>
    <message>
        <source>resumed after %1 came back</source>
        <translation>%1 恢复后继续</translation>
    </message>
    <message>
        <source>resumed automatically</source>
        <translation>已自动继续</translation>
    </message>
    <message>
        <source>%1 did not come back within %2 s: %3</source>
        <translation>%1 未在 %2 s 内恢复：%3</translation>
    </message>
    <message>
        <source>record(%1): not a finite number</source>
        <translation>record(%1)：不是有限数值</translation>
    </message>
    <message>
        <source>the run was aborted</source>
        <translation>试验已终止</translation>
    </message>
    <message>
        <source>script step %1 failed at plan line %2: %3</source>
        <translation>脚本步骤 %1 在计划第 %2 行失败：%3</translation>
    </message>
    <message>
        <source>%1 sensor: %2</source>
        <translation>%1 传感器：%2</translation>
    </message>
    <message>
        <source>%1 sensor reads in %2, not %3: not recorded</source>
        <translation>%1 传感器的读数单位为 %2 而不是 %3：未记录</translation>
    </message>
    <message>
        <source>no uncertainty budgets: %1</source>
        <translation>未生成不确定度预算：%1</translation>
    </message>
    <message>
        <source>the instrument for &apos;%1&apos; is not good enough for this plan: its calibrated uncertainty at 1 m is %2 µm, the plan asks for at most %3 µm</source>
        <translation>用于“%1”的仪器不满足该计划的要求：其校准不确定度在 1 m 处为 %2 µm，而计划要求不大于 %3 µm</translation>
    </message>
    <message>
        <source>the capability of the instrument for &apos;%1&apos; cannot be checked: its calibration record has no numeric uncertainty</source>
        <translation>无法核查用于“%1”的仪器的测量能力：其校准记录中没有数值形式的不确定度</translation>
    </message>
    <message>
        <source>the stored run has no value for a parameter of plan %1</source>
        <translation>所存试验缺少试验计划 %1 的某个参数值</translation>
    </message>
    <message>
        <source>%1 sensor reads %2 %3, which no test hall has: not recorded</source>
        <translation>%1 传感器读数为 %2 %3，任何试验场所都不会出现该值：未记录</translation>
    </message>
    <message>
        <source>the %1 %2 %3 is not plausible: give a value from %4 to %5 %3</source>
        <translation>%1 %2 %3 不合理：请给出 %4 到 %5 %3 之间的值</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>relative humidity</source>
        <translation>相对湿度</translation>
    </message>
    <message>
        <source>run %1 cannot be resumed: %2</source>
        <translation>试验 %1 无法继续：%2</translation>
    </message>
    <message>
        <source>lab database %1</source>
        <translation>实验室数据库 %1</translation>
    </message>
    <message>
        <source>a wait of %1 s is not possible: a single wait lasts 0 to %2 s (24 h) of station time; wait in a loop for longer</source>
        <extracomment>%1 the wait asked for in seconds (may be huge), %2 the longest (86400)</extracomment>
        <translation>无法等待 %1 s：单次等待的工位时间只能为 0 到 %2 s（24 h）；更长的等待请在循环中进行</translation>
    </message>
    <message>
        <source>%1 %2 %3 times in a row on the same unit of work (last: %4); the run is interrupted: check the device &apos;%1&apos; and its connection, then resume the run</source>
        <extracomment>%1 role, %2 what happened (timed out, ...), %3 how many times, %4 the device&apos;s message</extracomment>
        <translation>%1 在同一工作单元上连续 %3 次%2（最近一次：%4）；试验已中断：请检查设备 &apos;%1&apos; 及其连接，然后继续试验</translation>
    </message>
    <message>
        <source>the plan has script steps, and they cannot run: %1</source>
        <translation>计划中有脚本步骤，但这些步骤无法运行：%1</translation>
    </message>
    <message>
        <source>script step %1 was stopped: %2</source>
        <translation>脚本步骤 %1 被中止：%2</translation>
    </message>
    <message>
        <source>%1; resume the run to go on without this step&apos;s results</source>
        <translation>%1；继续试验即可接着进行，但不包含该步骤的结果</translation>
    </message>
</context>
<context>
    <name>LabCmd</name>
    <message>
        <source>%1: no lab database here; create one with robocert db init or name another with --db</source>
        <translation>%1：此处没有实验室数据库；请用 robocert db init 创建，或用 --db 指定其他数据库</translation>
    </message>
    <message>
        <source>Lab profile</source>
        <translation>实验室信息</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>认可</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Where the work is done</source>
        <translation>实施地点</translation>
    </message>
    <message>
        <source>Reports need the lab&apos;s name and address: robocert lab set --name NAME --address ADDRESS</source>
        <translation>报告需要实验室的名称和地址：robocert lab set --name NAME --address ADDRESS</translation>
    </message>
    <message>
        <source>nothing to set: give at least one of --name, --address, --accreditation, --logo, --location</source>
        <translation>没有要设置的内容：请至少给出 --name、--address、--accreditation、--logo、--location 中的一项</translation>
    </message>
    <message>
        <source>%1: no readable image file here (--logo)</source>
        <translation>%1：此处没有可读取的图像文件（--logo）</translation>
    </message>
    <message>
        <source>an instrument needs a --kind and a non-empty --serial</source>
        <translation>仪器需要 --kind 和非空的 --serial</translation>
    </message>
    <message>
        <source>%1: an instrument with serial number %2 exists already</source>
        <translation>%1：序列号为 %2 的仪器已存在</translation>
    </message>
    <message>
        <source>Instrument %1 (%2) added; record its calibration with robocert lab calibration add %1</source>
        <translation>已添加仪器 %1（%2）；请用 robocert lab calibration add %1 记录其校准</translation>
    </message>
    <message>
        <source>No instruments yet; add one with robocert lab instrument add --kind KIND --serial SERIAL</source>
        <translation>尚无仪器；请用 robocert lab instrument add --kind KIND --serial SERIAL 添加</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Make and model</source>
        <translation>制造商及型号</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>不确定度</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>校准状态</translation>
    </message>
    <message numerus="yes">
        <source>valid, DUE IN %n DAY(S)</source>
        <translation>
            <numerusform>有效，距到期还剩 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>无校准记录</translation>
    </message>
    <message>
        <source>As of %1 (UTC): %2 expired, %3 without calibration, %4 due within %5 days. A run refuses an instrument whose calibration is expired or missing.</source>
        <translation>截至 %1（UTC）：%2 台已过期，%3 台无校准记录，%4 台将在 %5 天内到期。校准已过期或无校准记录的仪器不能用于试验。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD (--calibrated, --due)</source>
        <translation>“%1”不是日期：请写作 YYYY-MM-DD（--calibrated、--due）</translation>
    </message>
    <message>
        <source>the calibration is due (%1) before it was made (%2)</source>
        <translation>校准到期日（%1）早于校准日期（%2）</translation>
    </message>
    <message>
        <source>--certificate needs the certificate&apos;s number</source>
        <translation>--certificate 需要证书编号</translation>
    </message>
    <message>
        <source>--k is the coverage factor of --u-const-um and --u-per-m-um; give those too</source>
        <translation>--k 是 --u-const-um 和 --u-per-m-um 的包含因子；请同时给出这两项</translation>
    </message>
    <message>
        <source>--u-const-um and --u-per-m-um are 0 or more (µm, µm/m)</source>
        <translation>--u-const-um 和 --u-per-m-um 必须大于等于 0（µm、µm/m）</translation>
    </message>
    <message>
        <source>--k must be more than 0</source>
        <translation>--k 必须大于 0</translation>
    </message>
    <message>
        <source>%1: no instrument with serial number %2; add it with robocert lab instrument add</source>
        <translation>%1：没有序列号为 %2 的仪器；请用 robocert lab instrument add 添加</translation>
    </message>
    <message>
        <source>Calibration %1 of %2 recorded: %3 to %4%5</source>
        <translation>已记录仪器 %2 的校准证书 %1：%3 至 %4%5</translation>
    </message>
    <message>
        <source>output format: text or json</source>
        <translation>输出格式：text 或 json</translation>
    </message>
    <message>
        <source>the lab: its profile on every report, its instruments and their calibrations</source>
        <translation>实验室：每份报告上的实验室信息、仪器及其校准</translation>
    </message>
    <message>
        <source>the lab profile</source>
        <translation>实验室信息</translation>
    </message>
    <message>
        <source>change the lab profile (only what is given)</source>
        <translation>修改实验室信息（仅修改给出的项）</translation>
    </message>
    <message>
        <source>the lab&apos;s name</source>
        <translation>实验室名称</translation>
    </message>
    <message>
        <source>the lab&apos;s address</source>
        <translation>实验室地址</translation>
    </message>
    <message>
        <source>accreditation, e.g. &quot;CNAS L0000&quot; (empty: none)</source>
        <translation>认可信息，例如“CNAS L0000”（为空：无）</translation>
    </message>
    <message>
        <source>image file for the letterhead (empty: none)</source>
        <translation>信头使用的图像文件（为空：无）</translation>
    </message>
    <message>
        <source>where the work is done, unless a station says otherwise</source>
        <translation>实施地点（工位另有说明时以工位为准）</translation>
    </message>
    <message>
        <source>measuring instruments</source>
        <translation>测量仪器</translation>
    </message>
    <message>
        <source>add a measuring instrument</source>
        <translation>添加测量仪器</translation>
    </message>
    <message>
        <source>laser_tracker, torque_sensor, ...</source>
        <translation>laser_tracker、torque_sensor 等</translation>
    </message>
    <message>
        <source>serial number (unique)</source>
        <translation>序列号（唯一）</translation>
    </message>
    <message>
        <source>manufacturer</source>
        <translation>制造商</translation>
    </message>
    <message>
        <source>model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>the instruments with their calibration status today</source>
        <translation>各仪器及其当前的校准状态</translation>
    </message>
    <message>
        <source>instruments&apos; calibration certificates</source>
        <translation>仪器的校准证书</translation>
    </message>
    <message>
        <source>record a calibration certificate of an instrument</source>
        <translation>记录仪器的校准证书</translation>
    </message>
    <message>
        <source>the instrument&apos;s serial number</source>
        <translation>仪器的序列号</translation>
    </message>
    <message>
        <source>certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>calibration date, YYYY-MM-DD</source>
        <translation>校准日期，YYYY-MM-DD</translation>
    </message>
    <message>
        <source>due date, YYYY-MM-DD: the last day the calibration is valid</source>
        <translation>到期日，YYYY-MM-DD：校准有效的最后一天</translation>
    </message>
    <message>
        <source>expanded uncertainty of length U = A + B·L: A in µm</source>
        <translation>长度测量的扩展不确定度 U = A + B·L：A，单位 µm</translation>
    </message>
    <message>
        <source>B in µm per m of length L</source>
        <translation>B，单位 µm/m（每米长度 L）</translation>
    </message>
    <message>
        <source>coverage factor of U (default 2)</source>
        <translation>U 的包含因子（默认 2）</translation>
    </message>
    <message>
        <source>the uncertainty as the certificate states it (default: from the numbers)</source>
        <translation>证书上的不确定度表述（默认：由上述数值生成）</translation>
    </message>
    <message>
        <source>the calibration laboratory</source>
        <translation>校准实验室</translation>
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
    <message>
        <source>%1 of the distance from pose %2 to pose %3 is not a finite number: the values are too large to analyse; check the units and the columns</source>
        <translation>位姿 %2 到位姿 %3 的距离的 %1 不是有限数值：数值过大，无法分析；请检查单位和列</translation>
    </message>
    <message>
        <source>%1 of pose %2 (direction %3) is not a finite number: the values are too large to analyse; check the units and the columns</source>
        <translation>位姿 %2（方向 %3）的 %1 不是有限数值：数值过大，无法分析；请检查单位和列</translation>
    </message>
    <message>
        <source>the file is damaged: some of its pages cannot be read; robocert db verify names what is damaged; keep this file and restore the last copy made with robocert db backup</source>
        <translation>文件已损坏：部分数据页无法读取；robocert db verify 可指出损坏之处；请保留该文件，并恢复用 robocert db backup 制作的最近一份副本</translation>
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
<context>
    <name>PlanCmd</name>
    <message>
        <source>%1: plan %2 version %3 is valid; station %4 can run it</source>
        <translation>%1：计划 %2 版本 %3 有效；工位 %4 可以运行</translation>
    </message>
    <message>
        <source>%1: plan %2 version %3 is valid</source>
        <translation>%1：计划 %2 版本 %3 有效</translation>
    </message>
    <message>
        <source>%1: no such directory; name the plan library with --dir or ROBOCERT_PLAN_DIR</source>
        <translation>%1：目录不存在；请用 --dir 或 ROBOCERT_PLAN_DIR 指定计划库</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>(invalid)</source>
        <translation>（无效）</translation>
    </message>
    <message>
        <source>Plan library: %1</source>
        <translation>计划库：%1</translation>
    </message>
    <message>
        <source>check test plans and list the plan library</source>
        <translation>检查试验计划并列出计划库</translation>
    </message>
    <message>
        <source>check plan files completely (and that a station can run them) without moving anything</source>
        <translation>完整检查计划文件（以及工位能否运行它们），不会使任何设备动作</translation>
    </message>
    <message>
        <source>test plan files (YAML)</source>
        <translation>试验计划文件（YAML）</translation>
    </message>
    <message>
        <source>station file: also check that this station has every device the plans need</source>
        <translation>工位文件：同时检查该工位是否具备计划所需的全部设备</translation>
    </message>
    <message>
        <source>list the plans of the plan library</source>
        <translation>列出计划库中的计划</translation>
    </message>
    <message>
        <source>plan library folder (default: ROBOCERT_PLAN_DIR, else the plans shipped with RoboCert)</source>
        <translation>计划库文件夹（默认：ROBOCERT_PLAN_DIR，否则为 RoboCert 自带的计划）</translation>
    </message>
    <message>
        <source>output format: text or json</source>
        <translation>输出格式：text 或 json</translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <source>Check that the device is switched on and reachable, the address and port (or the serial device and its settings), and that no other program holds the connection.</source>
        <translation>请检查设备是否已开机且可访问，地址和端口（或串口设备及其设置）是否正确，以及是否有其他程序占用该连接。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>%1 is why the connection failed (from the driver, in English), %2 what to check.</extracomment>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>no answer from %1 to %2 within %3 ms. Check that --driver names the protocol the device speaks, the serial settings and line terminator, and that the device is in remote mode.</source>
        <translation>%1 在 %3 ms 内未应答 %2。请检查 --driver 是否为设备使用的协议，串口设置和行结束符是否正确，以及设备是否处于远程模式。</translation>
    </message>
    <message>
        <source>%1 answered %2 with something this driver cannot read: %3. Check that --driver names the protocol the device speaks.</source>
        <translation>%1 对 %2 的应答无法被本驱动解析：%3。请检查 --driver 是否为设备使用的协议。</translation>
    </message>
    <message>
        <source>%1 answered %2 with an error: %3</source>
        <translation>%1 对 %2 返回了错误：%3</translation>
    </message>
    <message>
        <source>no connection to %1 within %2 ms. %3</source>
        <translation>%2 ms 内未能连接到 %1。%3</translation>
    </message>
    <message>
        <source>position (mm)</source>
        <translation>位置（mm）</translation>
    </message>
    <message>
        <source>angles (deg)</source>
        <translation>角度（°）</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>time (ns)</source>
        <translation>时间（ns）</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>识别信息</translation>
    </message>
    <message>
        <source>no answer to *IDN?</source>
        <translation>*IDN? 无应答</translation>
    </message>
    <message>
        <source>no answer from %1 to %2 within %3 ms. An SCPI instrument does not answer a query it does not know: check the query in its manual.</source>
        <translation>%1 在 %3 ms 内未应答 %2。SCPI 仪器不会应答它不认识的查询：请对照仪器手册检查该查询。</translation>
    </message>
    <message>
        <source>*IDN? or %1</source>
        <translation>*IDN? 或 %1</translation>
    </message>
    <message>
        <source>the read of %1 (unit %2, %3 address %4)</source>
        <translation>%1 的读取请求（单元 %2，%3 地址 %4）</translation>
    </message>
    <message>
        <source>the read of %1 register %2 (unit %3)</source>
        <translation>%1 寄存器 %2 的读取请求（单元 %3）</translation>
    </message>
    <message>
        <source>%1 is for --driver %2 only</source>
        <translation>%1 仅用于 --driver %2</translation>
    </message>
    <message>
        <source>--driver modbus needs exactly one of --map FILE, --holding ADDR or --input ADDR</source>
        <translation>--driver modbus 需要在 --map FILE、--holding ADDR 和 --input ADDR 中恰好指定一个</translation>
    </message>
    <message>
        <source>--unit and --count go with --holding or --input; a register map names its own unit ids and addresses</source>
        <translation>--unit 和 --count 需与 --holding 或 --input 一起使用；寄存器映射文件自带单元编号和地址</translation>
    </message>
    <message>
        <source>--count must be from 1 to 125, not %1</source>
        <translation>--count 必须在 1 到 125 之间，而不是 %1</translation>
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
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>驱动</translation>
    </message>
    <message>
        <source>maker</source>
        <translation>制造商</translation>
    </message>
    <message>
        <source>model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <source>--driver must be rcp, tracker, scpi or modbus, not &quot;%1&quot;</source>
        <translation>--driver 只能是 rcp、tracker、scpi 或 modbus，而不是“%1”</translation>
    </message>
    <message>
        <source>--timeout-ms must be greater than 0, not %1</source>
        <translation>--timeout-ms 必须大于 0，而不是 %1</translation>
    </message>
    <message>
        <source>bad device URL &quot;%1&quot; at character %2: %3</source>
        <translation>设备 URL“%1”在第 %2 个字符处有误：%3</translation>
    </message>
    <message>
        <source>--driver modbus needs a modbus-tcp://HOST[:PORT] or modbus-rtu:///dev/ttyX?baud=19200&amp;parity=even URL, not &quot;%1&quot;</source>
        <translation>--driver modbus 需要 modbus-tcp://HOST[:PORT] 或 modbus-rtu:///dev/ttyX?baud=19200&amp;parity=even 形式的 URL，而不是“%1”</translation>
    </message>
    <message>
        <source>--driver %1 needs a tcp://HOST:PORT or serial:///dev/ttyX?baud=... URL, not &quot;%2&quot;</source>
        <translation>--driver %1 需要 tcp://HOST:PORT 或 serial:///dev/ttyX?baud=... 形式的 URL，而不是“%2”</translation>
    </message>
    <message>
        <source>--terminator must be lf, crlf or cr, not &quot;%1&quot;</source>
        <translation>--terminator 只能是 lf、crlf 或 cr，而不是“%1”</translation>
    </message>
    <message>
        <source>--query &quot;%1&quot; is not an SCPI query: queries end in &apos;?&apos;, e.g. MEAS:TEMP?</source>
        <translation>--query “%1”不是 SCPI 查询：查询以 &apos;?&apos; 结尾，例如 MEAS:TEMP?</translation>
    </message>
    <message>
        <source>connect to a device, identify it, take one reading and print it</source>
        <translation>连接设备、识别设备、读取一次数据并输出</translation>
    </message>
    <message>
        <source>tcp://HOST:PORT, serial:///dev/ttyX?baud=..., or for Modbus modbus-tcp://HOST[:PORT] or modbus-rtu:///dev/ttyX?baud=...</source>
        <translation>tcp://HOST:PORT 或 serial:///dev/ttyX?baud=...；Modbus 设备用 modbus-tcp://HOST[:PORT] 或 modbus-rtu:///dev/ttyX?baud=...</translation>
    </message>
    <message>
        <source>the device&apos;s protocol: rcp, tracker, scpi or modbus</source>
        <translation>设备协议：rcp、tracker、scpi 或 modbus</translation>
    </message>
    <message>
        <source>scpi: a query to send after *IDN?, repeatable (default SYST:ERR?)</source>
        <translation>scpi：在 *IDN? 之后发送的查询，可重复指定（默认 SYST:ERR?）</translation>
    </message>
    <message>
        <source>scpi: line terminator lf, crlf or cr (default lf)</source>
        <translation>scpi：行结束符 lf、crlf 或 cr（默认 lf）</translation>
    </message>
    <message>
        <source>modbus: a register map file; reads every quantity once</source>
        <translation>modbus：寄存器映射文件；每个量读取一次</translation>
    </message>
    <message>
        <source>modbus: unit (slave) id, default 1</source>
        <translation>modbus：单元（从站）编号，默认 1</translation>
    </message>
    <message>
        <source>modbus: read holding registers from this address</source>
        <translation>modbus：从该地址开始读取保持寄存器</translation>
    </message>
    <message>
        <source>modbus: read input registers from this address</source>
        <translation>modbus：从该地址开始读取输入寄存器</translation>
    </message>
    <message>
        <source>modbus: how many registers, default 1</source>
        <translation>modbus：寄存器数量，默认 1</translation>
    </message>
    <message>
        <source>output format: text or json</source>
        <translation>输出格式：text 或 json</translation>
    </message>
    <message>
        <source>give up after this many milliseconds, default 3000</source>
        <translation>超过该毫秒数后放弃，默认 3000</translation>
    </message>
</context>
<context>
    <name>ReportCmd</name>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>--lang must be en, zh or both</source>
        <translation>--lang 只能是 en、zh 或 both</translation>
    </message>
    <message>
        <source>the report template cannot be used: %1</source>
        <translation>报告模板无法使用：%1</translation>
    </message>
    <message>
        <source>pdf (the certificate), html or json</source>
        <translation>pdf（证书）、html 或 json</translation>
    </message>
    <message>
        <source>en, zh or both (side by side)</source>
        <translation>en、zh 或 both（中英对照）</translation>
    </message>
    <message>
        <source>the file to write (default: NUMBER.FORMAT)</source>
        <translation>要写入的文件（默认：NUMBER.FORMAT）</translation>
    </message>
    <message>
        <source>certification reports: generate, approve, export, amend, verify</source>
        <translation>认证报告：生成、批准、导出、修订、验证</translation>
    </message>
    <message>
        <source>the run to report (its draft is written)</source>
        <translation>要出具报告的试验（写出其报告草稿）</translation>
    </message>
    <message>
        <source>name the run: robocert report RUN (see robocert db info)</source>
        <translation>请指定试验：robocert report RUN（参见 robocert db info）</translation>
    </message>
    <message>
        <source>Draft %1 rev %2 of run %3 (watermarked). Approve it with: robocert report approve %1 --user LOGIN</source>
        <translation>试验 %3 的报告草稿 %1（修订号 %2，带水印）。批准命令：robocert report approve %1 --user LOGIN</translation>
    </message>
    <message>
        <source>approve a draft as an approver (asks for the password), freeze it and write the issued report</source>
        <translation>以批准人身份批准草稿（需输入密码），锁定其内容并写出签发的报告</translation>
    </message>
    <message>
        <source>the report number</source>
        <translation>报告编号</translation>
    </message>
    <message>
        <source>the approver&apos;s login</source>
        <translation>批准人的登录名</translation>
    </message>
    <message>
        <source>read the password from the first line of standard input</source>
        <translation>从标准输入的第一行读取密码</translation>
    </message>
    <message>
        <source>no report %1</source>
        <translation>没有报告 %1</translation>
    </message>
    <message>
        <source>Report %1 rev %2 approved by %3; content SHA-256 %4, audit chain head %5</source>
        <translation>报告 %1（修订号 %2）已由 %3 批准；内容 SHA-256 %4，审计链头 %5</translation>
    </message>
    <message>
        <source>write another file (format, language) of an approved report from its frozen content</source>
        <translation>根据已批准报告锁定的内容另行写出文件（其他格式或语言）</translation>
    </message>
    <message>
        <source>report %1 rev %2 is a draft: regenerate it with robocert report %3</source>
        <translation>报告 %1（修订号 %2）是草稿：请用 robocert report %3 重新生成</translation>
    </message>
    <message>
        <source>start a new revision of an approved report (ISO/IEC 17025 7.8.8); it names the revision it replaces</source>
        <translation>为已批准的报告开始一个新的修订版（ISO/IEC 17025 7.8.8）；新修订版注明其替代的版本</translation>
    </message>
    <message>
        <source>why it is amended</source>
        <translation>修订原因</translation>
    </message>
    <message>
        <source>Draft %1 rev %2 started; write it with robocert report %3</source>
        <translation>已创建草稿 %1（修订号 %2）；请用 robocert report %3 写出</translation>
    </message>
    <message>
        <source>check that a report file is what this lab database issued and approved (exit 0), or say what differs (exit 1)</source>
        <translation>检查报告文件是否为本实验室数据库签发并批准的版本（退出码 0），否则指出差异（退出码 1）</translation>
    </message>
    <message>
        <source>the report file</source>
        <translation>报告文件</translation>
    </message>
    <message>
        <source>output format: text or json</source>
        <translation>输出格式：text 或 json</translation>
    </message>
    <message>
        <source>verified: the file is as issued</source>
        <translation>验证通过：文件与签发时一致</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注：%1</translation>
    </message>
    <message>
        <source>the lab&apos;s published public keys (robocert user key export): the signature is checked against them, not against the database&apos;s copies</source>
        <translation>实验室公布的公钥（robocert user key export）：依据这些公钥核验签名，而不是依据数据库中的副本</translation>
    </message>
    <message>
        <source>--keys %1: no Ed25519 public key in it; write the lab&apos;s keys with robocert user key export --out FILE</source>
        <translation>--keys %1：其中没有 Ed25519 公钥；请用 robocert user key export --out FILE 写出实验室的公钥</translation>
    </message>
    <message>
        <source>content SHA-256: %1</source>
        <translation>内容 SHA-256：%1</translation>
    </message>
    <message>
        <source>audit chain head: %1</source>
        <translation>审计链头：%1</translation>
    </message>
    <message>
        <source>signature: %1</source>
        <translation>签名：%1</translation>
    </message>
</context>
<context>
    <name>ReportPlot</name>
    <message>
        <source>attained</source>
        <translation>实到位置</translation>
    </message>
    <message>
        <source>barycentre</source>
        <translation>重心</translation>
    </message>
    <message>
        <source>command</source>
        <translation>指令位置</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>限值</translation>
    </message>
    <message>
        <source>count</source>
        <translation>频数</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>test time (h)</source>
        <translation>试验时间（h）</translation>
    </message>
    <message>
        <source>cumulative failures</source>
        <translation>累计故障数</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>end of test</source>
        <translation>试验结束</translation>
    </message>
    <message>
        <source>MTBF</source>
        <translation>MTBF</translation>
    </message>
    <message>
        <source>lower bound</source>
        <translation>置信下限</translation>
    </message>
    <message>
        <source>cycles</source>
        <translation>次循环</translation>
    </message>
    <message>
        <source>D − D_c (µm)</source>
        <translation>D − D_c（µm）</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <source>cannot open the lab database %1: %2</source>
        <translation>无法打开实验室数据库 %1：%2</translation>
    </message>
    <message>
        <source>run a test plan on a station, storing every measurement</source>
        <translation>在工位上运行试验计划，并存储每一个测量值</translation>
    </message>
    <message>
        <source>the test plan file (YAML)</source>
        <translation>试验计划文件（YAML）</translation>
    </message>
    <message>
        <source>the station file (YAML), or &apos;sim&apos; for the built-in simulator</source>
        <translation>工位文件（YAML），或用 &apos;sim&apos; 表示内置模拟器</translation>
    </message>
    <message>
        <source>serial number of the item under test</source>
        <translation>被测件的序列号</translation>
    </message>
    <message>
        <source>override a plan parameter: name=value</source>
        <translation>覆盖计划参数：name=value</translation>
    </message>
    <message>
        <source>continue the interrupted run with this id (same plan file)</source>
        <translation>继续该编号的中断试验（使用同一计划文件）</translation>
    </message>
    <message>
        <source>go on by itself once a device that dropped out is back</source>
        <translation>掉线的设备恢复后自动继续</translation>
    </message>
    <message>
        <source>confirm every operator prompt (unattended runs)</source>
        <translation>自动确认所有操作员提示（无人值守试验）</translation>
    </message>
    <message>
        <source>run with an expired instrument calibration; give the reason (audited, reported as a deviation)</source>
        <translation>在仪器校准已过期时仍运行；请给出理由（记入审计，并在报告中作为偏离说明）</translation>
    </message>
    <message>
        <source>who runs the test (default: you)</source>
        <translation>试验执行人（默认：当前用户）</translation>
    </message>
    <message>
        <source>output format: text or json</source>
        <translation>输出格式：text 或 json</translation>
    </message>
    <message>
        <source>built-in simulator only: simulated seconds per second</source>
        <translation>仅用于内置模拟器：每秒真实时间对应的模拟秒数</translation>
    </message>
    <message>
        <source>name the plan file to run</source>
        <translation>请指定要运行的计划文件</translation>
    </message>
    <message>
        <source>--set %1: write name=value</source>
        <translation>--set %1：请写作 name=value</translation>
    </message>
    <message>
        <source>name the item under test with --item SERIAL</source>
        <translation>请用 --item SERIAL 指定被测件</translation>
    </message>
    <message>
        <source>--time-scale must be more than 0 and at most %1</source>
        <translation>--time-scale 必须大于 0 且不大于 %1</translation>
    </message>
    <message>
        <source>the customer a new item belongs to (found by name, or added)</source>
        <translation>新被测件所属的委托方（按名称查找，不存在则添加）</translation>
    </message>
    <message>
        <source>%1 %2: not a plausible value; give %3 from %4 to %5</source>
        <translation>%1 %2：不是合理的值；请给出 %4 到 %5 之间的%3</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>--resume %1: there is no run %1 in %2</source>
        <translation>--resume %1：%2 中没有试验 %1</translation>
    </message>
    <message>
        <source>--resume %1: run %1 is %2 in another program (%3); resume it once that program has ended</source>
        <translation>--resume %1：试验 %1 在另一个程序（%3）中的状态为%2；请在该程序结束后再继续该试验</translation>
    </message>
    <message>
        <source>--resume %1: run %1 is %2; only an interrupted run can be resumed</source>
        <translation>--resume %1：试验 %1 的状态为%2；只有已中断的试验才能继续</translation>
    </message>
    <message>
        <source>ambient temperature in °C, -50 to 100 (overrides a station sensor: reported as a deviation)</source>
        <translation>环境温度，单位 °C，-50 到 100（覆盖工位传感器的读数：在报告中作为偏离说明）</translation>
    </message>
    <message>
        <source>relative humidity in %, 0 to 100 (overrides a station sensor: reported as a deviation)</source>
        <translation>相对湿度，单位 %，0 到 100（覆盖工位传感器的读数：在报告中作为偏离说明）</translation>
    </message>
    <message>
        <source>--resume %1: give the id of the interrupted run to continue</source>
        <translation>--resume %1：请给出要继续的中断试验的编号</translation>
    </message>
    <message>
        <source>the ambient temperature in °C</source>
        <translation>以 °C 为单位的环境温度</translation>
    </message>
    <message>
        <source>the relative humidity in %</source>
        <translation>以 % 为单位的相对湿度</translation>
    </message>
</context>
<context>
    <name>RunViewText</name>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>conditional pass</source>
        <translation>有条件合格</translation>
    </message>
    <message>
        <source>conditional fail</source>
        <translation>有条件不合格</translation>
    </message>
    <message>
        <source>undecided (needs the uncertainty)</source>
        <translation>未判定（需要不确定度）</translation>
    </message>
    <message>
        <source>[step %1/%2] %3</source>
        <translation>[步骤 %1/%2] %3</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>预计剩余 %1</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>操作员：%1</translation>
    </message>
    <message>
        <source>confirmed (--yes)</source>
        <translation>已确认（--yes）</translation>
    </message>
    <message>
        <source>no one can confirm this here: run on a terminal, or pass --yes</source>
        <translation>此处无人可以确认：请在终端上运行，或加上 --yes</translation>
    </message>
    <message>
        <source>Confirm? [y/N] </source>
        <translation>确认？[y/N] </translation>
    </message>
    <message>
        <source>Run %1 %2: %3 %4</source>
        <translation>试验 %1 %2：%3 %4</translation>
    </message>
    <message>
        <source>  Resume it with: robocert run PLAN --station FILE --resume %1</source>
        <translation>  继续该试验：robocert run PLAN --station FILE --resume %1</translation>
    </message>
    <message>
        <source>characteristic</source>
        <translation>特性</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>限值</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>判定</translation>
    </message>
    <message numerus="yes">
        <source>%n more result(s) (per axis and angle) are stored with the run.</source>
        <translation>
            <numerusform>另有 %n 个结果（各轴向和各角度）已随试验存储。</numerusform>
        </translation>
    </message>
    <message>
        <source>No run was started: %1 %2</source>
        <translation>未开始试验：%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ScriptHost</name>
    <message>
        <source>the script is being stopped</source>
        <translation>脚本正在停止</translation>
    </message>
    <message>
        <source>unknown exception</source>
        <translation>未知异常</translation>
    </message>
    <message>
        <source>%1: %2 must be a finite number, got %3</source>
        <translation>%1：%2 必须是有限数值，实际为 %3</translation>
    </message>
    <message>
        <source>%1: a pose array has 6 numbers [x, y, z, a, b, c], this one has %2</source>
        <translation>%1：位姿数组应有 6 个数 [x, y, z, a, b, c]，此数组有 %2 个</translation>
    </message>
    <message>
        <source>%1: the pose must be {x, y, z, a, b, c} or [x, y, z, a, b, c] (mm, degrees), got %2</source>
        <translation>%1：位姿必须是 {x, y, z, a, b, c} 或 [x, y, z, a, b, c]（mm，度），实际为 %2</translation>
    </message>
    <message>
        <source>pose %1</source>
        <translation>位姿 %1</translation>
    </message>
    <message>
        <source>%1: the unit must be a text of 1 to %2 characters such as &apos;mm&apos; or &apos;N·m&apos;, got %3</source>
        <translation>%1：单位必须是 1 到 %2 个字符的文本，例如 &apos;mm&apos; 或 &apos;N·m&apos;，实际为 %3</translation>
    </message>
    <message>
        <source>%1: the unit must be a text of at most %2 characters such as &apos;mm&apos; or &apos;s&apos;, got %3</source>
        <translation>%1：单位必须是不超过 %2 个字符的文本，例如 &apos;mm&apos; 或 &apos;s&apos;，实际为 %3</translation>
    </message>
    <message>
        <source>%1: the speed is a fraction of the rated speed in (0, 1], got %2</source>
        <translation>%1：速度是额定速度的比例，取值范围 (0, 1]，实际为 %2</translation>
    </message>
    <message>
        <source>measure(): this plan has no pose sensor</source>
        <translation>measure()：该计划没有位姿传感器</translation>
    </message>
    <message>
        <source>measure(): this plan has several pose sensors (%1); name one, e.g. measure(&apos;%2&apos;)</source>
        <translation>measure()：该计划有多个位姿传感器（%1）；请指定一个，例如 measure(&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>measure(%1): not a pose sensor of this plan (pose sensors: %2)</source>
        <translation>measure(%1)：不是该计划的位姿传感器（位姿传感器：%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>the value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>record: the name must start with a letter and contain only letters, digits and _ (at most %1 characters), got %2</source>
        <translation>record：名称必须以字母开头，且只能包含字母、数字和 _（最多 %1 个字符），实际为 %2</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 的数值</translation>
    </message>
    <message>
        <source>sleep: ms must be a finite number &gt;= 0, got %1</source>
        <translation>sleep：ms 必须是 &gt;= 0 的有限数值，实际为 %1</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 是只读的</translation>
    </message>
    <message>
        <source>JavaScript syntax error: %1</source>
        <translation>JavaScript 语法错误：%1</translation>
    </message>
    <message>
        <source>the script cannot be compiled: %1</source>
        <translation>脚本无法编译：%1</translation>
    </message>
    <message>
        <source>internal error: scripts need a QCoreApplication, and the program has not created one</source>
        <translation>内部错误：脚本需要 QCoreApplication，但程序尚未创建</translation>
    </message>
    <message>
        <source>the script was stopped because the run was aborted</source>
        <translation>试验已终止，脚本随之停止</translation>
    </message>
    <message>
        <source>the script threw an object that is not an Error</source>
        <translation>脚本抛出的对象不是 Error</translation>
    </message>
    <message>
        <source>the script threw %1, which is not an Error</source>
        <translation>脚本抛出了 %1，它不是 Error</translation>
    </message>
    <message>
        <source>internal error: the script host did not start: %1</source>
        <translation>内部错误：脚本宿主未能启动：%1</translation>
    </message>
    <message>
        <source>the station failed while the script was running: %1</source>
        <translation>脚本运行期间工位出现故障：%1</translation>
    </message>
    <message>
        <source>… [truncated]</source>
        <translation>… [已截断]</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>it used more than %1 of memory, the limit of a script step</source>
        <translation>其内存占用超过 %1，即脚本步骤的上限</translation>
    </message>
    <message>
        <source>it used more than %1 s of processor time, the limit of a script step</source>
        <translation>其处理器时间超过 %1 s，即脚本步骤的上限</translation>
    </message>
    <message>
        <source>the JavaScript engine crashed running it (signal %1, SIG%2); data nested too deeply (arrays, proxies, regular expressions) is a common cause</source>
        <translation>运行该脚本时 JavaScript 引擎崩溃（信号 %1，SIG%2）；常见原因是数据嵌套过深（数组、代理对象、正则表达式）</translation>
    </message>
    <message>
        <source>the script host ended without an outcome (exit status %1)</source>
        <translation>脚本宿主结束时没有给出结果（退出状态 %1）</translation>
    </message>
    <message>
        <source>the script host %1 %2: reinstall RoboCert</source>
        <translation>脚本宿主 %1 %2：请重新安装 RoboCert</translation>
    </message>
    <message>
        <source>internal error: the program did not say where the script host is</source>
        <translation>内部错误：程序未指明脚本宿主的位置</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>is not an executable file</source>
        <translation>不是可执行文件</translation>
    </message>
    <message>
        <source>the script host cannot start: %1</source>
        <translation>脚本宿主无法启动：%1</translation>
    </message>
    <message>
        <source>the script host broke its protocol: %1</source>
        <translation>脚本宿主违反了通信协议：%1</translation>
    </message>
</context>
<context>
    <name>ShellText</name>
    <message>
        <source>%1 is not a RoboCert lab database. Choose another file with File → Open lab database…</source>
        <translation>%1 不是 RoboCert 实验室数据库。请通过“文件 → 打开实验室数据库…”选择其他文件。</translation>
    </message>
    <message>
        <source>%1 was written by a newer RoboCert. Install the newer version to open it.</source>
        <translation>%1 由更新版本的 RoboCert 写入。请安装更新的版本后再打开。</translation>
    </message>
    <message>
        <source>%1 cannot be written (the file or its folder is read-only). Ask the administrator for write access, or open a copy.</source>
        <translation>%1 无法写入（文件或其所在文件夹为只读）。请向管理员申请写权限，或打开一个副本。</translation>
    </message>
    <message>
        <source>%1 is busy: another program holds it. Wait a moment and try again.</source>
        <translation>%1 正被其他程序占用。请稍候再试。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was saved. Free some space and try again.</source>
        <translation>%1 所在的磁盘已满，未保存任何内容。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the file or its folder does not exist or is not readable.</source>
        <translation>无法打开 %1：文件或其所在文件夹不存在或不可读。</translation>
    </message>
    <message>
        <source>Not found in the lab database: %1</source>
        <translation>实验室数据库中未找到：%1</translation>
    </message>
    <message>
        <source>The lab database refused this: %1</source>
        <translation>实验室数据库拒绝了此操作：%1</translation>
    </message>
    <message>
        <source>The lab database %1 failed: %2</source>
        <translation>实验室数据库 %1 出错：%2</translation>
    </message>
    <message>
        <source>%1 is damaged: some of its pages cannot be read (%2). Check it with Audit → Verify database to see what is damaged, keep the damaged file, and restore the last backup (robocert db backup).</source>
        <translation>%1 已损坏：部分数据页无法读取（%2）。请通过“审计 → 校验数据库”查看损坏之处，保留已损坏的文件，并恢复最近的备份（robocert db backup）。</translation>
    </message>
</context>
<context>
    <name>SimStation</name>
    <message>
        <source>--fault &quot;%1&quot;: write SERVER:KEY=VALUE, e.g. robot:drop-after=20</source>
        <translation>--fault “%1”：请写作 SERVER:KEY=VALUE，例如 robot:drop-after=20</translation>
    </message>
    <message>
        <source>--fault &quot;%1&quot;: unknown server &quot;%2&quot;; use robot, tracker or environment</source>
        <translation>--fault “%1”：未知的服务端“%2”；请使用 robot、tracker 或 environment</translation>
    </message>
    <message>
        <source>--fault &quot;%1&quot;: missing KEY=VALUE at character %2</source>
        <translation>--fault “%1”：第 %2 个字符处缺少 KEY=VALUE</translation>
    </message>
    <message>
        <source>--fault &quot;%1&quot;: unknown fault &quot;%2&quot;; use drop-after, delay-ms, corrupt or stall-after</source>
        <translation>--fault “%1”：未知的故障“%2”；请使用 drop-after、delay-ms、corrupt 或 stall-after</translation>
    </message>
    <message>
        <source>--fault &quot;%1&quot;: no value for &quot;%2&quot; (write %2=NUMBER)</source>
        <translation>--fault “%1”：“%2”没有值（请写作 %2=NUMBER）</translation>
    </message>
    <message>
        <source>--fault &quot;%1&quot;: &quot;%2&quot; is not a whole number</source>
        <translation>--fault “%1”：“%2”不是整数</translation>
    </message>
    <message>
        <source>--fault &quot;%1&quot;: %2 is out of range (drop-after and stall-after 0 to 1000000000, corrupt 1 to 1000000000, delay-ms 0 to 60000)</source>
        <translation>--fault “%1”：%2 超出范围（drop-after 和 stall-after 为 0 到 1000000000，corrupt 为 1 到 1000000000，delay-ms 为 0 到 60000）</translation>
    </message>
    <message>
        <source>--fault &quot;%1&quot; cannot be used</source>
        <translation>--fault “%1”无法使用</translation>
    </message>
    <message>
        <source>%1 must be a TCP port from 0 to 65535 (0: any free port), not %2</source>
        <translation>%1 必须是 0 到 65535 之间的 TCP 端口（0：任一空闲端口），而不是 %2</translation>
    </message>
    <message>
        <source>--time-scale must be more than 0 and at most 1000, not %1</source>
        <translation>--time-scale 必须大于 0 且不大于 1000，而不是 %1</translation>
    </message>
    <message>
        <source>robot model %1</source>
        <translation>机器人误差模型 %1</translation>
    </message>
    <message>
        <source>cannot start the station: %1. Choose other ports, or 0 for free ones.</source>
        <translation>无法启动工位：%1。请选择其他端口，或用 0 自动选择空闲端口。</translation>
    </message>
    <message>
        <source>the station simulator</source>
        <translation>工位模拟器</translation>
    </message>
    <message>
        <source>serve a simulated robot, laser tracker, reducer bench and environment sensor on 127.0.0.1 until interrupted</source>
        <translation>在 127.0.0.1 上提供模拟的机器人、激光跟踪仪、减速器试验台和环境传感器，直到被中断</translation>
    </message>
    <message>
        <source>TCP port of the robot (RCP), default 0: any free port</source>
        <translation>机器人（RCP）的 TCP 端口，默认 0：任一空闲端口</translation>
    </message>
    <message>
        <source>TCP port of the laser tracker, default 0: any free port</source>
        <translation>激光跟踪仪的 TCP 端口，默认 0：任一空闲端口</translation>
    </message>
    <message>
        <source>TCP port of the reducer bench (Modbus TCP), default 0</source>
        <translation>减速器试验台（Modbus TCP）的 TCP 端口，默认 0</translation>
    </message>
    <message>
        <source>TCP port of the environment sensor (SCPI), default 0</source>
        <translation>环境传感器（SCPI）的 TCP 端口，默认 0</translation>
    </message>
    <message>
        <source>also serve the robot on a pseudo-terminal (robot_serial URL)</source>
        <translation>同时在伪终端上提供机器人服务（robot_serial URL）</translation>
    </message>
    <message>
        <source>robot error model YAML file (default: the built-in model of test-plans/sim/robot-default.yaml)</source>
        <translation>机器人误差模型 YAML 文件（默认：内置模型，即 test-plans/sim/robot-default.yaml）</translation>
    </message>
    <message>
        <source>seed for every model&apos;s noise (default: each model&apos;s own)</source>
        <translation>所有模型噪声的随机数种子（默认：各模型自带的种子）</translation>
    </message>
    <message>
        <source>simulated seconds per wall-clock second, default 1</source>
        <translation>每秒真实时间对应的模拟秒数，默认 1</translation>
    </message>
    <message>
        <source>inject a fault, e.g. robot:drop-after=20, tracker:delay-ms=300, robot:corrupt=5, robot:stall-after=3 (repeatable)</source>
        <translation>注入故障，例如 robot:drop-after=20、tracker:delay-ms=300、robot:corrupt=5、robot:stall-after=3（可重复指定）</translation>
    </message>
    <message>
        <source>also print the true error parameters as a second JSON line</source>
        <translation>同时以第二行 JSON 输出真实误差参数</translation>
    </message>
    <message>
        <source>the environment sensor does not answer *IDN? (an old instrument)</source>
        <translation>环境传感器不应答 *IDN?（模拟老式仪器）</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Not ready after %1 s (%2): %3. Check that the device is on, the cable or network is connected and the URL is right.</source>
        <translation>%1 s 后仍未就绪（%2）：%3。请检查设备是否已开机、电缆或网络是否已连接，以及 URL 是否正确。</translation>
    </message>
    <message>
        <source>%1 %2, serial %3, firmware %4</source>
        <translation>%1 %2，序列号 %3，固件 %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no reading: %1</source>
        <translation>无读数：%1</translation>
    </message>
    <message>
        <source>x %1 mm, y %2 mm, z %3 mm</source>
        <translation>x %1 mm，y %2 mm，z %3 mm</translation>
    </message>
    <message>
        <source>tool at x %1 mm, y %2 mm, z %3 mm</source>
        <translation>工具位于 x %1 mm，y %2 mm，z %3 mm</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>StationText</name>
    <message>
        <source>station device &apos;%1&apos;: %2: %3</source>
        <extracomment>%1 role, %2 the device&apos;s URL, %3 what is wrong with it</extracomment>
        <translation>工位设备“%1”：%2：%3</translation>
    </message>
    <message>
        <source>station device &apos;%1&apos;: %2</source>
        <translation>工位设备“%1”：%2</translation>
    </message>
    <message>
        <source>station device &apos;%1&apos;: register map %2 has no quantity &apos;%3&apos;</source>
        <translation>工位设备“%1”：寄存器映射 %2 中没有量“%3”</translation>
    </message>
    <message>
        <source>station device &apos;%1&apos;: unknown driver &apos;%2&apos; (rcp, tracker, modbus, scpi)</source>
        <translation>工位设备“%1”：未知的驱动“%2”（可用：rcp、tracker、modbus、scpi）</translation>
    </message>
    <message>
        <source>station device &apos;%1&apos;: instrument %2 is not in the lab database</source>
        <translation>工位设备“%1”：仪器 %2 不在实验室数据库中</translation>
    </message>
    <message>
        <source>station device &apos;%1&apos;: timeout-ms must be a whole number of milliseconds from 1 to 600000, not &apos;%2&apos;</source>
        <translation>工位设备“%1”：timeout-ms 必须是 1 到 600000 之间的整数毫秒数，而不是“%2”</translation>
    </message>
    <message>
        <source>RoboCert simulator</source>
        <translation>RoboCert 模拟器</translation>
    </message>
    <message>
        <source>simulated (loopback)</source>
        <translation>模拟（本机回环）</translation>
    </message>
    <message>
        <source>RoboCert (simulated)</source>
        <translation>RoboCert（模拟）</translation>
    </message>
    <message>
        <source>%1 (simulated, not a calibration)</source>
        <translation>%1（模拟，并非校准）</translation>
    </message>
    <message>
        <source>none: simulated instrument</source>
        <translation>无：模拟仪器</translation>
    </message>
    <message>
        <source>MPE %1 µm + %2 µm/m (simulated)</source>
        <translation>MPE %1 µm + %2 µm/m（模拟）</translation>
    </message>
</context>
<context>
    <name>UserCmd</name>
    <message>
        <source>%1: no lab database here; create one with robocert db init or name another with --db</source>
        <translation>%1：此处没有实验室数据库；请用 robocert db init 创建，或用 --db 指定其他数据库</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a login: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>“%1”不能用作登录名：请使用 1 到 64 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;</translation>
    </message>
    <message>
        <source>--role must be operator, engineer or approver, not &quot;%1&quot;</source>
        <translation>--role 只能是 operator、engineer 或 approver，而不是“%1”</translation>
    </message>
    <message>
        <source>%1: user &quot;%2&quot; exists already; robocert user passwd %2 changes the password</source>
        <translation>%1：用户“%2”已存在；可用 robocert user passwd %2 修改密码</translation>
    </message>
    <message>
        <source>User %1 (%2, %3) added to %4</source>
        <translation>已将用户 %1（%2，%3）添加到 %4</translation>
    </message>
    <message>
        <source>%1: there is no user &quot;%2&quot;; robocert user list shows the users</source>
        <translation>%1：没有用户“%2”；robocert user list 可列出所有用户</translation>
    </message>
    <message>
        <source>Password of %1 changed</source>
        <translation>%1 的密码已修改</translation>
    </message>
    <message>
        <source>No users yet; add one with robocert user add LOGIN --name NAME --role operator|engineer|approver</source>
        <translation>尚无用户；请用 robocert user add LOGIN --name NAME --role operator|engineer|approver 添加</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>NOT SET: cannot sign in</source>
        <translation>未设置：无法登录</translation>
    </message>
    <message>
        <source>--password-stdin: standard input is empty; write the password on its first line</source>
        <translation>--password-stdin：标准输入为空；请在第一行写入密码</translation>
    </message>
    <message>
        <source>no terminal to type the password of %1 on; pass --password-stdin and write it to standard input</source>
        <translation>没有可输入 %1 密码的终端；请加上 --password-stdin 并将密码写入标准输入</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>%1 的密码： </translation>
    </message>
    <message>
        <source>no password was typed</source>
        <translation>未输入密码</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次输入相同的密码： </translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation>两次输入的密码不一致；未做任何修改</translation>
    </message>
    <message>
        <source>a password needs at least %1 characters</source>
        <translation>密码至少需要 %1 个字符</translation>
    </message>
    <message>
        <source>the lab&apos;s users: who may run tests, edit lab records and approve reports</source>
        <translation>实验室用户：可以执行试验、编辑实验室记录和批准报告的人员</translation>
    </message>
    <message>
        <source>read the password from the first line of standard input (for scripts) instead of the terminal</source>
        <translation>从标准输入的第一行而不是终端读取密码（供脚本使用）</translation>
    </message>
    <message>
        <source>add a user with a role and a password</source>
        <translation>添加用户，并设置其角色和密码</translation>
    </message>
    <message>
        <source>login: letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;</source>
        <translation>登录名：字母、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos;</translation>
    </message>
    <message>
        <source>full name, as printed on reports</source>
        <translation>姓名全称（按此打印在报告上）</translation>
    </message>
    <message>
        <source>operator, engineer or approver</source>
        <translation>operator（操作员）、engineer（工程师）或 approver（批准人）</translation>
    </message>
    <message>
        <source>the user&apos;s login</source>
        <translation>用户的登录名</translation>
    </message>
    <message>
        <source>the users, their roles and whether they have a password</source>
        <translation>列出用户、其角色以及是否已设置密码</translation>
    </message>
    <message>
        <source>output format: text or json</source>
        <translation>输出格式：text 或 json</translation>
    </message>
    <message>
        <source>%1; nothing was changed</source>
        <translation>%1；未做任何修改</translation>
    </message>
    <message>
        <source>Password of %1 reset by %2</source>
        <translation>%1 的密码已由 %2 重置</translation>
    </message>
    <message>
        <source>%1 has a new signing key: publish the lab&apos;s keys again (robocert user key export)</source>
        <translation>%1 已有新的签名密钥：请重新公布实验室的公钥（robocert user key export）</translation>
    </message>
    <message>
        <source>Password of %1 set</source>
        <translation>%1 的密码已设置</translation>
    </message>
    <message>
        <source>%1 (the current password)</source>
        <translation>%1（当前密码）</translation>
    </message>
    <message>
        <source>no signing keys yet: an approver gets one when added, or with robocert user key create LOGIN</source>
        <translation>尚无签名密钥：批准人在被添加时获得签名密钥，也可用 robocert user key create LOGIN 生成</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>wrong password for user &quot;%1&quot;, or no such user</source>
        <translation>用户 &quot;%1&quot; 的密码错误，或该用户不存在</translation>
    </message>
    <message>
        <source>%1 signs with key %2</source>
        <translation>%1 使用密钥 %2 签名</translation>
    </message>
    <message>
        <source>change a password: asks for the current one, or with --reset-by for an approver&apos;s</source>
        <translation>修改密码：需输入当前密码；使用 --reset-by 时则输入批准人的密码</translation>
    </message>
    <message>
        <source>reset a forgotten password as this approver (asks for the approver&apos;s password; an approver whose password is reset gets a new signing key)</source>
        <translation>以该批准人身份重置遗忘的密码（需输入批准人的密码；密码被重置的批准人将获得新的签名密钥）</translation>
    </message>
    <message>
        <source>read the passwords from standard input: the current one (or the approver&apos;s) on the first line, the new one on the next</source>
        <translation>从标准输入读取密码：第一行为当前密码（或批准人的密码），下一行为新密码</translation>
    </message>
    <message>
        <source>the approvers&apos; signing keys: export the public keys to publish</source>
        <translation>批准人的签名密钥：导出公钥以便公布</translation>
    </message>
    <message>
        <source>write the lab&apos;s public signing keys (PEM with fingerprints) for report verify --keys</source>
        <translation>写出实验室的公开签名密钥（带指纹的 PEM），供 report verify --keys 使用</translation>
    </message>
    <message>
        <source>only this user&apos;s keys</source>
        <translation>仅该用户的密钥</translation>
    </message>
    <message>
        <source>the file to write (default: stdout)</source>
        <translation>要写入的文件（默认：标准输出）</translation>
    </message>
    <message>
        <source>make the signing key of an approver who has none yet</source>
        <translation>为尚无签名密钥的批准人生成签名密钥</translation>
    </message>
    <message>
        <source>the approver&apos;s login</source>
        <translation>批准人的登录名</translation>
    </message>
    <message numerus="yes">
        <source>%n signing key(s) written to %1</source>
        <translation>
            <numerusform>%n 个签名密钥已写入 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Utf8Check</name>
    <message>
        <source>%1: the value is not UTF-8 text (byte 0x%2 at character %3); give it in UTF-8</source>
        <translation>%1：该值不是 UTF-8 文本（第 %3 个字符处的字节 0x%2）；请使用 UTF-8</translation>
    </message>
</context>
<context>
    <name>robocert::plan</name>
    <message>
        <source>id: %1 is not a plan id (lower-case letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, starting with a letter or digit)</source>
        <translation>id：%1 不是有效的计划编号（只能包含小写字母、数字、&apos;-&apos;、&apos;_&apos; 和 &apos;.&apos;，并以字母或数字开头）</translation>
    </message>
    <message>
        <source>version: expected text, not nothing</source>
        <translation>version：应为文本，不能为空</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>角色 %1</translation>
    </message>
    <message>
        <source>equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>role %1 is declared more than once</source>
        <translation>角色 %1 被声明了多次</translation>
    </message>
    <message>
        <source>capability</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>%1: expected a mapping of requirements to numbers, e.g. {mpe_um: 50}</source>
        <translation>%1：应为由要求名称到数值的映射，例如 {mpe_um: 50}</translation>
    </message>
    <message>
        <source>parameter %1</source>
        <translation>参数 %1</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>parameter %1 is declared more than once</source>
        <translation>参数 %1 被声明了多次</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>%1: only number, integer and number-list parameters have bounds</source>
        <translation>%1：只有 number、integer 和 number-list 类型的参数才有上下限</translation>
    </message>
    <message>
        <source>%1: max %2 is less than min %3</source>
        <translation>%1：max %2 小于 min %3</translation>
    </message>
    <message>
        <source>%1: only choice parameters have choices</source>
        <translation>%1：只有 choice 类型的参数才有 choices</translation>
    </message>
    <message>
        <source>%1: expected at least one choice</source>
        <translation>%1：至少需要一个选项</translation>
    </message>
    <message>
        <source>%1: a choice is listed twice</source>
        <translation>%1：有选项重复列出</translation>
    </message>
    <message>
        <source>%1: only number-list parameters have a length</source>
        <translation>%1：只有 number-list 类型的参数才有 length</translation>
    </message>
    <message>
        <source>%1: expected 1 to 1000, not %2</source>
        <translation>%1：应为 1 到 1000，而不是 %2</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>判据</translation>
    </message>
    <message>
        <source>characteristic</source>
        <translation>特性</translation>
    </message>
    <message>
        <source>criterion %1</source>
        <translation>判据 %1</translation>
    </message>
    <message>
        <source>%1: a limit cannot be negative</source>
        <translation>%1：限值不能为负</translation>
    </message>
    <message>
        <source>%1: missing key &quot;unit&quot; (%2 is in %3)</source>
        <translation>%1：缺少键 &quot;unit&quot;（%2 的单位为 %3）</translation>
    </message>
    <message>
        <source>%1: unit %2 does not fit %3, which is a count without a unit</source>
        <translation>%1：单位 %2 与 %3 不符，%3 是无单位的计数</translation>
    </message>
    <message>
        <source>%1: unit %2 does not fit %3, which is in %4</source>
        <translation>%1：单位 %2 与 %3 不符，%3 的单位为 %4</translation>
    </message>
    <message>
        <source>decision rule</source>
        <translation>判定规则</translation>
    </message>
    <message>
        <source>%1: the plan already has a criterion for %2 with this subject (line %3)</source>
        <translation>%1：计划中已有针对 %2 且对象相同的判据（第 %3 行）</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML 语法错误：%1</translation>
    </message>
    <message>
        <source>not a test plan: the file must start with the key &quot;plan:&quot;</source>
        <translation>不是试验计划：文件必须以键 &quot;plan:&quot; 开头</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1: parameter %2: %3</source>
        <translation>%1：参数 %2：%3</translation>
    </message>
    <message>
        <source>%1: %2 is not a device URL (scheme://address, e.g. tcp://192.168.0.10:5000 or serial:///dev/ttyUSB0)</source>
        <translation>%1：%2 不是设备 URL（scheme://address，例如 tcp://192.168.0.10:5000 或 serial:///dev/ttyUSB0）</translation>
    </message>
    <message>
        <source>%1: the %2 driver speaks %3://, not %4://</source>
        <translation>%1：%2 驱动使用 %3://，而不是 %4://</translation>
    </message>
    <message>
        <source>or</source>
        <translation>或</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>role %1 has more than one device</source>
        <translation>角色 %1 对应了多个设备</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>驱动</translation>
    </message>
    <message>
        <source>%1: expected a mapping of option names to values, e.g. {timeout-ms: 2000}</source>
        <translation>%1：应为由选项名到值的映射，例如 {timeout-ms: 2000}</translation>
    </message>
    <message>
        <source>not a station file: the file must start with the key &quot;station:&quot;</source>
        <translation>不是工位文件：文件必须以键 &quot;station:&quot; 开头</translation>
    </message>
    <message>
        <source>time-scale: must be greater than 0 (1 for real hardware)</source>
        <translation>time-scale：必须大于 0（真实硬件为 1）</translation>
    </message>
    <message>
        <source>plan %1 needs a device for the role %2 (%3); the station has none</source>
        <translation>计划 %1 需要一个用于角色 %2（%3）的设备；该工位没有</translation>
    </message>
    <message>
        <source>device %1: plan %2 needs a %3 for this role, which the %4 driver does not provide</source>
        <translation>设备 %1：计划 %2 要求该角色为 %3，而 %4 驱动不提供此能力</translation>
    </message>
    <message>
        <source>steps: a plan needs at least one step</source>
        <translation>steps：计划至少需要一个步骤</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>步骤 %1</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>step id %1 is used twice (first at line %2)</source>
        <translation>步骤编号 %1 被使用了两次（首次在第 %2 行）</translation>
    </message>
    <message>
        <source>%1: a step has either &quot;procedure:&quot; (a built-in procedure) or &quot;script:&quot; (JavaScript), exactly one of them</source>
        <translation>%1：步骤必须有 &quot;procedure:&quot;（内置程序）或 &quot;script:&quot;（JavaScript）之一，且只能有一个</translation>
    </message>
    <message>
        <source>%1: a procedure step uses the roles of its procedure; &quot;roles:&quot; is for script steps</source>
        <translation>%1：程序步骤使用其程序自身的角色；&quot;roles:&quot; 仅用于脚本步骤</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>%1: procedure %2 needs the argument %3 (under &quot;with:&quot;)</source>
        <translation>%1：程序 %2 需要参数 %3（写在 &quot;with:&quot; 下）</translation>
    </message>
    <message>
        <source>%1: procedure %2 needs an earlier %3 step</source>
        <translation>%1：程序 %2 之前需要有 %3 步骤</translation>
    </message>
    <message>
        <source>%1: &quot;with:&quot; gives a procedure&apos;s arguments; a script step reads plan parameters as params.&lt;name&gt;</source>
        <translation>%1：&quot;with:&quot; 用于给出程序的参数；脚本步骤通过 params.&lt;name&gt; 读取计划参数</translation>
    </message>
    <message>
        <source>%1: expected the procedure&apos;s arguments as a mapping, e.g. {cycles: 30}</source>
        <translation>%1：程序的参数应为映射，例如 {cycles: 30}</translation>
    </message>
    <message>
        <source>%1: %2 has no argument %3%4</source>
        <translation>%1：%2 没有参数 %3%4</translation>
    </message>
    <message>
        <source>%1: argument %2 is given twice</source>
        <translation>%1：参数 %2 给出了两次</translation>
    </message>
    <message>
        <source>%1, argument %2</source>
        <translation>%1，参数 %2</translation>
    </message>
    <message>
        <source>%1: procedure %2 needs the argument %3</source>
        <translation>%1：程序 %2 需要参数 %3</translation>
    </message>
    <message>
        <source>%1: &quot;from&quot; and &quot;to&quot; are the same pose; a distance needs two poses</source>
        <translation>%1：&quot;from&quot; 和 &quot;to&quot; 是同一个位姿；距离需要两个位姿</translation>
    </message>
    <message>
        <source>%1: %2 is of type %3, but the argument is of type %4</source>
        <translation>%1：%2 的类型为 %3，但该参数的类型为 %4</translation>
    </message>
    <message>
        <source>%1: the argument takes exactly %2 numbers; declare %3 with &quot;length: %2&quot;</source>
        <translation>%1：该参数恰好需要 %2 个数值；请用 &quot;length: %2&quot; 声明 %3</translation>
    </message>
    <message>
        <source>%1: the argument must be at least %2, but %3 allows less; declare it with &quot;min: %2&quot; or more</source>
        <translation>%1：该参数至少应为 %2，但 %3 允许更小的值；请用 &quot;min: %2&quot; 或更大的下限声明它</translation>
    </message>
    <message>
        <source>%1: the argument must be at most %2, but %3 allows more; declare it with &quot;max: %2&quot; or less</source>
        <translation>%1：该参数至多应为 %2，但 %3 允许更大的值；请用 &quot;max: %2&quot; 或更小的上限声明它</translation>
    </message>
    <message>
        <source>%1: %2 allows %3, which is not %4</source>
        <translation>%1：%2 允许 %3，但它不是 %4</translation>
    </message>
    <message>
        <source>%1: procedure %2 needs the role %3 (%4), which the plan&apos;s equipment does not declare</source>
        <translation>%1：程序 %2 需要角色 %3（%4），但计划的设备清单中没有声明该角色</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>%1: procedure %2 needs %3 to be a %4, but the equipment declares it a %5 (line %6)</source>
        <translation>%1：程序 %2 要求 %3 为 %4，但设备清单将其声明为 %5（第 %6 行）</translation>
    </message>
    <message>
        <source>%1: the script is empty</source>
        <translation>%1：脚本为空</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>不小于 %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>不大于 %1</translation>
    </message>
    <message>
        <source>%1 is less than the minimum %2</source>
        <translation>%1 小于最小值 %2</translation>
    </message>
    <message>
        <source>%1 is more than the maximum %2</source>
        <translation>%1 大于最大值 %2</translation>
    </message>
    <message>
        <source>expected %1, not &quot;%2&quot;</source>
        <translation>应为 %1，而不是 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>a number %1</source>
        <translation>数值（%1）</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a whole number %1</source>
        <translation>整数（%1）</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>%1 中的一个</translation>
    </message>
    <message>
        <source>a list of %1 numbers</source>
        <translation>%1 个数值组成的列表</translation>
    </message>
    <message>
        <source>a list of numbers</source>
        <translation>数值列表</translation>
    </message>
    <message>
        <source>%1, each %2</source>
        <translation>%1（每个数值：%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2</source>
        <translation>&quot;%1&quot; 不是 %2</translation>
    </message>
    <message>
        <source>expected a list of %1 numbers, not of %2</source>
        <translation>应为 %1 个数值组成的列表，而不是 %2 个</translation>
    </message>
    <message>
        <source>expected at least one number</source>
        <translation>至少需要一个数值</translation>
    </message>
    <message>
        <source>element %1: %2</source>
        <translation>第 %1 个元素：%2</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>%1: expected %2, not %3</source>
        <translation>%1：应为 %2，而不是 %3</translation>
    </message>
    <message>
        <source>; did you mean %1?</source>
        <translation>；是否应为 %1？</translation>
    </message>
    <message>
        <source> (there are none)</source>
        <translation>（没有可用项）</translation>
    </message>
    <message>
        <source> (known: %1)</source>
        <translation>（可用：%1）</translation>
    </message>
    <message>
        <source>unknown %1 %2%3</source>
        <translation>未知的%1 %2%3</translation>
    </message>
    <message>
        <source>%1: a key must be a name</source>
        <translation>%1：键必须是名称</translation>
    </message>
    <message>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>%1: key %2 appears more than once</source>
        <translation>%1：键 %2 出现了多次</translation>
    </message>
    <message>
        <source>%1: missing key %2</source>
        <translation>%1：缺少键 %2</translation>
    </message>
    <message>
        <source>%1: %2 is not a name (lower-case letters, digits and _, starting with a letter)</source>
        <translation>%1：%2 不是有效名称（只能包含小写字母、数字和 _，并以字母开头）</translation>
    </message>
    <message>
        <source>%1: expected text in English (en) or Chinese (zh), not nothing</source>
        <translation>%1：应为英文（en）或中文（zh）文本，不能为空</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>origin of the results judged</source>
        <translation>所判定结果的来源</translation>
    </message>
    <message>
        <source>is a directory, expected a file</source>
        <translation>是目录，应为文件</translation>
    </message>
    <message>
        <source>is not a regular file (a device, FIFO or socket); name a file</source>
        <translation>不是普通文件（而是设备、FIFO 或套接字）；请指定一个文件</translation>
    </message>
    <message>
        <source>is larger than %1, the limit for this kind of file</source>
        <translation>大于 %1，超出此类文件的大小上限</translation>
    </message>
    <message>
        <source>this byte is not UTF-8; save the file as UTF-8</source>
        <translation>该字节不是 UTF-8；请将文件保存为 UTF-8</translation>
    </message>
    <message>
        <source>the document expands to more than %1 YAML nodes (aliases counted each time they are used); write it out plainly or split it</source>
        <translation>文档展开后超过 %1 个 YAML 节点（别名每使用一次计数一次）；请直接完整写出或将其拆分</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
</context>
<context>
    <name>robocert::report</name>
    <message>
        <source>there is no report %1 in this lab database</source>
        <translation>本实验室数据库中没有报告 %1</translation>
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
        <source>audit entry %1 was altered</source>
        <translation>审计条目 %1 被篡改</translation>
    </message>
    <message>
        <source>audit entry %1 is missing</source>
        <translation>审计条目 %1 缺失</translation>
    </message>
    <message>
        <source>the audit trail does not match the stored rows</source>
        <translation>审计追踪与存储的数据不一致</translation>
    </message>
    <message>
        <source>there is no run %1 in this lab database</source>
        <translation>本实验室数据库中没有试验 %1</translation>
    </message>
    <message>
        <source>report %1 revision %2 of run %3 is approved: an approved report cannot be regenerated in place; amend it</source>
        <translation>试验 %3 的报告 %1（修订号 %2）已批准：已批准的报告不能就地重新生成；请对其进行修订</translation>
    </message>
    <message>
        <source>report %1 revision %2 is still a draft: finish and approve it instead of amending</source>
        <translation>报告 %1（修订号 %2）仍是草稿：请完成并批准它，而不是修订</translation>
    </message>
    <message>
        <source>an amendment needs a reason, which the new revision states</source>
        <translation>修订需要说明原因，新修订版中将注明该原因</translation>
    </message>
    <message>
        <source>report %1 revision %2</source>
        <translation>报告 %1（修订号 %2）</translation>
    </message>
    <message>
        <source>there is no user &quot;%1&quot;; robocert user list shows the users</source>
        <translation>没有用户“%1”；robocert user list 可列出所有用户</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; has no password yet; set one with robocert user passwd %1</source>
        <translation>用户“%1”尚未设置密码；请用 robocert user passwd %1 设置</translation>
    </message>
    <message>
        <source>wrong password for user &quot;%1&quot;</source>
        <translation>用户“%1”的密码错误</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; is %2; only an approver may approve a report</source>
        <translation>用户“%1”的角色是 %2；只有批准人（approver）可以批准报告</translation>
    </message>
    <message>
        <source>%1 is approved already; an approved report is never changed: amend it</source>
        <translation>%1已批准；已批准的报告不会再被更改：请对其进行修订</translation>
    </message>
    <message>
        <source>%1: run %2 is %3; only a completed run&apos;s report is approved</source>
        <translation>%1：试验 %2 的状态为 %3；只有已完成试验的报告才能批准</translation>
    </message>
    <message>
        <source>%1: the content to approve does not match its SHA-256; nothing was approved</source>
        <translation>%1：待批准的内容与其 SHA-256 不符；未批准任何内容</translation>
    </message>
    <message>
        <source>%1 cannot be approved: the lab database&apos;s audit trail is broken (%2); robocert db verify shows it</source>
        <translation>%1无法批准：实验室数据库的审计追踪已损坏（%2）；robocert db verify 可显示详情</translation>
    </message>
    <message>
        <source>format &quot;%1&quot; is not pdf, html or json</source>
        <translation>格式“%1”不是 pdf、html 或 json</translation>
    </message>
    <message>
        <source>language &quot;%1&quot; is not en, zh or both</source>
        <translation>语言“%1”不是 en、zh 或 both</translation>
    </message>
    <message>
        <source>this file was not issued by this lab database</source>
        <translation>该文件并非由本实验室数据库签发</translation>
    </message>
    <message>
        <source>%1, %2 (%3), issued %4 by %5</source>
        <translation>%1，%2（%3），由 %5 于 %4 签发</translation>
    </message>
    <message>
        <source>%1 is a draft: it was never approved</source>
        <translation>%1是草稿：从未被批准</translation>
    </message>
    <message>
        <source>the stored content of %1 no longer matches the SHA-256 recorded at its approval: the lab database was changed</source>
        <translation>%1存储的内容与批准时记录的 SHA-256 不再相符：实验室数据库被修改过</translation>
    </message>
    <message>
        <source>audit entry %1 recorded at the approval of %2 is missing or different: the audit trail was cut or rewritten since</source>
        <translation>批准%2时记录的审计条目 %1 缺失或已改变：此后审计追踪被截断或重写过</translation>
    </message>
    <message>
        <source>the lab database&apos;s audit trail is broken: %1</source>
        <translation>实验室数据库的审计追踪已损坏：%1</translation>
    </message>
    <message>
        <source>revision %1 of report %2 replaces this one</source>
        <translation>本版本已被报告 %2 的修订号 %1 替代</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3</source>
        <translation>%1：应为 %2，实际为 %3</translation>
    </message>
    <message>
        <source>%1: the number is out of range (a double)</source>
        <translation>%1：数值超出范围（double 类型）</translation>
    </message>
    <message>
        <source>format: &quot;%1&quot; is not a RoboCert report of this version (expected &quot;%2&quot;)</source>
        <translation>format：&quot;%1&quot; 不是此版本的 RoboCert 报告（应为 &quot;%2&quot;）</translation>
    </message>
    <message>
        <source>the letterhead logo cannot be read (%1)</source>
        <translation>无法读取信头标志（%1）</translation>
    </message>
    <message>
        <source>the letterhead logo is not a PNG, JPEG or SVG image</source>
        <translation>信头标志不是 PNG、JPEG 或 SVG 图像</translation>
    </message>
    <message>
        <source>the PDF cannot be written (%1)</source>
        <translation>无法写入 PDF（%1）</translation>
    </message>
    <message>
        <source>text after the JSON value</source>
        <translation>JSON 值之后还有多余文本</translation>
    </message>
    <message>
        <source>unexpected end of the text, expected &apos;%1&apos;</source>
        <translation>文本意外结束，应为 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>应为 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not a JSON value</source>
        <translation>不是 JSON 值</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>unexpected end of the text, expected a value</source>
        <translation>文本意外结束，应为一个值</translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation>应为双引号括起的成员名</translation>
    </message>
    <message>
        <source>a number must not start with 0</source>
        <translation>数值不能以 0 开头</translation>
    </message>
    <message>
        <source>expected a digit after the decimal point</source>
        <translation>小数点后应为数字</translation>
    </message>
    <message>
        <source>expected a digit in the exponent</source>
        <translation>指数部分应为数字</translation>
    </message>
    <message>
        <source>expected four hexadecimal digits after \u</source>
        <translation>\u 之后应为四位十六进制数字</translation>
    </message>
    <message>
        <source>a string does not end (missing &apos;&quot;&apos;)</source>
        <translation>字符串没有结束（缺少 &apos;&quot;&apos;）</translation>
    </message>
    <message>
        <source>a control character in a string must be escaped</source>
        <translation>字符串中的控制字符必须转义</translation>
    </message>
    <message>
        <source>a lone low surrogate</source>
        <translation>孤立的低位代理项</translation>
    </message>
    <message>
        <source>a high surrogate without its pair</source>
        <translation>高位代理项缺少与之配对的低位代理项</translation>
    </message>
    <message>
        <source>unknown escape \%1</source>
        <translation>未知的转义序列 \%1</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8</source>
        <translation>含有非 UTF-8 字节</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>a number or null</source>
        <translation>数值或 null</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>%1: the whole number is out of range</source>
        <translation>%1：整数超出范围</translation>
    </message>
    <message>
        <source>%1: expected a whole number (no fraction or exponent)</source>
        <translation>%1：应为整数（不含小数或指数）</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>%1: unknown member &quot;%2&quot;</source>
        <translation>%1：未知成员 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: member &quot;%2&quot; appears twice</source>
        <translation>%1：成员 &quot;%2&quot; 出现了两次</translation>
    </message>
    <message>
        <source>%1: member &quot;%2&quot; is missing</source>
        <translation>%1：缺少成员 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: expected 3 numbers, found %2</source>
        <translation>%1：应为 3 个数值，实际为 %2 个</translation>
    </message>
    <message>
        <source>the report cannot be rendered: %1</source>
        <translation>报告无法渲染：%1</translation>
    </message>
    <message>
        <source>the PDF cannot be painted</source>
        <translation>无法绘制 PDF</translation>
    </message>
    <message>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>；是否应为 &quot;%1&quot;？</translation>
    </message>
    <message>
        <source>is missing from the template folder</source>
        <translation>在模板文件夹中缺失</translation>
    </message>
    <message>
        <source>%1 must be a mapping (key: value lines)</source>
        <translation>%1 必须是映射（key: value 形式的行）</translation>
    </message>
    <message>
        <source>unknown key %1 in %2%3</source>
        <translation>%2 中有未知的键 %1%3</translation>
    </message>
    <message>
        <source>%1 appears twice in %2</source>
        <translation>%1 在 %2 中出现了两次</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation>%1 中没有 %2</translation>
    </message>
    <message>
        <source>%1 must be a text</source>
        <translation>%1 必须是文本</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3</source>
        <translation>%1 必须是 %2 到 %3 之间的数值</translation>
    </message>
    <message>
        <source>%1: %2 is not a font family name</source>
        <translation>%1：%2 不是字体族名称</translation>
    </message>
    <message>
        <source>font %1 is not installed (fc-list : family lists the installed ones; Debian&apos;s fonts-noto-cjk has &quot;Noto Sans CJK SC&quot;)</source>
        <translation>字体 %1 未安装（fc-list : family 可列出已安装的字体；Debian 的 fonts-noto-cjk 软件包提供 &quot;Noto Sans CJK SC&quot;）</translation>
    </message>
    <message>
        <source>font %1 has no Chinese characters; a report in zh or both needs one such as &quot;Noto Sans CJK SC&quot;</source>
        <translation>字体 %1 不含中文字符；zh 或 both 语言的报告需要含中文的字体，例如 &quot;Noto Sans CJK SC&quot;</translation>
    </message>
    <message>
        <source>%1 must be a colour &quot;#rrggbb&quot;</source>
        <translation>%1 必须是 &quot;#rrggbb&quot; 形式的颜色</translation>
    </message>
    <message>
        <source>page.size must be A4 or Letter</source>
        <translation>page.size 只能是 A4 或 Letter</translation>
    </message>
    <message>
        <source>the logo %1 is not a readable PNG, JPEG or SVG image</source>
        <translation>标志 %1 不是可读取的 PNG、JPEG 或 SVG 图像</translation>
    </message>
    <message>
        <source>letterhead.lines must be a list of texts</source>
        <translation>letterhead.lines 必须是文本列表</translation>
    </message>
    <message>
        <source>sections must be a list of section names</source>
        <translation>sections 必须是章节名称列表</translation>
    </message>
    <message>
        <source>unknown section %1%2</source>
        <translation>未知的章节 %1%2</translation>
    </message>
    <message>
        <source>section %1 is listed twice</source>
        <translation>章节 %1 被列出了两次</translation>
    </message>
    <message>
        <source>section %1 is missing: ISO/IEC 17025:2017 7.8 requires it in every report</source>
        <translation>缺少章节 %1：ISO/IEC 17025:2017 7.8 要求每份报告都包含该章节</translation>
    </message>
    <message>
        <source>%1: a &quot;{&quot; without its &quot;}&quot;</source>
        <translation>%1：有 &quot;{&quot; 但没有对应的 &quot;}&quot;</translation>
    </message>
    <message>
        <source>%1: unknown placeholder {%2} (%3)</source>
        <translation>%1：未知的占位符 {%2}（%3）</translation>
    </message>
    <message>
        <source>this text takes none</source>
        <translation>该文本不接受占位符</translation>
    </message>
    <message>
        <source>this text takes %1</source>
        <translation>该文本可用的占位符：%1</translation>
    </message>
    <message>
        <source>%1 has no %2 text</source>
        <translation>%1 没有 %2 文本</translation>
    </message>
    <message>
        <source>%1 has an empty %2 text</source>
        <translation>%1 的 %2 文本为空</translation>
    </message>
    <message>
        <source>%1 is missing (add it with its en and zh texts)</source>
        <translation>缺少 %1（请添加，并给出其 en 和 zh 文本）</translation>
    </message>
    <message>
        <source>a &quot;{{&quot; without its &quot;}}&quot;</source>
        <translation>有 &quot;{{&quot; 但没有对应的 &quot;}}&quot;</translation>
    </message>
    <message>
        <source>unknown placeholder {{%1}}%2</source>
        <translation>未知的占位符 {{%1}}%2</translation>
    </message>
    <message>
        <source>{{%1}} is missing: the report would lack %2</source>
        <translation>缺少 {{%1}}：报告中将没有%2</translation>
    </message>
    <message>
        <source>its content</source>
        <translation>正文内容</translation>
    </message>
    <message>
        <source>its number</source>
        <translation>报告编号</translation>
    </message>
    <message>
        <source>rendering a report needs a QGuiApplication (fonts and painting); where there is no display, set QT_QPA_PLATFORM=offscreen</source>
        <translation>渲染报告需要 QGuiApplication（字体和绘制）；在没有显示器的环境中，请设置 QT_QPA_PLATFORM=offscreen</translation>
    </message>
    <message>
        <source>is not a report template folder (it should hold template.yaml, strings.yaml and report.html)</source>
        <translation>不是报告模板文件夹（应包含 template.yaml、strings.yaml 和 report.html）</translation>
    </message>
    <message>
        <source>the stored content of report %1 does not read back: %2</source>
        <translation>报告 %1 存储的内容无法读回：%2</translation>
    </message>
    <message>
        <source>the run&apos;s data in the database no longer gives the approved content: results, measurements or records were changed</source>
        <translation>数据库中该试验的数据已不能生成批准时的内容：结果、测量数据或记录被修改过</translation>
    </message>
    <message>
        <source>the run&apos;s data can no longer be reported: %1</source>
        <translation>该试验的数据已无法生成报告：%1</translation>
    </message>
    <message>
        <source>parameter %1 set to %2 (plan default %3)</source>
        <translation>参数 %1 设为 %2（计划默认值 %3）</translation>
    </message>
    <message>
        <source>instrument %1 (%2) used with an expired or missing calibration: %3</source>
        <translation>仪器 %1（%2）在校准过期或缺失的情况下使用：%3</translation>
    </message>
    <message>
        <source>%1 in step %2: %3</source>
        <translation>步骤 %2 中的 %1：%3</translation>
    </message>
    <message>
        <source>run interrupted: %1</source>
        <translation>试验中断：%1</translation>
    </message>
    <message>
        <source>run resumed: %1</source>
        <translation>试验恢复：%1</translation>
    </message>
    <message>
        <source>the lab database file is damaged (%1); robocert db verify names what is damaged</source>
        <translation>实验室数据库文件已损坏（%1）；robocert db verify 可指出损坏之处</translation>
    </message>
    <message>
        <source>the file does not carry its report number and content SHA-256, so it cannot be checked; export the report again (robocert report export)</source>
        <translation>该文件未带有其报告编号和内容 SHA-256，因此无法核验；请重新导出报告（robocert report export）</translation>
    </message>
    <message>
        <source>this file is a draft (&quot;Draft, not approved&quot;), written for review: it is not a certificate, even if %1 was approved later; export the approved report (robocert report export)</source>
        <translation>该文件是供审核用的草稿（“草稿，未经批准”）：即使%1之后已获批准，它也不是证书；请导出已批准的报告（robocert report export）</translation>
    </message>
    <message>
        <source>the file says it is report %1 revision %2, but it was recorded as %3</source>
        <translation>文件声明其为报告 %1（修订号 %2），但记录中为%3</translation>
    </message>
    <message>
        <source>the file&apos;s content SHA-256 %1 is not the one approved for %2 in the lab database (%3)</source>
        <translation>文件的内容 SHA-256 %1 不是实验室数据库中为%2批准的值（%3）</translation>
    </message>
    <message>
        <source>the report was approved before approvals were signed: it carries no signature</source>
        <translation>该报告是在批准签名功能启用之前批准的：不带签名</translation>
    </message>
    <message>
        <source>the signature, signer or time of approval in the file is not the one recorded in the lab database</source>
        <translation>文件中的签名、签名人或批准时间与实验室数据库中的记录不符</translation>
    </message>
    <message>
        <source>the file is signed with key %1, which is not among the lab&apos;s published keys in %2: it was not signed by an approver of this lab</source>
        <translation>文件使用密钥 %1 签名，而该密钥不在 %2 中实验室公布的公钥之列：它并非由本实验室的批准人签名</translation>
    </message>
    <message>
        <source>the signature was checked with the lab database&apos;s own copy of the key, which anyone who can write the database can replace; check against the lab&apos;s published keys with --keys</source>
        <translation>签名是用实验室数据库自带的密钥副本核验的，而任何能写入数据库的人都能替换该副本；请用 --keys 对照实验室公布的公钥核验</translation>
    </message>
    <message>
        <source>the signing key %1 is not in the lab database</source>
        <translation>签名密钥 %1 不在实验室数据库中</translation>
    </message>
    <message>
        <source>the file names %1 as the approver, but key %2 is %3&apos;s</source>
        <translation>文件写明的批准人为 %1，但密钥 %2 属于 %3</translation>
    </message>
    <message>
        <source>the approver&apos;s signature does not match the report, its content SHA-256, signer and time: the certificate was forged or altered</source>
        <translation>批准人的签名与报告、其内容 SHA-256、签名人及时间不符：证书被伪造或篡改</translation>
    </message>
    <message>
        <source>by %1 with key %2, checked against the published keys in %3</source>
        <translation>由 %1 使用密钥 %2 签名，已对照 %3 中公布的公钥核验</translation>
    </message>
    <message>
        <source>by %1 with key %2, checked against the lab database&apos;s copy of the key</source>
        <translation>由 %1 使用密钥 %2 签名，已对照实验室数据库中的密钥副本核验</translation>
    </message>
    <message>
        <source>%1 %2 %3 entered by hand instead of the station&apos;s sensor reading (%4 %3)</source>
        <translation>%1 %2 %3 为人工输入，未采用工位传感器的读数（%4 %3）</translation>
    </message>
    <message>
        <source>relative humidity</source>
        <translation>相对湿度</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>%1; the step&apos;s results are not reported</source>
        <translation>%1；该步骤的结果未列入报告</translation>
    </message>
</context>
<context>
    <name>robocert::studio::AuditPage</name>
    <message>
        <source>Entries of run:</source>
        <translation>显示试验的条目：</translation>
    </message>
    <message>
        <source>all runs</source>
        <translation>所有试验</translation>
    </message>
    <message>
        <source>0 shows the whole trail; a run number shows only that run&apos;s entries.</source>
        <translation>0 显示完整的审计追踪；输入试验编号则只显示该试验的条目。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Verify database</source>
        <translation>校验数据库</translation>
    </message>
    <message>
        <source>Recomputes the audit chain and every recorded row&apos;s digest, to show that nothing was changed, deleted or inserted behind RoboCert&apos;s back.</source>
        <translation>重新计算审计链和每一条已记录数据行的摘要，以证明没有任何数据被绕过 RoboCert 修改、删除或插入。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>At (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>试验</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Not verified yet in this session. “Verify database” checks the whole trail.</source>
        <translation>本次会话中尚未校验。“校验数据库”会检查完整的审计追踪。</translation>
    </message>
    <message numerus="yes">
        <source>The database is intact: %n audit entries and the rows they cover (%1) were checked, and nothing was changed, deleted or inserted outside RoboCert.</source>
        <translation>
            <numerusform>数据库完整无误：已检查 %n 条审计条目及其涵盖的数据行（%1 行），没有任何数据在 RoboCert 之外被修改、删除或插入。</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1 of table %2</source>
        <translation>表 %2 的第 %1 行</translation>
    </message>
    <message>
        <source>%1 was changed after it was recorded.</source>
        <translation>%1在记录之后被修改。</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1被删除。</translation>
    </message>
    <message>
        <source>%1 was inserted without an audit entry.</source>
        <translation>%1是在没有审计条目的情况下插入的。</translation>
    </message>
    <message>
        <source>The audit entry for %1 was altered.</source>
        <translation>%1的审计条目被篡改。</translation>
    </message>
    <message>
        <source>An audit entry is missing (near %1).</source>
        <translation>缺少一条审计条目（在%1附近）。</translation>
    </message>
    <message>
        <source>The audit chain does not match (%1).</source>
        <translation>审计链不一致（%1）。</translation>
    </message>
    <message>
        <source>NOT INTACT: %1 Results and reports from this database cannot be trusted until this is explained: keep the file as it is, restore the last backup for comparison and tell the quality manager.</source>
        <translation>数据库不完整：%1在查明原因之前，该数据库中的结果和报告均不可信：请保持文件原样，恢复最近的备份用于比对，并报告质量负责人。</translation>
    </message>
    <message>
        <source>Verifying the whole database…</source>
        <translation>正在校验整个数据库…</translation>
    </message>
    <message>
        <source>Verification cancelled; the database was not checked.</source>
        <translation>校验已取消；数据库未经检查。</translation>
    </message>
    <message>
        <source>The verification failed: %1</source>
        <translation>校验失败：%1</translation>
    </message>
    <message>
        <source>The verification failed for an unknown reason.</source>
        <translation>校验因未知原因失败。</translation>
    </message>
    <message>
        <source>The file is damaged (SQLite: %1).</source>
        <translation>文件已损坏（SQLite：%1）。</translation>
    </message>
    <message>
        <source>The file is damaged in %1 (SQLite: %2).</source>
        <translation>文件中的 %1 已损坏（SQLite：%2）。</translation>
    </message>
    <message>
        <source>NOT INTACT: %1 Results and reports from this database cannot be trusted: keep the damaged file for investigation and restore the last backup (robocert db backup).</source>
        <translation>数据库不完整：%1该数据库中的结果和报告均不可信：请保留已损坏的文件以供调查，并恢复最近的备份（robocert db backup）。</translation>
    </message>
</context>
<context>
    <name>robocert::studio::EngineBridge</name>
    <message numerus="yes">
        <source>(%n earlier log line(s) not shown)</source>
        <translation>
            <numerusform>（未显示之前的 %n 行日志）</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan is valid</source>
        <translation>计划有效</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 版本 %2</translation>
    </message>
    <message>
        <source>Station file loads</source>
        <translation>工位文件可以加载</translation>
    </message>
    <message>
        <source>Correct the station file and check again.</source>
        <translation>请修改工位文件后重新检查。</translation>
    </message>
    <message>
        <source>Lab database</source>
        <translation>实验室数据库</translation>
    </message>
    <message>
        <source>The lab database %1 cannot be used: %2</source>
        <translation>实验室数据库 %1 无法使用：%2</translation>
    </message>
    <message>
        <source>Built-in simulator</source>
        <translation>内置模拟器</translation>
    </message>
    <message>
        <source>The simulator did not start: %1</source>
        <translation>模拟器未能启动：%1</translation>
    </message>
    <message>
        <source>Station fits the plan</source>
        <translation>工位满足计划要求</translation>
    </message>
    <message>
        <source>Choose a station with these roles, or add them to the station file.</source>
        <translation>请选择具备这些角色的工位，或将这些角色添加到工位文件中。</translation>
    </message>
    <message>
        <source>Every role the plan needs is in station %1.</source>
        <translation>工位 %1 具备计划所需的全部角色。</translation>
    </message>
    <message>
        <source>Station set-up</source>
        <translation>工位设置</translation>
    </message>
    <message>
        <source>%1 connected and identified</source>
        <translation>%1 已连接并识别</translation>
    </message>
    <message>
        <source>%1 %2, serial %3 at %4</source>
        <translation>%1 %2，序列号 %3，地址 %4</translation>
    </message>
    <message>
        <source>%1 at %2 is not ready: %3. Check that it is switched on and connected, and that the address in the station file is right; then check again.</source>
        <translation>位于 %2 的 %1 未就绪：%3。请检查设备是否已开机并连接，以及工位文件中的地址是否正确，然后重新检查。</translation>
    </message>
    <message>
        <source>Calibration of %1 in force</source>
        <translation>%1 的校准在有效期内</translation>
    </message>
    <message>
        <source>certificate %1, due %2</source>
        <translation>证书 %1，有效期至 %2</translation>
    </message>
    <message>
        <source>certificate %1 expired on %2: have the instrument calibrated and enter the new calibration on the Lab page.</source>
        <translation>证书 %1 已于 %2 过期：请送检校准仪器，并在“实验室”页面录入新的校准。</translation>
    </message>
    <message>
        <source>no calibration is recorded for this instrument: enter it on the Lab page.</source>
        <translation>该仪器没有校准记录：请在“实验室”页面录入。</translation>
    </message>
    <message>
        <source>The tracker did not start streaming: %1. Check that it is connected (pre-flight check) and try again.</source>
        <translation>跟踪仪未能开始数据流：%1。请检查其是否已连接（运行前检查），然后重试。</translation>
    </message>
    <message>
        <source>not in force, overridden: %1</source>
        <translation>不在有效期内，已强制继续使用，理由：%1</translation>
    </message>
</context>
<context>
    <name>robocert::studio::LabPage</name>
    <message>
        <source>Instruments</source>
        <translation>仪器</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>委托方</translation>
    </message>
    <message>
        <source>Items under test</source>
        <translation>被测件</translation>
    </message>
    <message>
        <source>Lab profile</source>
        <translation>实验室信息</translation>
    </message>
    <message numerus="yes">
        <source>Calibration status on %1. Red: expired or never calibrated, do not use for a certificate until recalibrated. Amber: due within %n days, plan the recalibration.</source>
        <translation>
            <numerusform>%1 的校准状态。红色：已过期或从未校准，重新校准之前不得用于出具证书。琥珀色：%n 天内到期，请安排重新校准。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add instrument…</source>
        <translation>添加仪器…</translation>
    </message>
    <message>
        <source>Add calibration…</source>
        <translation>添加校准…</translation>
    </message>
    <message>
        <source>Add customer…</source>
        <translation>添加委托方…</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>序列号：</translation>
    </message>
    <message>
        <source>the item&apos;s serial number, e.g. IRB-2600-0042</source>
        <translation>被测件的序列号，例如 IRB-2600-0042</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>添加被测件…</translation>
    </message>
    <message>
        <source>Laboratory name:</source>
        <translation>实验室名称：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Accreditation:</source>
        <translation>认可信息：</translation>
    </message>
    <message>
        <source>Logo (image file):</source>
        <translation>标志（图像文件）：</translation>
    </message>
    <message>
        <source>Location of the work:</source>
        <translation>实施地点：</translation>
    </message>
    <message>
        <source>e.g. CNAS L0000; empty when not accredited</source>
        <translation>例如 CNAS L0000；未获认可时留空</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Save lab profile</source>
        <translation>保存实验室信息</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>制造商</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Calibrated</source>
        <translation>校准日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>不确定度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Only an engineer or an approver keeps the lab&apos;s records; you are signed in as an operator.</source>
        <translation>只有工程师或批准人可以维护实验室记录；您当前以操作员身份登录。</translation>
    </message>
    <message>
        <source>U = %1 µm + %2 µm/m · L (k = %3)</source>
        <translation>U = %1 µm + %2 µm/m · L（k = %3）</translation>
    </message>
    <message>
        <source>Expired on %1: recalibrate before use</source>
        <translation>已于 %1 过期：使用前请重新校准</translation>
    </message>
    <message>
        <source>Not calibrated: add its calibration before use</source>
        <translation>未校准：使用前请添加其校准</translation>
    </message>
    <message>
        <source>Due today: recalibrate now</source>
        <translation>今天到期：请立即重新校准</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s), on %1</source>
        <translation>
            <numerusform>%n 天后到期（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>Enter at least the instrument&apos;s kind and serial number.</source>
        <translation>请至少输入仪器的类型和序列号。</translation>
    </message>
    <message>
        <source>There is no instrument with serial number %1. Add the instrument first.</source>
        <translation>没有序列号为 %1 的仪器。请先添加该仪器。</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>请输入委托方名称。</translation>
    </message>
    <message>
        <source>Add instrument</source>
        <translation>添加仪器</translation>
    </message>
    <message>
        <source>laser_tracker, torque_sensor, …</source>
        <translation>laser_tracker、torque_sensor 等</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Manufacturer:</source>
        <translation>制造商：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>型号：</translation>
    </message>
    <message>
        <source>Add calibration</source>
        <translation>添加校准</translation>
    </message>
    <message>
        <source>as stated on the certificate, e.g. U = 15 µm + 6 µm/m, k = 2</source>
        <translation>按证书上的表述填写，例如 U = 15 µm + 6 µm/m，k = 2</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>未输入</translation>
    </message>
    <message>
        <source>Instrument serial:</source>
        <translation>仪器序列号：</translation>
    </message>
    <message>
        <source>Certificate number:</source>
        <translation>证书编号：</translation>
    </message>
    <message>
        <source>Calibrated on:</source>
        <translation>校准日期：</translation>
    </message>
    <message>
        <source>Due on:</source>
        <translation>有效期至：</translation>
    </message>
    <message>
        <source>Calibration laboratory:</source>
        <translation>校准实验室：</translation>
    </message>
    <message>
        <source>Uncertainty statement:</source>
        <translation>不确定度表述：</translation>
    </message>
    <message>
        <source>U constant part (u_const_um):</source>
        <translation>U 的常数项（u_const_um）：</translation>
    </message>
    <message>
        <source>U per metre (u_per_m_um):</source>
        <translation>U 的每米长度项（u_per_m_um）：</translation>
    </message>
    <message>
        <source>Coverage factor k:</source>
        <translation>包含因子 k：</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>添加委托方</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>No item with serial number %1. Add it with “Add item…”, or check the number on the nameplate.</source>
        <translation>没有序列号为 %1 的被测件。请用“添加被测件…”添加，或核对铭牌上的编号。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 = %2 %3</source>
        <translation>%1 = %2 %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (item %2)&lt;br&gt;Kind: %3&lt;br&gt;Manufacturer: %4&lt;br&gt;Model: %5&lt;br&gt;Customer: %6&lt;br&gt;Description: %7&lt;br&gt;Ratings: %8&lt;br&gt;Registered: %9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（被测件 %2）&lt;br&gt;类型：%3&lt;br&gt;制造商：%4&lt;br&gt;型号：%5&lt;br&gt;委托方：%6&lt;br&gt;描述：%7&lt;br&gt;额定参数：%8&lt;br&gt;登记时间：%9</translation>
    </message>
    <message>
        <source>Add item under test</source>
        <translation>添加被测件</translation>
    </message>
    <message>
        <source>the customer&apos;s name as listed, or empty</source>
        <translation>委托方名称（与列表中一致），或留空</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>委托方：</translation>
    </message>
    <message>
        <source>There is no customer named %1. Add the customer first on the Customers tab.</source>
        <translation>没有名为 %1 的委托方。请先在“委托方”选项卡中添加。</translation>
    </message>
    <message>
        <source>Choose the lab&apos;s logo</source>
        <translation>选择实验室标志</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>robocert::studio::LivePoseCloud</name>
    <message>
        <source>waiting for measurements</source>
        <translation>等待测量数据</translation>
    </message>
</context>
<context>
    <name>robocert::studio::MainWindow</name>
    <message>
        <source>About RoboCert Studio</source>
        <translation>关于 RoboCert Studio</translation>
    </message>
    <message>
        <source>&lt;b&gt;RoboCert Studio&lt;/b&gt;&lt;br&gt;Robot testing and certification: runs test plans on a station, records every measurement in the lab database and issues approved reports.</source>
        <translation>&lt;b&gt;RoboCert Studio&lt;/b&gt;&lt;br&gt;机器人检测与认证：在工位上运行试验计划，将每一个测量值记录到实验室数据库，并签发经批准的报告。</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>实验室</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>试验</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>RoboCert Studio</source>
        <translation>RoboCert Studio</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>This page is not part of this build of RoboCert Studio.</source>
        <translation>此版本的 RoboCert Studio 不包含该页面。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open lab database…</source>
        <translation>打开实验室数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Sign in as another &amp;user…</source>
        <translation>以其他用户身份登录(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About RoboCert Studio</source>
        <translation>关于 RoboCert Studio(&amp;A)</translation>
    </message>
    <message>
        <source>Lab database: %1</source>
        <translation>实验室数据库：%1</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>无人登录</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2, %3)</source>
        <translation>已登录：%1（%2，%3）</translation>
    </message>
    <message>
        <source>Open lab database</source>
        <translation>打开实验室数据库</translation>
    </message>
    <message>
        <source>RoboCert lab databases (*.db *.sqlite);;All files (*)</source>
        <translation>RoboCert 实验室数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>robocert::studio::ParameterForm</name>
    <message>
        <source>This plan has no parameters.</source>
        <translation>该计划没有参数。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>numbers separated by commas, e.g. 1, 0.5, 0.1</source>
        <translation>用逗号分隔的数值，例如 1, 0.5, 0.1</translation>
    </message>
    <message>
        <source>Parameter %1; default %2</source>
        <translation>参数 %1；默认值 %2</translation>
    </message>
</context>
<context>
    <name>robocert::studio::PlansPage</name>
    <message>
        <source>Plan library: %1</source>
        <translation>计划库：%1</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Plans shipped with RoboCert</source>
        <translation>RoboCert 自带的计划</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Standards and clauses</source>
        <translation>标准及条款</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>New plan (not saved)</source>
        <translation>新计划（未保存）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Problems (click one to go to its line):</source>
        <translation>问题（单击可跳转到所在行）：</translation>
    </message>
    <message>
        <source>Parameters for a run:</source>
        <translation>试验参数：</translation>
    </message>
    <message numerus="yes">
        <source>Valid: plan %1 version %2, %n step(s).</source>
        <translation>
            <numerusform>有效：计划 %1 版本 %2，共 %n 个步骤。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): the plan cannot be run until they are fixed.</source>
        <translation>
            <numerusform>%n 个问题：问题修正之前，该计划无法运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>All parameters at their defaults.</source>
        <translation>所有参数均为默认值。</translation>
    </message>
    <message>
        <source>Command line: %1</source>
        <translation>命令行：%1</translation>
    </message>
    <message>
        <source>Cannot be used: %1</source>
        <translation>无法使用：%1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose another folder with “Save as…”.</source>
        <translation>无法写入 %1：%2。请用“另存为…”选择其他文件夹。</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <source>Test plans (*.yaml *.yml)</source>
        <translation>试验计划 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Choose a plan folder</source>
        <translation>选择计划文件夹</translation>
    </message>
</context>
<context>
    <name>robocert::studio::ReportsPage</name>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>The report template cannot be used: %1</source>
        <translation>报告模板无法使用：%1</translation>
    </message>
    <message>
        <source>Approve report %1</source>
        <translation>批准报告 %1</translation>
    </message>
    <message>
        <source>Approving report %1 rev %2 freezes its content and signs it as %3.
Enter your password again to confirm:</source>
        <translation>批准报告 %1（修订号 %2）将锁定其内容，并以 %3 的身份签署。
请再次输入密码以确认：</translation>
    </message>
    <message>
        <source>Certificate (*.pdf)</source>
        <translation>证书 (*.pdf)</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML 报告 (*.html)</translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation>JSON 数据 (*.json)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Verify a report file</source>
        <translation>验证报告文件</translation>
    </message>
    <message>
        <source>Reports (*.pdf *.html *.json);;All files (*)</source>
        <translation>报告 (*.pdf *.html *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Run %1 · %2 · item %3 · %4</source>
        <translation>试验 %1 · %2 · 被测件 %3 · %4</translation>
    </message>
    <message>
        <source>No completed run yet: reports are made of completed runs.</source>
        <translation>尚无已完成的试验：报告只能根据已完成的试验生成。</translation>
    </message>
    <message>
        <source>Approve the draft: its content is frozen and signed</source>
        <translation>批准草稿：其内容将被锁定并签署</translation>
    </message>
    <message>
        <source>Only a user with the approver role may approve a report</source>
        <translation>只有具有批准人角色的用户才能批准报告</translation>
    </message>
    <message>
        <source>This run has no report yet: generate its draft.</source>
        <translation>该试验尚无报告：请生成其草稿。</translation>
    </message>
    <message>
        <source>Choose a completed run.</source>
        <translation>请选择一个已完成的试验。</translation>
    </message>
    <message>
        <source>Draft %1 rev %2 of run %3. Check it below; an approver approves it.</source>
        <translation>试验 %3 的报告草稿 %1（修订号 %2）。请在下方核对；由批准人批准。</translation>
    </message>
    <message>
        <source>Only a user with the approver role may approve a report.</source>
        <translation>只有具有批准人角色的用户才能批准报告。</translation>
    </message>
    <message>
        <source>Report %1 rev %2 approved by %3; content SHA-256 %4. Export it to issue it.</source>
        <translation>报告 %1（修订号 %2）已由 %3 批准；内容 SHA-256 %4。导出即可签发。</translation>
    </message>
    <message>
        <source>The password is not right: the report is not approved. Try again.</source>
        <translation>密码不正确：报告未被批准。请重试。</translation>
    </message>
    <message>
        <source>Cannot write %1: check that the folder exists and that you may write there.</source>
        <translation>无法写入 %1：请检查文件夹是否存在，以及您是否有写权限。</translation>
    </message>
    <message>
        <source>%1 written and recorded as issued (%2).</source>
        <translation>已写出 %1，并记录为已签发（%2）。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注：%1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Genuine: </source>
        <translation>验证通过： </translation>
    </message>
    <message>
        <source>Not confirmed: </source>
        <translation>未能确认： </translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>试验：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>English and Chinese</source>
        <translation>英文和中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Generate draft</source>
        <translation>生成草稿</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Verify a report file…</source>
        <translation>验证报告文件…</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>修订版</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Rev</source>
        <translation>修订号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批准时间</translation>
    </message>
    <message>
        <source>Amended because</source>
        <translation>修订原因</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Preparing the preview of %1…</source>
        <translation>正在准备 %1 的预览…</translation>
    </message>
    <message>
        <source>Approving %1…</source>
        <translation>正在批准 %1…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写出 %1…</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>正在验证 %1…</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Content SHA-256: %1</source>
        <translation>内容 SHA-256：%1</translation>
    </message>
    <message>
        <source>Audit chain head: %1</source>
        <translation>审计链头：%1</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>签名：%1</translation>
    </message>
</context>
<context>
    <name>robocert::studio::ResultsPage</name>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Conditional pass: within the limit, but the uncertainty reaches past it</source>
        <translation>有条件合格: 测量值在限值以内，但其不确定度区间超出限值</translation>
    </message>
    <message>
        <source>Conditional fail: beyond the limit, but within the uncertainty of it</source>
        <translation>有条件不合格: 测量值超出限值，但超出量在不确定度以内</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Undecided: the guard band does not allow a decision</source>
        <translation>无法判定: 保护带不允许作出判定</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限值</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Choose a run above.</source>
        <translation>请在上方选择一个试验。</translation>
    </message>
    <message>
        <source>Run %1 · %2 · item %3 · %4 · started %5</source>
        <translation>试验 %1 · %2 · 被测件 %3 · %4 · 开始于 %5</translation>
    </message>
    <message>
        <source>The plots are those of the report: they are shown for completed runs.</source>
        <translation>这些图与报告中的相同：仅对已完成的试验显示。</translation>
    </message>
    <message>
        <source>The plots cannot be drawn: %1</source>
        <translation>无法绘制图形：%1</translation>
    </message>
    <message>
        <source>This run has no plots.</source>
        <translation>该试验没有图形。</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>被测件：</translation>
    </message>
    <message>
        <source>serial contains…</source>
        <translation>序列号包含…</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>计划：</translation>
    </message>
    <message>
        <source>all plans</source>
        <translation>所有计划</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>判定结果：</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新（F5）</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>试验</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>开始时间（UTC）</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>被测件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>判定结果</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>性能特性</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>限值</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定结果</translation>
    </message>
    <message>
        <source>expanded uncertainty U = k · u_c, in the result&apos;s unit</source>
        <translation>扩展不确定度 U = k · u_c，单位与结果相同</translation>
    </message>
    <message>
        <source>coverage factor</source>
        <translation>包含因子</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>报告…</translation>
    </message>
    <message>
        <source>Plots (as in the report)</source>
        <translation>图形（与报告中相同）</translation>
    </message>
    <message>
        <source>Drawing the report&apos;s figures…</source>
        <translation>正在绘制报告中的图形…</translation>
    </message>
</context>
<context>
    <name>robocert::studio::RunPage</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Station file</source>
        <translation>工位文件</translation>
    </message>
    <message>
        <source>Station files (*.yaml *.yml)</source>
        <translation>工位文件 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>%1 (does not load)</source>
        <translation>%1（无法加载）</translation>
    </message>
    <message>
        <source>Resuming run %1 with the plan and values it was started with.</source>
        <translation>将使用试验 %1 开始时的计划和参数值继续该试验。</translation>
    </message>
    <message>
        <source>This plan does not load: %1</source>
        <translation>该计划无法加载：%1</translation>
    </message>
    <message>
        <source>Resume (F6)</source>
        <translation>继续（F6）</translation>
    </message>
    <message>
        <source>Pause (F6)</source>
        <translation>暂停（F6）</translation>
    </message>
    <message>
        <source>Connecting to the station and checking…</source>
        <translation>正在连接工位并进行检查…</translation>
    </message>
    <message>
        <source>Pre-flight checks passed.</source>
        <translation>运行前检查通过。</translation>
    </message>
    <message>
        <source>Pre-flight checks failed: see the checklist.</source>
        <translation>运行前检查未通过：请查看检查清单。</translation>
    </message>
    <message>
        <source>The run could not start: run the pre-flight checks again.</source>
        <translation>试验未能开始：请重新进行运行前检查。</translation>
    </message>
    <message>
        <source>The tracker measures for the run: its stream is off until the run ends. The measurements appear in the pose cloud.</source>
        <translation>跟踪仪正在为试验测量：试验结束前其数据流关闭。测量结果显示在位姿点云中。</translation>
    </message>
    <message>
        <source>Abort the run</source>
        <translation>终止试验</translation>
    </message>
    <message>
        <source>Abort this run for good? What was measured stays stored, but an aborted run cannot be resumed or reported.</source>
        <translation>确定要彻底终止本次试验吗？已测量的数据会保留，但已终止的试验不能继续，也不能出具报告。</translation>
    </message>
    <message>
        <source>The stream cannot start: run the pre-flight checks first, and wait for the run to end.</source>
        <translation>数据流无法开始：请先进行运行前检查，并等待试验结束。</translation>
    </message>
    <message>
        <source>waiting for samples</source>
        <translation>等待样本</translation>
    </message>
    <message>
        <source>Resume interrupted run</source>
        <translation>继续中断的试验</translation>
    </message>
    <message>
        <source>No run is interrupted in this lab database.</source>
        <translation>该实验室数据库中没有中断的试验。</translation>
    </message>
    <message>
        <source>Run %1 · %2 · started %3</source>
        <translation>试验 %1 · %2 · 开始于 %3</translation>
    </message>
    <message>
        <source>Continue this run:</source>
        <translation>继续以下试验：</translation>
    </message>
    <message>
        <source>The plan of run %1 no longer loads: %2</source>
        <translation>试验 %1 的计划已无法加载：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>步骤 %1/%2：%3</translation>
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <translation>%1 — %2/%3</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>约剩 %1</translation>
    </message>
    <message>
        <source>Operator action needed</source>
        <translation>需要操作员操作</translation>
    </message>
    <message>
        <source>Done, continue</source>
        <translation>已完成，继续</translation>
    </message>
    <message>
        <source>Cannot do it: abort the run</source>
        <translation>无法完成：终止试验</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 ended: %2; %n result(s).</source>
        <translation>
            <numerusform>试验 %1 结束：%2；共 %n 个结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>Test</source>
        <translation>试验</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>计划(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Item serial:</source>
        <translation>被测件序列号(&amp;I)：</translation>
    </message>
    <message>
        <source>serial number; a new one is added to the lab database</source>
        <translation>序列号；新的序列号会添加到实验室数据库</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Built-in simulator</source>
        <translation>内置模拟器</translation>
    </message>
    <message>
        <source>station file (YAML)</source>
        <translation>工位文件（YAML）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Time scale:</source>
        <translation>时间倍率：</translation>
    </message>
    <message>
        <source>simulated seconds per second: a run at 50 × takes a fiftieth of the time; use 1 × for a real-time stream</source>
        <translation>每秒真实时间对应的模拟秒数：50 × 时试验只需五十分之一的时间；实时数据流请用 1 ×</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Pre-flight checks</source>
        <translation>运行前检查</translation>
    </message>
    <message>
        <source>Check station</source>
        <translation>检查工位</translation>
    </message>
    <message>
        <source>Start (F5)</source>
        <translation>开始（F5）</translation>
    </message>
    <message>
        <source>Abort (Shift+F5)</source>
        <translation>终止（Shift+F5）</translation>
    </message>
    <message>
        <source>Resume interrupted run…</source>
        <translation>继续中断的试验…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>试验</translation>
    </message>
    <message>
        <source>Show results</source>
        <translation>显示结果</translation>
    </message>
    <message>
        <source>Pose cloud (live)</source>
        <translation>位姿点云（实时）</translation>
    </message>
    <message>
        <source>the pose measured last</source>
        <translation>最近测量的位姿</translation>
    </message>
    <message>
        <source>Tracker stream</source>
        <translation>跟踪仪数据流</translation>
    </message>
    <message>
        <source>Live stream (F7)</source>
        <translation>实时数据流（F7）</translation>
    </message>
    <message>
        <source>Streams the tracker at 1 kHz while no run is going (after the pre-flight checks)</source>
        <translation>在没有试验进行时以 1 kHz 读取跟踪仪数据流（需先完成运行前检查）</translation>
    </message>
    <message>
        <source>Live stream off: run the pre-flight checks, then press F7</source>
        <translation>实时数据流已关闭：请先进行运行前检查，然后按 F7</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Start run</source>
        <translation>开始试验</translation>
    </message>
    <message>
        <source>Pause or resume run</source>
        <translation>暂停或继续试验</translation>
    </message>
    <message>
        <source>Abort run</source>
        <translation>终止试验</translation>
    </message>
    <message>
        <source>Live stream</source>
        <translation>实时数据流</translation>
    </message>
    <message>
        <source>Calibration override:</source>
        <translation>强制使用过期校准：</translation>
    </message>
    <message>
        <source>only to run with an expired calibration: the reason (audited, in the report)</source>
        <translation>仅在仪器校准已过期仍要运行时填写：理由（记入审计，并写入报告）</translation>
    </message>
</context>
<context>
    <name>robocert::studio::SignInDialog</name>
    <message>
        <source>RoboCert Studio — first start</source>
        <translation>RoboCert Studio — 首次启动</translation>
    </message>
    <message>
        <source>RoboCert Studio — sign in</source>
        <translation>RoboCert Studio — 登录</translation>
    </message>
    <message>
        <source>Sign in to the lab database %1.</source>
        <translation>登录实验室数据库 %1。</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Nobody can sign in to the lab database %1 yet. Create the first account: it is an approver, who may approve reports and add further users (robocert user add).</source>
        <translation>目前还没有人能登录实验室数据库 %1。请创建第一个账户：该账户为批准人，可以批准报告并添加其他用户（robocert user add）。</translation>
    </message>
    <message>
        <source>Full &amp;name (as printed on reports):</source>
        <translation>姓名全称(&amp;N)（打印在报告上）：</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Password (at least %n characters):</source>
        <translation>
            <numerusform>密码(&amp;P)（至少 %n 个字符）：</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Enter a login and the full name.</source>
        <translation>请输入登录名和姓名全称。</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致。请两次输入相同的密码。</translation>
    </message>
    <message numerus="yes">
        <source>The password is too short: use at least %n characters.</source>
        <translation>
            <numerusform>密码太短：请至少使用 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong login or password. Check both (the password is case-sensitive) and try again; an approver can set a new password with robocert user passwd.</source>
        <translation>登录名或密码错误。请检查两者（密码区分大小写）后重试；批准人可以用 robocert user passwd 设置新密码。</translation>
    </message>
</context>
<context>
    <name>robocert::studio::StationPage</name>
    <message>
        <source>Open station file</source>
        <translation>打开工位文件</translation>
    </message>
    <message>
        <source>Station files (*.yaml *.yml)</source>
        <translation>工位文件 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Save station file</source>
        <translation>保存工位文件</translation>
    </message>
    <message>
        <source>Station name:</source>
        <translation>工位名称：</translation>
    </message>
    <message>
        <source>Location (for reports):</source>
        <translation>地点（用于报告）：</translation>
    </message>
    <message>
        <source>e.g. Lab 2, bench 3</source>
        <translation>例如 2 号实验室，3 号试验台</translation>
    </message>
    <message>
        <source>Time scale (1 for real hardware):</source>
        <translation>时间倍率（真实硬件为 1）：</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驱动</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Instrument serial</source>
        <translation>仪器序列号</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>连接测试</translation>
    </message>
    <message>
        <source>Add device</source>
        <translation>添加设备</translation>
    </message>
    <message>
        <source>Remove device</source>
        <translation>移除设备</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Connects the selected device, shows its identity and one reading.</source>
        <translation>连接所选设备，显示其识别信息和一次读数。</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Start simulator</source>
        <translation>启动模拟器</translation>
    </message>
    <message>
        <source>Stop simulator</source>
        <translation>停止模拟器</translation>
    </message>
    <message>
        <source>The station is not complete: %1</source>
        <translation>工位不完整：%1</translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation>已加载 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>The simulator cannot start: %1</source>
        <translation>模拟器无法启动：%1</translation>
    </message>
    <message>
        <source>The simulator runs in this program on 127.0.0.1; the table shows its devices. It stops with “Stop simulator” or when RoboCert Studio closes.</source>
        <translation>模拟器在本程序内运行于 127.0.0.1；表中列出其设备。单击“停止模拟器”或关闭 RoboCert Studio 时，模拟器停止。</translation>
    </message>
    <message>
        <source>The simulator was stopped.</source>
        <translation>模拟器已停止。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
</context>
<context>
    <name>robocert::studio::StreamChart</name>
    <message>
        <source>no stream</source>
        <translation>无数据流</translation>
    </message>
    <message>
        <source>time before the newest sample (s)</source>
        <translation>距最新样本的时间（s）</translation>
    </message>
    <message>
        <source>deviation from the first sample (µm) · %1 samples, %2 lost</source>
        <translation>相对于第一个样本的偏差（µm）· %1 个样本，丢失 %2 个</translation>
    </message>
</context>
</TS>
