//! The editor's edits (`model::edit`), checked on random sequences (proptest): every
//! edit either gives a valid story or is refused;
//! the result round-trips through JSON; merged over a fresh extraction, it still
//! validates, keeps every edited speaker and never brings an absorbed actor back.

use dramatis::model::edit::{apply, Edit, RELATION_KINDS};
use dramatis::model::{merge, parse_story, validate, ActorKind, QuoteKind, Story};
use proptest::prelude::*;

/// A small story with a tree, quotes and relations, the start of every sequence.
fn base() -> Story {
    let mut actors = Vec::new();
    for i in 0..7 {
        let parent = match i {
            0 | 4 => "null".to_string(),
            1..=3 => "\"a0\"".to_string(),
            _ => format!("\"a{}\"", i - 1),
        };
        actors.push(format!(r#"{{"id":"a{i}","name":"Actor {i}","aliases":["A{i}"],"parent":{parent}}}"#));
    }
    let quotes: Vec<String> =
        (0..8).map(|i| format!(r#"{{"id":"q{i}","text":"words {i}","paragraph":{i},"speaker":"a{}"}}"#, i % 7)).collect();
    let json = format!(
        r#"{{"actors":[{}],"quotes":[{}],"relations":[{{"source":"a1","target":"a2","kind":"opposes"}},{{"source":"a5","target":"a1","kind":"leads"}}]}}"#,
        actors.join(","),
        quotes.join(",")
    );
    parse_story(&json).unwrap()
}

/// Ids that exist at the start, plus some that never exist or appear later.
fn actor_id() -> impl Strategy<Value = String> {
    prop_oneof![(0..8usize).prop_map(|i| format!("a{i}")), Just("new-name".to_string()), Just("actor".to_string())]
}

fn edit() -> impl Strategy<Value = Edit> {
    let quote = (0..9usize).prop_map(|i| format!("q{i}"));
    prop_oneof![
        (quote.clone(), prop::option::of(actor_id())).prop_map(|(quote, speaker)| Edit::Reassign { quote, speaker }),
        (quote.clone(), prop_oneof![Just("New Name".to_string()), Just("<b>x</b>".to_string()), Just(" ".to_string()), any::<String>()])
            .prop_map(|(quote, name)| Edit::ReassignToNew { quote, name, kind: ActorKind::Group }),
        (quote, any::<bool>()).prop_map(|(quote, t)| Edit::SetKind { quote, kind: if t { QuoteKind::Term } else { QuoteKind::Speech } }),
        (actor_id(), actor_id()).prop_map(|(from, into)| Edit::Merge { from, into }),
        (actor_id(), prop::option::of(actor_id())).prop_map(|(actor, parent)| Edit::Move { actor, parent }),
        (actor_id(), actor_id(), 0..RELATION_KINDS.len() + 1).prop_map(|(source, target, k)| {
            Edit::Relate { source, target, kind: RELATION_KINDS.get(k).map_or("bogus".to_string(), |k| k.to_string()) }
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_edits_keep_the_story_valid(edits in prop::collection::vec(edit(), 0..30)) {
        let mut story = base();
        let mut expected_speakers = std::collections::HashMap::new();
        for e in &edits {
            if let Ok(next) = apply(&story, e) {
                {
                    story = next;
                    prop_assert!(validate(&story).is_ok(), "{e:?} gave an invalid story: {:?}", validate(&story));
                    if let Edit::Reassign { quote, speaker } = e {
                        expected_speakers.insert(quote.clone(), speaker.clone());
                    }
                    if let Edit::Merge { from, into } = e {
                        for s in expected_speakers.values_mut() {
                            if s.as_deref() == Some(from.as_str()) {
                                *s = Some(into.clone());
                            }
                        }
                    }
                    if let Edit::ReassignToNew { quote, .. } = e {
                        expected_speakers.insert(quote.clone(), story.actors.last().map(|a| a.id.clone()));
                    }
                }
            }
        }
        let again = parse_story(&story.to_json_pretty()).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        prop_assert_eq!(&again, &story);

        // Published as `src` over a fresh extraction of the same article.
        let merged = merge(base(), story.clone());
        prop_assert!(validate(&merged).is_ok(), "merged: {:?}", validate(&merged));
        for a in &story.actors {
            for m in &a.merged {
                prop_assert!(merged.actor(m).is_none(), "absorbed {m} came back");
            }
        }
        for (quote, speaker) in &expected_speakers {
            let q = merged.quotes.iter().find(|q| &q.id == quote).unwrap();
            prop_assert_eq!(&q.speaker, speaker);
        }
        prop_assert_eq!(merged.quotes.len(), base().quotes.len());
    }
}
