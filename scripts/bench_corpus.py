#!/usr/bin/env python3
"""Write a corpus of varied, news-sized articles for the benchmark (scripts/bench.sh).

    bench_corpus.py OUT N [SEED]

Every article is made from the templates below: stories of several outlets reporting
one event (a war, a fire, an election, a trial, a market move, a flood, a shooting),
each outlet with its own figures, date wording, sentence order, quotes and background.
The same OUT, N and SEED always give the same bytes. No text is taken from any corpus.
Files go to OUT/dNNN/NNNNNNN.txt, a thousand a folder.
"""

import os
import random
import sys

FIRST = """Anna Maria Olena Ivan Pedro Lucia Ahmed Fatima Kenji Yuki Samuel Grace
David Sarah Tomas Elena Mikhail Irina Carlos Sofia Omar Leila Jean Claire Hans Greta
Rahul Priya Kwame Ama Diego Paula Viktor Nadia Liam Emma Noah Olivia Chen Mei Jonas
Ingrid Marco Giulia Pierre Amelie Yusuf Zainab Andrei Oksana Patrick Brigid Juan Rosa
Hiroshi Akiko Tariq Amina Stefan Katarina Daniel Rachel Luis Carmen""".split()
LAST = """Kovalenko Garcia Smith Nakamura Okafor Haddad Schmidt Rossi Dubois Silva
Petrov Ivanova Mensah Chowdhury Kim Park Lopez Martin Novak Horvat Jensen Larsen
Moreau Costa Fernandes Yilmaz Demir Tanaka Sato Walker Brennan O'Neill Kowalski
Nowak Andersson Nilsson Mwangi Otieno Rahman Hussain Bauer Weber Fischer Romano
Bianchi Greco Herrera Castillo Morales Varga Toth Popescu Ionescu Shevchenko Bondarenko
Tkachenko Reyes Cruz Adeyemi Balogun Hoffmann""".split()
PLACES = [
    ("Kharkiv", "Kharkiv region", "Ukraine"), ("Odesa", "Odesa region", "Ukraine"),
    ("Kursk", "Kursk region", "Russia"), ("Belgorod", "Belgorod region", "Russia"),
    ("Aleppo", "Aleppo province", "Syria"), ("Mosul", "Nineveh province", "Iraq"),
    ("Khartoum", "Khartoum state", "Sudan"), ("Goma", "North Kivu", "Congo"),
    ("Sacramento", "California", "United States"), ("Phoenix", "Arizona", "United States"),
    ("Chicago", "Illinois", "United States"), ("Houston", "Texas", "United States"),
    ("Denver", "Colorado", "United States"), ("Atlanta", "Georgia", "United States"),
    ("Portland", "Oregon", "United States"), ("Miami", "Florida", "United States"),
    ("Athens", "Attica", "Greece"), ("Valencia", "Valencian Community", "Spain"),
    ("Marseille", "Provence", "France"), ("Naples", "Campania", "Italy"),
    ("Melbourne", "Victoria", "Australia"), ("Perth", "Western Australia", "Australia"),
    ("Vancouver", "British Columbia", "Canada"), ("Calgary", "Alberta", "Canada"),
    ("Lagos", "Lagos State", "Nigeria"), ("Nairobi", "Nairobi County", "Kenya"),
    ("Karachi", "Sindh", "Pakistan"), ("Dhaka", "Dhaka Division", "Bangladesh"),
    ("Manila", "Metro Manila", "Philippines"), ("Jakarta", "Java", "Indonesia"),
    ("Osaka", "Kansai", "Japan"), ("Busan", "South Gyeongsang", "South Korea"),
    ("Lima", "Lima Region", "Peru"), ("Santiago", "Santiago Metropolitan", "Chile"),
    ("Recife", "Pernambuco", "Brazil"), ("Monterrey", "Nuevo Leon", "Mexico"),
    ("Gdansk", "Pomerania", "Poland"), ("Hamburg", "Hamburg", "Germany"),
    ("Glasgow", "Scotland", "United Kingdom"), ("Manchester", "England", "United Kingdom"),
]
OUTLETS = """Reuters|The Associated Press|BBC News|Al Jazeera|The Guardian|Le Monde|
Deutsche Welle|The New York Times|The Washington Post|NPR|CNN|Kyiv Independent|
The Times of India|South China Morning Post|ABC News|CBC News|The Irish Times|
Daily Nation|El Pais|The Straits Times|Sky News|France 24|Euronews|The Local Ledger|
Evening Courier|Morning Herald|Valley Tribune|Coastal Gazette""".replace("\n", "").split("|")
MONTHS = """January February March April May June July August September October
November December""".split()
ABBR = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
ROLES = """spokesman|spokeswoman|governor|mayor|minister|police chief|fire chief|
prosecutor|judge|analyst|economist|commander|senator|official""".replace("\n", "").split("|")
ORGS = """the Interior Ministry|the Defence Ministry|the fire service|the police|
the electoral commission|the central bank|the health ministry|the regional
administration|the United Nations|the Red Cross|the prosecutor's office|the
army|the coast guard|the emergency service""".replace("\n", " ").split("|")
ORGS = [o.strip() for o in ORGS]
SPEECH = "said|told reporters|stated|added|said in a statement|wrote on social media".split("|")
NUMWORDS = "two three four five six seven eight nine ten eleven twelve".split()

