//! Attribution and actor patterns of wire and analysis writing, end to end through
//! `extract`, each on invented sentences (no article of the dev or held-out sets).
//! One test per general pattern; the rules live in `src/extract/` and `data/`.

mod common;
use common::*;

#[test]
fn lowercase_title_before_the_name_in_an_inverted_frame() {
    let s = story(&["Austria tightened its checks on Monday.", "\"The border stays open for trade,\" interior ministry spokeswoman Dora Kessler said at a briefing."]);
    assert_eq!(speaker(&s, "The border stays open"), Some("Dora Kessler".into()));
}

#[test]
fn its_president_names_the_state_before_and_speaks_after_a_colon() {
    let s = story(&["Norway protested at once. Its prime minister, Ola Brekke, called the fine \"absurd\" and said in a radio interview: \"We will not pay a single krone of it.\""]);
    assert_eq!(speaker(&s, "We will not pay"), Some("Ola Brekke".into()));
    assert_eq!(parent(&s, "Ola Brekke"), Some("Norway".into()));
}

#[test]
fn state_and_title_then_the_name_in_apposition() {
    let s = story(&["The Chilean Foreign Minister, Rosa Ibanez, accused Lima of \"moving the goalposts once again.\""]);
    assert_eq!(speaker(&s, "moving the goalposts"), Some("Rosa Ibanez".into()));
    assert_eq!(parent(&s, "Rosa Ibanez"), Some("Chile".into()));
    assert!(has_rel(&s, "Rosa Ibanez", "Peru", "criticizes"), "{:?}", rels(&s));
}

#[test]
fn participle_after_a_reporting_verb_keeps_its_subject() {
    let s = story(&["Brazilian President Marcos Leal met both envoys. Brazil is listening, not deciding, Leal said later, adding: \"Both neighbours deserve a fair hearing.\""]);
    assert_eq!(speaker(&s, "Both neighbours"), Some("Marcos Leal".into()));
}

#[test]
fn an_outlet_after_according_to_reports_the_subject_of_the_verb() {
    let s = story(&["Kenyan Interior Minister Paul Otieno told lawmakers that the camps \"must close by the end of June,\" according to the state broadcaster KBC."]);
    assert_eq!(speaker(&s, "must close"), Some("Paul Otieno".into()));
}

#[test]
fn an_agency_quoting_him_as_saying_gives_the_quote_to_him() {
    let s = story(&["\"We are not leaving,\" Prime Minister Jon Varga said on Monday. The state news agency later quoted him as saying that the plan was \"a gift to the smugglers.\""]);
    assert_eq!(speaker(&s, "a gift to the smugglers"), Some("Jon Varga".into()));
}

#[test]
fn quote_paragraph_after_reported_speech_continues_that_speaker() {
    let s = story(&[
        "Lena Moss, a fellow at the Lowy Institute, said the deal was fragile.",
        "\"Nobody has signed anything yet. Everyone is still counting the votes.\"",
    ]);
    assert_eq!(speaker(&s, "Nobody has signed"), Some("Lena Moss".into()));
    assert_eq!(parent(&s, "Lena Moss"), Some("Lowy Institute".into()));
}

#[test]
fn the_official_takes_up_an_earlier_unnamed_official() {
    let s = story(&["A senior Thai police officer, speaking on condition of anonymity, said smugglers had adapted. \"They move at night now, in smaller boats,\" the officer said."]);
    assert_eq!(speaker(&s, "They move at night"), Some("Senior Thai police officer".into()));
    assert_eq!(parent(&s, "Senior Thai police officer"), Some("Thailand".into()));
}

#[test]
fn an_unnamed_speaker_keeps_the_complement_that_places_him() {
    let s = story(&["\"Nobody wants to choose sides in this,\" said a diplomat from an ASEAN member state."]);
    assert_eq!(speaker(&s, "Nobody wants"), Some("Diplomat from an ASEAN member state".into()));
    assert_eq!(parent(&s, "Diplomat from an ASEAN member state"), Some("Association of Southeast Asian Nations".into()));
}

#[test]
fn a_name_before_two_descriptive_asides_is_the_subject() {
    let s = story(&["Marta Ruiz, a Spanish lawmaker who sits in the Renew Group, the liberal caucus, argued that the rules were \"written for the lobbyists.\""]);
    assert_eq!(speaker(&s, "written for the lobbyists"), Some("Marta Ruiz".into()));
}

#[test]
fn a_possessor_inside_a_relative_clause_is_no_antecedent() {
    let s = story(&[
        "Marta Ruiz, a Spanish lawmaker, spoke first.",
        "The Renew Group, which pushed Karl Obst's party out of its ranks, agreed with her. \"We need a vote this week,\" she said.",
    ]);
    assert_eq!(speaker(&s, "We need a vote"), Some("Marta Ruiz".into()));
}

#[test]
fn an_organisation_described_as_backed_by_a_state() {
    let s = story(&["Meridian Ports, the Qatari-backed terminal operator, won the bid for the harbour."]);
    assert_eq!(actor_kind(&s, "Meridian Ports"), "Organization");
    assert_eq!(parent(&s, "Meridian Ports"), Some("Qatar".into()));
    assert!(has_rel(&s, "Qatar", "Meridian Ports", "backs"), "{:?}", rels(&s));
}

#[test]
fn an_outlet_belongs_to_the_state_that_owns_it() {
    let s = story(&["Egypt's state news agency Nile Wire reported the arrests on Sunday."]);
    assert_eq!(parent(&s, "Nile Wire"), Some("Egypt".into()));
}

#[test]
fn lowercase_national_ministry_and_its_spokesperson() {
    let s = story(&["Kenya's foreign ministry summoned the envoy. \"We regret the decision,\" foreign ministry spokesperson Amos Waweru said."]);
    assert_eq!(parent(&s, "Kenya's Foreign Ministry"), Some("Kenya".into()));
    assert_eq!(parent(&s, "Amos Waweru"), Some("Kenya's Foreign Ministry".into()));
    assert_eq!(speaker(&s, "We regret"), Some("Amos Waweru".into()));
}

#[test]
fn its_institution_is_part_of_the_organisation_before() {
    let s = story(&["The Harbour Authority said its Pilotage Directorate would reopen on Monday."]);
    assert_eq!(parent(&s, "Pilotage Directorate"), Some("Harbour Authority".into()));
}

#[test]
fn a_chunk_of_acronyms_is_an_institution() {
    let s = story(&["Officials from DG TRADE said the tariffs would stay."]);
    assert_eq!(actor_kind(&s, "DG TRADE"), "Organization");
}

#[test]
fn meeting_talks_backing_and_shuttling_cues() {
    let s = story(&[
        "Egypt moved to back Sudan within a week.",
        "Portuguese Foreign Minister Ana Pires held talks with Chinese Foreign Minister Li Wen and with Indian Foreign Minister Raj Mehta.",
        "Senegalese President Omar Sy met with Kenyan President Paul Kibet in Nairobi.",
        "The envoy Tom Hale spent the week shuttling between Kenya and Somalia.",
    ]);
    assert!(has_rel(&s, "Egypt", "Sudan", "allied_with"), "{:?}", rels(&s));
    assert!(has_rel(&s, "Ana Pires", "Li Wen", "negotiates_with"), "{:?}", rels(&s));
    assert!(has_rel(&s, "Ana Pires", "Raj Mehta", "negotiates_with"), "{:?}", rels(&s));
    assert!(has_rel(&s, "Omar Sy", "Paul Kibet", "meets"), "{:?}", rels(&s));
    assert!(has_rel(&s, "Tom Hale", "Somalia", "mediates"), "{:?}", rels(&s));
}

#[test]
fn bloc_membership_from_the_knowledge_base() {
    let s = story(&["Vietnam raised the shoal at the ASEAN meeting, and Brazil stayed away."]);
    assert!(has_rel(&s, "Vietnam", "Association of Southeast Asian Nations", "member_of"), "{:?}", rels(&s));
    assert!(!has_rel(&s, "Brazil", "Association of Southeast Asian Nations", "member_of"), "{:?}", rels(&s));
}

#[test]
fn a_minister_under_the_head_of_government_also_serves_the_state() {
    let s = story(&["Norwegian Prime Minister Ola Brekke and Norwegian Foreign Minister Kari Lund spoke in Oslo."]);
    assert_eq!(parent(&s, "Kari Lund"), Some("Ola Brekke".into()));
    assert!(has_rel(&s, "Kari Lund", "Norway", "member_of"), "{:?}", rels(&s));
}

#[test]
fn a_knowledge_base_body_keeps_the_article_spelling() {
    let s = story(&["Fighters from al-Shabaab attacked the base at dawn."]);
    let a = s.actors.iter().find(|a| a.name == "al-Shabab").expect("al-Shabab");
    assert!(a.aliases.iter().any(|x| x == "al-Shabaab"), "{:?}", a.aliases);
}

#[test]
fn talks_and_war_between_two_parties() {
    let s = story(&["Peace talks between Colombia and the National Liberation Army resumed, while the war between Ethiopia and Eritrea loomed."]);
    assert!(has_rel(&s, "Colombia", "National Liberation Army", "negotiates_with"), "{:?}", rels(&s));
    assert!(has_rel(&s, "Ethiopia", "Eritrea", "opposes"), "{:?}", rels(&s));
}

#[test]
fn a_mediator_named_in_a_passive_clause() {
    let s = story(&["The exchange, mediated by Qatar, returned 90 soldiers to Armenia and 90 to Azerbaijan."]);
    assert!(has_rel(&s, "Qatar", "Armenia", "mediates"), "{:?}", rels(&s));
    assert!(has_rel(&s, "Qatar", "Azerbaijan", "mediates"), "{:?}", rels(&s));
}

#[test]
fn a_state_commissioner_after_a_possessive() {
    let s = story(&["Ukraine's human rights commissioner, Oksana Melnyk, said \"every prisoner must come home this year.\""]);
    assert_eq!(speaker(&s, "every prisoner"), Some("Oksana Melnyk".into()));
    assert_eq!(parent(&s, "Oksana Melnyk"), Some("Ukraine".into()));
}

#[test]
fn spanish_institution_head_words() {
    let s = story(&["The Defensoría del Pueblo warned that the Frente Sur had recruited minors."]);
    assert_eq!(actor_kind(&s, "Frente Sur"), "Organization");
}

// ---- Round 2 of issue 3: partial names, pronoun chains, descriptions, bodies ----

#[test]
fn a_given_name_or_titled_given_name_joins_the_one_full_name() {
    let s = story(&[
        "Jordan's Foreign Minister Karim al-Nouri met Sheikh Walid al-Tamimi in Amman on Monday.",
        "\"We are closer than we have been for a year,\" Karim told reporters. \"Nobody will be excluded,\" Sheikh Walid said.",
    ]);
    assert_eq!(speaker(&s, "We are closer"), Some("Karim al-Nouri".into()));
    assert_eq!(speaker(&s, "Nobody will be"), Some("Walid al-Tamimi".into()));
}

#[test]
fn a_given_name_shared_by_two_persons_joins_neither() {
    let s = story(&["Karim al-Nouri and Karim Haddad met in Amman.", "\"It went well,\" Karim told reporters."]);
    let who = speaker(&s, "It went well");
    assert_ne!(who.as_deref(), Some("Karim al-Nouri"));
    assert_ne!(who.as_deref(), Some("Karim Haddad"));
}

#[test]
fn a_name_ending_in_a_particle_surname_after_a_dash() {
    let s = story(&["Libya's Interior Minister Salem al-Ghariani visited the port. \"No corridor for smugglers, not now and not later\" — Salem al-Ghariani, speaking at the quay."]);
    assert_eq!(speaker(&s, "No corridor"), Some("Salem al-Ghariani".into()));
}

#[test]
fn a_lowercase_particle_surname_opens_an_inverted_frame() {
    let s = story(&["Faisal al-Harbi, the Saudi mediator, met both delegations. \"Our task was to make sure nobody lost face,\" al-Harbi told reporters."]);
    assert_eq!(speaker(&s, "Our task was"), Some("Faisal al-Harbi".into()));
}

#[test]
fn a_pronoun_chain_skips_the_objects_of_the_same_pronoun_sentence() {
    let s = story(&[
        "Lena Varga, a former labour minister, has been just as firm. She has accused Tomas Berg of preparing \"a coup in disguise.\"",
        "\"They want to call us the thieves,\" she told supporters on Saturday.",
    ]);
    assert_eq!(speaker(&s, "They want to call"), Some("Lena Varga".into()));
}

#[test]
fn then_opening_a_sentence_is_no_speaker() {
    let s = story(&["\"My son says the other side will win,\" Rosa Campos said, laughing. Then she turned serious: \"Whoever wins, I want peace.\""]);
    assert_eq!(speaker(&s, "Whoever wins"), Some("Rosa Campos".into()));
}

#[test]
fn a_plural_acronym_is_a_group() {
    let s = story(&["\"The hearing was a farce,\" MEPs said afterwards."]);
    assert_eq!(actor_kind(&s, "MEPs"), "Group");
}

#[test]
fn a_connector_in_a_capitalised_run_names_no_person() {
    let s = story(&["Deputies pressed Anton Weiss on China for an hour. Supporters of Weiss rallied outside."]);
    assert!(s.actors.iter().all(|a| a.name != "Anton Weiss on China"), "{:?}", s.actors.iter().map(|a| &a.name).collect::<Vec<_>>());
    assert_eq!(actor_kind(&s, "Supporters of Weiss"), "Group");
}

#[test]
fn a_description_stops_before_its_predicate() {
    let s = story(&["Syrian Foreign Minister Omar Haddad signed the text. In an interview with a Gulf newspaper, the foreign minister went further, saying Damascus expected Baghdad to \"control every armed group on its soil.\""]);
    assert_eq!(speaker(&s, "control every armed"), Some("Omar Haddad".into()));
}

#[test]
fn a_state_named_description_takes_up_that_states_person() {
    let s = story(&["Mohammed Nasser, Qatar's minister of state, told reporters the talks had ended well. The Qatari envoy added that Doha had no wish to \"replace anyone at the table.\""]);
    assert_eq!(speaker(&s, "replace anyone"), Some("Mohammed Nasser".into()));
}

#[test]
fn welcome_reports_speech() {
    let s = story(&["Foreign Ministry spokesman Reza Tavakoli welcomed \"any step that brings calm to our neighbours,\" but added that patience was thin."]);
    assert_eq!(speaker(&s, "any step that brings"), Some("Reza Tavakoli".into()));
}

#[test]
fn a_possessed_title_then_the_name_after_an_inverted_verb() {
    let s = story(&["Esteban Mora led the count. \"The officers were promoted by the people in power,\" said Mora's campaign manager, Julia Pardo."]);
    assert_eq!(speaker(&s, "The officers were"), Some("Julia Pardo".into()));
}

#[test]
fn a_phrase_renaming_the_quote_is_no_frame() {
    let s = story(&["In Washington, the State Department urged both sides to \"finish the count without delay,\" a message U.S. diplomats have repeated in private."]);
    assert_eq!(speaker(&s, "finish the count"), Some("State Department".into()));
}

#[test]
fn a_plural_noun_after_a_hyphenated_modifier_is_no_verb() {
    let s = story(&["Marta Ruiz is a political scientist. Ruiz argued that the crisis, in which dozens died in post-election protests, \"taught every party a lesson about the count.\""]);
    assert_eq!(speaker(&s, "taught every party"), Some("Marta Ruiz".into()));
}

#[test]
fn a_parenthesised_acronym_before_a_relative_clause() {
    let s = story(&["The International Labour Organization (ILO), which has long pressed Dhaka on unions, urged \"all parties to return to the wage board.\""]);
    assert_eq!(speaker(&s, "all parties to return"), Some("International Labour Organization".into()));
}

#[test]
fn a_hyphenated_place_modifier_and_a_name_particle() {
    let s = story(&["The Lisbon-based rights group Casa o Povo Livre (CPL) condemned the killings, saying in a statement that \"force against unarmed workers is never justified.\""]);
    let who = speaker(&s, "force against unarmed").unwrap_or_default();
    assert!(who.contains("Povo Livre"), "{who}");
}

#[test]
fn an_organisations_body_named_by_lowercase_words() {
    let s = story(&["The Organization of American States (OAS) electoral observation mission, led by Laura Benavides, said in a preliminary report that voting had been \"peaceful and well organized.\""]);
    assert_eq!(speaker(&s, "peaceful and well"), Some("OAS electoral observation mission".into()));
    assert_eq!(parent(&s, "OAS electoral observation mission"), Some("Organization of American States".into()));
}

#[test]
fn an_opening_participle_aside_and_a_verb_after_then() {
    let s = story(&["Karl Hudak faced the committee for three hours. For Hudak, the lesson is personal. Asked by a reporter whether he had underestimated the committee, he paused, then said: \"Perhaps. But I am still here.\""]);
    assert_eq!(speaker(&s, "Perhaps. But"), Some("Karl Hudak".into()));
}

#[test]
fn a_paragraph_may_end_on_a_name_after_an_of_phrase() {
    // The chunk refiner looks one token past each chunk; the last chunk has none.
    let s = story(&["Dana Yousef of the Levant Strategy Centre met John Smith"]);
    assert!(s.actors.iter().any(|a| a.name == "John Smith"), "{:?}", s.actors);
}

#[test]
fn he_never_takes_up_a_woman_named_by_her_given_name() {
    let s = story(&["Ingrid Solberg, a Norwegian lawmaker, questioned Tomas Ekdahl for an hour. She asked him whether he would step down. He refused. \"I have nothing to hide,\" he said."]);
    assert_eq!(speaker(&s, "I have nothing to hide"), Some("Tomas Ekdahl".into()));
}

#[test]
fn a_courtesy_title_marks_the_gender() {
    let s = story(&["Tunde Bakare and Ola Adeyemi met the press on Friday. Mrs Adeyemi spoke first. \"We need more cranes,\" he said."]);
    assert_eq!(speaker(&s, "We need more cranes"), Some("Tunde Bakare".into()));
}

#[test]
fn a_she_after_the_introduction_marks_the_gender() {
    let s = story(&["Chidi Okafor runs the harbour office. She has worked there for a decade. Okafor met Emeka Nwosu on Monday. \"We need more cranes,\" he said."]);
    assert_eq!(speaker(&s, "We need more cranes"), Some("Emeka Nwosu".into()));
}

#[test]
fn her_before_an_infinitive_is_an_object_not_the_possessive_of_the_name_before() {
    // "X told her to sign" says nothing of X's gender: "her" is the object.
    let s = story(&["Prosecutors say the governor, Teodoro Balta, told her to sign the contract. Balta denies it.", "\"I never gave such an order,\" he said."]);
    assert_eq!(speaker(&s, "I never gave such an order"), Some("Teodoro Balta".into()));
    // Near miss: a possessive after the name still marks the gender.
    let s = story(&["Prosecutors say the governor, Teodoro Balta, raised her voice at the hearing. Balta and Ivo Ruml left together.", "\"I never gave such an order,\" he said."]);
    assert_eq!(speaker(&s, "I never gave such an order"), Some("Ivo Ruml".into()));
}

#[test]
fn an_accented_given_name_marks_the_gender_as_the_unaccented_one_does() {
    let s = story(&["Lucía Ferrante and Tomo Ridl spoke after the vote. \"It was a fair count,\" he said."]);
    assert_eq!(speaker(&s, "It was a fair count"), Some("Tomo Ridl".into()));
    // Near miss: with "she", the woman named first speaks.
    let s = story(&["Lucía Ferrante and Tomo Ridl spoke after the vote. \"It was a fair count,\" she said."]);
    assert_eq!(speaker(&s, "It was a fair count"), Some("Lucía Ferrante".into()));
}

