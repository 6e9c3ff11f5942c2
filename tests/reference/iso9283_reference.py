#!/usr/bin/env python3
"""Independent reference implementation of ISO 9283:1998 (= GB/T 12642-2013)
pose/distance characteristics and MTBF chi-square bounds.

It exists to cross-check the C++ `robocert` program, so it is written from the
formulas of the standard only (not from the C++ sources) and uses nothing but
the Python standard library.

    iso9283_reference.py --self-test          check the formulas on hand-worked cases
    iso9283_reference.py --robocert BINARY    compare BINARY's JSON with this reference

Units: positions in mm, angles a, b, c (about X, Y, Z) in degrees.
"""

import argparse
import csv
import json
import math
import os
import statistics
import subprocess
import sys

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
POSE_DIRS = ("test-plans/examples", "tests/data/pose")

# Pose pair passed as --distance A,B per data file (repository-relative path).
# Files not listed here are compared without a distance section.
DISTANCE_TABLE = {
    "test-plans/examples/iso9283-pose-example.csv": ("P2", "P4"),
    "tests/data/pose/far_from_origin.csv": ("P1", "P3"),
    "tests/data/pose/format_variants.csv": ("P1", "P2"),
}

POS = ("x", "y", "z")
ANG = ("a", "b", "c")
REQUIRED_COLUMNS = ("pose", "cycle") + tuple("cmd_" + k for k in POS + ANG) + POS + ANG
REL_TOL = ABS_TOL = 1e-9


# --- CSV input -------------------------------------------------------------

def parse_pose_csv(text):
    """Parse pose-test CSV text (format: test-plans/examples/README.md) into row dicts."""
    if text.startswith("\ufeff"):
        text = text[1:]
    # Comments and blank lines are dropped before the csv module sees them, because
    # they may appear anywhere, including before the header.
    lines = [ln for ln in text.replace("\r\n", "\n").split("\n")
             if ln.strip() and not ln.lstrip().startswith("#")]
    records = [[f.strip() for f in rec] for rec in csv.reader(lines, skipinitialspace=True)]
    if not records:
        raise ValueError("no header row")
    header = [h.lower() for h in records[0]]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise ValueError("missing column(s): " + ", ".join(missing))
    rows = []
    for i, rec in enumerate(records[1:], start=1):
        if len(rec) != len(header):
            raise ValueError(f"data row {i}: {len(rec)} fields, header has {len(header)}")
        d = dict(zip(header, rec))
        row = {"pose": d["pose"], "cycle": int(d["cycle"]), "direction": int(d.get("direction") or 1)}
        for k in REQUIRED_COLUMNS[2:]:
            row[k] = float(d[k])
        rows.append(row)
    return rows


def read_pose_csv(path):
    with open(path, "r", encoding="utf-8", newline="") as fh:
        return parse_pose_csv(fh.read())


# --- Pose characteristics --------------------------------------------------

def wrap(d):
    """Map an angle difference into (-180, 180]."""
    d = math.fmod(d, 360.0)
    if d > 180.0:
        d -= 360.0
    elif d <= -180.0:
        d += 360.0
    return d


def group_rows(rows):
    """Return [((pose, direction), rows)] ordered by first appearance of the pose,
    then by ascending direction -- the order the JSON output must follow."""
    pose_order, groups = [], {}
    for r in rows:
        if r["pose"] not in pose_order:
            pose_order.append(r["pose"])
        groups.setdefault((r["pose"], r["direction"]), []).append(r)
    keys = sorted(groups, key=lambda k: (pose_order.index(k[0]), k[1]))
    return [(k, groups[k]) for k in keys]


def _deviations(rows):
    """Attained minus commanded, per row.  Subtracting first keeps micrometre
    scatter intact even for poses tens of metres from the origin."""
    first = rows[0]
    for r in rows:
        for k in POS + ANG:
            if abs(r["cmd_" + k] - first["cmd_" + k]) > 1e-6:
                raise ValueError(f"pose {r['pose']}: commanded {k} differs between cycles")
    dev = {k: [r[k] - r["cmd_" + k] for r in rows] for k in POS}
    dev.update({k: [wrap(r[k] - r["cmd_" + k]) for r in rows] for k in ANG})
    return dev