TOPICS = {
    "war": {
        "title": ["{n_killed} killed as strikes hit {city}", "Attack on {city} leaves {n_killed} dead",
                  "Fighting intensifies near {city}", "{country} says troops repelled assault near {city}"],
        "lead": ["At least {n_killed} people were killed and {n_injured} wounded when missiles struck {city} on {when}, {org} said.",
                 "A strike on {city} killed {n_killed} civilians and injured {n_injured} others {when_rel}, according to {org}.",
                 "{n_troops} troops have been moved to the {region} since {when_month}, officials in {country} said."],
        "body": ["The attack damaged {n_small} apartment buildings and a school in the centre of {city}.",
                 "Rescue teams worked through the night to pull survivors from the rubble.",
                 "{org_cap} said air defences shot down {n_small} of the {n_mid} drones launched overnight.",
                 "Around {n_big} residents have fled the {region} since the fighting began.",
                 "The {role} said about {n_troops} soldiers were taking part in the offensive.",
                 "Satellite images published on {weekday} showed craters near the railway station.",
                 "The front line has barely moved for {n_small} months, analysts said.",
                 "Officials estimate that {n_big} homes in the {region} are without power.",
                 "A curfew from 10 p.m. to 6 a.m. remains in force in {city}."],
    },
    "fire": {
        "title": ["Wildfire near {city} forces {n_big} to flee", "Blaze destroys {n_mid} homes in {region}",
                  "Firefighters battle fire outside {city}", "Fire in {city} kills {n_killed}"],
        "lead": ["A wildfire burning near {city} has destroyed {n_mid} homes and forced about {n_big} people to evacuate since {when}, {org} said.",
                 "The fire, which started {when_rel} in hills east of {city}, has burned {n_area} hectares.",
                 "{n_killed} people died and {n_injured} were hurt when fire swept through a warehouse in {city} on {when}."],
        "body": ["More than {n_ff} firefighters and {n_small} aircraft are fighting the blaze.",
                 "The fire was {pct} percent contained by {weekday} evening.",
                 "Strong winds of up to {n_wind} kilometres per hour pushed the flames toward the suburbs.",
                 "Authorities opened {n_small} shelters in schools and sports halls across the {region}.",
                 "The cause of the fire is under investigation, the {role} said.",
                 "Smoke from the blaze was visible from {city2}, {n_km} kilometres away.",
                 "It is the worst fire season in the {region} since {year_old}.",
                 "Power was cut to about {n_big} customers as a precaution."],
    },
    "election": {
        "title": ["{person} wins {country} election", "Polls close in {country} as turnout tops {pct} percent",
                  "Runoff likely after tight vote in {country}", "Opposition disputes result in {region}"],
        "lead": ["{person} won {pct} percent of the vote in {when_rel}'s election, the electoral commission said on {weekday}.",
                 "Turnout reached {pct} percent, with {n_big} ballots cast across {n_mid} polling stations, officials said.",
                 "Voters in {country} went to the polls on {when} in an election seen as a test for the government."],
        "body": ["{person2} conceded defeat late on {weekday} night.",
                 "The ruling party is expected to hold {n_mid} of the {n_seats} seats in parliament.",
                 "Observers reported irregularities at {n_small} polling stations in {city}.",
                 "The new government will be sworn in on {date_future}.",
                 "About {n_big} people registered to vote for the first time.",
                 "The campaign focused on inflation, housing and the war in the region.",
                 "Counting was delayed in the {region} by a power outage."],
    },
    "trial": {
        "title": ["{person} sentenced to {n_small} years", "Jury finds {person} guilty", "Trial of {person} opens in {city}",
                  "Court in {city} hears final arguments"],
        "lead": ["A court in {city} sentenced {person} to {n_small} years in prison on {when} for fraud totalling ${n_money} million.",
                 "{person} was found guilty on {n_small} counts after a trial that lasted {n_small2} weeks, prosecutors said.",
                 "The trial of {person}, accused of taking ${n_money} million in bribes, opened {when_rel} in {city}."],
        "body": ["The jury deliberated for {n_small} days before reaching a verdict.",
                 "Prosecutors called {n_mid} witnesses during the trial.",
                 "Defence lawyers said they would appeal the verdict.",
                 "The judge ordered {person} to repay ${n_money} million to {n_big} investors.",
                 "{person2}, a former business partner, testified on {weekday} against the defendant.",
                 "The case was first reported in {year_old}.",
                 "Sentencing is set for {date_future}."],
    },
    "market": {
        "title": ["Shares fall as {country} cuts forecast", "Central bank raises rates to {pct_small} percent",
                  "Markets rally after inflation data", "{company} shares jump {pct_small} percent"],
        "lead": ["The central bank of {country} raised its key rate to {pct_small} percent on {when}, its {n_small}th increase in a row.",
                 "Shares in {company} jumped {pct_small} percent {when_rel} after the company reported revenue of ${n_money} million.",
                 "Inflation in {country} slowed to {pct_small} percent in {when_month}, the statistics office said."],
        "body": ["The main index closed {pct_small} percent lower at {n_index} points.",
                 "Analysts had expected a rise of {pct_small} percent.",
                 "{company} said it would cut {n_mid} jobs by the end of {year}.",
                 "The currency fell to its weakest level since {year_old}.",
                 "About ${n_money} billion was wiped off the value of listed companies.",
                 "The bank's next meeting is on {date_future}.",
                 "Unemployment stood at {pct_small} percent, with {n_big} people out of work."],
    },
    "flood": {
        "title": ["Floods in {region} kill {n_killed}", "Thousands evacuated as river bursts banks in {city}",
                  "Heavy rain floods {city}", "Flood toll rises to {n_killed} in {country}"],
        "lead": ["Floods in the {region} have killed {n_killed} people and left {n_missing} missing since {when}, {org} said.",
                 "About {n_big} people were evacuated from {city} {when_rel} as the river rose to {n_small} metres above normal.",
                 "Heavy rain that began on {when} has flooded {n_mid} villages around {city}."],
        "body": ["Soldiers were deployed to help with rescue work in {n_small} districts.",
                 "The river peaked at {n_small}.{n_digit} metres on {weekday} morning.",
                 "Some {n_big} homes were damaged, according to a preliminary count.",
                 "Forecasters warned of more rain over the next {n_small} days.",
                 "Roads between {city} and {city2} remain closed.",
                 "It is the worst flooding in the {region} since {year_old}."],
    },
    "shooting": {
        "title": ["{n_killed} shot dead in {city}", "Gunman opens fire at {venue} in {city}",
                  "Police name suspect in {city} shooting", "Shooting at {venue} leaves {n_injured} hurt"],
        "lead": ["{n_killed_w} people were killed and {n_injured} wounded when a gunman opened fire at a {venue} in {city} on {when}, police said.",
                 "A {age}-year-old man was arrested {when_rel} after a shooting at a {venue} in {city} that left {n_killed} dead.",
                 "Police in {city} said {n_injured} people were taken to hospital after shots were fired outside a {venue}."],
        "body": ["Officers arrived within {n_small} minutes of the first call.",
                 "Witnesses said they heard {n_small} or {n_small2} shots.",
                 "The suspect, {person2}, {age}, faces {n_small} counts of murder.",
                 "The victims were aged between {age_low} and {age}.",
                 "A vigil was held on {weekday} evening outside the {venue}.",
                 "The {role} said the motive was not yet known.",
                 "It was the {n_small}th shooting in {city} this year."],
    },
}
GENERIC = ["The {role} did not respond to a request for comment.",
           "{person2}, who lives nearby, said the area had been quiet until {weekday}.",
           "Local media reported that the number could rise.",
           "The figures could not be independently verified.",
           "{org_cap} is expected to publish a full report within {n_small} weeks.",
           "The government announced aid of ${n_money} million for the {region}.",
           "Schools in {city} will remain closed until {date_future}.",
           "A similar incident in {year_old} left {n_small} people dead.",
           "Officials in {city2} offered to send help.",
           "The story was updated on {weekday} with new figures from {org}."]
