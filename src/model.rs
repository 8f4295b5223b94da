//! The types passed between pipeline stages: documents, spans, claims and their values.
//!
//! Every stage takes the previous stage's output and returns its own; none prints or
//! reads the environment. Offsets are byte offsets into `Document::text` and always
//! fall on char boundaries.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into a document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The span shifted right by `offset` bytes.
    pub fn shift(self, offset: usize) -> Span {
        Span::new(self.start + offset, self.end + offset)
    }

    /// Whether `other` lies inside this span.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Metadata a loader found for a document (front matter, JSON fields, HTML meta).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    /// Headline or title.
    pub title: Option<String>,
    /// The outlet.
    pub source: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// The publication date or date-time as written in the metadata.
    pub published: Option<String>,
    /// Byline.
    pub author: Option<String>,
}

/// One article as loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Path relative to the corpus root with `/` separators (`file.jsonl#3` for a line).
    pub id: String,
    /// The path as the user gave it (or a path under it), for `path:line:column`.
    pub path: String,
    /// The article text, decoded to UTF-8. Claim spans point into it.
    pub text: String,
    /// Where the body starts in `text` (after front matter), so extractors skip metadata.
    pub body_start: usize,
    /// Metadata found by the loader.
    pub meta: Meta,
}

impl Document {
    /// A document whose whole text is its body, without metadata: for tests and tools
    /// that build articles from strings (the loader fills in front matter itself).
    pub fn new(id: impl Into<String>, path: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            path: path.into(),
            text: text.into(),
            body_start: 0,
            meta: Meta::default(),
        }
    }

    /// The same document with a publication date in its metadata, as written there.
    #[must_use]
    pub fn published(mut self, date: impl Into<String>) -> Self {
        self.meta.published = Some(date.into());
        self
    }
}

/// A file or entry that could not be read, and why.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Skipped {
    /// The path as given or found.
    pub path: String,
    /// Why it was skipped, one line.
    pub reason: String,
}

/// The one list of claim kinds: each line names the [`Kind`] variant, the module that
/// handles it in `extract` and in `reconcile` (also its wire name), the type there that
/// implements `Extractor` and `Reconciler`, and its value type here. `for_each_kind!(m)`
/// calls the macro `m` with the list; this file builds [`Kind`] and [`Value`] from it,
/// `extract` and `reconcile` declare their modules and registries from it. A new kind is
/// a line here, its value type with its arms in `Value`'s `Display` and
/// `Value::from_exact_json`, and one file in each of `extract` and `reconcile`: the
/// compiler points at each of them.
macro_rules! for_each_kind {
    ($callback:ident) => {
        $callback! {
            /// A number of something.
            Count => count::Counts(CountValue),
            /// A date, duration or temporal reference.
            Date => date::Dates(DateValue),
            /// A location.
            Place => place::Places(PlaceValue),
            /// A direct quotation.
            Quote => quote::Quotes(QuoteValue),
        }
    };
}
pub(crate) use for_each_kind;

/// [`Kind`], its list and names, and [`Value`], from [`for_each_kind`].
macro_rules! kinds_and_values {
    ($($(#[$doc:meta])* $kind:ident => $module:ident :: $imp:ident($value:ident),)*) => {
        /// The kinds of claim.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum Kind {
            $($(#[$doc])* $kind,)*
        }

        impl Kind {
            /// Every kind, in wire order (the order of [`for_each_kind`]).
            pub const ALL: [Kind; [$(Kind::$kind),*].len()] = [$(Kind::$kind),*];

            /// The lowercase wire name.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Kind::$kind => stringify!($module),)*
                }
            }
        }

        /// The normalized value of a claim, by kind.
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        #[serde(untagged)]
        pub enum Value {
            $(
                #[doc = concat!("See [`", stringify!($value), "`].")]
                $kind($value),
            )*
        }
    };
}
for_each_kind!(kinds_and_values);

/// A count: an interval plus a point. `None` bounds are unbounded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct CountValue {
    /// The number as stated (for "between 2,000 and 3,000" the midpoint).
    #[serde(serialize_with = "whole_numbers")]
    pub point: Option<f64>,
    /// Lower bound of what the claim allows; `None` = unbounded.
    #[serde(serialize_with = "whole_numbers")]
    pub low: Option<f64>,
    /// Upper bound; `None` = unbounded.
    #[serde(serialize_with = "whole_numbers")]
    pub high: Option<f64>,
    /// exact, about, at_least, more_than, up_to, fewer_than, range, vague.
    pub qualifier: String,
    /// The normalized unit class: "troops", "killed", "injured", "usd", "percent", ...
    pub unit: String,
    /// The counted noun as written ("North Korean soldiers").
    pub noun: String,
    /// Modifiers kept from the noun phrase ("north korean").
    pub modifiers: Vec<String>,
    /// A per-unit figure ("6,000 each"): not a total.
    pub per_unit: bool,
    /// Where or when the count applies ("to Russia", "this month"), if stated.
    pub scope: Option<String>,
    /// A total derived from other figures ("two units of 6,000 each").
    pub derived: bool,
}