def pose_characteristics(rows):
    """AP and RP for one (pose, direction) group.  Returns (result, mean deviations)."""
    n = len(rows)
    if n < 2:
        raise ValueError(f"pose {rows[0]['pose']}: need at least 2 cycles, got {n}")
    dev = _deviations(rows)
    mean = {k: statistics.fmean(dev[k]) for k in POS + ANG}
    # l_j = |P_j - G|; both P_j and G are taken relative to the commanded position.
    l = [math.hypot(*(dev[k][j] - mean[k] for k in POS)) for j in range(n)]
    res = {"n": n, "AP_P": math.hypot(*(mean[k] for k in POS))}
    res.update({"AP_" + k: mean[k] for k in POS + ANG})
    res["RP_l"] = statistics.fmean(l) + 3.0 * statistics.stdev(l)
    res.update({"RP_" + k: 3.0 * statistics.stdev(dev[k]) for k in ANG})
    return res, mean


def distance_characteristics(groups, pose_a, pose_b):
    """AD/RD between two poses, direction 1, rows paired by cycle number.
    Only cycles present for both poses are paired."""
    by_key = dict(groups)
    sides = []
    for name in (pose_a, pose_b):
        if (name, 1) not in by_key:
            raise ValueError(f"pose {name!r} has no direction-1 rows")
        cyc = {}
        for r in by_key[(name, 1)]:
            if r["cycle"] in cyc:
                raise ValueError(f"pose {name!r}: duplicate cycle {r['cycle']}")
            cyc[r["cycle"]] = r
        sides.append(cyc)
    A, B = sides
    cycles = sorted(set(A) & set(B))
    if len(cycles) < 2:
        raise ValueError("need at least 2 paired cycles for the distance")
    ca, cb = A[cycles[0]], B[cycles[0]]
    dc = {k: ca["cmd_" + k] - cb["cmd_" + k] for k in POS}
    D, Dk = [], {k: [] for k in POS + ANG}
    for cy in cycles:
        ra, rb = A[cy], B[cy]
        # Attained separation = commanded separation + difference of deviations,
        # so large absolute coordinates cancel before the small parts are combined.
        v = [dc[k] + ((ra[k] - ra["cmd_" + k]) - (rb[k] - rb["cmd_" + k])) for k in POS]
        D.append(math.hypot(*v))
        for k, vk in zip(POS, v):
            Dk[k].append(abs(vk))
        for k in ANG:
            Dk[k].append(abs(wrap(ra[k] - rb[k])))
    Dc = math.hypot(*dc.values())
    ref = {k: abs(dc[k]) for k in POS}
    ref.update({k: abs(wrap(ca["cmd_" + k] - cb["cmd_" + k])) for k in ANG})
    res = {"from": pose_a, "to": pose_b, "n": len(cycles),
           "AD_P": statistics.fmean([d - Dc for d in D]), "RD_P": 3.0 * statistics.stdev(D)}
    for k in POS + ANG:
        res["AD_" + k] = statistics.fmean([d - ref[k] for d in Dk[k]])
        res["RD_" + k] = 3.0 * statistics.stdev(Dk[k])
    return res


def analyze_pose(rows, distance=None):
    """Full analysis in the shape of `robocert analyze pose --format json`."""
    groups = group_rows(rows)
    poses, means, cmds = [], {}, {}
    for (pose, direction), grows in groups:
        res, mean = pose_characteristics(grows)
        poses.append({"pose": pose, "direction": direction, **res})
        means[(pose, direction)] = mean
        cmds[(pose, direction)] = {k: grows[0]["cmd_" + k] for k in POS}
    vap = []
    for pose in dict.fromkeys(p for (p, _), _ in groups):
        dirs = [k for k, _ in groups if k[0] == pose]
        if len(dirs) < 2:
            continue
        best = {"vAP_" + k: 0.0 for k in ("P",) + ANG}
        for i, h in enumerate(dirs):
            for k in dirs[i + 1:]:
                # G_h - G_k, again built from commanded difference + deviation difference.
                dg = [(cmds[h][q] - cmds[k][q]) + (means[h][q] - means[k][q]) for q in POS]
                best["vAP_P"] = max(best["vAP_P"], math.hypot(*dg))
                for q in ANG:
                    best["vAP_" + q] = max(best["vAP_" + q], abs(wrap(means[h][q] - means[k][q])))
        vap.append({"pose": pose, **best})
    out = {"poses": poses, "vAP": vap}
    if distance:
        out["distance"] = distance_characteristics(groups, *distance)
    return out


# --- MTBF (chi-square, even degrees of freedom only) -----------------------