QUOTE_A = ["We are doing everything we can", "This is a tragedy for our whole country",
           "Nobody expected it to happen so fast", "We will not give up", "The situation remains very difficult",
           "We need more help from our partners", "People are frightened and exhausted",
           "The numbers are still changing", "Justice has been served today", "The market has already priced this in",
           "Every vote has been counted", "I have never seen anything like it"]
QUOTE_B = ["and we will keep going until the end", "but we need time", "and the next days will be decisive",
           "so we ask everyone to stay calm", "because lives are at stake", "and that is what matters",
           "but the work is far from over", "and we expect more news on {weekday}"]
# Prose without figures: most of a news article is context, not claims.
SUBJ = ["Residents", "Local officials", "Critics of the plan", "Aid groups", "Opposition leaders", "Business owners",
        "Neighbours", "Several witnesses", "Community leaders", "Teachers", "Doctors at the hospital", "Volunteers",
        "Investors", "Diplomats", "Lawyers for the families", "Farmers in the area", "Younger voters", "Commuters"]
VERB = ["have long complained about", "were still trying to understand", "called for an inquiry into",
        "spoke openly about", "expressed concern over", "had warned for years about", "are waiting for news of",
        "questioned the handling of", "praised the response to", "remain divided over", "pointed to",
        "struggled to explain"]
