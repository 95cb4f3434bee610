from lib import *
import re
def events(a=19720, b=21262):
    ev = []
    i = a - 1
    heading = None; sec = None
    while i < b:
        st = L[i].strip()
        hm = re.match(r'^#*\s*(6\.5\.1(?:\.\d+)+)\s+(.*)$', st)
        if hm: sec, heading = hm.group(1), clean(hm.group(2))
        if re.match(r'^- Identifier:?\s*$', st):
            # identifier on next non-empty line
            j = i + 1
            while not L[j].strip(): j += 1
            name = clean(L[j])
            # function
            k = j + 1
            while not re.match(r'^- Function:?\s*$', L[k].strip()): k += 1
            k += 1; parts = []
            while not L[k].strip().startswith('- '):
                if L[k].strip(): parts.append(L[k])
                k += 1
            ev.append({'name': name, 'section': sec, 'title': heading, 'meaning': clean(' '.join(parts)), 'line': j + 1})
            i = k; continue
        i += 1
    return ev
if __name__ == '__main__':
    e = events()
    for x in e: print(x['section'], x['name'], '|', x['title'], '|', x['meaning'][:90])
    print(len(e), len(set(x['name'] for x in e)))