#[test]
fn bare_question_and_answer_paragraphs_after_a_questioning_alternate_turns() {
    let intro = "Under cross-examination, the defence lawyer, Tomas Ferrer, pressed Ines Marek on why she had signed the order herself.";
    let s = story(&[intro, "\"Did my client ever give you that instruction in writing?\"", "\"No. He never wrote anything down.\"", "\"So all we have is your word.\"", "\"My word and the contract,\" Marek replied."]);
    assert_eq!(speaker(&s, "Did my client ever"), Some("Tomas Ferrer".into()));
    assert_eq!(speaker(&s, "No. He never wrote"), Some("Ines Marek".into()));
    assert_eq!(speaker(&s, "So all we have"), Some("Tomas Ferrer".into()));
    assert_eq!(speaker(&s, "My word and the contract"), Some("Ines Marek".into()));
    // Near miss: no questioning before the run; one speaker's paragraphs carry over.
    let s = story(&["Tomas Ferrer, the defence lawyer, met Ines Marek before the hearing. Ferrer said later that the case was weak.", "\"Did anyone ever see that instruction in writing?\"", "\"Nobody did, and nobody will.\""]);
    assert_eq!(speaker(&s, "Nobody did"), Some("Tomas Ferrer".into()));
    // Near miss: a run that does not open with a question is one speaker's.
    let s = story(&[intro, "\"I signed it because I was told to.\"", "\"Nobody ever wrote anything down.\""]);
    assert_eq!(speaker(&s, "I signed it because"), speaker(&s, "Nobody ever wrote"));
}

#[test]
fn a_name_inside_an_opening_participle_clause_is_no_antecedent() {
    let s = story(&["Government spokesman Piet Olsen briefed reporters on Monday. Asked whether Kiri Tane would resign, he said: \"We do not comment on rumours.\""]);
    assert_eq!(speaker(&s, "We do not comment"), Some("Piet Olsen".into()));
}

#[test]
fn a_pronoun_candidate_that_cannot_fit_is_not_made_an_actor() {
    let s = story(&["For an hour, MEPs pressed Tomas Ekdahl on the tariffs. \"I will follow the evidence,\" he said."]);
    assert_eq!(speaker(&s, "I will follow"), Some("Tomas Ekdahl".into()));
    assert!(!s.actors.iter().any(|a| a.name == "MEPs"), "{:?}", s.actors.iter().map(|a| &a.name).collect::<Vec<_>>());
}

#[test]
fn a_recap_after_the_quote_names_its_speaker() {
    let s = story(&["The harbour stayed shut for a week.", "\"We have lost the whole season.\" Those were the words of Yusuf Hamdan, a fisherman in Sur."]);
    assert_eq!(speaker(&s, "We have lost the whole"), Some("Yusuf Hamdan".into()));
    let s = story(&["\"Nobody listens to the camps.\" So says Leyla Aras, who runs a clinic near the border."]);
    assert_eq!(speaker(&s, "Nobody listens"), Some("Leyla Aras".into()));
}

#[test]
fn the_sentence_after_an_unframed_quote_reports_its_speaker() {
    let s = story(&["The harbour has been closed since May.", "\"We sold the boats in June.\" Yusuf Hamdan, a fisherman, says the port may never reopen."]);
    assert_eq!(speaker(&s, "We sold the boats"), Some("Yusuf Hamdan".into()));
}

#[test]
fn an_unframed_quote_after_a_persons_introduction_is_theirs() {
    let s = story(&["Rosa Quispe, a farmer from Puno, has seen three droughts in ten years.", "\"Every year the river is lower. Every year the promises are bigger.\""]);
    assert_eq!(speaker(&s, "Every year the river"), Some("Rosa Quispe".into()));
    let s = story(&["The valley is dry. Rosa Quispe has farmed it for forty years. \"Every year the river is lower.\""]);
    assert_eq!(speaker(&s, "Every year the river"), Some("Rosa Quispe".into()));
}

#[test]
fn a_description_then_the_name_in_apposition_after_the_quote() {
    let s = story(&["\"We have ninety people on deck,\" the ship's master, Greta Lindahl, said on Friday."]);
    assert_eq!(speaker(&s, "We have ninety"), Some("Greta Lindahl".into()));
    let s = story(&["The Fourth Regiment patrols the river. \"We will hold the bridge,\" a spokesman for the regiment, Captain Amadou Sow, said."]);
    assert_eq!(speaker(&s, "We will hold the bridge"), Some("Amadou Sow".into()));
}

#[test]
fn a_possessor_that_is_no_person_leaves_the_reporting_verb_before_it() {
    let s = story(&["Norway's trade minister, Kari Lund, said in Oslo that her country wanted to be Iceland's \"closest partner in the north.\""]);
    assert_eq!(speaker(&s, "closest partner"), Some("Kari Lund".into()));
}

#[test]
fn a_gerund_after_a_preposition_is_not_the_reporting_verb() {
    let s = story(&["\"We were never consulted,\" said Tomas Ekdahl, the party's leader. He accused the premier of writing the budget \"in a room with two people in it.\""]);
    assert_eq!(speaker(&s, "in a room with two"), Some("Tomas Ekdahl".into()));
}

#[test]
fn an_asked_whether_clause_opens_no_subject() {
    let s = story(&["Kiri Tane denied any link to the case. Asked whether he hoped to lead the party, he smiled. \"I am a fisherman's son. I can wait,\" he said."]);
    assert_eq!(speaker(&s, "I am a fisherman"), Some("Kiri Tane".into()));
    assert!(!s.actors.iter().any(|a| a.name == "Asked"), "{:?}", s.actors.iter().map(|a| &a.name).collect::<Vec<_>>());
}

#[test]
fn a_sentence_renaming_the_quote_names_its_speaker() {
    let s = story(&["\"The council has run out of friends and out of time.\" The verdict came from Ilse Brandt, who leads the opposition bloc."]);
    assert_eq!(speaker(&s, "The council has run out"), Some("Ilse Brandt".into()));
}

#[test]
fn the_statement_said_is_whoever_issued_the_statement() {
    let s = story(&["The Coast Guard of Norland, which patrols the strait, said in a statement that the trawler had ignored orders. \"The vessel chose its own course,\" the statement said."]);
    assert_eq!(speaker(&s, "The vessel chose"), Some("Coast Guard of Norland".into()));
    assert!(!s.actors.iter().any(|a| a.name == "Statement"));
}

#[test]
fn the_spokesperson_takes_up_the_unnamed_one_just_introduced() {
    let s = story(&[
        "Felipe Arroyo, the bank's spokesperson, spoke on Monday.",
        "A spokesperson for the Harbour Authority said it was in contact with both towns. \"We call on both mayors to meet,\" the spokesperson said.",
    ]);
    assert_eq!(speaker(&s, "We call on both"), Some("Spokesperson for the Harbour Authority".into()));
    assert_eq!(parent(&s, "Spokesperson for the Harbour Authority"), Some("Harbour Authority".into()));
}

#[test]
fn a_description_actor_keeps_the_articles_wording_and_its_institution() {
    let s = story(&["The Karak Police sealed the road. A senior police official in Karak, who asked not to be named, said officers had held back. \"We fired into the air,\" the official said."]);
    let a = s.actors.iter().find(|a| a.name == "Senior police official in Karak").expect("the description's actor");
    assert!(a.aliases.iter().any(|x| x == "A senior police official in Karak"), "{:?}", a.aliases);
    assert_eq!(parent(&s, "Senior police official in Karak"), Some("Karak Police".into()));
}

#[test]
fn a_crowd_placed_nowhere_is_of_the_home_state() {
    let s = story(&["Peru's congress met late on Monday. Outside, the crowd chanted \"Count every vote!\""]);
    assert_eq!(speaker(&s, "Count every vote"), Some("Crowd".into()));
    assert_eq!(parent(&s, "Crowd"), Some("Peru".into()));
}

#[test]
fn a_quote_completing_the_reported_clause_is_speech() {
    let s = story(&["Andrea Villa met the envoys at the border. Villa said the exchange \"went as planned.\""]);
    assert_eq!(speaker(&s, "went as planned"), Some("Andrea Villa".into()));
}

#[test]
fn a_courtesy_title_makes_a_lone_surname_a_person() {
    let s = story(&["The coalition wobbled on Tuesday. Mr Kittipong said the vote \"must wait until the budget passes.\""]);
    assert_eq!(actor_kind(&s, "Kittipong"), "Person");
    assert_eq!(speaker(&s, "must wait until"), Some("Kittipong".into()));
}

#[test]
fn a_role_noun_before_a_party_keeps_the_person() {
    let s = story(&["Lena Ortiz, a lawmaker from the Green party, criticised the plan."]);
    assert_eq!(actor_kind(&s, "Lena Ortiz"), "Person");
}

#[test]
fn a_question_opening_auxiliary_is_no_acronym() {
    let s = story(&["The Islamic State lost its last town in 2019. Is the Islamic State still a threat? Analysts disagree."]);
    let is = s.actors.iter().find(|a| a.name == "Islamic State").expect("the group");
    assert!(!is.aliases.iter().any(|x| x == "Is"), "{:?}", is.aliases);
}

#[test]
fn the_opening_words_of_a_full_name_are_that_person() {
    let s = story(&["Abu Hussein al-Saadi leads the group. Abu Hussein said the fighters were \"ready to hold the line for months.\""]);
    assert_eq!(speaker(&s, "ready to hold"), Some("Abu Hussein al-Saadi".into()));
    assert!(!s.actors.iter().any(|a| a.name == "Abu Hussein"));
}

#[test]
fn a_numbered_unit_keeps_its_number() {
    let s = story(&["The Norland Army's 13 Brigade moved north on Friday."]);
    assert!(!s.actors.iter().any(|a| a.name == "Brigade"), "{:?}", s.actors.iter().map(|a| &a.name).collect::<Vec<_>>());
    assert_eq!(actor_kind(&s, "13 Brigade"), "Organization");
    assert_eq!(parent(&s, "13 Brigade"), Some("Norland Army".into()));
}

#[test]
fn a_verb_running_straight_into_a_sentence_quote_frames_it() {
    let s = story(&["At the rally, Tomas Brenner said \"We want our jobs back\" while Eva Lindqvist said \"We want the truth first.\""]);
    assert_eq!(speaker(&s, "We want our jobs"), Some("Tomas Brenner".into()));
    assert_eq!(speaker(&s, "We want the truth"), Some("Eva Lindqvist".into()));
    let s = story(&["Rafael Quintero insisted \"The dam is safe,\" but Lucia Mendez replied that \"nobody has inspected it in years.\""]);
    assert_eq!(speaker(&s, "The dam is safe"), Some("Rafael Quintero".into()));
    assert_eq!(speaker(&s, "nobody has inspected"), Some("Lucia Mendez".into()));
    // A Title Case label after a naming verb is no utterance.
    let s = story(&["The army called \"Operation Northern Shield\" a success."]);
    assert!(s.quotes.iter().all(|q| q.speaker.is_none()), "{:?}", s.quotes);
}

#[test]
fn quoted_as_saying_in_the_passive_gives_the_subject() {
    let s = story(&["Interior Minister Bakhyt Serikov was quoted as saying there would be \"no amnesty for the organisers.\""]);
    assert_eq!(speaker(&s, "no amnesty"), Some("Bakhyt Serikov".into()));
    let s = story(&["The port's director, Ines Carvalho, was quoted by Lusa as saying the cranes were \"older than most of the dockers.\""]);
    assert_eq!(speaker(&s, "older than most"), Some("Ines Carvalho".into()));
}

#[test]
fn last_week_opening_a_sentence_is_no_name() {
    let s = story(&[
        "Piotr Zielinski has run the cooperative since 2015. He was fined twice by the regulator.",
        "Last week he blocked the road to the quarry for a day.",
        "\"Nobody consulted the village,\" he said.",
    ]);
    assert_eq!(speaker(&s, "Nobody consulted"), Some("Piotr Zielinski".into()));
    let s = story(&["Next month she takes the case to Strasbourg, said Ana Ribeiro's lawyer, Joao Pinto. \"She will not give up,\" he said."]);
    assert!(!s.actors.iter().any(|a| a.name == "Next"), "{:?}", names(&s));
}

#[test]
fn a_commitment_after_a_modal_is_the_subjects() {
    // A capital standing for its state, then a modal, then the quoted commitment.
    let s = story(&["Ghana and Togo signed the accord in Lome. In return, Accra would \"open its northern crossings to Togolese traders\" within a year."]);
    assert_eq!(speaker(&s, "open its northern"), Some("Ghana".into()));
    let s = story(&["The Baltic Fishing Association met the regulator on Friday. Under the compromise, the Baltic Fishing Association will \"halve its cod quota for two seasons.\""]);
    assert_eq!(speaker(&s, "halve its cod"), Some("Baltic Fishing Association".into()));
    // A clause whose subject is not the whole clause quotes someone else.
    let s = story(&["Critics in Lima fear the Peruvian government will \"crush every last protest in the south.\""]);
    assert_ne!(speaker(&s, "crush every"), Some("Peru".into()));
}

#[test]
fn a_reporting_noun_owned_by_the_speaker() {
    let s = story(&["The opposition seized on Henrik Dahl's remarks that \"nobody will be prosecuted for the shootings.\""]);
    assert_eq!(speaker(&s, "nobody will be"), Some("Henrik Dahl".into()));
    let s = story(&["Diplomats in Nairobi dismissed Tanzania's repeated claim that the checkpoint was \"a purely civilian facility.\""]);
    assert_eq!(speaker(&s, "a purely civilian"), Some("Tanzania".into()));
}

#[test]
fn a_state_speaking_through_its_ministry_is_the_ministry() {
    let s = story(&["Austria, which holds the rotating chair, said through its foreign ministry that it was \"in close touch with both capitals\" and would host talks."]);
    assert_eq!(speaker(&s, "in close touch"), Some("Austria's Foreign Ministry".into()));
    assert_eq!(parent(&s, "Austria's Foreign Ministry"), Some("Austria".into()));
    let s = story(&["The Andean Miners Federation said via its legal department that the ruling was \"a licence to poison the rivers.\""]);
    assert_eq!(speaker(&s, "a licence to poison"), Some("Andean Miners Federation's Legal Department".into()));
}

#[test]
fn the_agent_of_a_passive_reporting_verb_speaks() {
    let s = story(&["The sanctions, it was stated by Foreign Minister Hana Novak, would \"remain in force until the last prisoner is freed.\""]);
    assert_eq!(speaker(&s, "remain in force"), Some("Hana Novak".into()));
    let s = story(&["The reform, described by the Uruguayan economist Martin Ferreyra as \"a tax on the poor dressed up as fairness,\" passed on Thursday."]);
    assert_eq!(speaker(&s, "a tax on the poor"), Some("Martin Ferreyra".into()));
}

#[test]
fn a_quote_running_on_from_mid_paragraph_continues_its_speaker() {
    let s = story(&[
        "\"We have nine days of fuel left,\" the convoy's leader, Ruta Kalnina, said on Tuesday. \"After that the trucks stop where they stand.",
        "\"Nobody at the border has given us a reason, and nobody has given us a date.\"",
    ]);
    let q = s.quotes.iter().find(|q| q.text.starts_with("After that")).expect("one quote over both paragraphs");
    assert!(q.text.contains("given us a date"), "{:?}", q.text);
    assert_eq!(speaker(&s, "After that"), Some("Ruta Kalnina".into()));
    let s = story(&[
        "\"The harvest is lost,\" said Okello Mwangi, a farmer near Kisumu. \"The river came up in one night.",
        "\"We waited for the boats until the morning.\"",
    ]);
    assert_eq!(speaker(&s, "The river came up"), Some("Okello Mwangi".into()));
}

#[test]
fn a_subject_pronoun_right_before_the_verb_is_its_subject() {
    let s = story(&["Senator Rosa Quispe has kept her distance from the feud. In an open letter published on Friday she wrote that the split was \"a present to our enemies.\""]);
    assert_eq!(speaker(&s, "a present to our"), Some("Rosa Quispe".into()));
    let s = story(&[
        "The miners' leader, Tomasz Wrobel, runs the union from a room above a bakery. Standing by the pit gate, he gave me what sounded like a sermon:",
        "\"They closed the mines and called it progress. We called it the end of our town.\"",
    ]);
    assert_eq!(speaker(&s, "They closed the mines"), Some("Tomasz Wrobel".into()));
    assert!(!s.actors.iter().any(|a| a.name.starts_with("He ")), "{:?}", names(&s));
}

#[test]
fn an_earlier_same_pronoun_in_the_sentence_keeps_its_antecedent() {
    let s = story(&[
        "\"They sold the river to the highest bidder,\" Dolores Acuna tells the farmers. Everyone in the room knows she means Governor Beatriz Salas, the former ally whom she now calls \"the woman who forgot us.\"",
    ]);
    assert_eq!(speaker(&s, "the woman who forgot"), Some("Dolores Acuna".into()));
    let s = story(&["Ilkka Virtanen told the court he was innocent, and he repeated that the charges were \"a political order from the capital.\""]);
    assert_eq!(speaker(&s, "a political order"), Some("Ilkka Virtanen".into()));
}

#[test]
fn an_adverb_opening_the_sentence_and_another_description() {
    let s = story(&[
        "Back at the harbour, as the boats come in, a fisherman named Kwame Asante mends his net. \"The catch gets smaller every year,\" he said.",
    ]);
    assert_eq!(speaker(&s, "The catch gets"), Some("Kwame Asante".into()));
    let s = story(&["Another resident, who gave his name only as Tariq, said the militia had burned the market. \"They took everything we had,\" he said."]);
    assert_eq!(speaker(&s, "They took everything"), Some("Tariq".into()));
    assert!(!s.actors.iter().any(|a| a.name == "Another"), "{:?}", names(&s));
}

#[test]
fn a_post_then_the_name_in_apposition_speaks() {
    let s = story(&["A spokesman for the Slovak Mining Union, Milan Horvat, said: \"The mine will close in June.\""]);
    assert_eq!(speaker(&s, "The mine will close"), Some("Milan Horvat".into()));
    let s = story(&["The EU special representative for the Sahel, Joao Cravinho, criticised Bamako for expelling the monitors \"without a word of warning to its partners.\""]);
    assert_eq!(speaker(&s, "without a word"), Some("Joao Cravinho".into()));
}

#[test]
fn a_charge_renaming_the_quote_is_no_frame() {
    let s = story(&["Interior Minister Farid Haddad went further than the police, accusing Algeria of arming the smugglers through \"its networks in the south,\" a charge Algiers dismissed as \"absurd and insulting.\""]);
    assert_eq!(speaker(&s, "its networks in"), Some("Farid Haddad".into()));
    let s = story(&["Senator Ruth Okonjo said the contract had been \"written by the bidder itself,\" an allegation the ministry rejected on Monday."]);
    assert_eq!(speaker(&s, "written by the bidder"), Some("Ruth Okonjo".into()));
}

#[test]
fn the_former_minister_takes_up_the_person_described_after_the_name() {
    let s = story(&[
        "Luis Vega, who served as finance minister until March, spoke at a forum in Quito.",
        "\"This budget is a fantasy from start to finish,\" the former minister told reporters.",
    ]);
    assert_eq!(speaker(&s, "This budget is"), Some("Luis Vega".into()));
    let s = story(&["Grace Achieng, a judge on the appeals court until 2021, led the inquiry. \"The evidence was never examined,\" the judge said."]);
    assert_eq!(speaker(&s, "The evidence was"), Some("Grace Achieng".into()));
}

#[test]
fn an_age_description_takes_up_the_person_just_mentioned() {
    let s = story(&["Kaveh Rostami was released on Sunday after two years in Evin prison. \"I did not expect to see my children again,\" the 64-year-old said."]);
    assert_eq!(speaker(&s, "I did not expect"), Some("Kaveh Rostami".into()));
    let s = story(&["Mariam Traore runs a clinic outside Bamako.", "\"We have not had insulin since May,\" the 38-year-old told reporters."]);
    assert_eq!(speaker(&s, "We have not had"), Some("Mariam Traore".into()));
}

