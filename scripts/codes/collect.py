from lib import *
from events import events
import re, collections

def one(a, b, table=None, tab=False, idx=None, header=None):
    ts = tables(a, b, tab)
    if table: ts = [t for t in ts if t['table'] == table]
    if header: ts = [t for t in ts if t['header'] and t['header'][:len(header)] == header]
    if idx is not None: ts = [ts[idx]]
    assert len(ts) == 1, (a, b, table, [(t['table'], t['header']) for t in ts])
    return ts[0]

def simple(a, b, table=None, tab=False, code_col=0, desc_col=1, idx=None, header=None, expect=None, expand=None):
    t = one(a, b, table, tab, idx, header)
    rows = t['rows']
    m, d = codemap(t, code_col, desc_col)
    assert not d, d
    if expand:
        for k, ks in expand.items():
            v = m.pop(k)
            for kk in ks: m[kk] = v
    if expect is not None: assert len(m) == expect, (table, len(m), expect)
    return {'map': m, 'rows': len(rows), 'line': t['line'], 'table': t['table']}

def inl(line, codes, stops=(), prefix=None):
    m = dict(prefix or {})
    for c, v in inline(line, codes, stops):
        assert c not in m
        m[c] = v
    return {'map': m, 'rows': len(m), 'line': line, 'table': None}

D = {}
# ---------------- gateway (6.5, 6.1.3) ----------------
D['events'] = events()
G = {}
for tn, key in [('6-449','GATEWAY_ERROR_CODES'),('6-450','GATEWAY_CTI_ERROR_CODES'),('6-451','GATEWAY_CTI_CAUSE_CODES'),
                ('6-452','GATEWAY_AGENT_STATES'),('6-453','CTI_PLATFORM_AGENT_STATES'),('6-454','AGENT_STATUS_CODES'),
                ('6-455','CALL_TYPES'),('6-456','DEVICE_TYPES'),('6-457','USER_DEVICE_TYPES'),('6-458','USER_DEVICE_CALL_TYPES'),
                ('6-459','TRANSFER_MODES')]:
    G[key] = simple(21262, 21819, tn)
G['CALL_DEVICE_REASON_CODES'] = simple(12200, 12280, '6-204')
# 6-459 is keyed by a name, not a code: keep its spaces
_t = one(21262, 21819, '6-459')
G['TRANSFER_MODES']['map'] = {clean(c[0]): clean(c[1]) for _, c in _t['rows']}
D['gateway'] = G

# ---------------- voice recognition / CC-Gateway config (6.3.7) ----------------
V = {}
V['VOICE_RECOGNITION_GATEWAY_ERROR_CODES'] = simple(18918, 19013, None, header=['Error Code','Description'],
    expand={'107-107–107-109': ['107-107', '107-108', '107-109']})
V['VOICE_RECOGNITION_SUBSCRIPTION_ERROR_CODES'] = simple(19017, 19049, None, header=['Error Code','Description'])
cti = {}; cti_rows = 0; cti_tables = []
for t in tables(19049, 19239):
    m, d = codemap(t); assert not d
    for k, v in m.items():
        assert k not in cti, k
        cti[k] = v
    cti_rows += len(t['rows']); cti_tables.append((t['table'], t['title'], len(t['rows'])))
V['CTI_CONFIG_ERROR_CODES'] = {'map': cti, 'rows': cti_rows, 'tables': cti_tables, 'table': '6-428..6-435'}
V['UAP_ERROR_CODES'] = simple(19239, 19254, '6-436')
D['voicerec'] = V

# ---------------- bidirectional calls (6.2) ----------------
B = {}
def ita_ret(a, b, tn):
    t = one(a, b, tn)
    desc, d1 = codemap(t, 0, 2); msg, d2 = codemap(t, 0, 1)
    assert not d1 and not d2
    return desc, msg, len(t['rows'])
