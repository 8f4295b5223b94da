//! Count reconciler tests: the sweep and the pair classes against every pair, on
//! generated claims.

use super::*;
use crate::model::{Claim, Document, Span};

/// A small deterministic generator, so failures reproduce.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

const TEXTS: [&str; 4] = [
    "Officials said 5 soldiers crossed the northern border overnight.",
    "The army said 5 soldiers crossed the border near the river.",
    "Another 5 soldiers were reported wounded in the capital.",
    "Police said 5 people attended the council meeting about parking.",
];

fn corpus(rng: &mut Lcg) -> (Vec<Document>, Vec<Claim>) {
    let docs: Vec<Document> = (0..4)
        .map(|d| Document::new(format!("{d}.txt"), format!("t/{d}.txt"), TEXTS[rng.next(4) as usize]))
        .collect();
    let n = 2 + rng.next(11) as usize;
    let claims = (0..n)
        .map(|_| {
            let doc = rng.next(4) as usize;
            let t = &docs[doc].text;
            let at = t.find('5').unwrap_or(0);
            let lo = rng.next(6) as f64 * 10.0;
            let (low, high) = match rng.next(4) {
                0 => (Some(lo), None),
                1 => (None, Some(lo)),
                2 => (Some(lo), Some(lo + rng.next(3) as f64 * 10.0)),
                _ => (Some(lo), Some(lo)),
            };
            let scope = ["", "", "in the north", "in the capital"][rng.next(4) as usize];
            Claim {
                doc,
                kind: Kind::Count,
                span: Span::new(at * rng.next(2) as usize, at + 1 + 9 * rng.next(2) as usize),
                sentence: Span::new(0, t.len()),
                subject: String::new(),
                attribution: [None, Some("officials"), Some("the army")][rng.next(3) as usize].map(String::from),
                value: Value::Count(CountValue {
                    point: low,
                    low,
                    high,
                    qualifier: "exact".into(),
                    unit: "soldier".into(),
                    scope: (!scope.is_empty()).then(|| scope.to_string()),
                    ..CountValue::default()
                }),
            }
        })
        .collect();
    (docs, claims)
}

/// The sweep links exactly the components that comparing every pair links.
#[test]
fn sweep_links_what_every_pair_links() {
    let mut rng = Lcg(7);
    for _ in 0..500 {
        let (docs, claims) = corpus(&mut rng);
        let ctx = Ctx::new(&docs, &claims);
        let members: Vec<usize> = (0..claims.len()).collect();
        let mut fast = UnionFind::new(members.len());
        link_overlapping(&ctx, &members, &mut fast);
        let mut slow = UnionFind::new(members.len());
        for a in 0..members.len() {
            for b in a + 1..members.len() {
                if ctx.independent(a, b) && overlaps(interval(value(&ctx, a)), interval(value(&ctx, b))) {
                    slow.union(a, b);
                }
            }
        }
        assert_eq!(fast.sets(), slow.sets(), "{claims:#?}");
    }
}

/// Comparing classes of members decides as comparing every pair does.
#[test]
fn classes_decide_as_every_pair_does() {
    let mut rng = Lcg(11);
    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..500 {
        let (docs, claims) = corpus(&mut rng);
        let ctx = Ctx::new(&docs, &claims);
        let members: Vec<usize> = (0..claims.len()).collect();
        let leads = intervals_by_doc(&ctx, &members, |i| ctx.in_lead(i));
        let story = tolls(&ctx);
        let bases = bases(&ctx, &story);
        let Story { tolls, .. } = story;
        let toll_sets = intervals_by_doc(&ctx, &members, |i| tolls.contains(&i));
        let perpetrators = perpetrator_units(&ctx);
        for specific in [false, true] {
            let (mut hard, mut soft) = (false, false);
            for a in 0..members.len() {
                for b in a + 1..members.len() {
                    let (va, vb) = (value(&ctx, a), value(&ctx, b));
                    if !ctx.independent(a, b) || overlaps(interval(va), interval(vb)) {
                        continue;
                    }
                    let same = jaccard(&context_words(&ctx, a), &context_words(&ctx, b)) >= SAME_CONTEXT;
                    let main_event = ctx.in_lead(a)
                        && ctx.in_lead(b)
                        && intersection(&context_words(&ctx, a), &context_words(&ctx, b)) >= 1
                        && leads_disagree(&leads, &ctx, a, b)
                        || (tolls.contains(&a)
                            && tolls.contains(&b)
                            && (ctx.in_lead(a) || ctx.in_lead(b))
                            && leads_disagree(&toll_sets, &ctx, a, b));
                    let (ia, ib) = (interval(va), interval(vb));
                    let named_pair = specific && !modifier_key(va).is_empty() && !modifier_key(vb).is_empty();
                    let one_apart = perpetrators.contains(va.unit.as_str())
                        && (ia.0 - ib.1).abs().min((ib.0 - ia.1).abs()) <= 1.0 + 1e-9;
                    if !scopes_comparable(va.scope.as_deref(), vb.scope.as_deref())
                        || one_apart
                        || is_partial(&ctx, a)
                        || is_partial(&ctx, b)
                        || crowded(&ctx, a)
                        || crowded(&ctx, b)
                        || !(named_pair || same || main_event)
                    {
                        soft = true;
                    } else {
                        hard = true;
                    }
                }
            }
            let (status, _) = decide(&ctx, &members, specific, &tolls, &bases, &perpetrators);
            let want = if hard {
                Status::Conflict
            } else if soft {
                Status::Unresolved
            } else {
                status
            };
            assert_eq!(status, want, "{claims:#?}");
            assert!(hard || soft || matches!(status, Status::Agree | Status::Resolved));
            seen.insert(format!("{status:?}"));
        }
    }
    // The generator reaches every outcome.
    assert_eq!(seen.len(), 4, "{seen:?}");
}
