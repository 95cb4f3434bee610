import re, html, json
import os
SEED=os.environ.get('CEC_REFERENCE_TXT', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'reference', 'sources', '001_4b2350f08b5bb74d.txt'))
L=open(SEED,encoding='utf-8').read().split('\n')

def clean(s):
    s = re.sub(r'<br\s*/?>', ' ', s, flags=re.I)
    s = re.sub(r'</?(p|li|ul|ol)\b[^>]*>', ' ', s, flags=re.I)
    s = re.sub(r'<[^>]+>', '', s)
    s = html.unescape(s)
    s = s.replace('**', '')
    s = re.sub(r'\\([_$\\*\[\]()#{}.!-])', r'\1', s)
    s = s.replace('\u25cf', ' ').replace('\u2022', ' ')  # list bullets
    s = re.sub(r'\s+', ' ', s).strip()
    # PDF conversion leaves a space between bold text and the following punctuation ("see <b>x</b> .")
    s = re.sub(r'\s+([.,;:)])(?=\s|$)', r'\1', s)
    return s

def joincode(s):
    # codes split across a line break in the PDF: "020000<br>1" -> "0200001"
    s = re.sub(r'<br\s*/?>', '', s, flags=re.I)
    s = re.sub(r'<[^>]+>', '', s)
    return re.sub(r'\s+', '', html.unescape(s))

CAP = re.compile(r'^\s*(\*\*)?Table (\d+-\d+)(\*\*)?\s*(.*)$')
SEP = re.compile(r'^\|(?=[^-]*-)[\s|:-]+\|?\s*$')

def pipe_cells(line):
    t = line.strip()
    if t.startswith('|'): t = t[1:]
    if t.endswith('|'): t = t[:-1]
    return [c.strip() for c in t.split('|')]

def tables(a, b, tab=False):
    """Tables between 1-based lines a..b. Continuation tables (same header, no caption or
    prose between) are merged with the previous one."""
    out = []
    i = a - 1
    pending_caption = None
    last_text_since_table = True
    while i < b:
        line = L[i]
        st = line.strip()
        m = CAP.match(st)
        if m:
            pending_caption = (m.group(2), clean(m.group(4)), i + 1)
            last_text_since_table = True
            i += 1; continue
        is_row = st.startswith('|') if not tab else ('\t' in line)
        if is_row:
            start = i
            rows = []
            while i < b and ((L[i].strip().startswith('|')) if not tab else ('\t' in L[i])):
                if not tab:
                    if SEP.match(L[i].strip()): i += 1; continue
                    rows.append((i + 1, pipe_cells(L[i])))
                else:
                    rows.append((i + 1, [c.strip() for c in L[i].split('\t')]))
                i += 1
            if not tab:
                has_header = i - start >= 2 and SEP.match(L[start + 1].strip()) is not None
            else:
                first = rows[0][1] if rows else []
                has_header = bool(first) and not re.match(r'^[-\d.x ]+$', first[0] or 'x') and any(
                    re.search(r'(Description|Code|Parameter|No\.|Value|Cause|Status)', c) for c in first)
            header = [clean(c) for c in rows[0][1]] if rows and has_header else None
            body = rows[1:] if has_header else rows
            if header is not None and not any(header):
                # header-less fragment (e.g. a stray row printed as its own table)
                header = None; body = rows[1:]
            if pending_caption is None and out and not last_text_since_table and (header is None or header == out[-1]['header']):
                out[-1]['rows'].extend(body)
            elif pending_caption is None and out and header is not None and header == out[-1]['header'] and not has_prose(out[-1]['end'], start):
                out[-1]['rows'].extend(body)
            else:
                cap = pending_caption or (None, None, None)
                out.append({'table': cap[0], 'title': cap[1], 'capline': cap[2], 'line': start + 1, 'header': header, 'rows': body})
            out[-1]['end'] = i
            pending_caption = None
            last_text_since_table = False
            continue
        if st and not st.startswith('```'):
            last_text_since_table = True
        i += 1
    return out

def has_prose(a, b):
    for k in range(a, b):
        if L[k].strip(): return True
    return False

def codemap(t, code_col=0, desc_col=1, inherit_empty=False, allow_dup=False):
    m = {}; dups = []; prev = None
    for ln, cells in t['rows']:
        if len(cells) <= max(code_col, desc_col):
            cells = cells + [''] * (max(code_col, desc_col) + 1 - len(cells))
        code = joincode(cells[code_col]); desc = clean(cells[desc_col])
        if not code:
            raise Exception(f'empty code at {ln}: {cells}')
        if not desc and inherit_empty: desc = prev
        prev = desc
        if code in m:
            dups.append((code, m[code], desc, ln))
            if not allow_dup: continue
        m[code] = desc
    return m, dups

def cell_text(line, col=-1):
    """Cleaned text of one cell of a pipe/tab table row (default: last non-empty cell)."""
    raw = L[line - 1]
    cells = pipe_cells(raw) if raw.strip().startswith('|') else raw.split('\t')
    cells = [c for c in cells if c.strip()]
    return clean(cells[col])

def inline(line, codes, stops=(), text=None, col=-1):
    """Split an inline option list ("0: success 1: failure ...") printed inside one table cell.
    `codes` fixes the expected codes in order, so a stray "N:" elsewhere cannot be misread."""
    t = text if text is not None else cell_text(line, col)
    out = []
    pos = 0
    marks = []
    for c in codes:
        m = re.compile(r'(?<![\w.])' + re.escape(c) + r'\s?:\s*').search(t, pos)
        if not m: raise Exception(f'{line}: code {c} not found in {t[:300]}')
        marks.append(m); pos = m.end()
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(t)
        seg = t[m.end():end].strip()
        for s in stops:
            idx = seg.find(s)
            if idx >= 0: seg = seg[:idx].strip()
        out.append((codes[k], seg))
    return out