d1, m1, r1 = ita_ret(16418, 16470, '6-358'); d2, m2, r2 = ita_ret(16558, 16612, '6-362')
assert d1 == d2 and m1 == m2 and r1 == r2
B['ITA_RETURN_CODES'] = {'map': d1, 'rows': r1, 'table': '6-358'}
B['ITA_RETURN_MESSAGES'] = {'map': m1, 'rows': r1, 'table': '6-358'}
a = simple(16725, 16812, '6-367'); b = simple(16940, 17030, '6-371')
assert a['map'] == b['map'] and a['rows'] == b['rows']
B['ITA_REASON_CODES'] = a
B['BIDIRECTIONAL_CALL_STATES'] = inl(16927, ['0', '1', '2', '3'], ['Length limit'])
B['BIDIRECTIONAL_CALL_END_REASONS'] = inl(16931, ['0','1','2','3','4','5','6','xxx'], ['Length limit'])
B['BIDIRECTIONAL_CALL_END_REASONS_CDR'] = inl(16709, ['0','1','2','3','4','5','6','xxx'], ['Length limit'])
B['BIDIRECTIONAL_RELEASE_REASONS'] = inl(18240, ['0','1','2','3','4','5','xxx'])
S0 = {'0': 'success'}
per = collections.OrderedDict()
per['6.2.1'] = inl(16422, ['1','2','3','5','6','8','9','16','21'], ['For details about'], S0)
per['6.2.2'] = inl(16562, ['1','2','3','5','6','8','16','21'], ['For details about'], S0)
per['6.2.3'] = inl(16695, ['1','2','4','12'], (), S0)
per['6.2.4'] = inl(16924, ['1','3'], (), S0)
per['6.2.5'] = inl(17125, ['1','3','5','6','7','8','9','10','11','12','13'], (), S0)
per['6.2.6'] = inl(17227, ['1','2','3','4','5'], (), S0)
per['6.2.7'] = inl(17352, ['1','2','3','4','5'], (), S0)
per['6.2.8'] = inl(17483, ['4','5'], (), S0)
B['per'] = per
D['bidir'] = B

# ---------------- voice notification (14, 6.2.9/6.2.10) ----------------
N = {}
N['VOICE_NOTIFICATION_RELEASE_REASONS'] = inl(69917, ['0','1','4','6','8','9','10','999'])
t = one(69700, 69760, '14-10', tab=True)
m = {}
for ln, c in t['rows']:
    code = c[1].strip(); assert code not in m
    m[code] = clean(c[2])
N['VOICE_NOTIFICATION_RETURN_CODES'] = {'map': m, 'rows': len(t['rows']), 'table': '14-10'}
N['v1'] = inl(69581, ['1','2','3','4','5','6','7','8','9','16','36'], (), S0)
# 14.1 prints "0 : success; other values: failure (1 : incorrect request parameter type)"
txt = cell_text(69441)
assert '0: success; other values: failure (1: incorrect request parameter type)' in txt, txt
N['query'] = {'map': {'0': 'success', '1': 'incorrect request parameter type'}, 'rows': 2, 'line': 69441}
D['notif'] = N

# ---------------- isales (7) ----------------
I = {}
secs = [(i + 1, re.match(r'^#+\s*(7(?:\.\d+)+)\s', l).group(1)) for i, l in enumerate(L) if 21819 <= i + 1 < 29631 and re.match(r'^#+\s*7(\.\d+)+\s', l)]
def secof(ln):
    s = None
    for a_, b_ in secs:
        if a_ <= ln: s = b_
    return s
err_tables = [t for t in tables(21819, 29631) if t['title'] == 'Error code description']
occ = []   # (code, meaning, section, table) in document order
sources = collections.OrderedDict()
for t in err_tables:
    ci = t['header'].index('Error Code'); di = t['header'].index('Description')
    sec = secof(t['capline'])
    codes = []
    for ln, cells in t['rows']:
        code = joincode(cells[ci]); desc = clean(cells[di])
        assert code and desc, (ln, cells)
        occ.append((code, desc, sec, t['table'])); codes.append(code)
    assert sec not in sources, sec
    sources[sec] = {'table': t['table'], 'codes': codes}
I['sources'] = sources
I['occ'] = occ
meanings = collections.OrderedDict()
for code, desc, sec, tn in occ:
    meanings.setdefault(code, collections.OrderedDict()).setdefault(desc, []).append(sec)
def top(code):
    ms = meanings.get(code)
    if not ms: return None
    return max(ms.items(), key=lambda kv: len(kv[1]))[0]
def siblings(code):
    # parameter codes are 020000NN; the 7-digit family is 02000NN. The doc sometimes drops or adds the 0.
    out = []
    if re.fullmatch(r'0200\d{3}', code): out.append(code[:4] + '0' + code[4:])
    if re.fullmatch(r'02000\d{3}', code): out.append(code[:4] + code[5:])
    return out