OBJ = ["the lack of information", "the slow response of the authorities", "the rising cost of living",
       "the state of the roads", "the way the decision was made", "the pressure on local hospitals",
       "rumours spreading online", "the future of the town", "the shortage of housing", "the role of the police",
       "the long delays", "what comes next", "the promises made during the campaign", "the risk of another disaster"]
TAIL = ["", "", " after the events of the past week", " in interviews this week", " at a meeting in the town hall",
        ", according to people familiar with the matter", " as the investigation continued",
        " while officials declined to comment", " in a region that has seen little investment"]


SYLL = "ka ro mi ve lan dor tes bri nu sha gol pe ria mon tu vak ler zo hin ber cal ost eny"
SYLL = SYLL.split()
JOBS = "nurse teacher driver student shopkeeper engineer farmer journalist volunteer mechanic".split()
# What makes each event its own: people and places that only its articles name.
EVENT = ["The {hood} district, near {street} Street, was the worst affected.",
         "{victim}, a {age}-year-old {job}, was among those caught up in the events.",
         "Relatives of {victim} gathered outside the {hood} community centre.",
         "The {outfit} group said it had sent teams to {hood}.",
         "{victim}'s family said they learned the news from neighbours on {street} Street.",
         "Footage shared by residents of {hood} showed crowds near the {outfit} office.",
         "The mayor of {hood} said the area would need months to recover."]


def coin(rng):
    return "".join(rng.choice(SYLL) for _ in range(rng.randint(2, 3))).capitalize()


def prose(rng):
    return f"{rng.choice(SUBJ)} {rng.choice(VERB)} {rng.choice(OBJ)}{rng.choice(TAIL)}."


VENUES = "nightclub school supermarket bar church parking lot festival shopping centre".split(" ")
COMPANIES = "Northwind Holdings|Apex Motors|Bluewater Energy|Kestrel Bank|Orion Foods|Helix Pharma|Summit Steel|Vega Telecom".split("|")


def fmt_int(n, rng):
    return f"{n:,}" if n >= 1000 and rng.random() < 0.8 else str(n)


