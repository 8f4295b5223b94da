#!/usr/bin/env python3
"""Make the HTML and JSON Lines versions of fixtures/seeds used by the format tests.

Each .txt article becomes fixtures/seeds-html/NAME.html (one <p> per paragraph inside
<article>, with navigation, an ad block and a footer around it, as scraped pages have)
and one line of fixtures/seeds-jsonl/seeds.jsonl. Run from the repository root.
"""
import html, json, os, sys

src = "fixtures/seeds"
os.makedirs("fixtures/seeds-html", exist_ok=True)
os.makedirs("fixtures/seeds-jsonl", exist_ok=True)
lines = []
for name in sorted(os.listdir(src)):
    if not name.endswith(".txt"):
        continue
    text = open(os.path.join(src, name), encoding="utf-8").read()
    paras = [p.strip() for p in text.split("\n") if p.strip()]
    body = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paras)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Seed article {name[:3]}</title></head>
<body>
<nav class="menu"><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article>
{body}
</article>
<aside class="ad">Advertisement: subscribe for 1 dollar a week</aside>
<footer>Copyright. All rights reserved.</footer>
</body></html>
"""
    with open(os.path.join("fixtures/seeds-html", name[:-4] + ".html"), "w", encoding="utf-8") as f:
        f.write(page)
    lines.append(json.dumps({"id": name, "text": text}, ensure_ascii=False))
with open("fixtures/seeds-jsonl/seeds.jsonl", "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print(f"wrote {len(lines)} articles", file=sys.stderr)