def chi2_cdf_even(x, nu):
    """Lower-tail CDF of chi-square with even nu = 2k, via the Poisson identity
    P(chi2_2k <= x) = P(Poisson(x/2) >= k) = 1 - e^-h sum_{i<k} h^i/i!."""
    if nu <= 0 or nu % 2:
        raise ValueError(f"degrees of freedom must be even and positive, got {nu}")
    if x <= 0.0:
        return 0.0
    k, h = nu // 2, x / 2.0
    # Terms come from logs so that large h cannot underflow e^-h to zero.
    term = lambda i: math.exp(i * math.log(h) - h - math.lgamma(i + 1))
    if h < k:
        # Small CDF: sum the tail i >= k directly instead of 1 - (something near 1).
        t = total = term(k)
        i = k
        while t > total * 1e-18:
            i += 1
            t *= h / i
            total += t
        return min(total, 1.0)
    # h >= k: terms grow with i up to k-1, so sum downwards from the largest.
    t = s = term(k - 1)
    for i in range(k - 1, 0, -1):
        t *= i / h
        s += t
    return max(0.0, 1.0 - s)


def chi2_quantile(p, nu):
    """x with P(chi2_nu <= x) = p, by bisection to 1e-13 relative."""
    if not 0.0 < p < 1.0:
        raise ValueError(f"probability must be in (0, 1), got {p}")
    lo, hi = 0.0, max(1.0, float(nu))
    while chi2_cdf_even(hi, nu) < p:
        lo, hi = hi, 2.0 * hi
    while hi - lo > 1e-13 * hi:
        mid = 0.5 * (lo + hi)
        if chi2_cdf_even(mid, nu) < p:
            lo = mid
        else:
            hi = mid
    return 0.5 * (lo + hi)


def mtbf_bounds(hours, failures, confidence, test="time"):
    """Point estimate and confidence bounds of MTBF (None where undefined)."""
    T, r, C = float(hours), int(failures), float(confidence)
    if T <= 0 or r < 0 or not 0 < C < 1 or test not in ("time", "failure"):
        raise ValueError("invalid MTBF arguments")
    # A time-terminated test could have seen one more failure right after the stop,
    # hence 2r+2 degrees of freedom for the lower bound; failure-terminated uses 2r.
    nu_lower = 2 * r + 2 if test == "time" else 2 * r
    if nu_lower == 0:
        raise ValueError("failure-terminated test needs at least one failure")
    return {
        "mtbf": T / r if r > 0 else None,
        "lower_one_sided": 2 * T / chi2_quantile(C, nu_lower),
        "lower": 2 * T / chi2_quantile((1 + C) / 2, nu_lower),
        "upper": 2 * T / chi2_quantile((1 - C) / 2, 2 * r) if r > 0 else None,
    }


def demonstration_hours(theta, confidence, failures=0):
    """Test time needed to demonstrate MTBF >= theta with at most `failures` failures."""
    return theta * chi2_quantile(confidence, 2 * failures + 2) / 2.0


# --- Comparison helpers ----------------------------------------------------

def compare(expected, actual, path="", errors=None):
    """Collect human-readable differences between reference and program output."""
    errors = [] if errors is None else errors
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            errors.append(f"{path or '<top>'}: expected object, got {type(actual).__name__}")
            return errors
        for key, val in expected.items():
            if key not in actual:
                errors.append(f"{path}.{key}: missing")
            else:
                compare(val, actual[key], f"{path}.{key}", errors)
    elif isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            n = len(actual) if isinstance(actual, list) else type(actual).__name__
            errors.append(f"{path}: expected list of {len(expected)}, got {n}")
        else:
            for i, (e, a) in enumerate(zip(expected, actual)):
                compare(e, a, f"{path}[{i}]", errors)
    elif isinstance(expected, float):
        ok = isinstance(actual, (int, float)) and not isinstance(actual, bool) and \
            abs(actual - expected) <= max(ABS_TOL, REL_TOL * abs(expected))
        if not ok:
            errors.append(f"{path}: expected {expected!r}, got {actual!r}")
    elif expected != actual or type(expected) is not type(actual):
        errors.append(f"{path}: expected {expected!r}, got {actual!r}")
    return errors