impl CountValue {
    /// Format a count for people: the qualifier and the number or range.
    pub fn amount(&self) -> String {
        let v = self;
        let n = |x: f64| {
            if x.fract() == 0.0 && x.abs() < 1e15 {
                let s = format!("{}", x as i64);
                let mut out = String::new();
                for (k, ch) in s.chars().enumerate() {
                    if k > 0 && (s.len() - k) % 3 == 0 && ch.is_ascii_digit() {
                        out.push(',');
                    }
                    out.push(ch);
                }
                out
            } else {
                format!("{x}")
            }
        };
        match (v.qualifier.as_str(), v.point, v.low, v.high) {
            ("range", _, Some(l), Some(h)) => format!("{}-{}", n(l), n(h)),
            ("vague", _, Some(l), Some(h)) => format!("{}-{}", n(l), n(h)),
            ("vague", _, Some(l), None) => format!("{}+", n(l)),
            ("exact", Some(p), _, _) => n(p),
            (q, Some(p), _, _) => format!("{} {}", q.replace('_', " "), n(p)),
            (_, None, Some(l), Some(h)) => format!("{}-{}", n(l), n(h)),
            (_, None, Some(l), None) => format!("{}+", n(l)),
            (_, None, None, Some(h)) => format!("up to {}", n(h)),
            _ => "?".into(),
        }
    }
}

/// Serialize whole numbers as JSON integers (`12000`, not `12000.0`), others as floats
/// rounded to 6 significant decimals so output is stable.
fn whole_numbers<S: serde::Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        None => s.serialize_none(),
        Some(x) if x.fract() == 0.0 && x.abs() < 9.0e15 => s.serialize_i64(*x as i64),
        Some(x) if x.is_finite() => s.serialize_f64((x * 1e6).round() / 1e6),
        Some(_) => s.serialize_none(),
    }
}

/// A date in TimeML TIMEX3 terms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct DateValue {
    /// TIMEX3 value (`2024-10-23`, `2024-10`, `2024-W43`, `P2Y`, `PAST_REF`), or `None` when
    /// the expression needs an anchor the document lacks.
    pub timex: Option<String>,
    /// day, week, month, quarter, season, year, decade, century, duration, reference.
    pub grain: String,
    /// TIMEX3 mod: MID, START, END, MORE_THAN, LESS_THAN, APPROX, ...
    #[serde(rename = "mod")]
    pub modifier: Option<String>,
    /// The anchor date used to resolve it (ISO), if any.
    pub anchor: Option<String>,
    /// Whether the expression is relative to the anchor ("Wednesday", "yesterday").
    pub relative: bool,
    /// TIMEX3 type: DATE, DURATION, TIME, SET.
    #[serde(rename = "type")]
    pub timex_type: String,
    /// An internal inconsistency ("Tuesday, October 23" when the 23rd is a Wednesday).
    pub inconsistency: Option<String>,
}

/// A place with its containment chain, innermost first after the name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct PlaceValue {
    /// Canonical name ("Kursk Oblast", "Russia", "Sudzha").
    pub name: String,
    /// Enclosing places, nearest first ("Kursk Oblast", "Russia").
    pub within: Vec<String>,
    /// country, region, city, area, or unknown (pattern match, not in the gazetteer).
    pub feature: String,
}

/// A direct quotation and its speaker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct QuoteValue {
    /// Canonical speaker name, a person or organisation as named in the text ("Vladimir
    /// Putin", "Red Cross"), or `None` when the text does not name one surely.
    pub speaker: Option<String>,
    /// The quoted words, without the quotation marks.
    pub quote: String,
    /// A scare quote or title ("fake news"), not a statement.
    pub term: bool,
    /// The role written with the speaker ("Treasury Secretary"), or the role phrase
    /// that stands for an unnamed speaker ("a senior administration official").
    #[serde(default)]
    pub role: Option<String>,
    /// How the speaker was found; `None` when there is no speaker.
    #[serde(default)]
    pub speaker_basis: Option<SpeakerBasis>,
}

/// How a quote's speaker was found. Only a speaker named in the attribution itself is
/// confident enough to make a misattribution conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerBasis {
    /// Named next to the quotation ("…,” Lee said"; a surname made full from the text).
    Named,
    /// A pronoun resolved to a person ("…,” she said").
    Pronoun,
    /// A role noun resolved to a person named with that role ("…,” the mayor said").
    Role,
    /// An unattributed quotation continuing the previous speaker's remarks.
    Continuation,
}

