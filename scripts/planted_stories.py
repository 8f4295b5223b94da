#!/usr/bin/env python3
"""Planted stories of our own: invented towns and disasters told by three outlets in
different words, one outlet changed by +3 dead, +3 hurt or +3 days; prints how many
changes claimcheck reports as a conflict holding the changed figure, and how many
unchanged stories give any conflict (should be none).

    scripts/planted_stories.py BIN [--n 100] [--seed N] [-v]
    scripts/planted_stories.py BIN --n 100 --seed N --dump CASE KIND OUTLET   # writes one case to $TMPDIR/planted-story

Every text is generated here; nothing is read from any data set. Use a seed you have not
looked at to check a rule on wording it was not written for."""
import json, os, random, shutil, subprocess, sys, tempfile, datetime
from concurrent.futures import ThreadPoolExecutor
bin_=sys.argv[1]; verbose='-v' in sys.argv
seed=int(sys.argv[sys.argv.index('--seed')+1]) if '--seed' in sys.argv else 1
R=random.Random(seed)
W=['zero','one','two','three','four','five','six','seven','eight','nine']
EVENTS=[('a shooting','shooting','A gunman opened fire'),('a fire','fire','Flames tore through the building'),
        ('a bus crash','crash','A bus left the road'),('a building collapse','collapse','The upper floors gave way'),
        ('an explosion','explosion','A gas main blew apart'),('a stabbing attack','attack','A man armed with a knife attacked')]
PLACES=['Tarnby','Eskerfield','Molvik','Brennock','Saltmere','Orrington','Kelvar','Dunhollow','Ashgrove','Penmarrow']
SRC=['police','officials','the fire service','a hospital spokeswoman','the regional governor','emergency services']
K_T=[
 "{K} people were killed and {J} others were injured in {ev} in {pl} on {day}, {src} said.",
 "{Ev} in {pl} on {day} left {K} people dead and {J} injured, {src} said.",
 "{Src} said {K} people died and {J} were hurt in {ev} in {pl} on {day}.",
 "{Ev} killed {K} people and injured {J} others in {pl} on {day}, according to {src}.",
 "{Src} confirmed {K} deaths and {J} injuries after {ev} in {pl} on {day}.",
 "{Ev} in {pl} on {day} claimed {K} lives and injured {J} people, {src} said.",
 "{K} victims were pronounced dead at the scene of {ev} in {pl} on {day}, and {J} others were taken to hospital with injuries, {src} said.",
 "The death toll from {ev} in {pl} on {day} stands at {K}, {src} said, and {J} people were wounded.",
 "{Ev} in {pl} on {day} killed {K} and wounded {J}, {src} said.",
 "{K} people died when {lead_l} in {pl} on {day}, {src} said. {J2} others were injured.",
 "{Src} said {ev} broke out shortly before midnight on {day} in {pl}, killing {K} people and injuring {J}.",
 "{K} people, including a child, were killed and {J} were wounded in {ev} late on {day} in {pl}, {src} said.",
 "{Ev} in {pl} early on {day} left {K} dead. {Src} said {J} people were injured, two of them critically.",
 "At least {K} people were killed in {ev} in {pl} on {day}. {Src} said {J} others suffered injuries.",
 "{Src} reported {K} fatalities and {J} people injured in {ev} that happened around 10 p.m. {day} in {pl}.",
]
FILL=["Witnesses described scenes of panic as people ran from the street.",
 "The mayor of {pl} called it a dark day for the town and thanked the first responders.",
 "Roads around the site were closed for several hours while investigators worked.",
 "Neighbours said the area had been quiet for years.",
 "A vigil is planned for the weekend at the town hall in {pl}.",
 "Investigators have not said what caused the {noun}.",
 "Relatives gathered outside the hospital late into the night.",
]
def num(n,style): return W[n] if style=='w' and n<10 else str(n)
def cap(s): return s[0].upper()+s[1:]
def fmt_day(d,style):
    return d.strftime('%A') if style=='wd' else f"{d.strftime('%B')} {d.day}"