#[test]
fn a_given_name_spelled_like_a_state_or_body_then_a_surname_is_a_person() {
    let s = story(&["\"The ceasefire will not survive the winter,\" said Israel Gomez, a researcher at the Bogota Peace Institute."]);
    assert_eq!(speaker(&s, "The ceasefire will not"), Some("Israel Gomez".into()));
    let s = story(&["\"Both capitals are hostage to the same militia,\" said Jordan Whitaker, an analyst at the Sahel Policy Forum."]);
    assert_eq!(speaker(&s, "Both capitals"), Some("Jordan Whitaker".into()));
    // The state itself still speaks.
    let s = story(&["\"We will not negotiate under fire,\" Israel said in a statement."]);
    assert_eq!(speaker(&s, "We will not negotiate"), Some("Israel".into()));
}

#[test]
fn a_speech_act_still_to_come_leaves_the_quote_to_the_source() {
    let s = story(&["According to a senior African Union official, the mediator will propose a calendar of technical talks, and a summit only \"when there is a text worth signing.\""]);
    assert_eq!(speaker(&s, "when there is a text"), Some("Senior African Union official".into()));
    let s = story(&["Carla Mendes said the electoral commission would announce the results \"only after the last ballot box reaches the capital.\""]);
    assert_eq!(speaker(&s, "only after the last"), Some("Carla Mendes".into()));
}

#[test]
fn an_aside_renaming_the_opening_place_is_no_subject() {
    let s = story(&["In Goma, the provincial capital, a crowd gathered outside the stadium, chanting \"Peace now, peace for Kivu!\""]);
    assert_eq!(speaker(&s, "Peace now"), Some("Crowd".into()));
    let s = story(&["At Mersin, the largest port on the coast, dockworkers blocked the gates, shouting \"No wages, no ships!\""]);
    assert_eq!(speaker(&s, "No wages"), Some("Dockworkers".into()));
}

#[test]
fn an_embedded_post_signs_with_a_handle_and_a_date_after_the_dash() {
    let s = story(&["“The ferries stay in port until the fuel tax is gone.” — Coastal Ferry Guild (@ferryguild) March 2, 2026"]);
    assert_eq!(speaker(&s, "The ferries stay"), Some("Coastal Ferry Guild".into()));
    let s = story(&["“We counted every ballot twice.” ― Marta Quispe (@mquispe) 12 June 2025"]);
    assert_eq!(speaker(&s, "We counted"), Some("Marta Quispe".into()));
    // A parenthesis followed by a whole clause is no signature.
    let s = story(&["“It is over.” — Marta Quispe (the mayor) then left the hall without taking questions from anyone at all."]);
    assert_ne!(speaker(&s, "It is over"), Some("Marta Quispe".into()));
}

#[test]
fn a_capitals_only_acronym_never_matches_a_mixed_case_name() {
    // "SANA" (the Syrian agency) is in the knowledge base; "Sana" is a given name.
    let s = story(&["Sana Farouk, an economist in Cairo, said the deal would not hold."]);
    assert!(names(&s).contains(&&"Sana Farouk".to_string()), "{:?}", names(&s));
    assert!(!names(&s).contains(&&"Syrian Arab News Agency".to_string()), "{:?}", names(&s));
    let s = story(&["SANA reported the strike on Tuesday. Sana Idris, a lawyer in Beirut, disputed the account."]);
    assert_eq!(actor_kind(&s, "Sana Idris"), "Person");
    let agency = s.actors.iter().find(|a| a.name == "Syrian Arab News Agency").expect("the agency");
    assert!(!agency.aliases.iter().any(|x| x == "Sana"), "{:?}", agency.aliases);
}

#[test]
fn a_sentence_opening_negation_or_adverb_is_no_part_of_a_name() {
    let s = story(&["Ruth Okafor and Daniel Bello met in Abuja. Neither Okafor nor Bello spoke afterwards."]);
    assert!(!names(&s).iter().any(|n| n.starts_with("Neither")), "{:?}", names(&s));
    let s = story(&["Ruth Okafor and Daniel Bello met in Abuja. Unlike Bello, Okafor stayed for the vote."]);
    assert!(!names(&s).iter().any(|n| n.starts_with("Unlike")), "{:?}", names(&s));
}

#[test]
fn a_demonym_for_an_ethnicity_is_no_state() {
    let s = story(&["Ethnic Hungarian mayors walked out, the Slovak government said."]);
    assert!(!names(&s).contains(&&"Hungary".to_string()), "{:?}", names(&s));
    let s = story(&["Police in Kyrgyzstan met ethnic Uzbek community leaders in Osh."]);
    assert!(!names(&s).contains(&&"Uzbekistan".to_string()), "{:?}", names(&s));
}

#[test]
fn an_acronym_after_its_expansion_with_or() {
    let s = story(&["Attacks by Harakat-e-Nasr Balochistan, or HNB, rose sharply last year. The HNB denied any role."]);
    let a = s.actors.iter().find(|a| a.name == "Harakat-e-Nasr Balochistan").unwrap_or_else(|| panic!("{:?}", names(&s)));
    assert!(a.aliases.iter().any(|x| x == "HNB"), "{:?}", a.aliases);
    assert!(!names(&s).contains(&&"HNB".to_string()), "{:?}", names(&s));
    // Initials of another language: the institution's head word makes it a definition.
    let s = story(&["The National Liberation Movement, or MLN, called a strike. The MLN said it would march."]);
    let a = s.actors.iter().find(|a| a.name == "National Liberation Movement").unwrap_or_else(|| panic!("{:?}", names(&s)));
    assert!(a.aliases.iter().any(|x| x == "MLN"), "{:?}", a.aliases);
    assert!(!names(&s).contains(&&"MLN".to_string()), "{:?}", names(&s));
}

#[test]
fn a_name_described_as_a_party_is_an_organisation() {
    let s = story(&["The rally was called by Ndoto, the main opposition party, on Friday."]);
    assert_eq!(actor_kind(&s, "Ndoto"), "Organization");
    let s = story(&["The Hungarian Unity, the largest Hungarian party in Slovakia, walked out of the talks."]);
    assert_eq!(actor_kind(&s, "Hungarian Unity"), "Organization");
    assert_eq!(parent(&s, "Hungarian Unity"), Some("Slovakia".into()));
    // A person described by her place in a party stays a person.
    let s = story(&["Ana Lopes, a party veteran, said the vote was lost."]);
    assert_eq!(actor_kind(&s, "Ana Lopes"), "Person");
}

#[test]
fn an_acronym_in_apposition_names_a_body() {
    let s = story(&["The African Union's observer mission, known as AUOMS, left Juba on Monday."]);
    assert_eq!(actor_kind(&s, "AUOMS"), "Organization");
    assert_eq!(parent(&s, "AUOMS"), Some("African Union".into()));
    let s = story(&["Kenya's domestic spy agency, the NIS, warned of further attacks."]);
    assert_eq!(actor_kind(&s, "NIS"), "Organization");
    assert_eq!(parent(&s, "NIS"), Some("Kenya".into()));
    // A measure is no body.
    let s = story(&["Its output, the GDP, fell by a tenth, Kenya's treasury said."]);
    assert!(!names(&s).contains(&&"GDP".to_string()), "{:?}", names(&s));
}

#[test]
fn a_shorter_form_of_a_name_given_in_full_is_that_organisation() {
    let s = story(&["The Green Dawn Party quit the coalition on Monday. Voters who backed Green Dawn in May were angry."]);
    assert!(!names(&s).contains(&&"Green Dawn".to_string()), "{:?}", names(&s));
    let a = s.actors.iter().find(|a| a.name == "Green Dawn Party").unwrap_or_else(|| panic!("{:?}", names(&s)));
    assert!(a.aliases.iter().any(|x| x == "Green Dawn"), "{:?}", a.aliases);
    let s = story(&["Ghana's interior minister ordered the Ghanaian Coastal Patrol Service to the port. The Coastal Patrol Service arrived by noon."]);
    assert!(!names(&s).contains(&&"Coastal Patrol Service".to_string()), "{:?}", names(&s));
}

#[test]
fn a_demonym_naming_a_language_is_no_state() {
    let s = story(&["The electoral body, known by its French acronym CENI, delayed the count in Kinshasa."]);
    assert!(!names(&s).contains(&&"France".to_string()), "{:?}", names(&s));
    let s = story(&["Villagers still use the Russian word for the checkpoint, an elder told reporters in Tashkent."]);
    assert!(!names(&s).contains(&&"Russia".to_string()), "{:?}", names(&s));
}

#[test]
fn an_acronym_and_its_expansion_are_one_organisation_in_either_order() {
    let s = story(&["The Department of Water Affairs closed the dam. \"We had no choice,\" DWA spokesperson Lindiwe Dube said."]);
    assert!(!names(&s).contains(&&"DWA".to_string()), "{:?}", names(&s));
    assert_eq!(parent(&s, "Lindiwe Dube"), Some("Department of Water Affairs".into()));
    let s = story(&["Funds will be run by its Directorate-General for Maritime Affairs (DG MARE), the Commission said. DG MARE declined to comment."]);
    assert!(!names(&s).contains(&&"DG MARE".to_string()), "{:?}", names(&s));
}

#[test]
fn an_embassy_description_is_the_embassy_not_the_envoy_named_before() {
    let s = story(&[
        "Kenya summoned Ethiopia's ambassador on Friday. Ambassador Tesfaye Bekele was received by a junior official.",
        "The Ethiopian embassy in Nairobi said in a statement that the dam was \"a matter of national survival\".",
    ]);
    assert_ne!(speaker(&s, "a matter of national survival").as_deref(), Some("Tesfaye Bekele"), "{:?}", names(&s));
}

#[test]
fn an_opening_phrase_without_a_comma_is_no_part_of_the_subject() {
    let s = story(&["The Reserve Bank of Malawi raised its rate again. In its monthly bulletin the Reserve Bank of Malawi said inflation was \"still far too high for comfort.\""]);
    assert_eq!(speaker(&s, "still far too high"), Some("Reserve Bank of Malawi".into()));
    let s = story(&["Finance Minister Joyce Banda spoke in Lilongwe. On Tuesday the minister told lawmakers that the budget was \"a plan for survival, not growth.\""]);
    assert_eq!(speaker(&s, "a plan for survival"), Some("Joyce Banda".into()));
    // The determiner of the preposition's own noun opens no subject.
    let s = story(&["In the capital Ana Lopes said the count was \"slow but honest in every district.\""]);
    assert_eq!(speaker(&s, "slow but honest"), Some("Ana Lopes".into()));
}

#[test]
fn one_of_a_group_speaks_as_that_group() {
    let s = story(&["Two officers at the checkpoint, who asked not to be named, said the crowd had grown. \"It was chaos by midnight,\" one of them said."]);
    let group = speaker(&s, "It was chaos");
    assert!(group.as_deref().is_some_and(|g| g == "Officers at the checkpoint"), "{group:?} in {:?}", names(&s));
    let s = story(&["Several ministers left the meeting early. \"Nobody listened to us in there,\" one of the ministers said."]);
    assert!(speaker(&s, "Nobody listened").is_some_and(|g| g != "One"), "{:?}", names(&s));
}

#[test]
fn a_collective_keeps_a_named_complement_whole() {
    let s = story(&["Election observers from the African Union said the vote had been \"broadly credible despite the delays.\""]);
    let who = speaker(&s, "broadly credible").unwrap_or_default();
    assert!(!who.ends_with(" the") && who.contains("African Union"), "{who:?} in {:?}", names(&s));
}

#[test]
fn a_chant_in_title_case_is_the_crowd_speaking() {
    let s = story(&["Thousands marched on the ministry in Lusaka. The protesters chanted \"We Will Not Pay\" until the police arrived."]);
    assert!(s.quotes.iter().any(|q| q.text.starts_with("We Will Not Pay") && q.kind == dramatis::model::QuoteKind::Speech));
    assert_eq!(speaker(&s, "We Will Not Pay"), Some("Protesters".into()));
    // A title of a work named by its noun stays a term.
    let s = story(&["Her 2019 book, \"The Price Of Every Promise,\" sold well, the publisher said."]);
    assert!(s.quotes.iter().any(|q| q.text.starts_with("The Price") && q.kind == dramatis::model::QuoteKind::Term));
}

#[test]
fn a_short_charge_or_appeal_is_the_subject_speaking() {
    let s = story(&["The opposition Liberty Party accuses the finance minister of \"austerity by stealth\"."]);
    assert_eq!(speaker(&s, "austerity by stealth"), Some("Liberty Party".into()));
    let s = story(&["Labour Minister Catherine Moreau urged both sides to \"show responsibility\"."]);
    assert_eq!(speaker(&s, "show responsibility"), Some("Catherine Moreau".into()));
    let s = story(&["The army said on Friday that it would \"remain neutral\"."]);
    assert!(speaker(&s, "remain neutral").is_some(), "{:?}", s.quotes);
}

#[test]
fn a_subordinate_clause_has_its_own_speaker() {
    let s = story(&["Finance Minister Ama Owusu took office in January, a week after President Kofi Mensah told a rally in Kumasi that the country would \"never beg the lenders again.\""]);
    assert_eq!(speaker(&s, "never beg the lenders"), Some("Kofi Mensah".into()));
    let s = story(&["The talks resumed on Monday, two days before the European Commission said the offer was \"final in every respect.\""]);
    assert_eq!(speaker(&s, "final in every respect"), Some("European Commission".into()));
    // Coordinated subjects stay one phrase.
    let s = story(&["Lena Moss and Karl Obst said the deal was \"fragile but worth keeping alive.\""]);
    assert_ne!(speaker(&s, "fragile but worth"), None);
}

#[test]
fn a_name_before_an_aside_with_a_relative_clause_speaks() {
    let s = story(&["The rebel delegation is headed by Idris Nour al-Hassan, a former teacher from Kassala who told a local radio station on Sunday that his side would talk \"with patience and with guns.\""]);
    assert_eq!(speaker(&s, "with patience"), Some("Idris Nour al-Hassan".into()));
    let s = story(&["Alan Whitcombe, the Conservative peer who chairs the Lords transport committee, told the minister that the rail plan was \"a timetable without any trains in it.\""]);
    assert_eq!(speaker(&s, "a timetable without"), Some("Alan Whitcombe".into()));
    let s = story(&["Ruth Okoye, who heads the Lagos Chamber of Commerce, told reporters the tariffs were \"a tax on every family in the city.\""]);
    assert_eq!(speaker(&s, "a tax on every family"), Some("Ruth Okoye".into()));
    // A definite aside with no relative clause is still the subject ("the ministry said").
    let s = story(&["Talks with Iran stalled, the Foreign Ministry said, calling the offer \"not serious at this stage.\""]);
    assert_ne!(speaker(&s, "not serious"), Some("Iran".into()));
}

#[test]
fn an_aside_that_is_a_clause_is_never_the_name() {
    let s = story(&["Kenya's roads agency defended the contract. A Kenyan official, speaking to the Daily Nation on condition of anonymity, said that Nairobi had \"no intention of paying twice for the same road.\""]);
    assert_ne!(speaker(&s, "no intention"), Some("Daily Nation".into()));
    let s = story(&["An aide, according to the Standard, said the minister was \"furious about the leak from his office.\""]);
    assert_ne!(speaker(&s, "furious about"), Some("Standard".into()));
}

#[test]
fn one_official_of_a_group_named_by_its_state_speaks_for_the_state() {
    let s = story(&["Chinese officials were more guarded. \"Nothing has been decided about the patrols yet,\" one senior official said."]);
    assert_eq!(speaker(&s, "Nothing has been decided"), Some("China".into()));
    // No group named before: the official is an actor of his own.
    let s = story(&["The talks ended late. \"Nothing has been decided about the patrols yet,\" one senior official said."]);
    assert_ne!(speaker(&s, "Nothing has been decided"), Some("China".into()));
}