def pick_date(rng):
    year = rng.randint(2012, 2025)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    return year, month, day


def write_date(rng, y, m, d):
    style = rng.randrange(5)
    if style == 0:
        return f"{MONTHS[m - 1]} {d}, {y}"
    if style == 1:
        return f"{ABBR[m - 1]} {d}"
    if style == 2:
        return f"{d} {MONTHS[m - 1]}"
    if style == 3:
        return f"{MONTHS[m - 1]} {d}"
    return f"{y}-{m:02d}-{d:02d}"


def weekday(y, m, d):
    import datetime

    return WEEKDAYS[datetime.date(y, m, d).weekday()]


def make_event(rng, eid):
    topic = rng.choice(sorted(TOPICS))
    city, region, country = rng.choice(PLACES)
    city2 = rng.choice(PLACES)[0]
    y, m, d = pick_date(rng)
    base = {
        "topic": topic, "city": city, "region": region, "country": country, "city2": city2,
        "date": (y, m, d),
        "n_killed": rng.choice([rng.randint(2, 12), rng.randint(10, 80), rng.randint(50, 400)]),
        "n_injured": rng.randint(3, 300), "n_missing": rng.randint(1, 60),
        "n_troops": rng.choice([1000, 3000, 5000, 8000, 10000, 12000, 20000]) + rng.choice([0, 0, 500]),
        "n_big": rng.randint(2, 900) * 100, "n_mid": rng.randint(11, 480), "n_area": rng.randint(200, 90000),
        "n_ff": rng.randint(40, 2500), "n_money": rng.randint(2, 950), "n_seats": rng.choice([120, 150, 200, 300, 450]),
        "n_index": rng.randint(1200, 38000), "pct": rng.randint(18, 81), "pct_small": round(rng.uniform(0.2, 9.9), 1),
        "person": f"{rng.choice(FIRST)} {rng.choice(LAST)}", "company": rng.choice(COMPANIES),
        "venue": rng.choice(VENUES), "age": rng.randint(17, 70),
        "officials": [(f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(ROLES)) for _ in range(3)],
        "quotes": [rng.choice(QUOTE_A) + " " + rng.choice(QUOTE_B) for _ in range(3)],
        "id": eid,
        "hood": coin(rng), "street": coin(rng), "outfit": coin(rng),
        "victim": f"{rng.choice(FIRST)} {coin(rng)}", "job": rng.choice(JOBS),
    }
    return base


def vary(rng, n, spread):
    """An outlet's version of a figure: mostly the same, sometimes rounded or disputed."""
    r = rng.random()
    if r < 0.6:
        return n
    if r < 0.8 and n > 20:
        return int(round(n, -1 if n < 1000 else -2))
    return max(1, int(n * rng.uniform(1 - spread, 1 + spread)))