cases=[]
for n in range(int(sys.argv[sys.argv.index('--n')+1]) if '--n' in sys.argv else 60):
    ev,noun,lead=R.choice(EVENTS); pl=R.choice(PLACES); K=R.randint(2,6); J=R.choice([j for j in range(2,9) if j!=K])
    day=datetime.date(2022,R.randint(1,12),R.randint(1,25)); pub=day+datetime.timedelta(days=1)
    ts=R.sample(range(len(K_T)),3)
    outs=[]
    for o,t in enumerate(ts):
        ks=R.choice('wd'); dstyle=R.choice(['wd','md'])
        src=R.choice(SRC)
        fields=dict(ev=ev,Ev=cap(ev),pl=pl,src=src,Src=cap(src),lead_l=lead[0].lower()+lead[1:],noun=noun)
        outs.append((t,ks,dstyle,fields))
    cases.append((n,K,J,day,pub,outs))
def render(case,plant=None):
    n,K,J,day,pub,outs=case; docs=[]
    for o,(t,ks,dstyle,f) in enumerate(outs):
        k,j,d=K,J,day
        knew=jnew=dnew=None
        if plant and plant[0]==o:
            if plant[1]=='killed': k=None; knew=str(K+3)
            if plant[1]=='injured': j=None; jnew=str(J+3)
            if plant[1]=='date': d=day+datetime.timedelta(days=3); dnew=True
        Ks=knew or num(k,ks); Js=jnew or num(j,ks)
        ds=f"{d.strftime('%B')} {d.day}" if dnew else fmt_day(d,dstyle)
        text=K_T[t].format(K=Ks,J=Js,J2=cap(Js),day=ds,**f)
        text=text[0].upper()+text[1:]
        fill=" ".join(x.format(**f) for x in random.Random(n*10+o).sample(FILL,3))
        title=f"{cap(f['noun'])} in {f['pl']}"
        docs.append((f"outlet{o}.md",f"---\ntitle: \"{title}\"\npublished: {pub}\n---\n\n{text}\n\n{fill}\n"))
    return docs
def caught(rep,needle):
    cl={c['id']:c for c in rep['claims']}
    return any(g['status']=='conflict' and any(needle.lower() in (cl[i].get('text') or '').lower() for i in g['claims']) for g in rep['groups'])
def run(docs):
    tmp=tempfile.mkdtemp()
    try:
        for name,t in docs: open(os.path.join(tmp,name),'w').write(t)
        p=subprocess.run([bin_,tmp,'--format','json','--fail-on','none'],capture_output=True,text=True)
        return json.loads(p.stdout)
    finally: shutil.rmtree(tmp)
def one(arg):
    case,kind,o=arg
    n,K,J,day,pub,outs=case
    base=run(render(case)); false=sum(g['status']=='conflict' for g in base['groups'])
    rep=run(render(case,(o,kind)))
    d=day+datetime.timedelta(days=3)
    needle={'killed':str(K+3),'injured':str(J+3),'date':f"{d.strftime('%B')} {d.day}"}[kind]
    return kind,caught(rep,needle),false,case,o
jobs=[(c,k,R.randrange(3)) for c in cases for k in ('killed','injured','date')]
with ThreadPoolExecutor(2) as ex: res=list(ex.map(one,jobs))
from collections import Counter
for kind in ('killed','injured','date'):
    r=[x for x in res if x[0]==kind]; print(kind, sum(x[1] for x in r),'/',len(r))
fc=[x for x in res if x[2]]
print('unplanted runs with conflicts:', len({x[3][0] for x in fc}))
if verbose:
    for kind,ok,false,case,o in res:
        if not ok:
            n,K,J,day,pub,outs=case; t,ks,ds,f=outs[o]
            print('miss',kind,'case',n,'outlet',o,'template',t, 'others',[x[0] for x in outs])
    for x in fc[:10]: print('false',x[3][0])
if '--dump' in sys.argv:
    i=int(sys.argv[sys.argv.index('--dump')+1]); kind=sys.argv[sys.argv.index('--dump')+2]; o=int(sys.argv[sys.argv.index('--dump')+3])
    d=os.path.join(tempfile.gettempdir(),'planted-story'); shutil.rmtree(d,ignore_errors=True); os.makedirs(d)
    for name,t in render(cases[i],(o,kind)): open(os.path.join(d,name),'w').write(t)
