// Threshold's bridge between the story and the game's forms. GENERATED from
// src/content/taxonomy/taxonomy.json by `npm run stories -- sync-common`; do not edit by hand.
// Taxonomy schema 1.0.0.
//
// The game writes the trainee's answers into these two lists when a line tagged
// `# decide: determination` or `# decide: referrals` has been shown, so endings can branch:
//     { determination ? potential_victim_sex: ... }
//     { referrals ? immigration_detention: ... }
// In Inky (no game attached) both stay empty unless the author sets them, e.g.
//     ~ referrals = (medical_care, legal_aid)

LIST determination = potential_victim_sex, potential_victim_labour, potential_victim_domestic_servitude, potential_victim_forced_marriage, potential_victim_organ_removal, potential_victim_child_soldier, potential_victim_forced_criminality, not_trafficking_smuggling, not_trafficking_labour_dispute, not_trafficking_other_harm, insufficient_information

LIST referrals = medical_care, sexual_reproductive_health, mental_health_care, psychological_counselling, safe_shelter, legal_aid, victim_service_ngo, hotline_information, child_protection, interpreter_independent, consular_contact, specialist_trafficking_unit, residence_protection, labour_inspectorate, asylum_migrant_support, victim_witness_protection, vocational_training_education, immigration_detention, deportation_or_removal, arrest_for_compelled_offence, release_to_controller, return_child_to_family_unassessed, family_or_community_mediation

// Mirrored by the game after every choice (see docs/authoring.md, "The interview model").
VAR rapport = 0
VAR distress = 2