def article(rng, ev, outlet):
    y, m, d = ev["date"]
    pub_shift = rng.randint(0, 3)
    import datetime

    pub = datetime.date(y, m, d) + datetime.timedelta(days=pub_shift)
    wd = weekday(y, m, d)
    when = rng.choice([wd, write_date(rng, y, m, d), f"{wd}, {write_date(rng, y, m, d)}"])
    when_rel = {0: "today", 1: "yesterday"}.get(pub_shift, f"on {wd}")
    fut = pub + datetime.timedelta(days=rng.randint(5, 90))
    official, role = rng.choice(ev["officials"])
    vals = dict(ev)
    vals.update({
        "when": when, "when_rel": when_rel, "when_month": MONTHS[m - 1], "weekday": rng.choice(WEEKDAYS),
        "date_future": write_date(rng, fut.year, fut.month, fut.day), "year": y, "year_old": rng.randint(1950, y - 1),
        "role": role, "org": rng.choice(ORGS), "person2": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "n_small": rng.randint(2, 19), "n_small2": rng.randint(2, 19), "n_digit": rng.randint(0, 9),
        "n_wind": rng.randint(30, 120), "n_km": rng.randint(5, 200), "age_low": rng.randint(15, 30),
    })
    vals["org_cap"] = vals["org"][0].upper() + vals["org"][1:]
    for k in ("n_killed", "n_injured", "n_troops", "n_big", "n_mid", "n_missing"):
        vals[k] = fmt_int(vary(rng, ev[k], 0.3), rng)
    vals["n_killed_w"] = (NUMWORDS[int(ev["n_killed"]) - 2].capitalize()
                          if int(ev["n_killed"]) <= 12 and rng.random() < 0.5 else vals["n_killed"])
    t = TOPICS[ev["topic"]]

    def fill(s):
        # Small figures, weekdays and old years change from sentence to sentence.
        vals.update({"n_small": rng.randint(2, 19), "n_small2": rng.randint(2, 19), "n_digit": rng.randint(0, 9),
                     "weekday": rng.choice(WEEKDAYS), "year_old": rng.randint(1950, y - 1),
                     "pct_small": round(rng.uniform(0.2, 9.9), 1) if rng.random() < 0.5 else ev["pct_small"]})
        return s.format(**vals)

    title = fill(rng.choice(t["title"]))
    sentences = [fill(s) for s in rng.sample(t["lead"], k=rng.randint(1, len(t["lead"])))]
    body = [fill(s) for s in rng.sample(t["body"], k=rng.randint(3, len(t["body"])))]
    body += [fill(s) for s in rng.sample(EVENT, k=rng.randint(2, 5))]
    body += [fill(s) for s in rng.sample(GENERIC, k=rng.randint(2, 5))]
    rng.shuffle(body)
    # Quotes: the event's words, as this outlet heard them.
    for q in rng.sample(ev["quotes"], k=rng.randint(1, 3)):
        words = fill(q).split()
        if rng.random() < 0.3 and len(words) > 4:
            words.pop(rng.randrange(1, len(words) - 1))
        verb = rng.choice(SPEECH)
        if rng.random() < 0.5:
            body.insert(rng.randrange(len(body) + 1), f'"{" ".join(words)}," {official}, the {role}, {verb}.')
        else:
            body.insert(rng.randrange(len(body) + 1), f'{official} {verb}: \u201c{" ".join(words)}.\u201d')
    # Background paragraphs pad the article to news size with more claims of other kinds.
    while sum(len(s) for s in sentences + body) < rng.randint(4200, 6400):
        other = TOPICS[rng.choice(sorted(TOPICS))]
        extra = dict(vals)
        oy, om, od = pick_date(rng)
        extra.update({"city": rng.choice(PLACES)[0], "when": write_date(rng, oy, om, od),
                      "n_killed": str(rng.randint(2, 90)), "n_big": fmt_int(rng.randint(2, 900) * 100, rng),
                      "person": f"{rng.choice(FIRST)} {rng.choice(LAST)}"})
        if rng.random() < 0.85:
            body.append(prose(rng))
            continue
        s = rng.choice(other["body"] + other["lead"])
        extra.update({"n_small": rng.randint(2, 19), "weekday": rng.choice(WEEKDAYS), "n_mid": rng.randint(11, 480)})
        body.append(s.format(**extra))
    sentences += body
    paras, i = [], 0
    while i < len(sentences):
        k = rng.randint(1, 3)
        paras.append(" ".join(sentences[i:i + k]))
        i += k
    head = [title, ""]
    style = rng.randrange(3)
    if style == 0:
        head += [f"Published: {pub.isoformat()}", ""]
    elif style == 1:
        paras[0] = f"{ev['city'].upper()}, {ABBR[pub.month - 1]} {pub.day} ({outlet}) - " + paras[0]
    else:
        head += [f"By {rng.choice(FIRST)} {rng.choice(LAST)}, {outlet}", f"{MONTHS[pub.month - 1]} {pub.day}, {pub.year}", ""]
    return "\n".join(head) + "\n" + "\n\n".join(paras) + "\n"


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out, n = sys.argv[1], int(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 13
    rng = random.Random(seed)
    written, eid = 0, 0
    while written < n:
        ev = make_event(rng, eid)
        eid += 1
        for outlet in rng.sample(OUTLETS, k=min(n - written, rng.randint(2, 6))):
            folder = os.path.join(out, f"d{written // 1000:03d}")
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, f"{written:07d}.txt"), "w", encoding="utf-8") as f:
                f.write(article(rng, ev, outlet))
            written += 1


if __name__ == "__main__":
    main()