/// Round 8 (issue 3): from the source phrase to the right actor. One row per
/// invented paragraph set, written in several phrasings per class (names, genders,
/// tenses, positions) with near-miss negatives: the class, the paragraphs, the
/// quote's opening words and the speaker wanted: a name or alias of the speaker
/// (`~words`: a name or alias containing them; `!Name`: a speaker, not that one).
const LINKING: &[(&str, &[&str], &str, &str)] = &[
    // A description takes up the named actor it describes.
    ("description", &["Justice Maria Ocampo of the High Court dismissed the petition on Tuesday. \"The law is clear on this point,\" the judge said."], "The law is clear", "~Maria Ocampo"),
    ("description", &["Judge Henrik Dahl presided over the hearing in Oslo.", "\"The evidence is thin at best and late in every case,\" the judge told the lawyers."], "The evidence is thin", "Henrik Dahl"),
    ("description", &["Judge Anna Berg opened the session in the morning. In the afternoon Judge Tomas Lind took over the case.", "\"We will sit until Friday if we must,\" the judge said."], "We will sit until", "Tomas Lind"),
    ("description", &["The Constitutional Court of Zambia heard the petition in March. \"Parliament exceeded its powers,\" the court said in its ruling."], "Parliament exceeded", "Constitutional Court of Zambia"),
    ("description", &["Zambia's Constitutional Court annulled the vote on Friday. The court said the count had been \"neither transparent nor verifiable.\""], "neither transparent", "~Constitutional Court"),
    ("description", &["The Employment Tribunal in Leeds heard the claim last year.", "The tribunal said the dismissal was \"plainly unfair to the worker.\""], "plainly unfair", "Employment Tribunal"),
    ("description", &["The Energy Market Authority fined Nordvolt Power 40 million euros on Tuesday. \"Customers have paid for this failure twice,\" the regulator said."], "Customers have paid", "Energy Market Authority"),
    ("description", &["The Competition Commission opened an inquiry into Baltic Cement on Monday. The watchdog said prices had risen \"far faster than any cost.\""], "far faster than", "Competition Commission"),
    ("description", &["Arcadia Mining Group said on Monday it would close two pits. \"The decision was not taken lightly,\" the company said in a statement."], "The decision was not", "Arcadia Mining Group"),
    ("description", &["Helios Foods Ltd recalled a batch of yoghurt on Monday.", "The company said the batch was \"isolated and already off the shelves.\""], "isolated and already", "Helios Foods Ltd"),
    ("description", &["Finance Minister Ada Obi raised the fuel levy. \"We cannot absorb the costs any longer,\" the company said."], "We cannot absorb", "!Ada Obi"),
    ("description", &["Health Minister Rosa Lind visited the clinic on Monday, a day after Trade Minister Ivo Sand met the unions.", "\"The clinic needs more nurses, not more speeches,\" the health minister said."], "The clinic needs", "Rosa Lind"),
    ("description", &["Finance Minister Kwame Asante presented the budget on Thursday. Opposition leader Efua Mensah called it \"a wish list for an election year.\" The minister said the numbers were \"conservative by any measure.\""], "conservative by any", "Kwame Asante"),
    ("description", &["Defence Minister Oleg Varga toured the border on Sunday. \"Nobody will cross this line,\" the minister told reporters."], "Nobody will cross", "Oleg Varga"),
    ("description", &["The foreign minister, Lina Haddad, flew to Cairo on Monday. In Cairo the minister said her country would \"not be rushed into a bad deal.\""], "not be rushed", "Lina Haddad"),
    // Kin beside the subject of the same family name.
    ("kin", &["Kang Min-ho, 74, founded the yard in 1979; his son Kang Ji-woo runs it now.", "\"My father built ships, I build balance sheets,\" the younger Kang said."], "My father built", "Kang Ji-woo"),
    ("kin", &["Kang Min-ho, 74, founded the yard in 1979; his son Kang Ji-woo runs it now.", "\"I still come in every morning,\" the elder Kang said."], "I still come in", "Kang Min-ho"),
    ("kin", &["Ines Costa runs the bakery on Rua Augusta. Her mother, Maria Costa, opened it in 1961.", "\"We opened at five, every day of the year,\" says the elder Costa."], "We opened at five", "Maria Costa"),
    ("kin", &["Ahmed Rashid runs the shop with his father, Karim Rashid, who opened it in 1968.", "\"The street was all fields then,\" the elder Rashid said."], "The street was all", "Karim Rashid"),
    ("kin", &["Tomasz Nowak, 31, took over the farm last spring. \"We never borrowed a zloty,\" his father, Jan Nowak, said."], "We never borrowed", "Jan Nowak"),
    // Unnamed sources: an actor named by the description (the gold convention).
    ("unnamed", &["The cabinet met late on Thursday. A person close to the presidential palace said the decree was \"already drafted and waiting for a signature.\""], "already drafted", "~person close to the presidential palace"),
    ("unnamed", &["\"Nobody in the room expected a vote,\" said one person close to the negotiations."], "Nobody in the room", "~person close to the negotiations"),
    ("unnamed", &["A senior official who asked not to be named said the talks were \"close to collapse after the second night.\""], "close to collapse", "~official"),
    ("unnamed", &["Officials familiar with the talks said a draft was \"on the table but nowhere near signed.\""], "on the table", "~officials familiar with the talks"),
    ("unnamed", &["Two diplomats briefed on the negotiations said the text was \"still full of brackets.\""], "still full of", "~diplomats briefed on the negotiations"),
    ("unnamed", &["Mayor Lito Santos was suspended on Monday. His allies on the town council said the order was \"politics dressed up as law.\""], "politics dressed up", "~allies on the town council"),
    ("unnamed", &["Governor Alma Cruz lost the vote. Her supporters outside the courthouse said the count was \"a message to every voter.\""], "a message to every", "~supporters outside the courthouse"),
    ("unnamed", &["Hospital managers said the wards were \"full by noon every day this week.\""], "full by noon", "~hospital managers"),
    ("unnamed", &["Factory owners in Gazipur said the demand was \"impossible to meet this year.\""], "impossible to meet", "~factory owners"),
    ("unnamed", &["The strike entered its second week. Port workers said the new shifts were \"designed to break the union.\""], "designed to break", "~port workers"),
    ("unnamed", &["Ana Reyes, a nurse at the clinic, said the wards were \"full by noon every day.\""], "full by noon", "Ana Reyes"),
    ("unnamed", &["Economists at the Geneva-based research group Trade Watch Institute said the tariffs were \"a tax on the poor.\""], "a tax on the poor", "Trade Watch Institute"),
    ("unnamed", &["Researchers from the Oslo-based Peace Research Institute said the ceasefire was \"holding, barely.\""], "holding, barely", "~Peace Research Institute"),
    ("unnamed", &["The vote was delayed again. Crowds in front of Parliament chanted \"Count every vote\" until the police came."], "Count every vote", "!Parliament"),
    // Carry-over: the paragraph continues a speaker the text supports.
    ("carry", &["\"We were told the money would come in March,\" said Lucas Moreau, who chairs the farmers' union. \"It did not come in March.", "\"It did not come in April either, and now the banks are calling in the loans.\""], "It did not come in April", "Lucas Moreau"),
    ("carry", &["Elena Petrova, the chief negotiator, spoke for an hour.", "\"We came with a plan and we leave with a plan.", "\"What we do not have is a partner.\""], "What we do not have", "Elena Petrova"),
    ("carry", &["Q: Will the levy stay?", "A: It will stay. The IMF told me the numbers were \"the best in a decade\" and I believe them."], "the best in a decade", "International Monetary Fund"),
    ("carry", &["A fisherman in Tema, mending his nets, pointed at the empty harbour.", "\"Ten years ago there were two hundred boats here.\""], "Ten years ago", "~fisherman"),
    // Pronouns.
    ("pronoun", &["Prime Minister Sara Lind met opposition leader Maja Holm on Monday. Holm left first. \"I heard nothing new,\" she said."], "I heard nothing new", "Maja Holm"),
    ("pronoun", &["Maria Duarte, the trade minister, called her counterpart Ines Faria on Tuesday.", "\"We agreed on nothing but the date,\" she said."], "We agreed on nothing", "Maria Duarte"),
    ("pronoun", &["The Baltic Freight Union rejected the offer on Friday. \"We will strike on Monday,\" they said."], "We will strike", "Baltic Freight Union"),
    ("pronoun", &["Dockworkers blocked the gates of the port for a third day. \"We will stay until we are paid,\" they said."], "We will stay until", "~dockworkers"),
    ("pronoun", &["Nordic Steel Group cut 400 jobs in June. \"We had no choice,\" it said in a statement."], "We had no choice", "Nordic Steel Group"),
    ("pronoun", &["I met Amina Yusuf at her stall in Kano. \"Business has never been this slow,\" she tells me."], "Business has never", "Amina Yusuf"),
    ("pronoun", &["When I reached Jonas Berg by phone, he was still at the depot. \"Nobody has told us anything,\" he told me."], "Nobody has told us", "Jonas Berg"),
    ("pronoun", &["Governor Ruth Kamau and her deputy, Peter Ochieng, toured the site. \"The road will be finished by June,\" she said."], "The road will be", "Ruth Kamau"),
    ("pronoun", &["Maja Holm and Sara Lind both spoke at the rally. \"This is our moment,\" Lind said. Holm was more cautious. \"We have not won anything yet,\" she said."], "We have not won", "Maja Holm"),
    ("pronoun", &["Lucia Marin has run the co-operative since 2015.", "She grew up on a farm near Jaen. She left school at fifteen. She married young. She was widowed at thirty. She learned accounting at night. She kept the books for a decade. She took over in 2015.", "\"Nobody thought a widow could run this place,\" she says."], "Nobody thought a widow", "Lucia Marin"),
    ("pronoun", &["Maria Lenz, 58, has led the union since 2019. Lenz grew up in Kiel. Lenz still lives there.", "The yard closed twice in the 1990s. The owners changed four times. The orders dried up in 2008. The state stepped in. The cranes stopped. The welders left. The town shrank by a third.", "\"Nobody here believed the yard would open again,\" she says."], "Nobody here believed", "Maria Lenz"),
    ("pronoun", &["After Sara Okafor finished her speech, she took questions for an hour. \"We will not wait for Abuja,\" she said."], "We will not wait", "Sara Okafor"),
    ("pronoun", &["Rosa Pinto chairs the committee. A former nurse from Lobito, she entered politics late. \"I learned to listen on night shifts,\" she said."], "I learned to listen", "Rosa Pinto"),
    ("description", &["Justice Ruth Adeyemi of the Court of Appeal read the verdict.", "\"The appeal fails on every ground,\" the court said."], "The appeal fails", "~Court of Appeal"),
];

#[test]
fn linking_corpus() {
    let mut fails: Vec<String> = Vec::new();
    let mut by_class: Vec<(&str, usize, usize)> = Vec::new();
    for (class, paras, quote, want) in LINKING {
        let s = story(paras);
        let q = s.quotes.iter().find(|q| q.text.contains(quote)).unwrap_or_else(|| panic!("no quote {quote:?} in {:?}", s.quotes));
        let who = q.speaker.as_ref().and_then(|id| s.actors.iter().find(|a| &a.id == id));
        let forms: Vec<String> = who.map_or(Vec::new(), |a| std::iter::once(&a.name).chain(a.aliases.iter()).map(|n| n.to_lowercase()).collect());
        let ok = if let Some(part) = want.strip_prefix('~') {
            forms.iter().any(|n| n.contains(&part.to_lowercase()))
        } else if let Some(not) = want.strip_prefix('!') {
            who.is_some() && who.is_some_and(|a| a.name != *not)
        } else {
            forms.iter().any(|n| *n == want.to_lowercase())
        };
        match by_class.iter_mut().find(|c| c.0 == *class) {
            Some(c) => c.1 += 1,
            None => by_class.push((class, 1, 0)),
        }
        if !ok {
            by_class.iter_mut().find(|c| c.0 == *class).unwrap().2 += 1;
            fails.push(format!("[{class}] {quote:?}: want {want:?}, got {:?} (actors {:?})", who.map(|a| &a.name), names(&s)));
        }
    }
    // The per-class table (`cargo test --test news_patterns linking -- --nocapture`).
    for (class, n, bad) in &by_class {
        eprintln!("linking {class}: {} of {n} right", n - bad);
    }
    assert!(fails.is_empty(), "{} of {} wrong:\n{}", fails.len(), LINKING.len(), fails.join("\n"));
}

// ---- Round 8 of issue 3: a phrasing corpus of how publishers attribute quotes ----
//
// A taxonomy after the PARC attribution corpus (source position, cue, source type,
// interruptions, house styles), each row an invented paragraph set, the start of one
// quote and its right speaker: a name (exact), `~words` (the speaker's name contains
// them, for groups and institutions named by their noun phrase), `-` (no speaker:
// a near miss that is no attribution) or `?name`, a known miss of another part
// (actor names, pronoun linking), listed so that it is seen: the row fails once it
// passes, so that the mark is removed. One test runs every row and lists every miss
// by category, so a new rule is judged on the whole family, not one sentence.