def run_json(binary, args):
    """Run the program; return (parsed JSON, None) or (None, reason)."""
    try:
        proc = subprocess.run([binary] + args, capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return None, f"could not run: {exc}"
    stderr = proc.stderr.strip()
    if proc.returncode != 0:
        return None, f"exit status {proc.returncode}; stderr: {stderr or '(empty)'}"
    try:
        return json.loads(proc.stdout), None
    except json.JSONDecodeError as exc:
        return None, f"invalid JSON ({exc}); stdout: {proc.stdout[:200]!r}; stderr: {stderr or '(empty)'}"


def check_against(binary, name, args, reference):
    """One check: reference is a thunk so reference errors are reported, not raised."""
    try:
        expected = reference()
    except (ValueError, OSError) as exc:
        return name, False, f"reference failed: {exc}"
    actual, err = run_json(binary, args)
    if err:
        return name, False, err
    diffs = compare(expected, actual)
    return name, not diffs, "; ".join(diffs[:8]) + (f" (+{len(diffs) - 8} more)" if len(diffs) > 8 else "")


def pose_files():
    for d in POSE_DIRS:
        full = os.path.join(REPO_ROOT, d)
        if os.path.isdir(full):
            for fn in sorted(os.listdir(full)):
                if fn.endswith(".csv") and not fn.startswith("bad_"):
                    yield f"{d}/{fn}", os.path.join(full, fn)


MTBF_CASES = [  # hours, failures, confidence, test
    (920, 7, 0.8, "time"), (920, 7, 0.8, "failure"), (2640, 0, 0.7, "time"),
    (1000, 0, 0.9, "time"), (5000, 3, 0.9, "time"), (10000, 1, 0.95, "failure"),
    (87600, 25, 0.6, "time"),
]
ZERO_FAILURE_CASES = [(1000, 0.9, None), (3000, 0.7, 0), (500, 0.8, 2), (20000, 0.95, 5)]  # theta, C, c


def robocert_checks(binary):
    results = []
    files = list(pose_files())
    if not files:
        results.append(("pose data", False, f"no CSV files under {POSE_DIRS} in {REPO_ROOT}"))
    for rel, path in files:
        dist = DISTANCE_TABLE.get(rel)
        args = ["analyze", "pose", path, "--format", "json"]
        if dist:
            args += ["--distance", f"{dist[0]},{dist[1]}"]
        results.append(check_against(binary, f"pose {rel}" + (f" --distance {dist[0]},{dist[1]}" if dist else ""),
                                     args, lambda p=path, d=dist: analyze_pose(read_pose_csv(p), d)))
    for T, r, C, test in MTBF_CASES:
        args = ["analyze", "mtbf", "--hours", str(T), "--failures", str(r), "--confidence", str(C),
                "--test", test, "--format", "json"]
        results.append(check_against(binary, f"mtbf T={T} r={r} C={C} {test}", args,
                                     lambda T=T, r=r, C=C, t=test: mtbf_bounds(T, r, C, t)))
    for theta, C, c in ZERO_FAILURE_CASES:
        args = ["analyze", "zero-failure", "--mtbf", str(theta), "--confidence", str(C)]
        args += (["--failures", str(c)] if c is not None else []) + ["--format", "json"]
        results.append(check_against(binary, f"zero-failure theta={theta} C={C} c={c}", args,
                                     lambda th=theta, C=C, c=c: {"test_hours": demonstration_hours(th, C, c or 0)}))
    return results


# --- Self-test on hand-worked examples -------------------------------------

def _rows(pose, direction, cmd, offsets, first_cycle=1):
    """Rows whose attained pose is cmd + offset (angles wrapped like a controller would)."""
    out = []
    for j, off in enumerate(offsets):
        r = {"pose": pose, "cycle": first_cycle + j, "direction": direction}
        for i, k in enumerate(POS + ANG):
            r["cmd_" + k] = cmd[i]
            r[k] = cmd[i] + off[i] if k in POS else wrap(cmd[i] + off[i])
        out.append(r)
    return out


def self_test():
    results = []

    def approx(name, got, want, tol=1e-9):
        ok = got is not None and abs(got - want) <= max(tol, tol * abs(want))
        results.append((name, ok, "" if ok else f"got {got!r}, want {want!r}"))

    # 1. Pose S commanded (100, 200, 300, 0, 0, 0), three cycles, offsets
    #    dx = .01 .02 .03, dy = 0, dz = -.01, da = .001 .002 .003:
    #    AP_x = .02, AP_y = 0, AP_z = -.01, AP_P = sqrt(.02^2 + .01^2) = sqrt(.0005).
    #    G - C = (.02, 0, -.01) so l = .01, 0, .01 (in units of .01: 1, 0, 1);
    #    mean = 2/3, deviations 1/3, -2/3, 1/3, S^2 = (1/9+4/9+1/9)/2 = 1/3, S = 1/sqrt3
    #    RP_l = .01 * (2/3 + 3/sqrt3) = .01 * (2/3 + sqrt3) = 0.023987...
    #    AP_a = .002, S_a = .001, RP_a = .003.
    offs1 = [(.01, 0, -.01, .001, 0, 0), (.02, 0, -.01, .002, 0, 0), (.03, 0, -.01, .003, 0, 0)]
    s1 = _rows("S", 1, (100, 200, 300, 0, 0, 0), offs1)
    r1, _ = pose_characteristics(s1)
    for key, want in (("AP_x", .02), ("AP_y", 0.0), ("AP_z", -.01), ("AP_P", math.sqrt(.0005)),
                      ("RP_l", .01 * (2 / 3 + math.sqrt(3))), ("AP_a", .002), ("RP_a", .003)):
        approx(f"{key} hand example", r1[key], want)

    # 2. Wrap-around: commanded a = 179.9, attained 179.95, -179.95, 179.99.
    #    Differences wrap to .05, .15 (-179.95 - 179.9 = -359.85 -> .15), .09.
    #    AP_a = .29/3 = .096667.  In units of .01: 5, 15, 9, mean 29/3,
    #    deviations -14/3, 16/3, -2/3, S^2 = (196+256+4)/9/2 = 228/9,
    #    RP_a = 3 * .01 * sqrt(228/9) = .01 * sqrt(228) = 0.150997.
    s2 = _rows("W", 1, (0, 0, 0, 179.9, 0, 0), [(0, 0, 0, d, 0, 0) for d in (.05, .15, .09)])
    approx("wrap: attained written as -179.95", s2[1]["a"], -179.95)
    r2, _ = pose_characteristics(s2)
    approx("wrap: AP_a", r2["AP_a"], .29 / 3)
    approx("wrap: RP_a", r2["RP_a"], .01 * math.sqrt(228))
    approx("wrap(-180) -> 180", wrap(-180.0), 180.0)
    approx("wrap(540) -> 180", wrap(540.0), 180.0)

    # 3. vAP: pose S again from direction 2 with G - C = (.05, .04, -.01), AP_a = -.004.
    #    vAP_P = |(.05-.02, .04-0, 0)| = .05 (3-4-5); vAP_a = |.002 - (-.004)| = .006.
    offs2 = [(.04, .04, -.01, -.003, 0, 0), (.05, .04, -.01, -.004, 0, 0), (.06, .04, -.01, -.005, 0, 0)]
    s3 = _rows("S", 2, (100, 200, 300, 0, 0, 0), offs2)
    out = analyze_pose(s3 + s2 + s1)  # S first appears as direction 2; output must still list 1 before 2
    order = [(p["pose"], p["direction"]) for p in out["poses"]]
    results.append(("pose/direction ordering", order == [("S", 1), ("S", 2), ("W", 1)], repr(order)))
    results.append(("vAP only for multi-direction poses", [v["pose"] for v in out["vAP"]] == ["S"], ""))
    approx("vAP_P hand example", out["vAP"][0]["vAP_P"], .05)
    approx("vAP_a hand example", out["vAP"][0]["vAP_a"], .006)

    # 4. Distance A (0,0,0, c=170) exact every cycle; B commanded (500,0,0, c=-170),
    #    attained x = 500.01, 500.02, 500.03 and c = -170, -169.99, -170.01.
    #    D = 500.01, 500.02, 500.03, D_c = 500: AD_P = .02, RD_P = 3 * .01 = .03; same for x.
    #    D_c angle: |wrap(170 - -170)| = |wrap(340)| = 20; attained 20, 20.01, 19.99
    #    (|wrap(339.99)| = 20.01): AD_c = 0, RD_c = .03.  B rows are given out of
    #    cycle order to check pairing by cycle number.
    a = _rows("A", 1, (0, 0, 0, 0, 0, 170), [(0,) * 6] * 3)
    b = _rows("B", 1, (500, 0, 0, 0, 0, -170), [(.01, 0, 0, 0, 0, 0), (.02, 0, 0, 0, 0, .01),
                                                 (.03, 0, 0, 0, 0, -.01)])
    d = analyze_pose(a + b[::-1], ("A", "B"))["distance"]
    for key, want in (("AD_P", .02), ("RD_P", .03), ("AD_x", .02), ("RD_x", .03), ("AD_y", 0.0),
                      ("AD_c", 0.0), ("RD_c", .03)):
        approx(f"{key} hand example", d[key], want)

    # 5. Far from the origin: shifting example 1 by 25 m must not change AP/RP.
    far = [dict(r, x=r["x"] + 25000, cmd_x=r["cmd_x"] + 25000) for r in s1]
    rf, _ = pose_characteristics(far)
    approx("25 m shift: AP_x", rf["AP_x"], .02, 1e-10)
    approx("25 m shift: RP_l", rf["RP_l"], r1["RP_l"], 1e-10)

    # 6. CSV format variants parse to the same rows as a plain file.
    plain = "pose,cycle,direction,cmd_x,cmd_y,cmd_z,cmd_a,cmd_b,cmd_c,x,y,z,a,b,c\n" \
            "P1,1,1,1,2,3,4,5,6,1.5,2.5,3.5,4.5,5.5,6.5\nP1,2,1,1,2,3,4,5,6,1,2,3,4,5,6\n"
    fancy = "\ufeff# comment before header\r\n  # indented comment\r\n" \
            " c , b, a ,z,y,x, cmd_c,cmd_b,cmd_a,cmd_z,cmd_y,cmd_x , cycle , pose \r\n" \
            "6.5,5.5,4.5,3.5,2.5,1.5,6,5,4,3,2,1, 1 ,  \"P1\" \r\n\r\n# between rows\r\n" \
            "6,5,4,3,2,1,6,5,4,3,2,1,2,\"P1\"\r\n"
    results.append(("CSV format variants", parse_pose_csv(fancy) == parse_pose_csv(plain), ""))

    # 7. Chi-square and MTBF.  nu = 2: CDF = 1 - e^{-x/2}, so chi2_p(2) = -2 ln(1-p).
    #    nu = 4: CDF = 1 - e^{-h}(1 + h), h = x/2.  Table: chi2_.95(10) = 18.307, chi2_.05(10) = 3.940.
    approx("chi2_0.7(2) closed form", chi2_quantile(.7, 2), -2 * math.log(.3), 1e-12)
    h = chi2_quantile(.3, 4) / 2
    approx("chi2_0.3(4) satisfies CDF", 1 - math.exp(-h) * (1 + h), .3, 1e-12)
    approx("chi2_0.95(10) table", round(chi2_quantile(.95, 10), 3), 18.307)
    approx("chi2_0.05(10) table", round(chi2_quantile(.05, 10), 3), 3.940)
    approx("chi2_0.5(2000) ~ nu - 2/3", chi2_quantile(.5, 2000), 2000 - 2 / 3, 1e-4)
    # T = 920 h, r = 7, C = 0.8 two-sided, time-terminated:
    #    lower = 1840 / chi2_.9(16) = 1840 / 23.542 = 78.2; upper = 1840 / chi2_.1(14) = 1840 / 7.790 = 236.2.
    m = mtbf_bounds(920, 7, .8, "time")
    approx("MTBF point 920/7", m["mtbf"], 920 / 7)
    approx("MTBF lower 78.2 h", round(m["lower"], 1), 78.2)
    approx("MTBF upper 236.2 h", round(m["upper"], 1), 236.2)
    # r = 0, T = 2640 h, C = 0.7: lower_one_sided = 5280 / (-2 ln .3) = 2192.7 h.
    m0 = mtbf_bounds(2640, 0, .7, "time")
    approx("MTBF r=0 lower one-sided 2192.7 h", round(m0["lower_one_sided"], 1), 2192.7)
    results.append(("MTBF r=0 point and upper are None", m0["mtbf"] is None and m0["upper"] is None, ""))
    # Zero-failure demonstration at C = 0.9: T = theta * (-2 ln .1) / 2 = 2.302585 theta.
    approx("zero-failure 1000 h at 90 %", demonstration_hours(1000, .9), -1000 * math.log(.1))
    return results


def report(results):
    for name, ok, detail in results:
        print(f"{'PASS' if ok else 'FAIL'}  {name}" + (f": {detail}" if detail and not ok else ""))
    failed = sum(1 for _, ok, _ in results if not ok)
    print(f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--robocert", metavar="BINARY", help="path to the robocert program to check")
    mode.add_argument("--self-test", action="store_true", help="check the reference formulas")
    args = ap.parse_args(argv)
    if not args.self_test:
        return report(robocert_checks(args.robocert))
    try:
        return report(self_test())
    except Exception as exc:  # a broken formula may raise instead of mis-computing
        return report([("self-test", False, f"{type(exc).__name__}: {exc}")])


if __name__ == "__main__":
    sys.exit(main())