union = collections.OrderedDict(); variants = collections.OrderedDict()
for code, ms in meanings.items():
    cands = list(ms.items())
    if len(cands) > 1:
        sib_tops = set(filter(None, (top(s) for s in siblings(code))))
        native = [kv for kv in cands if kv[0] not in sib_tops] or cands
        best = max(native, key=lambda kv: len(kv[1]))   # max() keeps the first on ties: doc order
        union[code] = best[0]
        variants[code] = [{'meaning': k, 'sections': list(dict.fromkeys(v))} for k, v in cands]
    else:
        union[code] = cands[0][0]
I['ISALES_ERROR_CODES'] = union
I['variants'] = variants
# 7.6.1 Table 7-295: merged category cells and one shifted row, handled by hand below
t = one(28170, 28215, '7-295')
rows = []
cat = None; prev_desc = None
for ln, c in t['rows']:
    c = [x.strip() for x in c] + ['']
    if re.fullmatch(r'\d{5}', joincode(c[0])) and not re.fullmatch(r'\d{5}|Others', joincode(c[1])):
        # PDF shift: "| 34606 | The call attempt fails ... | |" - code landed in the Category column
        code, desc = joincode(c[0]), clean(c[1])
    else:
        if clean(c[0]): cat = clean(c[0])
        code, desc = joincode(c[1]), clean(c[2])
    if not desc: desc = prev_desc   # vertically merged description cell
    prev_desc = desc
    rows.append((code, cat, desc, ln))
I['call_result_rows'] = rows
D['isales'] = I

# ---------------- other families ----------------
F = {}
F['OIAP_ERROR_CODES'] = simple(32281, 32334, '10-1')
F['OIAP_OUTBOUND_FAILURE_CAUSES'] = simple(37600, 37650, '10-99')
F['CMS_ERROR_CODES'] = simple(64586, 64611, None, header=['Error Code','Description'])
F['CMS_INSPECTION_ERROR_CODES'] = simple(62680, 62710, '12-631')
F['CTI_AGENT_STATUS_CODES'] = simple(64611, 64627, None, header=['No.','Description'])
F['CALL_LEAVE_REASONS'] = simple(64785, 64854, '12-700')
F['CALL_CAUSE_CODES'] = simple(64854, 64982, None, header=['Cause Code','Description'], expand={'613~619': [str(c) for c in range(613, 620)]})
x = simple(69272, 69335, '13-131', tab=True); assert x['map'] == F['CALL_LEAVE_REASONS']['map']
x = simple(69055, 69175, None, tab=True, header=['Cause Code','Description'], expand={'613~619': [str(c) for c in range(613, 620)]}); assert x['map'] == F['CALL_CAUSE_CODES']['map']
F['CCFS_ERROR_CODES'] = simple(68963, 69027, None, tab=True, code_col=1, desc_col=2, header=['Response Code'])
F['CCFS_ERROR_HANDLING'] = simple(68963, 69027, None, tab=True, code_col=1, desc_col=3, header=['Response Code'])
F['CCFS_HTTP_STATUS_CODES'] = simple(69027, 69040, '13-126', tab=True)
W = collections.OrderedDict()
W['11.1'] = inl(39008, ['0','1'])
W['11.2'] = inl(39111, ['0','1','2','3','4','5','6','160001','160004','160021','160022','160023','160024'])
W['11.4'] = inl(39449, ['0','13'])
W['11.6'] = inl(39806, ['2','3','13'], (), S0)
W['11.13'] = inl(40459, ['3001000001','3001000002','3001000003','30010010001','30010010002','30010010003','30010019999','30011010001','30011019999','30010009999'], (), S0)
W['11.15'] = inl(40662, ['0','3000000008','1001000002','30010009999','3000000019','1001000001'])
W['11.16'] = inl(40760, ['0','1'])
txt = cell_text(40889); assert 'The value 0 indicates success. The value 3 indicates that the email ID does not exist.' in txt
W['11.17'] = {'map': {'0': 'success', '3': 'the email ID does not exist'}, 'rows': 2, 'line': 40889}
W['11.20'] = inl(41250, ['0','13'])
F['webchat'] = W
D['families'] = F