const PHRASINGS: &[(&str, &[&str], &str, &str)] = &[
    // Source position.
    ("position", &["\"We will rebuild every school,\" Amina Diallo said on Tuesday."], "We will rebuild", "Amina Diallo"),
    ("position", &["\"The port is closed until further notice,\" said Henrik Sorensen, the harbour master."], "The port is closed", "Henrik Sorensen"),
    ("position", &["Carlos Mendes said, \"Nobody here wants another strike.\""], "Nobody here wants", "Carlos Mendes"),
    ("position", &["Ingrid Holm told the council: \"The budget does not add up.\""], "The budget does not", "Ingrid Holm"),
    ("position", &["\"We are ready,\" Pedro Alvarez said, \"but the other side is not.\""], "but the other side", "Pedro Alvarez"),
    ("position", &["\"The talks failed,\" said Yuki Tanaka. \"Now we wait for Geneva.\""], "Now we wait", "Yuki Tanaka"),
    ("position", &["\"If they attack,\" warned General Oleg Sokolov, \"we will respond with everything we have.\""], "we will respond", "Oleg Sokolov"),
    // Cue types.
    ("cue", &["\"Prices have doubled since March,\" Fatima Bello told Reuters."], "Prices have doubled", "Fatima Bello"),
    ("cue", &["Omar Farouk said the vote was fair. \"We counted every ballot twice,\" he added."], "We counted every", "Omar Farouk"),
    ("cue", &["\"This is a dark day for the press,\" Laura Kim wrote on X."], "This is a dark day", "Laura Kim"),
    ("cue", &["Senator Mark Ellison tweeted: \"Shameful. Simply shameful.\""], "Shameful. Simply", "Mark Ellison"),
    ("cue", &["\"See you in court,\" Dana Whitfield posted on Instagram shortly after the ruling."], "See you in court", "Dana Whitfield"),
    ("cue", &["\"The army will withdraw by Friday,\" according to Colonel Ivan Petrov."], "The army will withdraw", "Ivan Petrov"),
    ("cue", &["According to Maria Santos, the council \"never had the money in the first place.\""], "never had the money", "Maria Santos"),
    ("cue", &["In the words of Ahmed Kamal, the agreement is \"a ceasefire in name only.\""], "a ceasefire in name", "Ahmed Kamal"),
    ("cue", &["Governor Lisa Grant's response was short: \"We will not be intimidated.\""], "We will not be intimidated", "Lisa Grant"),
    ("cue", &["Finance Minister Kwame Mensah met the lenders on Friday. Mensah's message was blunt: \"Our patience is not infinite.\""], "Our patience", "Kwame Mensah"),
    ("cue", &["Tomas Novak was quoted as saying that the bank \"cannot print its way out of this.\""], "cannot print its way", "Tomas Novak"),
    ("cue", &["The BBC quoted Elena Popescu as saying: \"We are done negotiating with them.\""], "We are done negotiating", "Elena Popescu"),
    ("cue", &["Rashid Khan put it this way: \"You cannot eat a promise.\""], "You cannot eat", "Rashid Khan"),
    ("cue", &["Asked whether she would resign, Claire Dubois replied: \"Not today, and not tomorrow.\""], "Not today", "Claire Dubois"),
    ("cue", &["\"Borders are lines on a map; hunger is not.\" — Miriam Okafor"], "Borders are lines", "Miriam Okafor"),
    ("cue", &["\"I never wanted to be a politician,\" says Rosa Morales, 54, as she pours the coffee."], "I never wanted", "Rosa Morales"),
    ("cue", &["Rosa Morales runs the only bakery in town. \"People still come, but they buy less,\" she tells me."], "People still come", "Rosa Morales"),
    ("cue", &["\"Water is the new oil,\" says hydrologist Peter Lindgren."], "Water is the new oil", "Peter Lindgren"),
    ("cue", &["Hydrologist Peter Lindgren has mapped the basin for years. Lindgren says the aquifer \"will be dry in ten years.\""], "will be dry", "Peter Lindgren"),
    ("cue", &["Human rights lawyer Sara Ahmadi spoke at the rally. Her warning was stark: \"This will end in violence.\""], "This will end", "Sara Ahmadi"),
    ("cue", &["\"I did nothing wrong,\" insisted Pavel Horak, the former mayor."], "I did nothing wrong", "Pavel Horak"),
    ("cue", &["Professor Liu Yang explained: \"The models all agree on the trend.\""], "The models all agree", "Liu Yang"),
    ("cue", &["As economist Daniel Fox noted, \"Nobody saves in a currency they do not trust.\""], "Nobody saves", "Daniel Fox"),
    ("cue", &["\"The war has made cynics of us all,\" writes Olga Petrenko in her new memoir."], "The war has made", "Olga Petrenko"),
    ("cue", &["\"She is the best negotiator I have met,\" Ambassador Kim Soo-jin said of her counterpart."], "She is the best", "Kim Soo-jin"),
    ("cue", &["Asked about the protests, Prime Minister Ravi Menon responded: \"People have the right to be angry.\""], "People have the right", "Ravi Menon"),
    ("cue", &["Jana Merkova: \"The sanctions are working\""], "The sanctions are working", "Jana Merkova"),
    // Source types.
    ("source", &["\"The embargo hurts ordinary families,\" Foreign Minister Adel Hamdi said."], "The embargo hurts", "Adel Hamdi"),
    ("source", &["Economist Julia Brandt has studied the market for years. \"Rents will keep rising,\" Brandt said."], "Rents will keep", "Julia Brandt"),
    ("source", &["Samuel Okoro, 32, drives a taxi in Lagos.", "\"Fuel eats everything I make,\" Samuel says."], "Fuel eats", "Samuel Okoro"),
    ("source", &["Hana Sato chairs the committee. \"We will publish everything,\" she said."], "We will publish", "Hana Sato"),
    ("source", &["Finance Minister Raul Ortega presented the budget on Monday. \"There will be no new taxes,\" the minister said."], "There will be no new", "Raul Ortega"),
    ("source", &["\"We want our land back,\" the protesters chanted outside parliament."], "We want our land", "~protesters"),
    ("source", &["\"The facility was a legitimate military target,\" Israel's Defence Ministry said in a statement."], "The facility was", "~defence ministry"),
    ("source", &["Kenya's health ministry rejected the claims. \"The vaccines are safe,\" the ministry said in a statement."], "The vaccines are safe", "~ministry"),
    ("source", &["\"The president is in good health,\" a government spokesperson said."], "The president is in good", "~spokesperson"),
    ("source", &["\"Nobody expects a deal this week,\" officials familiar with the talks said."], "Nobody expects a deal", "~officials"),
    ("source", &["\"The president has full confidence in her,\" the White House said."], "The president has full", "~white house"),
    ("source", &["\"We have enough fuel for two weeks,\" Energy Minister Lars Berg told broadcaster NRK."], "We have enough fuel", "Lars Berg"),
    ("source", &["\"The strike will continue,\" union leader Ana Costa told the Guardian."], "The strike will continue", "Ana Costa"),
    ("source", &["\"The deal is dead,\" a senior EU diplomat told Politico."], "The deal is dead", "~diplomat"),
    ("source", &["Samira Haddad and Yusuf Demir own the last mill in the valley. \"We will not sell,\" they said."], "We will not sell", "?~"),
    // Interruptions between the source and its cue.
    ("interruption", &["\"We were never consulted,\" said Joao Pinto, a fisherman from Beira."], "We were never consulted", "Joao Pinto"),
    ("interruption", &["Karin Weiss — a former judge who now leads the commission — said: \"The law is clear.\""], "The law is clear", "Karin Weiss"),
    ("interruption", &["\"The numbers are wrong,\" Aisha Rahman (who led the study) told reporters."], "The numbers are wrong", "Aisha Rahman"),
    ("interruption", &["\"I lost everything,\" said Musa Ibrahim, 67."], "I lost everything", "Musa Ibrahim"),
    ("interruption", &["Musa Ibrahim, 67, said: \"The water took the whole house.\""], "The water took", "Musa Ibrahim"),
    ("interruption", &["Chen Wei on Tuesday said that the talks were \"productive but unfinished.\""], "productive but", "Chen Wei"),
    ("interruption", &["In an interview with Le Monde, Pierre Lambert said: \"France will not block the deal.\""], "France will not block", "Pierre Lambert"),
    ("interruption", &["\"The minister knew for weeks,\" said one official, speaking on condition of anonymity because he was not authorised to speak publicly."], "The minister knew", "~official"),
    ("interruption", &["Speaking at a press conference in Nairobi, Grace Wanjiru said: \"Kenya is ready to host the talks.\""], "Kenya is ready", "Grace Wanjiru"),
    ("interruption", &["\"Nobody will be left behind,\" Prime Minister Elif Kaya said in a televised address on Sunday evening."], "Nobody will be left", "Elif Kaya"),
    ("interruption", &["\"It is a matter for the courts,\" Joseph Mwangi, the attorney general, told reporters in Nairobi."], "It is a matter", "Joseph Mwangi"),
    // House styles.
    ("style", &["David Hughes, the club's chairman, defended the sale. 'We have done nothing wrong,' said Mr Hughes."], "We have done nothing", "David Hughes"),
    ("style", &["Home Secretary Ravi Patel was unmoved. Mr Patel said: 'The figures speak for themselves.'"], "The figures speak", "Ravi Patel"),
    ("style", &["The verdict from Yasmin Aziz, who runs a clinic in Herat, was blunt: \"We have no medicine left.\""], "We have no medicine", "Yasmin Aziz"),
    ("style", &["Reactions came quickly.", "Lukas Meyer, the opposition leader: \"This budget punishes the poor.\""], "This budget punishes", "Lukas Meyer"),
    ("style", &["\"We [the government] will not negotiate with them,\" Interior Minister Selim Yilmaz said."], "We [the government]", "Selim Yilmaz"),
    ("style", &["Selim Yilmaz told the newspaper Hurriyet that \"[the] border will remain closed to trucks.\""], "[the] border", "Selim Yilmaz"),
    ("style", &["\u{201c}We are not afraid,\u{201d} Noura Saleh said, \u{201c}and we are not leaving.\u{201d}"], "and we are not leaving", "Noura Saleh"),
    ("style", &["«Nous ne céderons pas», a déclaré la ministre. Minister Claire Roux repeated it in English: \u{201c}We will not give in.\u{201d}"], "We will not give in", "Claire Roux"),
    // More cues and frames, in the tenses and orders of other publishers.
    ("cue", &["\"We will appeal,\" Nikos Pappas, the union's lawyer, said late on Monday."], "We will appeal", "Nikos Pappas"),
    ("cue", &["\"It was never about money,\" Ruth Adeyemi recalled."], "It was never about", "Ruth Adeyemi"),
    ("cue", &["\"We made mistakes,\" conceded Deputy Mayor Tomasz Nowak."], "We made mistakes", "Tomasz Nowak"),
    ("cue", &["\"Of course I am worried,\" Li Na admitted in a phone interview."], "Of course I am", "Li Na"),
    ("cue", &["\"Ask the contractor,\" the mayor, Peter Walsh, quipped when asked about the delay."], "Ask the contractor", "Peter Walsh"),
    ("cue", &["\"Who pays for the roads then?\" asks Kofi Boateng, a trader in Kumasi."], "Who pays for the roads", "Kofi Boateng"),
    ("cue", &["In a post on X, opposition leader Maria Vella wrote: \"The government has lost its majority.\""], "The government has lost", "Maria Vella"),
    ("cue", &["Jonas Berg wrote in a Facebook post that the decision was \"a betrayal of every voter.\""], "a betrayal of every", "Jonas Berg"),
    ("cue", &["\"We are being punished for telling the truth,\" Hamid Zafar said in a video posted on Telegram."], "We are being punished", "Hamid Zafar"),
    ("cue", &["In a statement, the Foreign Ministry of Peru said: \"Our ambassador has been recalled.\""], "Our ambassador has been", "~foreign ministry"),
    ("cue", &["Sofia Lind told the BBC's Today programme: \"No one voted for this.\""], "No one voted", "Sofia Lind"),
    ("cue", &["\"The ceasefire is holding,\" Ukrainian President Petro Danyliuk told CNN in an interview aired on Sunday."], "The ceasefire is holding", "Petro Danyliuk"),
    ("cue", &["Andrea Costa had a simple answer: \"Build more houses.\""], "Build more houses", "Andrea Costa"),
    ("cue", &["Mehmet Aydin put it more bluntly: \"They lied to us.\""], "They lied to us", "Mehmet Aydin"),
    ("cue", &["As Lucia Ferri puts it, \"the river decides, not the engineers.\""], "the river decides", "Lucia Ferri"),
    ("cue", &["Ilya Sorokin reportedly told aides that the plan was \"dead on arrival.\""], "dead on arrival", "Ilya Sorokin"),
    ("cue", &["\"We are not a colony,\" Nadia Bensalem is reported to have said at the meeting."], "We are not a colony", "Nadia Bensalem"),
    ("cue", &["Paul Mercer's reply: \"Come and see for yourself.\""], "Come and see", "Paul Mercer"),
    ("cue", &["Rania Khalil summed it up: \"Everyone lost.\""], "Everyone lost", "Rania Khalil"),
    ("cue", &["Victor Lemaire, speaking to reporters after the vote, said it was \"a good day for democracy.\""], "a good day for", "Victor Lemaire"),
    ("cue", &["Adriana Lopez told a rally in Bogota on Saturday that the reforms would \"change everything.\""], "change everything", "Adriana Lopez"),
    ("cue", &["\"The bridge will open in May,\" Transport Minister Jan de Boer said, before adding: \"If the weather holds.\""], "If the weather holds", "Jan de Boer"),
    ("cue", &["\"It is a trap,\" Emre Yildiz warned. \"Nobody should sign it.\""], "Nobody should sign", "Emre Yildiz"),
    ("cue", &["A statement from Aurora Mining said the spill was \"contained within hours.\""], "contained within", "~aurora mining"),
    ("cue", &["Thabo Nkosi's office said in a statement that he was \"deeply saddened by the loss.\""], "deeply saddened", "Thabo Nkosi"),
    ("cue", &["The lawsuit, filed by the Sierra Fund, says the dam \"violates federal law.\""], "violates federal", "~sierra fund"),
    ("cue", &["Leila Nasser, the mayor of Tyre, was blunt. \"We have been forgotten,\" she told Al Jazeera."], "We have been forgotten", "Leila Nasser"),
    ("cue", &["\"There is no plan B,\" Finance Minister Inga Vik said of the budget, speaking in Oslo."], "There is no plan B", "Inga Vik"),
    ("cue", &["Chancellor Max Weber, asked about the deal, said: \"We will see.\""], "We will see", "Max Weber"),
    ("source", &["\"We expect a decision within days,\" a spokesman for the European Commission said."], "We expect a decision", "~european commission"),
    ("source", &["\"The findings are alarming,\" the report by Amnesty International said."], "The findings are alarming", "Amnesty International"),
    ("source", &["Fishermen in the bay were less sure. \"The fish are gone,\" said one, Abdi Warsame."], "The fish are gone", "Abdi Warsame"),
    ("source", &["Police in Lagos said the crowd had \"turned violent without warning.\""], "turned violent", "~police"),
    ("source", &["Dr. Ines Moreau, an epidemiologist, was cautious. \"It is too early to tell,\" Dr. Moreau said."], "It is too early", "Ines Moreau"),
    ("interruption", &["\"Our members are angry,\" said Claudia Rossi, who heads the teachers' union, CGIL Scuola."], "Our members are angry", "Claudia Rossi"),
    ("interruption", &["\"Nothing was agreed,\" said Sanjay Rao, a senior adviser to the prime minister, on Friday."], "Nothing was agreed", "Sanjay Rao"),
    ("interruption", &["\"We will go to court,\" Marek Zielinski – the region's governor since 2019 – told local radio."], "We will go to court", "Marek Zielinski"),
    ("interruption", &["\"This is not over,\" Ana Ruiz, 41, a nurse from Seville, told reporters outside the court."], "This is not over", "Ana Ruiz"),
    ("source", &["\"The count will resume on Monday,\" said the head of the regional electoral commission, Amos Kiprop."], "The count will resume", "Amos Kiprop"),
    ("source", &["\"We had no warning,\" the ministry's spokesman, Hassan Idris, told reporters."], "We had no warning", "Hassan Idris"),
    ("source", &["The talks collapsed on Friday. \"They walked out,\" said Mirela Dobre. \"We stayed until midnight.\""], "We stayed until", "Mirela Dobre"),
    ("source", &["\"We do not negotiate under fire.\" That was how Defence Minister Aron Tal put it on Sunday."], "We do not negotiate", "Aron Tal"),
    ("cue", &["Rebel commander Musa Kande told AFP by telephone: \"We control the airport.\""], "We control the airport", "Musa Kande"),
    ("cue", &["\"Nobody told us anything,\" Halima Yusuf, whose son was arrested, told Amnesty."], "Nobody told us", "Halima Yusuf"),
    ("cue", &["\"I would do it again,\" Oscar Lind later said in court."], "I would do it again", "Oscar Lind"),
    ("cue", &["\"Every day counts,\" UNICEF's representative in Yemen, Peter Hawkins, said."], "Every day counts", "Peter Hawkins"),
    ("cue", &["Asked if the strike would end, Walter Moyo shrugged. \"Ask the bosses.\""], "Ask the bosses", "?Walter Moyo"),
    ("cue", &["\"We are winning,\" Lieutenant Colonel Yaw Darko said. \"Slowly, but we are winning.\""], "Slowly, but", "Yaw Darko"),
    // Families the round-8 rules cover, each in several phrasings.
    ("cue", &["Kang Hye-jin leads the union. Kang calls the package \"a blank cheque\" written on workers' backs."], "a blank cheque", "Kang Hye-jin"),
    ("cue", &["Mahmoud Said teaches history in Cairo. Said calls the ceasefire \"a pause and nothing more\" in his new book."], "a pause and nothing", "Mahmoud Said"),
    ("cue", &["Critics call the plan \"a gift to landlords\" and want it withdrawn."], "a gift to landlords", "~critics"),
    ("cue", &["The response from the Interior Ministry was curt: \"We do not comment on leaks.\""], "We do not comment", "~interior ministry"),
    ("cue", &["The letter, signed by 40 lawmakers, said the plan was \"reckless and unfunded.\""], "reckless and unfunded", "~lawmakers"),
    ("cue", &["In Omar Kamal's words, the truce is \"a pause, not a peace.\""], "a pause, not a peace", "Omar Kamal"),
    ("cue", &["Lena Varga was unmoved. In her words, the inquiry was \"theatre for the cameras.\""], "theatre for the cameras", "Lena Varga"),
    ("cue", &["\"The camps are full,\" in the words of Amina Yusuf, who runs the largest of them."], "The camps are full", "Amina Yusuf"),
    ("source", &["Reynaldo Cruz lost the case. His allies on the town council said in a joint statement that the ruling was \"not the end of the story.\""], "not the end of the story", "~allies"),
    ("source", &["Marek Hall was charged on Monday. His lawyers said the charges were \"politically motivated from the start.\""], "politically motivated", "~lawyers"),
    ("source", &["The Sandiganbayan convicted the mayor. The court said that completion reports had been signed \"with a speed no honest engineer could match.\""], "with a speed", "~court"),
    ("source", &["Lena Varga said her warnings were \"ignored for a whole decade.\""], "ignored for a whole", "Lena Varga"),
    ("source", &["Activist Juan Perez has camped outside the ministry since May. \"We are not leaving,\" Perez said."], "We are not leaving", "Juan Perez"),
    ("source", &["\"Growth will slow next year,\" the Economist Intelligence Unit said."], "Growth will slow", "~economist intelligence unit"),
    ("near-miss", &["The scheme, called \"cash for work\", ended in May."], "cash for work", "-"),
    ("near-miss", &["Locals call the old ferry \"the grey lady\" and ride it every morning."], "the grey lady", "-"),
    ("near-miss", &["Beijing calls the island a \"breakaway province\" and says so often."], "breakaway province", "-"),
    ("near-miss", &["Officials in Baku call it the \"western route\" and want no checks on it."], "western route", "-"),
    ("source", &["Secretary of State Ana Lind, who opened the round, said in a post on X that \"peace is within reach,\" and left for Rome."], "peace is within reach", "Ana Lind"),
    ("source", &["Chief Justice Maria Okello read the verdict. \"The law binds everyone,\" Okello said."], "The law binds", "Maria Okello"),
    ("source", &["Associate Justice Lina Cortez wrote for the majority. \"The statute is plain,\" Cortez wrote."], "The statute is plain", "Lina Cortez"),
    // Round 9 (attribution misses of real articles): a title after the body it
    // serves, then the name ("Greens co-leader X", "Social Democrats parliamentary
    // leader X"): the named person speaks, never the body; an outlet after "told"
    // is the addressee.
    ("title", &["\"The deal is dead,\" Liberal Democrats deputy leader Anna Roos told broadcaster NOS."], "The deal is dead", "Anna Roos"),
    ("title", &["The vote was close. \"We will vote against it,\" said Greens co-chair Lotte Dahl."], "We will vote against", "Lotte Dahl"),
    ("title", &["Farmers Union vice-president Tomas Kral said the subsidy was \"too little and far too late.\""], "too little", "Tomas Kral"),
    ("title", &["\"No one asked us,\" Free Democrats parliamentary leader Pia Lund told the Tagesblatt. \"We read it in the papers.\""], "We read it", "Pia Lund"),
    ("title", &["\"The deal is dead,\" the Greens told broadcaster NOS."], "The deal is dead", "~greens"),
    ("title", &["The Liberal Democrats said the talks were \"going nowhere fast.\""], "going nowhere", "~liberal democrats"),
    // An indefinite description ("one Congress leader", "a party official") is
    // someone new, never the one person titled so before.
    ("unnamed", &["Congress leader Raj Mehta spoke first.", "\"We will go alone,\" one Congress leader in Pune said later."], "We will go alone", "~congress leader in pune"),
    ("unnamed", &["Congress leader Raj Mehta spoke first. \"We will go alone,\" the Congress leader said later."], "We will go alone", "Raj Mehta"),
    // A reporting verb in a relative clause right after a comma ("X, who promised
    // … "Q"", "the regulator, which has long argued that "Q""): the phrase before
    // the comma speaks.
    ("relative", &["Mayor Ines Pohl, who promised during her campaign to make the city \"a place for children again\", has said little since."], "a place for children", "Ines Pohl"),
    ("relative", &["The plan was shelved in May. Governor Tomas Berg, who told reporters last week that it was \"dead and buried\", now backs it."], "dead and buried", "Tomas Berg"),
    ("relative", &["Rights groups wrote to the Energy Market Authority, which has long argued that the tariffs are \"fair to every household.\""], "fair to every household", "~energy market authority"),
    // Near misses of the antecedent: a verb before the name ends it ("X met Ana
    // Ruiz, who …"); a preposition inside the phrase does not ("Voters in Lagos").
    ("relative", &["Jonas Weber met Ana Ruiz, who told him the plan was \"a fraud from the start.\""], "a fraud from the start", "Ana Ruiz"),
    ("relative", &["Voters in Lagos, who told pollsters that prices were \"the only issue\", turned out in force."], "the only issue", "~voters"),
    // An inverted reporting verb between commas interrupting its sentence
    // ("A lottery …, says senator X, is "Q""): its subject speaks the sentence.
    ("aside", &["The new rule, says opposition senator Clara Munoz, is \"a raffle with loaded tickets.\""], "a raffle with loaded", "Clara Munoz"),
    ("aside", &["The reform, argues Pavel Hruby, a lawyer in Brno, would make judges \"campaigners in robes.\""], "campaigners in robes", "Pavel Hruby"),
    ("aside", &["That budget, said Finance Minister Kofi Adu, was \"the last of its kind.\""], "the last of its kind", "Kofi Adu"),
    // Near misses: quoted words nobody is said to speak.
    ("near-miss", &["The word \"resilience\" appears forty times in the report."], "resilience", "-"),
    ("near-miss", &["The so-called \"peace dividend\" never arrived, Karl Obst said."], "peace dividend", "-"),
];

/// What the phrasing corpus expects of one row, as a failure message or nothing.
fn phrasing_miss(paras: &[&str], start: &str, want: &str) -> Option<String> {
    if let Some(w) = want.strip_prefix('?') {
        let hit = phrasing_miss(paras, start, w).is_none();
        return hit.then(|| format!("{start:?}: now attributed to {w}: drop the '?' mark"));
    }
    let s = story(paras);
    let Some(q) = s.quotes.iter().find(|q| q.text.starts_with(start)) else {
        return Some(format!("no quote {start:?} in {:?}", s.quotes.iter().map(|q| &q.text).collect::<Vec<_>>()));
    };
    let got = name_of(&s, q.speaker.as_ref());
    let ok = match want {
        "-" => got.is_none(),
        "~" => got.is_some(),
        w if w.starts_with('~') => got.as_deref().is_some_and(|g| g.to_lowercase().contains(&w[1..])),
        w => got.as_deref() == Some(w),
    };
    (!ok).then(|| format!("{start:?}: want {want}, got {got:?} ({:?})", q.kind))
}

#[test]
fn the_phrasing_corpus_attributes_every_row() {
    let mut misses: Vec<(&str, String)> = Vec::new();
    for (category, paras, start, want) in PHRASINGS {
        if let Some(m) = phrasing_miss(paras, start, want) {
            misses.push((category, m));
        }
    }
    let mut table = String::new();
    for category in ["position", "cue", "source", "interruption", "style", "near-miss"] {
        let rows = PHRASINGS.iter().filter(|r| r.0 == category).count();
        let missed = misses.iter().filter(|m| m.0 == category).count();
        table += &format!("{category}: {missed} of {rows} missed\n");
    }
    for (category, m) in &misses {
        table += &format!("  [{category}] {m}\n");
    }
    assert!(misses.is_empty(), "{} of {} rows missed\n{table}", misses.len(), PHRASINGS.len());
}

#[test]
fn a_written_message_from_the_writer_gives_the_writer_not_the_recipient() {
    let s = story(&[
        "Prosecutor Anna Reyes questioned the witness for an hour.",
        "An email from Mark Tolliver to Anna Reyes read: \"We will not accept this plea under any terms.\"",
        "The letter from Governor Alan Brooks to the council said little. A note from Ruth Calder to Ivo Stanek was blunter: \"Pay the contractors before Friday.\"",
    ]);
    assert_eq!(speaker(&s, "We will not accept"), Some("Mark Tolliver".into()));
    assert_eq!(speaker(&s, "Pay the contractors"), Some("Ruth Calder".into()));
    // Near misses: a person who reads from a message, or writes to a recipient, speaks.
    let s = story(&[
        "Judge Helen Braddock read from the letter: \"The defendant showed no remorse at any stage.\"",
        "Mayor Teresa Vane wrote to Governor Alan Brooks: \"The city cannot absorb another cut.\"",
    ]);
    assert_eq!(speaker(&s, "The defendant showed"), Some("Helen Braddock".into()));
    assert_eq!(speaker(&s, "The city cannot absorb"), Some("Teresa Vane".into()));
}

#[test]
fn a_bracketed_translation_after_a_quote_has_its_speaker() {
    // Stop 17: translated statements quote the original, then the English in brackets.
    for (text, original, english, who) in [
        ("Its finance minister, Karl Brenner, said on Friday: „Wir zahlen nicht zweimal.“ (\"We will not pay twice.\")", "Wir zahlen", "We will not pay twice", "Karl Brenner"),
        ("\"Nous ne signerons pas,\" said Claire Dubois, the French envoy (\"We will not sign\"). Talks resumed.", "Nous ne signerons", "We will not sign", "Claire Dubois"),
        ("Marta Nowak wrote: «To jest koniec.» [\"This is the end.\"]", "To jest koniec", "This is the end", "Marta Nowak"),
    ] {
        let s = story(&[text]);
        assert_eq!(speaker(&s, original), Some(who.into()), "{text}");
        assert_eq!(speaker(&s, english), Some(who.into()), "{text}");
    }
    // Near misses: a bracket that is not only the second quote, or no bracket at all.
    let s = story(&["Karl Brenner said: \"We will not pay.\" (The ministry later called it \"a misunderstanding\" of the rules.) Talks resumed."]);
    assert_ne!(speaker(&s, "a misunderstanding"), Some("Karl Brenner".into()));
}

#[test]
fn a_verb_coordinated_by_and_shares_the_first_clause_subject() {
    // An opening prepositional phrase with no comma, a pronoun subject, a quoted
    // object, then "and said": the pronoun's antecedent speaks, not "In a".
    let s = story(&["The region's leader, Oleg Belov, accepted the gas. In a televised address he accused Chisinau of \"blockade\" and said the escrow account amounted to \"a ransom note with a bank stamp.\""]);
    assert_eq!(speaker(&s, "a ransom note"), Some("Oleg Belov".into()));
    // A place in the opening phrase is no speaker; the description after it is.
    let s = story(&["Oleg Belov spoke first. In Tiraspol the minister accused Chisinau of a blockade dressed up as aid and said the account was \"a ransom note with a bank stamp.\""]);
    assert_ne!(speaker(&s, "a ransom note"), Some("Tiraspol".into()));
    // Near miss: "and" joining two subjects is no coordinated verb.
    let s = story(&["Talks resumed in Vienna. Anna Berg and Oleg Belov said the deal was \"a ransom note with a bank stamp.\""]);
    assert_ne!(speaker(&s, "a ransom note"), None);
}

#[test]
fn the_listener_of_a_told_frame_does_not_take_the_next_quote() {
    let s = story(&["Dr. Grace Mwila, an economist, spoke first.", "\"If you measure a debt in kwacha, you will see it grow,\" she told John Banda. \"The honest question is whether the government borrows more in real terms.\""]);
    assert_eq!(speaker(&s, "The honest question"), Some("Grace Mwila".into()));
    // Near miss: a person named in a clause of their own may be the next speaker.
    let s = story(&["Dr. Grace Mwila, an economist, spoke first.", "\"If you measure a debt in kwacha, you will see it grow,\" she said, and John Banda nodded. \"The honest question is whether the government borrows more in real terms.\""]);
    assert_ne!(speaker(&s, "The honest question"), Some("Grace Mwila".into()));
}