/// A claim's value in a few words, for people: `12,000 troops each [to Russia]`,
/// `2024-10-23 MID`, `Sudzha < Kursk Oblast < Russia`, `said by Vladimir Putin`.
impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Count(c) => {
                let per = if c.per_unit { " each" } else { "" };
                let scope = c.scope.as_deref().map(|s| format!(" [{s}]")).unwrap_or_default();
                write!(f, "{} {}{per}{scope}", c.amount(), c.unit)
            }
            Value::Date(d) => {
                f.write_str(d.timex.as_deref().unwrap_or("unresolved"))?;
                match d.modifier.as_deref() {
                    Some(m) => write!(f, " {m}"),
                    None => Ok(()),
                }
            }
            Value::Place(p) => {
                f.write_str(&p.name)?;
                for w in &p.within {
                    write!(f, " < {w}")?;
                }
                Ok(())
            }
            Value::Quote(q) => write!(f, "said by {}", q.speaker.as_deref().unwrap_or("unknown")),
        }
    }
}

impl Value {
    /// The value as an extract stream writes it: a count's numbers exactly (the report
    /// rounds them), every other kind as in the report.
    pub(crate) fn to_exact_json(&self) -> Result<serde_json::Value, serde_json::Error> {
        match self {
            Value::Count(v) => serde_json::to_value(Exact(v.clone())),
            other => serde_json::to_value(other),
        }
    }

    /// A claim's value of `kind` read back from an extract stream ([`Value::to_exact_json`]).
    /// Beside the type, so that a new kind adds its arm here.
    pub(crate) fn from_exact_json(kind: Kind, value: serde_json::Value) -> Result<Value, serde_json::Error> {
        Ok(match kind {
            Kind::Count => Value::Count(serde_json::from_value::<Exact>(value)?.0),
            Kind::Date => Value::Date(serde_json::from_value(value)?),
            Kind::Place => Value::Place(serde_json::from_value(value)?),
            Kind::Quote => Value::Quote(serde_json::from_value(value)?),
        })
    }
}

/// [`CountValue`] with its numbers written exactly.
#[derive(Serialize, Deserialize)]
#[serde(remote = "CountValue")]
struct ExactCount {
    point: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    qualifier: String,
    unit: String,
    noun: String,
    modifiers: Vec<String>,
    per_unit: bool,
    scope: Option<String>,
    derived: bool,
}

#[derive(Serialize, Deserialize)]
struct Exact(#[serde(with = "ExactCount")] CountValue);

/// One checkable claim in one document.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// Index of the document in the corpus.
    pub doc: usize,
    /// What kind of claim.
    pub kind: Kind,
    /// The surface form's bytes in the document.
    pub span: Span,
    /// The containing sentence.
    pub sentence: Span,
    /// What is counted / dated / located / who is quoted, for people.
    pub subject: String,
    /// Who asserts it; `None` when the outlet states it itself.
    pub attribution: Option<String>,
    /// The normalized value.
    pub value: Value,
}

impl Claim {
    /// The surface text of the claim in `doc`.
    pub fn text<'a>(&self, doc: &'a Document) -> &'a str {
        doc.text.get(self.span.start..self.span.end).unwrap_or("")
    }
}

/// A group's status, ordered from least to most severe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Same value, same form.
    Agree,
    /// Cannot be decided.
    Unresolved,
    /// Forms differ, values agree after normalization.
    Resolved,
    /// Quotes match in substance, differ in wording.
    Variant,
    /// Values cannot both be true.
    Conflict,
}

impl Status {
    /// The lowercase wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Agree => "agree",
            Status::Unresolved => "unresolved",
            Status::Resolved => "resolved",
            Status::Variant => "variant",
            Status::Conflict => "conflict",
        }
    }
}

/// One side of a conflict: a value, the claims that give it, and who stands behind them.
#[derive(Debug, Clone, PartialEq)]
pub struct Side {
    /// The value as people read it ("12,000 troops", "2024-10-23").
    pub value: String,
    /// Indices into the claim list, sorted.
    pub claims: Vec<usize>,
    /// The sources of those claims (attribution, else the outlet), in first-seen order.
    pub sources: Vec<String>,
}

/// Claims of one kind about one subject from at least two documents or sources.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimGroup {
    /// The story the group belongs to (index into the run's stories).
    pub story: usize,
    /// The kind shared by all member claims.
    pub kind: Kind,
    /// A human label for what the group is about.
    pub subject: String,
    /// Indices into the claim list, sorted.
    pub claims: Vec<usize>,
    /// The decision.
    pub status: Status,
    /// One line a person can check against the spans.
    pub explanation: String,
    /// A conflict's sides, most supported first (empty for other statuses).
    pub sides: Vec<Side>,
    /// A conflict's claims that fit every side ("at least 3,000", "thousands").
    pub compatible: Vec<usize>,
}