#[test]
fn a_dash_credit_closing_its_paragraph_may_carry_post_place_and_date() {
    let s = story(&["CLAIM: \"Zambia's debt has doubled under this government.\" — Mutale Chanda, Patriotic Front secretary-general, at a rally in Kitwe on 14 November 2026"]);
    assert_eq!(speaker(&s, "Zambia's debt has doubled"), Some("Mutale Chanda".into()));
    // Near miss: a dash opening a long aside of the writer's mid-paragraph credits nobody.
    let s = story(&["\"We will pay,\" the treasury said. \"Nothing is certain.\" — Mutale Chanda, Patriotic Front secretary-general, at a rally in Kitwe on 14 November 2026, was not asked. The debate went on."]);
    assert_ne!(speaker(&s, "Nothing is certain"), Some("Mutale Chanda".into()));
}

#[test]
fn a_quote_paragraph_continues_a_frame_that_closes_the_paragraph_before() {
    // The frame runs long ("in an interview in Bishkek") but names nobody else.
    let s = story(&["Kyrgyz politics changed fast.", "\"What we are watching is not a return to order,\" Ulan Beishenov said in an interview in Bishkek.", "\"The instruments are all still there. The prosecutors still answer to one office.\""]);
    assert_eq!(speaker(&s, "The instruments are all"), Some("Ulan Beishenov".into()));
    // A place after a preposition in the frame does not take the next quote either.
    let s = story(&["Talks stalled in Nairobi.", "\"We did not fight for eight years to be folded into the same army,\" General Peter Lokuji told Crisis Group by telephone from Central Equatoria. \"A new army, or no agreement.\""]);
    assert_eq!(speaker(&s, "A new army"), Some("Peter Lokuji".into()));
    // Near miss: a second sentence moves to someone else; the quote is not carried.
    let s = story(&["Kyrgyz politics changed fast.", "\"What we are watching is not a return to order,\" Ulan Beishenov said in an interview in Bishkek. Aida Kasymova, who leads the pro-presidential bloc in parliament, disagreed sharply with that view.", "\"The instruments are all still there. The prosecutors still answer to one office.\""]);
    assert_ne!(speaker(&s, "The instruments are all"), Some("Ulan Beishenov".into()));
}

#[test]
fn an_ed_form_after_a_linking_verb_is_no_reporting_verb() {
    let s = story(&["Elections were postponed. A Western diplomat in Juba told Crisis Group that a vote held while the Equatorias remain contested \"would not be credible and would not be accepted\"."]);
    assert_eq!(speaker(&s, "would not be credible"), Some("Western diplomat in Juba".into()));
    // Near miss: the same verb with a subject of its own still reports.
    let s = story(&["Elections were postponed. The opposition leader, Rosa Deng, contested the count and said it was \"a theft in daylight\"."]);
    assert_eq!(speaker(&s, "a theft in daylight"), Some("Rosa Deng".into()));
}

#[test]
fn one_demonym_participant_is_an_unnamed_source_not_the_state() {
    let s = story(&["Talks resumed in Nairobi. As one South Sudanese participant put it, \"The men who sign in Nairobi are not the men who hold the roads.\""]);
    assert_eq!(speaker(&s, "The men who sign"), Some("South Sudanese participant".into()));
    // Near miss: the state itself speaking stays the state.
    let s = story(&["Talks resumed in Nairobi. South Sudan said in a statement: \"The men who sign in Nairobi hold the roads.\""]);
    assert_eq!(speaker(&s, "The men who sign"), Some("South Sudan".into()));
}

#[test]
fn a_body_noun_before_a_document_names_the_body_that_issued_it() {
    let s = story(&["Georgia protested. The Georgian Foreign Ministry summoned the ambassador on Friday, and a ministry statement said the European Union was \"financing a revolution by other means.\""]);
    assert_eq!(speaker(&s, "financing a revolution"), Some("Georgian Foreign Ministry".into()));
    // Near miss: a body of another kind ("a party statement") is not the ministry.
    let s = story(&["Georgia protested. The Georgian Foreign Ministry summoned the ambassador on Friday, and a party statement said the European Union was \"financing a revolution by other means.\""]);
    assert_ne!(speaker(&s, "financing a revolution"), Some("Georgian Foreign Ministry".into()));
}

#[test]
fn a_quote_and_its_bracketed_translation_take_the_speaker_named_after_them() {
    let s = story(&["Moussa Sarr has fished from Kayar for thirty years. The fish did not come back.", "«On ne part plus en mer, on part à la guerre.» («We don't go to sea any more, we go to war.») Sarr says it twice, and laughs at his own seriousness."]);
    assert_eq!(speaker(&s, "On ne part plus"), Some("Moussa Sarr".into()));
    assert_eq!(speaker(&s, "We don't go to sea"), Some("Moussa Sarr".into()));
    // Near miss: a bracketed aside that is no quote does not bridge to the name.
    let s = story(&["The fish did not come back.", "«On ne part plus en mer, on part à la guerre.» (The phrase is a local proverb.) Aminata Diop says the young men no longer listen."]);
    assert_ne!(speaker(&s, "On ne part plus"), Some("Aminata Diop".into()));
}

#[test]
fn a_post_written_in_capitals_is_a_description_not_a_name() {
    let s = story(&["Portugal voted. A Socialist MP from the Setúbal district was less diplomatic. \"We ran a campaign for the people who already vote for us,\" the MP said, asking not to be named."]);
    assert_eq!(speaker(&s, "We ran a campaign"), Some("Socialist MP from the Setúbal district".into()));
    // Near miss: a named MP keeps her name.
    let s = story(&["Portugal voted. Labour MP Jo Smith was less diplomatic. \"We ran a campaign for the people who already vote for us,\" the MP said."]);
    assert_eq!(speaker(&s, "We ran a campaign"), Some("Jo Smith".into()));
}

#[test]
fn a_live_blog_label_is_no_speaker() {
    let s = story(&[
        "Update: Rui Ferraz has just finished speaking to supporters in Lisbon. The prime minister thanked voters.",
        "\u{201c}The voters have spoken clearly,\u{201d} he told the crowd.",
    ]);
    assert_eq!(speaker(&s, "The voters have spoken").as_deref(), Some("Rui Ferraz"));
    assert!(!names(&s).iter().any(|n| *n == "Update"), "{:?}", names(&s));
    // Near miss: a surname that merely starts like the label is a name.
    let s = story(&["\u{201c}We will appeal,\u{201d} said Tom Updike, the lawyer."]);
    assert_eq!(speaker(&s, "We will appeal").as_deref(), Some("Tom Updike"));
}

#[test]
fn a_bare_body_noun_takes_up_the_fuller_lowercase_description_before_it() {
    let s = story(&["Chad closed the border. The interior ministry said on Wednesday that it would deploy extra police. \"The situation is under control,\" the ministry said."]);
    assert_eq!(speaker(&s, "The situation is under"), Some("Interior ministry".into()));
    // Near miss: another portfolio ("the foreign ministry") is another body.
    let s = story(&["Chad closed the border. The interior ministry said on Wednesday that it would deploy extra police. \"We were not consulted,\" the foreign ministry said."]);
    assert_eq!(speaker(&s, "We were not consulted"), Some("Foreign ministry".into()));
}

#[test]
fn it_after_a_lowercase_embassy_is_the_embassy_not_its_state() {
    let s = story(&["Senegal seized two trawlers. The Chinese embassy in Dakar said the vessels were licensed. \"Chinese companies respect Senegalese law,\" it said."]);
    assert_eq!(speaker(&s, "Chinese companies respect"), Some("Chinese embassy in Dakar".into()));
    // Near miss: the state named as subject stays the state.
    let s = story(&["Senegal seized two trawlers. China said the vessels were licensed. \"Chinese companies respect Senegalese law,\" it said."]);
    assert_eq!(speaker(&s, "Chinese companies respect"), Some("China".into()));
}

#[test]
fn a_spokesperson_of_a_lowercase_body_speaks_for_the_body() {
    let s = story(&["Chad closed the border. \"We did not authorise the raid,\" the foreign ministry's spokesperson said."]);
    assert_eq!(speaker(&s, "We did not authorise"), Some("Foreign ministry".into()));
    // Near miss: a named spokesperson is that person.
    let s = story(&["Chad closed the border. \"We did not authorise the raid,\" the foreign ministry's spokesperson, Ali Mahamat, said."]);
    assert_eq!(speaker(&s, "We did not authorise"), Some("Ali Mahamat".into()));
}

#[test]
fn a_quote_in_a_transcript_answer_is_the_interviewee_s() {
    let s = story(&["Interior Minister Karin Holm spoke to us in her office on Monday.", "Q: The police union says morale is at a record low. Is it?", "A: It is low, yes. When I met their leaders in March, I told them, \"Your complaints are fair, and I will answer them.\""]);
    assert_eq!(speaker(&s, "Your complaints are fair"), Some("Karin Holm".into()));
    // Near miss: in an answer, a quote framed by someone else ("the union leader
    // told me") is not the interviewee's.
    let s = story(&["Interior Minister Karin Holm spoke to us in her office on Monday.", "Q: The police union says morale is at a record low. Is it?", "A: It is low, yes. Their leader, Jonas Berg, told me, \"Your complaints are fair, and I will answer them.\""]);
    assert_eq!(speaker(&s, "Your complaints are fair"), Some("Jonas Berg".into()));
}

#[test]
fn a_paragraph_opening_with_the_pronoun_is_about_the_protagonist_named_before() {
    let life = "Aviaja Lyberth led the association for fifteen years. Lyberth fought the trawler companies. In 2009 Lyberth was elected to parliament.";
    let s = story(&[
        life,
        "Naomi Kuptana, the council's former chair, said Lyberth \u{201c}spoke for hunters who had never seen a microphone.\u{201d}",
        "She was sceptical of the attention. \u{201c}Everyone wants to buy us now,\u{201d} she told a Danish radio station.",
    ]);
    assert_eq!(speaker(&s, "Everyone wants").as_deref(), Some("Aviaja Lyberth"));
    // Near misses: a quote sentence opening the paragraph continues the last speaker,
    // and a paragraph before that does not name the protagonist leaves its subject.
    let s = story(&[
        life,
        "Naomi Kuptana, the council's former chair, said Lyberth \u{201c}spoke for hunters who had never seen a microphone.\u{201d}",
        "\u{201c}Everyone wants to buy us now,\u{201d} she added.",
    ]);
    assert_eq!(speaker(&s, "Everyone wants").as_deref(), Some("Naomi Kuptana"));
    let s = story(&[
        life,
        "Naomi Kuptana chairs the council now. Kuptana travels to Ottawa every month.",
        "She was sceptical of the attention. \u{201c}Everyone wants to buy us now,\u{201d} she told a Danish radio station.",
    ]);
    assert_eq!(speaker(&s, "Everyone wants").as_deref(), Some("Naomi Kuptana"));
}

#[test]
fn her_after_a_verb_is_the_object_not_the_quotes_owner() {
    let s = story(&[
        "Ole Brandt said they had clashed \u{201c}perhaps a hundred times.\u{201d}",
        "Lars Winther, a former Danish fisheries minister, called her \u{201c}the toughest opponent I ever faced.\u{201d} A Danish official recalled her \u{201c}putting her gloves on the table, one at a time.\u{201d}",
    ]);
    assert_eq!(speaker(&s, "the toughest opponent").as_deref(), Some("Lars Winther"));
    assert_ne!(speaker(&s, "putting her gloves").as_deref(), Some("Ole Brandt"));
    // Near miss: "her" owning the quote (no reporting verb before it) makes her the
    // speaker.
    let s = story(&["Mayor Ana Ruiz spoke for an hour. The council then promised to rebuild, a version of her \u{201c}patient courage in hard times.\u{201d}"]);
    assert_eq!(speaker(&s, "patient courage").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn by_ones_own_account_names_the_source() {
    let s = story(&[
        "The fleet grew fast. Aviaja Lyberth bought her own boat at 22 and, by her own account, \u{201c}lost it twice and bought it back three times.\u{201d}",
        "The talks went on. By Omar Kamal's own account, the deal \u{201c}fell apart in a single night.\u{201d}",
    ]);
    assert_eq!(speaker(&s, "lost it twice").as_deref(), Some("Aviaja Lyberth"));
    assert_eq!(speaker(&s, "fell apart").as_deref(), Some("Omar Kamal"));
    // Near miss: "by" and "account" without a possessor name no source.
    let s = story(&["The fleet grew fast. The file was closed by the account holder, \u{201c}a matter of routine.\u{201d}"]);
    assert_eq!(speaker(&s, "a matter of routine"), None);
}

#[test]
fn dash_dialogue_lines_are_quotes_with_their_incise_frames() {
    // Spanish-style dialogue in translation: the words run to the incise's dash.
    let s = story(&[
        "Marta Ledesma, a nurse, waited for the first bus of the day at the terminal.",
        "—I paid three thousand pesos yesterday —she says—. Three thousand, for one ride.",
        "The drivers' delegate, Hugo Paredes, walked along the queue.",
        "—Nobody will make the drivers pay for this —Paredes says—. Not the companies, not the province.",
    ]);
    assert_eq!(speaker(&s, "I paid three thousand"), Some("Marta Ledesma".into()));
    assert_eq!(speaker(&s, "Three thousand, for one ride"), Some("Marta Ledesma".into()));
    assert_eq!(speaker(&s, "Nobody will make the drivers"), Some("Hugo Paredes".into()));
    assert_eq!(speaker(&s, "Not the companies"), Some("Hugo Paredes".into()));
    // No actor is made of the line's first word.
    assert!(s.actors.iter().all(|a| a.name != "Nobody"), "{:?}", s.actors.iter().map(|a| &a.name).collect::<Vec<_>>());
}

#[test]
fn a_dash_aside_without_a_reporting_verb_is_no_incise_frame() {
    // Near miss: English prose with dash asides and no dialogue lines.
    let s = story(&[
        "Aides called the plan \"maximum pressure\" — a policy Trump said would work — and left.",
        "— Reporting by Ana Ruiz; editing by Tom Hale.",
    ]);
    assert!(s.quotes.iter().all(|q| !q.text.starts_with("Reporting")), "{:?}", s.quotes);
    // (the frame of "called" may name the aides; the aside must not name Trump)
    assert_ne!(speaker(&s, "maximum pressure").as_deref(), Some("Trump"));
}

// ---- Round 14 of issue 3 (attr14): constructions of the probe suite's new families ----

#[test]
fn a_source_close_to_someone_is_the_unnamed_source_not_the_name() {
    let s = story(&[
        "The cabinet met on Sunday. \u{2018}It was a conversation, not a threat,\u{2019} a source close to Mr Lowe said. \u{2018}The chief whip was explaining the position.\u{2019}",
        "People close to the chief executive, Laura Bianchi, said the offer was \"an insult to the staff.\"",
    ]);
    assert_eq!(speaker(&s, "It was a conversation").as_deref(), Some("Source"));
    assert_eq!(speaker(&s, "The chief whip was").as_deref(), Some("Source"));
    let src = s.actors.iter().find(|a| a.name == "Source").unwrap();
    assert!(src.aliases.iter().any(|a| a == "a source close to Mr Lowe"), "{:?}", src.aliases);
    assert_eq!(speaker(&s, "an insult to the staff").as_deref(), Some("People"));
    // Near misses: an adjective after a name (no speaker noun) is an aside; a
    // description with its name in apposition is that person.
    let s = story(&["Marcelo Duarte, close to tears, said: \"I am finished here.\"", "The chief executive, Laura Bianchi, said the offer was \"an insult to the staff.\""]);
    assert_eq!(speaker(&s, "I am finished").as_deref(), Some("Marcelo Duarte"));
    assert_eq!(speaker(&s, "an insult to the staff").as_deref(), Some("Laura Bianchi"));
}

#[test]
fn a_quote_after_a_collective_speaker_continues_it() {
    let s = story(&["Water has been scarce since June. \"We have had no electricity for a week,\" residents said. \"The children are sick.\""]);
    assert_eq!(speaker(&s, "The children are sick").as_deref(), Some("Residents"));
    // Near miss: someone else named in between speaks next.
    let s = story(&["\"We have had no electricity for a week,\" residents said, and Governor Ana Ruiz answered them. \"The lines are being repaired.\""]);
    assert_ne!(speaker(&s, "The lines are being").as_deref(), Some("Residents"));
}

#[test]
fn his_office_is_the_office_of_the_person_it_stands_for() {
    let s = story(&[
        "President Manuel Alves will receive the parties on Tuesday, his office said in a statement.",
        "\u{201c}The President will listen to all parties,\u{201d} the statement said.",
        "Governor Ana Silva did not attend. Her office said she was \"travelling abroad and will answer in writing.\"",
    ]);
    assert_eq!(speaker(&s, "The President will listen").as_deref(), Some("Manuel Alves's office"));
    assert_eq!(parent(&s, "Manuel Alves's office").as_deref(), Some("Manuel Alves"));
    assert_eq!(speaker(&s, "travelling abroad").as_deref(), Some("Ana Silva's office"));
    // Near miss: "his office manager" is a person of the office, not the office.
    let s = story(&["Jorge Lima arrived late. \"Nobody told us,\" his office manager said."]);
    assert_ne!(speaker(&s, "Nobody told us").as_deref(), Some("Jorge Lima's office"));
    assert!(s.actors.iter().all(|a| a.name != "Jorge Lima's office"), "{:?}", names(&s));
}

#[test]
fn a_document_quote_is_its_signatory_named_in_the_next_sentence() {
    let s = story(&[
        "The letter reached the ministry on Friday. \"We will not tolerate further delays,\" it read. It was signed by Deputy Prime Minister Tomasz Wrona.",
        "\"The country deserves better than this,\" the statement read. It was signed by Ana Lucia Ferreira, the party's president.",
    ]);
    assert_eq!(speaker(&s, "We will not tolerate").as_deref(), Some("Tomasz Wrona"));
    assert_eq!(speaker(&s, "The country deserves").as_deref(), Some("Ana Lucia Ferreira"));
    // Near misses: signed without an agent; a person's frame, then a signature.
    let s = story(&["\"We want peace,\" the letter said. It was signed in Geneva by both sides.", "\"We will win,\" he said. The treaty was signed by Omar Idris."]);
    assert_ne!(speaker(&s, "We want peace").as_deref(), Some("Both sides"));
    assert_ne!(speaker(&s, "We will win").as_deref(), Some("Omar Idris"));
}

#[test]
fn a_bracketed_translation_between_the_quote_and_its_frame_is_stepped_over() {
    let s = story(&["\u{ab}Nous ne c\u{e9}derons pas\u{bb} (\u{ab}We will not give in\u{bb}), the French president, \u{c9}mile Laurent, told the crowd in Lyon."]);
    assert_eq!(speaker(&s, "Nous ne").as_deref(), Some("\u{c9}mile Laurent"));
    assert_eq!(speaker(&s, "We will not give in").as_deref(), Some("\u{c9}mile Laurent"));
    // Near miss: a word and its translation, no frame after: terms, no speaker.
    let s = story(&["The word \u{201e}Heimat\u{201c} (\u{201e}homeland\u{201c}) appears twice in the text, officials said."]);
    assert!(s.quotes.iter().all(|q| q.speaker.is_none()), "{:?}", s.quotes);
}

#[test]
fn a_photo_caption_between_a_person_and_their_words_is_stepped_over() {
    let s = story(&[
        "Ewa Nowak, a teacher from Lodz, travelled five hours to join the march.",
        "Protesters outside parliament in Warsaw on Sunday. Photograph: Jan Kowalski/Reuters",
        "\"We are here for our children. Nobody else will speak for them.\"",
    ]);
    assert_eq!(speaker(&s, "We are here").as_deref(), Some("Ewa Nowak"));
    // Near miss: a labelled update is prose, its reported speaker speaks on.
    let s = story(&[
        "Ewa Nowak, a teacher from Lodz, travelled five hours to join the march.",
        "Update: Interior Minister Jonas Berg said the march would be allowed to continue.",
        "\"Nobody will be arrested today.\"",
    ]);
    assert_eq!(speaker(&s, "Nobody will be arrested").as_deref(), Some("Jonas Berg"));
}

#[test]
fn a_transcript_label_in_capitals_names_the_answering_person() {
    let s = story(&[
        "The following is an edited transcript of our conversation with Energy Minister Chidi Okafor.",
        "MODERATOR: Minister, will the plant close?",
        "OKAFOR: It will not close. I told the workers last week, \"Your jobs are safe,\" and I meant it.",
        "MODERATOR: The union says \"we will strike anyway.\" Will they?",
    ]);
    assert_eq!(speaker(&s, "Your jobs are safe").as_deref(), Some("Chidi Okafor"));
    // Near miss: the moderator's label names nobody of the cast.
    assert_ne!(speaker(&s, "we will strike anyway").as_deref(), Some("Chidi Okafor"));
}

#[test]
fn a_crowd_keeps_two_places_joined_by_and_and_a_place_noun() {
    let s = story(&[
        "Officials in Seoul and Tokyo have spent months drafting the accord. They said on Friday it was \"ninety percent done.\"",
        "\"We have had no electricity for a week,\" residents of the Al-Nour district said.",
    ]);
    assert_eq!(speaker(&s, "ninety percent done").as_deref(), Some("Officials in Seoul and Tokyo"));
    assert_eq!(speaker(&s, "We have had no electricity").as_deref(), Some("Residents of the Al-Nour district"));
    // Near miss: a lowercase word after the place that is no place noun stays out.
    let s = story(&["\"We have had no electricity for a week,\" residents of Al-Nour told reporters."]);
    assert_eq!(speaker(&s, "We have had no electricity").as_deref(), Some("Residents of Al-Nour"));
}

#[test]
fn plural_bodies_and_trades_are_collective_speakers() {
    let s = story(&["Environmental groups accused the government of \"greenwashing a coal plant.\""]);
    assert_eq!(speaker(&s, "greenwashing").as_deref(), Some("Environmental groups"));
    // Near miss: a named body before the same words is that body, no group.
    let s = story(&["The Environmental Defence Fund accused the government of \"greenwashing a coal plant.\""]);
    assert_eq!(speaker(&s, "greenwashing").as_deref(), Some("Environmental Defence Fund"));
}

#[test]
fn a_body_in_the_speakers_post_does_not_stop_the_next_quote() {
    let s = story(&["\"The port is running at half its capacity,\" said Rahul Menon, general manager of the Kochi Container Terminal, in a phone interview. \"Ships are simply going elsewhere.\""]);
    assert_eq!(speaker(&s, "Ships are simply").as_deref(), Some("Rahul Menon"));
    // Near miss: a person named in between, not after a preposition ("the harbour
    // master Ana Ruiz"), may speak next: the quote is not carried over to Menon.
    let s = story(&["\"The port is running at half its capacity,\" said Rahul Menon, and the harbour master Ana Ruiz nodded. \"Ships are simply going elsewhere.\""]);
    assert_ne!(speaker(&s, "Ships are simply").as_deref(), Some("Rahul Menon"));
}

#[test]
fn a_name_then_a_bare_post_then_a_relative_clause_is_the_subject() {
    let s = story(&[
        "Tasneem Rahman, head of global policy at Climate Action Network, which represents some 1,900 civil society organisations, accused rich countries of \"accounting tricks.\"",
        "Lena Park, director of the Seoul Institute, which advises the government, said the plan was \"a gamble with borrowed money.\"",
    ]);
    assert_eq!(speaker(&s, "accounting tricks").as_deref(), Some("Tasneem Rahman"));
    assert_eq!(speaker(&s, "a gamble with").as_deref(), Some("Lena Park"));
    // Near miss: an opening place before the post is no name.
    let s = story(&["In Nairobi, head teachers, who met on Monday, said the fees were \"impossible to pay.\""]);
    assert_ne!(speaker(&s, "impossible to pay").as_deref(), Some("Nairobi"));
}

#[test]
fn an_opening_participle_with_to_is_no_antecedent() {
    let s = story(&[
        "Introduced to senior officers on February 12, Timur Asanov promised that the committee would stay out of business disputes.",
        "\u{201c}The era of raids is over,\u{201d} he said.",
    ]);
    assert_eq!(speaker(&s, "The era of raids").as_deref(), Some("Timur Asanov"));
    // Near miss: a name ending in -ed before "to" that is the subject itself.
    let s = story(&["Jared Reed travelled to Kyiv on Monday. \u{201c}The front is quiet,\u{201d} he said."]);
    assert_eq!(speaker(&s, "The front is quiet").as_deref(), Some("Jared Reed"));
}

#[test]
fn they_takes_up_a_body_described_before() {
    let s = story(&["The farmers' union has threatened to block the motorways again. Its members want the diesel subsidy restored. \"We will be back with the tractors in March,\" they said in a statement."]);
    assert_eq!(speaker(&s, "We will be back").as_deref(), Some("Farmers' union"));
    // Near miss: "he" never takes up the body.
    let s = story(&["The farmers' union has backed Omar Diallo for the post. \"We will be back with the tractors in March,\" he said."]);
    assert_eq!(speaker(&s, "We will be back").as_deref(), Some("Omar Diallo"));
}

#[test]
fn the_definite_description_takes_up_the_newest_unnamed_one() {
    let s = story(&[
        "Tamás Bárdos, a Fidesz MP, defended the bill in the chamber. \"It is a transparency law,\" he said.",
        "A Fidesz MP, speaking on condition of anonymity, said several members wanted the threshold raised. \"It is the price of a bus trip,\" the MP said.",
    ]);
    assert_eq!(speaker(&s, "It is the price").as_deref(), Some("Fidesz MP"));
    // Near miss: the indefinite is an apposition of the named MP, who stays meant.
    let s = story(&["Tamás Bárdos, a Fidesz MP, defended the bill in the chamber. \"It is a transparency law,\" the MP said."]);
    assert_eq!(speaker(&s, "It is a transparency law").as_deref(), Some("Tamás Bárdos"));
}

#[test]
fn the_statement_takes_up_the_issuer_quoted_in_the_statements_sentence() {
    let s = story(&[
        "The Embassy of China in Kathmandu rejected the claim. In a statement posted on its website, the embassy said the airport was \u{201c}a successful example of cooperation\u{201d} and that \u{201c}the airlines decide where they fly.\u{201d}",
        "\u{201c}The Chinese side has always been willing to talk,\u{201d} the statement said.",
    ]);
    assert_eq!(speaker(&s, "The Chinese side").as_deref(), Some("Embassy of China"));
    // Near miss: the statement's sentence quotes nobody; a later quote of another
    // speaker in the paragraph does not make her its issuer.
    let s = story(&[
        "In a statement posted on its website, the embassy rejected the claim. Ana Ruiz, a lawmaker, said the airport was \u{201c}a monument to bad planning.\u{201d}",
        "\u{201c}The Chinese side has always been willing to talk,\u{201d} the statement said.",
    ]);
    assert_ne!(speaker(&s, "The Chinese side").as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_pronoun_takes_up_an_indefinite_person_introduced_as_subject() {
    let s = story(&[
        "Marta Ledesma, a nurse, waited at the terminal.",
        "Behind her, a young man in a delivery jacket laughed without joy. \"Tomorrow it will be five thousand,\" he said.",
    ]);
    assert_eq!(speaker(&s, "Tomorrow it will be").as_deref(), Some("Young man in a delivery jacket"));
    assert!(s.actors.iter().all(|a| a.name != "Behind"), "{:?}", s.actors.iter().map(|a| &a.name).collect::<Vec<_>>());
    // Near miss: the noun's gender contradicts the pronoun's; nobody new speaks.
    let s = story(&[
        "Marta Ledesma, a nurse, waited at the terminal.",
        "A woman selling bread shook her head. \"Tomorrow it will be five thousand,\" he said.",
    ]);
    assert_ne!(speaker(&s, "Tomorrow it will be").as_deref(), Some("Woman selling bread"));
    // Near miss: an apposition to a name describes that person; nobody new.
    let s = story(&["For Marcela Zúniga, a political scientist at the National University, the pause is a symptom. \"Nobody trusts the referee,\" she said."]);
    assert_eq!(speaker(&s, "Nobody trusts").as_deref(), Some("Marcela Zúniga"));
}

// Round 15 (attr15): constructions of the probe suite's round 15, each rule with a
// near miss.

#[test]
fn a_state_then_an_institution_noun_names_the_institution() {
    let s = story(&["The U.S. Embassy in Dhaka said it was \"deeply concerned\" by reports of deaths and called for restraint."]);
    assert_eq!(speaker(&s, "deeply concerned"), Some("U.S. Embassy".into()));
    assert_eq!(parent(&s, "U.S. Embassy"), Some("United States".into()));
    // Near miss: the state itself, or its possessive before a lowercase noun, speaks as the state.
    let s = story(&["The U.S. said it was \"following the case closely\" and would not comment."]);
    assert_eq!(speaker(&s, "following the case closely"), Some("United States".into()));
}

#[test]
fn a_document_sent_by_its_maker_speaks_as_its_maker_but_not_as_its_holder() {
    let s = story(&["The leaked cable, sent by Ambassador Laura Finch to Washington in March, describes the president as \"erratic and increasingly isolated.\""]);
    assert_eq!(speaker(&s, "erratic and increasingly"), Some("Laura Finch".into()));
    // The outlet that obtained the report did not write it: the report's maker speaks.
    let s = story(&["An internal report by Northline Energy, obtained by the Guardian, said the pipeline was \"at high risk of failure.\""]);
    assert_eq!(speaker(&s, "at high risk of failure"), Some("Northline Energy".into()));
    // Near miss: a holder alone never speaks for the document.
    let s = story(&["The memo, obtained by the Guardian, warned that the plan would \"add at least two points to inflation.\""]);
    assert_ne!(speaker(&s, "add at least two points"), Some("Guardian".into()));
}

#[test]
fn continued_and_went_on_after_a_quote_are_frames() {
    let s = story(&["Finance Minister Olu Adebayo defended the budget on Wednesday.", "The opposition walked out before the vote, and the session was suspended twice.", "\"We will publish every contract online,\" Adebayo continued.", "The statement went on: \"Nobody will be exempt from the audit.\""]);
    assert_eq!(speaker(&s, "We will publish every contract"), Some("Olu Adebayo".into()));
    // Near miss: "continued" as the verb of the next sentence reports no words; the
    // quote still goes on with the speaker before it.
    let s = story(&["Finance Minister Olu Adebayo defended the budget on Wednesday, telling lawmakers the numbers were sound.", "\"We will publish every contract online.\" The session continued after a short break."]);
    assert_eq!(speaker(&s, "We will publish every contract"), Some("Olu Adebayo".into()));
}

#[test]
fn a_quote_paragraph_credited_by_a_dash_line_below_it() {
    let s = story(&["\"The company has acted lawfully at all times and will defend itself vigorously.\"", "— Markus Lind, chief executive of Nordvik Mining, in a statement"]);
    assert_eq!(speaker(&s, "The company has acted lawfully"), Some("Markus Lind".into()));
    // Near miss: a dash opening a sentence of prose is no credit.
    let s = story(&["Tomas Berg, a shopkeeper, watched the fire.", "\"Everything is gone now, all of it.\"", "— and then, as the roof fell in, Lena Holm ran back inside. She was not hurt."]);
    assert_ne!(speaker(&s, "Everything is gone now"), Some("Lena Holm".into()));
}

#[test]
fn a_name_between_a_verb_of_showing_and_a_reporting_participle_speaks() {
    let s = story(&["A transcript of the call shows Prime Minister Ravi Patel telling his counterpart: \"We need this done by Friday, whatever it takes.\""]);
    assert_eq!(speaker(&s, "We need this done"), Some("Ravi Patel".into()));
    // Near miss: a name after a verb that is no verb of showing is its object.
    let s = story(&["Finance Minister Anita Rao met Prime Minister Ravi Patel on Monday, telling reporters: \"We need this done by Friday, whatever it takes.\""]);
    assert_eq!(speaker(&s, "We need this done"), Some("Anita Rao".into()));
}

#[test]
fn the_general_takes_up_the_person_titled_gen() {
    let s = story(&["Gen. Soe Min Htet, the army chief, addressed the troops on Sunday. The general said elections would be held \"when peace returns to every township.\""]);
    assert_eq!(speaker(&s, "when peace returns"), Some("Soe Min Htet".into()));
    // Near miss: "the general" with no one titled so is someone new, not the colonel.
    let s = story(&["Col. Aung Ko Win met reporters on Sunday. The general said elections would be held \"when peace returns to every township.\""]);
    assert_ne!(speaker(&s, "when peace returns"), Some("Aung Ko Win".into()));
}

#[test]
fn a_body_introduced_by_its_head_noun_is_taken_up_by_it() {
    let s = story(&["The Lumen, operated by the Berlin-based charity SeaLink Rescue, picked up the migrants on Saturday.", "On board, the crew has begun rationing water, according to a doctor from the charity. \"We are running out of everything,\" the charity said. \"Nobody is watching this stretch of sea,\" the doctor said."]);
    assert_eq!(speaker(&s, "We are running out"), Some("SeaLink Rescue".into()));
    // The doctor from the charity belongs to it.
    let doctor = speaker(&s, "Nobody is watching").expect("the doctor");
    assert_eq!(parent(&s, &doctor), Some("SeaLink Rescue".into()));
    // Near miss: a body named with no head noun before it is not "the charity".
    let s = story(&["The Lumen, operated by SeaLink Rescue, picked up the migrants on Saturday.", "\"We are running out of everything,\" the charity said."]);
    assert_ne!(speaker(&s, "We are running out"), Some("SeaLink Rescue".into()));
}

#[test]
fn a_crowd_named_for_a_person_is_their_following() {
    let s = story(&["Esteban Valladares, the opposition candidate, says he won. \"They stole it,\" supporters of Valladares chanted outside the council."]);
    assert_eq!(parent(&s, "Supporters of Valladares"), Some("Esteban Valladares".into()));
    // Near miss: a crowd placed by a city is no one's following.
    let s = story(&["Esteban Valladares, the opposition candidate, says he won. \"They stole it,\" crowds in Tegucigalpa chanted outside the council."]);
    assert_ne!(parent(&s, "Crowds in Tegucigalpa"), Some("Esteban Valladares".into()));
}

#[test]
fn a_quote_lede_then_the_person_the_next_sentence_introduces() {
    let s = story(&["\"Nobody has told us anything since Tuesday.\" Teresa Gomez, a mother of three, has been waiting outside the mine for four days.", "The company says rescue teams are working around the clock."]);
    assert_eq!(speaker(&s, "Nobody has told us anything"), Some("Teresa Gomez".into()));
    // Near miss: a name with no appositive may answer the quote, not own it.
    let s = story(&["\"The mine is safe and always has been.\" Teresa Gomez, however, has been waiting outside it for four days.", "The company says rescue teams are working around the clock."]);
    assert_ne!(speaker(&s, "The mine is safe"), Some("Teresa Gomez".into()));
}

#[test]
fn a_title_before_one_name_is_not_the_next_names() {
    let s = story(&["Governor Héctor Bustos, of Hacemos Unidos por Córdoba, has chosen his target. \"The Nation took the subsidies away from the interior,\" the governor told reporters."]);
    assert_eq!(speaker(&s, "The Nation took"), Some("Héctor Bustos".into()));
    // Near miss: with no one between, the title still takes up the name after it.
    let s = story(&["Governor Héctor Bustos has chosen his target. \"The Nation took the subsidies away from the interior,\" the governor told reporters."]);
    assert_eq!(speaker(&s, "The Nation took"), Some("Héctor Bustos".into()));
}

#[test]
fn a_video_shows_a_described_person_named_in_apposition_telling() {
    let s = story(&["A video posted online shows the mayor, Ricardo Lopes, telling residents: \"The water is coming, leave now.\""]);
    assert_eq!(speaker(&s, "The water is coming"), Some("Ricardo Lopes".into()));
    // Near miss: the shown person's name not right before the participle is its object.
    let s = story(&["Police Chief Ana Lima showed the mayor, Ricardo Lopes, a map of the valley, telling reporters: \"The water is coming, leave now.\""]);
    assert_eq!(speaker(&s, "The water is coming"), Some("Ana Lima".into()));
}

#[test]
fn the_admiral_takes_up_the_person_titled_adm() {
    let s = story(&["Adm. Carla Mendes, the navy chief, inspected the fleet on Friday. The admiral said the ships were \"ready for any mission.\""]);
    assert_eq!(speaker(&s, "ready for any mission"), Some("Carla Mendes".into()));
}

#[test]
fn a_cross_examination_set_as_quote_paragraphs_alternates_turns() {
    let s = story(&[
        "\"You are hoping that this verdict buys you a shorter sentence, are you not?\" the defence lawyer, Tomas Kessler, asked.",
        "\"I am hoping to tell the truth,\" Linda Marsh answered.",
        "\"You told the truth to the regulator in 2023, too?\"",
        "\"No. I did not.\"",
        "\"So you lied then, and we should believe you now?\"",
    ]);
    assert_eq!(speaker(&s, "You told the truth"), Some("Tomas Kessler".into()));
    assert_eq!(speaker(&s, "No. I did not"), Some("Linda Marsh".into()));
    assert_eq!(speaker(&s, "So you lied then"), Some("Tomas Kessler".into()));
    // Near miss: an answer going on after an answer is the same speaker's.
    let s = story(&[
        "\"Will the plant close?\" the reporter, Tomas Kessler, asked.",
        "\"It will not close,\" Linda Marsh answered.",
        "\"The orders are there and the workers are there.\"",
    ]);
    assert_eq!(speaker(&s, "The orders are there"), Some("Linda Marsh".into()));
}

#[test]
fn a_participle_after_a_second_clause_hangs_on_that_clause() {
    let s = story(&["Assistant U.S. Attorney Meredith Cho objected, and U.S. District Judge Patricia Okafor sustained the objection, telling Kessler to \"ask a question, not make a closing argument.\""]);
    assert_eq!(speaker(&s, "ask a question"), Some("Patricia Okafor".into()));
    // Near miss: coordinated subjects are no second clause.
    let s = story(&["Meredith Cho, the prosecutor, and Judge Patricia Okafor left the room, telling reporters that the trial was \"far from over.\""]);
    assert_eq!(speaker(&s, "far from over"), Some("Meredith Cho".into()));
}

#[test]
fn a_name_inside_an_unclosed_opening_subordinate_clause_is_no_subject() {
    // "Before I left Tarnow I asked …": no comma closes the clause, so "Tarnow" is
    // no subject (and no person); "he" takes up the man the sentence names.
    let s = story(&["Before I left Tarnow I asked Jan Kowal what would send him home. He thought about it for a long time.", "\"A date,\" he said. \"Not a promise.\""]);
    assert_eq!(speaker(&s, "A date"), Some("Jan Kowal".into()));
    assert!(!names(&s).iter().any(|n| n.as_str() == "Tarnow"), "{:?}", names(&s));
    // Near miss: a comma closes the clause, and the main clause's subject speaks.
    let s = story(&["When the count ended, Piotr Nowak left the hall with Jan Kowal.", "\"We lost,\" he said."]);
    assert_eq!(speaker(&s, "We lost"), Some("Piotr Nowak".into()));
}

#[test]
fn a_capitalised_post_after_the_then_the_name_in_apposition_speaks() {
    // A post in capitals after "the" (a person's name takes no article), with a
    // portfolio joined by "and", then the name between commas: the name speaks, also
    // through a verb coordinated after the apposition ("called … and said").
    let s = story(&["The Minister of Water and Public Works, Teodoro Valle, called the audit \"partial\" and said it \"ignores the crews who kept the pumps running.\""]);
    assert_eq!(speaker(&s, "ignores the crews"), Some("Teodoro Valle".into()));
    let s = story(&["The Ombudsman for Children, Maren Solberg, said the ward was \"no place for a child.\""]);
    assert_eq!(speaker(&s, "no place for a child"), Some("Maren Solberg".into()));
    // Near miss: the thing in apposition is a place, not a person; the body speaks.
    let s = story(&["The Ministry of Water and Public Works, in Tegucigalpa, said the audit \"ignores the crews.\""]);
    assert_ne!(speaker(&s, "ignores the crews"), Some("Tegucigalpa".into()));
}

#[test]
fn a_capitalised_post_read_as_a_name_gives_way_to_the_name_in_apposition_for_a_pronoun() {
    // "She" takes up the sentence before's subject: the name in apposition after a
    // capitalised post (with "and" before any glued preposition), not the post.
    let s = story(&["The First Vice-President and Minister of Finance, Lucía Berrocal Sáez, answered first. She said the budget would come \"when it has the votes.\""]);
    assert_eq!(speaker(&s, "when it has the votes"), Some("Lucía Berrocal Sáez".into()));
    assert!(!s.actors.iter().any(|a| a.name.contains("Vice-President")), "{:?}", s.actors.iter().map(|a| &a.name).collect::<Vec<_>>());
    // Near miss: a place in apposition is no speaker.
    let s = story(&["The First Vice-President and Minister of Finance, in Madrid, answered first. She said the budget would come \"when it has the votes.\""]);
    assert_ne!(speaker(&s, "when it has the votes"), Some("Madrid".into()));
}

#[test]
fn a_retort_verb_with_back_ends_an_adjacent_frame() {
    // `"Q," X shot back` (`[retort_verb]` then "back", the frame's last word): X
    // answers, never the speaker of the quote before.
    let s = story(&["Governor Paul Hale and his challenger, Maria Reyes, clashed over taxes. \"You raised the gas tax twice,\" Reyes said. \"That is a lie,\" Hale shot back."]);
    assert_eq!(speaker(&s, "You raised the gas tax"), Some("Maria Reyes".into()));
    assert_eq!(speaker(&s, "That is a lie"), Some("Paul Hale".into()));
    let s = story(&["The mayor, Ruth Obi, was asked about the deficit. Her rival, Tom Eze, fired back: \"She spent it all on a stadium.\""]);
    assert_eq!(speaker(&s, "She spent it all"), Some("Tom Eze".into()));
    // Near miss: "shot back at the gunmen" reports no words; the quote keeps its
    // own frame.
    let s = story(&["\"They came from the hills,\" said Omar Diallo, a farmer, and the soldiers shot back at the gunmen."]);
    assert_eq!(speaker(&s, "They came from the hills"), Some("Omar Diallo".into()));
}

#[test]
fn a_sports_role_before_a_name_or_as_a_description() {
    // "Rovers coach X said": a lowercase role noun between a club and the name is the
    // name's title; "the striker" takes up the striker named in apposition.
    let s = story(&["Rovers coach Dan Kiely said his side had been \"punished for every mistake.\""]);
    assert_eq!(speaker(&s, "punished for every mistake"), Some("Dan Kiely".into()));
    let s = story(&["The striker, Kwame Boateng, scored twice in the second half. \"I just tried to stay calm in front of goal,\" the striker said."]);
    assert_eq!(speaker(&s, "I just tried to stay calm"), Some("Kwame Boateng".into()));
    // Near miss: the coach is unnamed and no striker is named: "the coach" is no
    // person of the text.
    let s = story(&["Kwame Boateng scored twice. \"We were lucky,\" the coach said."]);
    assert_ne!(speaker(&s, "We were lucky"), Some("Kwame Boateng".into()));
}

#[test]
fn a_collective_subject_ends_before_its_present_tense_verb() {
    // "Supporters of the bill say it will …": the group's complement stops at the
    // plain present of a reporting verb after a noun.
    let s = story(&["Supporters of the bill say it will \"bring order to a chaotic market.\" They are wrong."]);
    assert_eq!(speaker(&s, "bring order"), Some("Supporters of the bill".into()));
    // Near miss: a noun that is also a verb's plain form, followed by the verb, stays
    // in the complement.
    let s = story(&["Critics of the climate report said it was \"a whitewash from start to finish.\""]);
    assert_eq!(speaker(&s, "a whitewash"), Some("Critics of the climate report".into()));
}

#[test]
fn a_who_clause_between_dashes_speaks_for_the_name_before() {
    let s = story(&["The bill passed on Thursday.", "Senator Olga Brandt — who last week called the deal \"a betrayal of our farmers\" — voted for it."]);
    assert_eq!(speaker(&s, "a betrayal of our farmers"), Some("Olga Brandt".into()));
    // Near miss: a "which" clause between dashes is about a thing, and the deal is
    // no speaker.
    let s = story(&["The bill passed on Thursday.", "The deal — which critics called \"a betrayal of our farmers\" — passed."]);
    assert!(!speaker(&s, "a betrayal of our farmers").is_some_and(|n| n.contains("eal")), "{:?}", speaker(&s, "a betrayal of our farmers"));
}

#[test]
fn a_book_or_agency_quotes_a_named_person_in_the_act() {
    // "The memoir quotes X telling him": a quoting verb (`[perception_verb]`), a name,
    // then a reporting verb in -ing: the name speaks.
    let s = story(&["The former chancellor Erik Lund has written an account of the crisis. The memoir quotes President Ruth Calder telling him: \"Fix it by Friday or find another job.\""]);
    assert_eq!(speaker(&s, "Fix it by Friday"), Some("Ruth Calder".into()));
    // Near miss: a comma and no quoting verb before the name: the subject speaks.
    let s = story(&["Erik Lund met Ruth Calder in March. Lund praised Calder, saying the plan was \"dead on arrival.\""]);
    assert_eq!(speaker(&s, "dead on arrival"), Some("Erik Lund".into()));
}

#[test]
fn kin_after_a_possessive_speak_for_themselves() {
    // "His mother said", "His family said in a statement that he was "Q"": kin are
    // another speaker than the possessor ("family" is no -ly adverb; "said" after a
    // possessed noun is no owned remark).
    let s = story(&["The jury found Liam Doyle guilty of manslaughter.", "His mother, speaking outside court, said: \"My son is not a killer.\""]);
    assert_eq!(speaker(&s, "My son is not a killer"), Some("His mother".into()));
    let s = story(&["The victim, Peter Kamau, 24, was a student.", "His family said in a statement that he was \"a gentle son who loved football.\""]);
    assert_eq!(speaker(&s, "a gentle son"), Some("His family".into()));
    // Near misses: "his speech" and "his repeated warning that" are his own words.
    let s = story(&["Peter Kamau spoke on Monday.", "In his speech, he said the plan was \"a gamble with our children's future.\""]);
    assert_eq!(speaker(&s, "a gamble with"), Some("Peter Kamau".into()));
    let s = story(&["Peter Kamau is an engineer.", "His repeated warning that the dam was \"at risk of collapse\" went unheeded."]);
    assert_eq!(speaker(&s, "at risk of collapse"), Some("Peter Kamau".into()));
}

#[test]
fn an_unlabelled_question_to_you_makes_the_next_paragraph_an_answer() {
    // A Q&A printed without "Q:"/"A:": the answer's first-person frame is the
    // interviewee's (the person the introduction names).
    let s = story(&["Foreign Minister Elif Kaya spoke to us in Ankara this week. The interview has been condensed.", "Did you speak to your Greek counterpart after the incident?", "Yes. I told him, \"We have to lower the temperature, both of us.\""]);
    assert_eq!(speaker(&s, "We have to lower"), Some("Elif Kaya".into()));
    // Near miss: a rhetorical question asks no one; the writer's "I" is not the
    // person named before.
    let s = story(&["Foreign Minister Elif Kaya visited Athens this week.", "Why does this matter?", "Because, as I told a colleague, \"Nobody wins a war in the Aegean.\""]);
    assert_ne!(speaker(&s, "Nobody wins a war"), Some("Elif Kaya".into()));
}


#[test]
fn a_reporting_participle_coordinated_after_a_quoted_person() {
    // "recalls X turning to him and saying": the -ing verb after "and" reads from the
    // participle right after the name.
    let s = story(&["Erik Lund has written a memoir.", "In one scene, Lund recalls the prime minister, Ola Berg, turning to him and saying: \"You have one week.\""]);
    assert_eq!(speaker(&s, "You have one week"), Some("Ola Berg".into()));
    // Near miss: no name between the quoting verb and the participles; the writer
    // turned and spoke.
    let s = story(&["Erik Lund has written a memoir.", "In one scene, Lund recalls turning to the prime minister, Ola Berg, and saying: \"You have one week.\""]);
    assert_eq!(speaker(&s, "You have one week"), Some("Erik Lund".into()));
}

#[test]
fn a_translated_name_keeps_its_acronym_in_another_order() {
    // "National Democratic Action (ADN)": the Spanish initials of an English name.
    let s = story(&["Rosa Vidal, who is running for the governing National Democratic Action (ADN) movement, spoke first. ADN has governed since 2023."]);
    assert_eq!(actor_kind(&s, "National Democratic Action"), "Organization", "{:?}", names(&s));
    assert!(!names(&s).iter().any(|n| *n == "ADN"), "{:?}", names(&s));
    // Near miss: an acronym of other letters after a person's name is her party.
    let s = story(&["Peter Lang Moser (CDU) said the budget was balanced."]);
    assert_eq!(parent(&s, "Peter Lang Moser").as_deref(), Some("CDU"), "{:?}", names(&s));
}

#[test]
fn two_states_joined_by_and_after_a_connector_stay_two() {
    let s = story(&["Speaking for Liberia, the Democratic Republic of the Congo and Guyana, the ambassador asked for a vote."]);
    let n = names(&s);
    assert!(n.iter().any(|x| *x == "Guyana") && n.iter().any(|x| *x == "Democratic Republic of the Congo"), "{n:?}");
    // Near miss: "and" inside one institution's name after "of" still joins it.
    let s = story(&["The Ministry of Foreign Affairs and Trade said on Monday that the talks would resume."]);
    assert!(names(&s).iter().any(|x| *x == "Ministry of Foreign Affairs and Trade"), "{:?}", names(&s));
}

#[test]
fn a_long_title_case_headline_adds_no_actors() {
    let s = story(&[
        "Security Council Hears Warnings of Funding Gap for Peace Mission in Somalia, as Members Split over Assessed Contributions",
        "Somalia asked the Security Council for money on Monday.",
    ]);
    let n = names(&s);
    assert!(!n.iter().any(|x| x.contains("Members") || x.contains("Assessed")), "{n:?}");
    // Near miss: a line with a lowercase verb is prose, its names are actors.
    let s = story(&["Halima Osei Bonsu warns of funding gap as Members Split over contributions", "Somalia asked for money."]);
    assert!(names(&s).iter().any(|x| *x == "Halima Osei Bonsu"), "{:?}", names(&s));
}

#[test]
fn what_only_an_outlet_has_makes_a_name_an_outlet() {
    let s = story(&["In Paris, Le Monde's editorial on Wednesday called the deal a sale. In Germany, the Frankfurter Allgemeine Zeitung's Cairo correspondent, Jonas Weidemann, focused on the IMF."]);
    assert_eq!(actor_kind(&s, "Le Monde"), "Media", "{:?}", names(&s));
    assert_eq!(actor_kind(&s, "Frankfurter Allgemeine Zeitung"), "Media", "{:?}", names(&s));
    // Near miss: a person's possession ("Maria Lopez's lawyer") leaves her a person.
    let s = story(&["Maria Lopez's lawyer said the charges were false."]);
    assert_eq!(actor_kind(&s, "Maria Lopez"), "Person", "{:?}", names(&s));
}

#[test]
fn a_mission_in_a_place_runs_to_its_acronym() {
    let s = story(&["The African Union Support and Stabilization Mission in Somalia (AUSSOM) will run out of money by March, officials said. AUSSOM has 11,000 troops."]);
    assert!(names(&s).iter().any(|x| *x == "African Union Support and Stabilization Mission in Somalia"), "{:?}", names(&s));
    // Near miss: a name, "in" and a state before an acronym that abbreviates neither.
    let s = story(&["Maria Lopez in Somalia (AFP) said the talks had failed."]);
    assert!(names(&s).iter().any(|x| *x == "Somalia"), "{:?}", names(&s));
}

#[test]
fn an_unframed_quote_goes_to_the_person_reported_speaking_just_before() {
    // Sieve 6 (`attribution/nearest.rs`): a quote no sieve attributes takes the last
    // person the sentence before reports speaking ("he says"), not the body named
    // in its relative clause, rather than no one.
    let s = story(&["Father Tomas Ruiz runs a shelter in the town. He has spoken out about the Black Eagles militia, who, he says, charge a \"toll\" at every crossing.", "\"Nobody here is safe at night. Nobody.\""]);
    assert_eq!(speaker(&s, "Nobody here is safe"), Some("Tomas Ruiz".into()));
    // With no person reported speaking there, the body that is.
    let s = story(&["Lorenzo Vidal runs a shelter in the town. The Black Eagles militia, which controls the road, says the \"toll\" pays its fighters.", "\"Nobody crosses without paying.\""]);
    assert_eq!(speaker(&s, "Nobody crosses"), Some("Black Eagles".into()));
    // A quote in a sentence with no reporting frame: the speaker of the one before.
    let s = story(&["The dispute began in March. Ines Varga said the company had cut its workforce. The new plant alone would need \"at least two thousand workers\" by 2027."]);
    assert_eq!(speaker(&s, "at least two thousand"), Some("Ines Varga".into()));
}

#[test]
fn a_reporting_subject_no_actor_answers_to_is_not_replaced_by_the_person_before() {
    // Near miss of sieve 6: the quote's own reporting verb has a subject (a
    // description the sieves resolve to no actor); the mayor named before is not
    // the speaker, so the quote stays without one.
    let s = story(&["Mayor Ana Pinto resigned on Monday. The regional governor's office said that her tenure had been \"a wound in the public trust\"."]);
    assert!(s.quotes.iter().any(|q| q.text.starts_with("a wound") && q.kind == dramatis::model::QuoteKind::Speech));
    assert_eq!(speaker(&s, "a wound"), None);
}

#[test]
fn his_government_or_party_speaks_for_the_body_the_possessor_belongs_to() {
    // "his government": the possessor's state (or party) in the cast, not the person.
    let s = story(&["Slovenian Prime Minister Marko Zupan arrived in Brussels on Monday. His government said the new levy was \"not up for negotiation this year.\""]);
    assert_eq!(speaker(&s, "not up for negotiation").as_deref(), Some("Slovenia"));
    let s = story(&["Ana Ruiz of the Democratic Renewal Party lost her seat in March. Her party said the count had been \"riddled with errors from the start.\""]);
    assert_eq!(speaker(&s, "riddled with errors").as_deref(), Some("Democratic Renewal Party"));
    // Near misses: "her party" of a person under a state only (no party in the cast)
    // is not the state; "his government spokesman" is a person of the body.
    let s = story(&["Slovenian Prime Minister Marko Zupan arrived in Brussels on Monday. His party said the new levy was \"not up for negotiation this year.\""]);
    assert_ne!(speaker(&s, "not up for negotiation").as_deref(), Some("Slovenia"));
    let s = story(&["Slovenian Prime Minister Marko Zupan arrived in Brussels on Monday. His government spokesman said the new levy was \"not up for negotiation this year.\""]);
    assert_ne!(speaker(&s, "not up for negotiation").as_deref(), Some("Slovenia"));
}

#[test]
fn his_government_is_the_states_government_when_the_story_has_one() {
    // "the government" of the home state made a government actor (cast/government.rs):
    // "his government" is that body, under the state.
    let s = story(&["Slovenia is divided over the levy. Slovenian Prime Minister Marko Zupan arrived in Brussels on Monday. The government had asked for talks. His government said the new levy was \"not up for negotiation this year.\""]);
    assert_eq!(speaker(&s, "not up for negotiation").as_deref(), Some("Slovenian Government"));
    // Near miss: "his government spokesman" is a person of the body, not the body.
    let s = story(&["Slovenia is divided over the levy. Slovenian Prime Minister Marko Zupan arrived in Brussels on Monday. The government had asked for talks. His government spokesman said the new levy was \"not up for negotiation this year.\""]);
    assert_ne!(speaker(&s, "not up for negotiation").as_deref(), Some("Slovenian Government"));
}

#[test]
fn the_demonym_government_is_the_states_government_actor_when_there_is_one() {
    // "the government" made a "Polish Government" (cast/government.rs): "the Polish
    // government" in a relation is that body.
    // (a ministry sits in it, so it is kept: an idle one is the state's alias)
    let s = story(&["Poland's farmers blocked the border again. The government has promised talks, and the Ministry of Agriculture will pay them.", "The Polish government accused Ukraine of dumping grain on the market."]);
    assert!(rels(&s).iter().any(|(a, b, _)| a.as_deref() == Some("Polish Government") && b.as_deref() == Some("Ukraine")), "{:?}", rels(&s));
    // Near miss: with no government actor, the state itself accuses.
    let s = story(&["Poland's farmers blocked the border again.", "The Polish government accused Ukraine of dumping grain on the market."]);
    assert!(rels(&s).iter().any(|(a, b, _)| a.as_deref() == Some("Poland") && b.as_deref() == Some("Ukraine")), "{:?}", rels(&s));
}

#[test]
fn a_demonym_before_a_body_noun_keeps_another_states_body_out() {
    // "The Rwandan government said" is not the Qatari Government the story made.
    let s = story(&["Qatar hosted the talks in Doha. The government said the venue was ready, and the Ministry of Foreign Affairs sent a team.", "The Rwandan government said in a statement that it \"welcomes any progress\" in Doha."]);
    assert_ne!(speaker(&s, "welcomes any progress").as_deref(), Some("Qatari Government"));
    // Near miss: the same state's demonym takes up its government.
    let s = story(&["Qatar hosted the talks in Doha. The government said the venue was ready, and the Ministry of Foreign Affairs sent a team.", "The Qatari government said in a statement that it \"welcomes any progress\" in Doha."]);
    assert_eq!(speaker(&s, "welcomes any progress").as_deref(), Some("Qatari Government"));
}

#[test]
fn a_demonym_before_a_body_noun_keeps_another_state_out_when_the_government_is_its_alias() {
    // Nothing sits in the government: "the government" is Qatar's alias
    // (cast/government.rs idle_government), and "the Rwandan government" is not Qatar.
    let s = story(&["Qatar hosted the talks in Doha. The government said the venue was ready.", "The Rwandan government said in a statement that it \"welcomes any progress\" in Doha."]);
    assert_ne!(speaker(&s, "welcomes any progress").as_deref(), Some("Qatar"));
    // Near miss: the same state's demonym takes up the state.
    let s = story(&["Qatar hosted the talks in Doha. The government said the venue was ready.", "The Qatari government said in a statement that it \"welcomes any progress\" in Doha."]);
    assert_eq!(speaker(&s, "welcomes any progress").as_deref(), Some("Qatar"));
}

#[test]
fn a_people_chanting_is_a_group_under_its_state_never_the_state() {
    let s = story(&["Thousands filled the streets of Harare on Saturday.", "Zimbabweans chanted \"We want change\" outside the electoral commission. Later, Zimbabweans shouted \"Free the vote\" at the police lines."]);
    assert_eq!(speaker(&s, "We want change"), Some("Zimbabweans".into()));
    assert_eq!(speaker(&s, "Free the vote"), Some("Zimbabweans".into()));
    assert_eq!(actor_kind(&s, "Zimbabweans"), "Group");
    assert_eq!(parent(&s, "Zimbabweans"), Some("Zimbabwe".into()));
    assert_eq!(s.actors.iter().filter(|a| a.name == "Zimbabweans").count(), 1);
    // (near miss: the state keeps its own words, and a people that says nothing
    // makes no group)
    let s = story(&["Zimbabweans will vote in March.", "\"We will welcome observers,\" Zimbabwe said in a statement."]);
    assert_eq!(speaker(&s, "We will welcome observers"), Some("Zimbabwe".into()));
    assert!(!s.actors.iter().any(|a| a.name == "Zimbabweans"));
}
