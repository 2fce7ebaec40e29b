// closing.ink: shared hand-over text that depends on the trainee's referrals.
//
// HOW TO USE (from a scenario root file, after INCLUDE common/threshold.ink and common/forms.ink):
//     INCLUDE common/closing.ink
//     -> record_referrals ->
//     ~ referral_summary("Lena")            // one line per service arranged, in plain prose
//     { chose_harmful_disposition(): -> harmful_path }
//     -> harmful_disposition_outcomes("Lena") ->   // narrates each harmful disposition chosen
//
// Functions:
//   referral_summary(who)        prints one sentence per service or action in `referrals`
//                                (dispositions are left to harmful_disposition_outcomes)
//   referral_count()             how many referrals were chosen (all kinds)
//   chose_harmful_disposition()  true if any punitive or unsafe disposition was chosen
//   chose_support_service()      true if at least one support service was chosen
//   no_referrals_made()          true if the form was left empty
// Tunnels:
//   harmful_disposition_outcomes(who)  narrates the consequence of each harmful disposition chosen
//   nothing_arranged(who)              narrates a person leaving with nothing in place
//
// `who` is the person's name as the scenario uses it. Where a pronoun is unavoidable the text uses
// singular "they", so it fits anyone.
// Each scenario still writes its own ending lines and tags them `# ending: name`.

=== function harmful_disposition_set() ===
~ return (immigration_detention, deportation_or_removal, arrest_for_compelled_offence, release_to_controller, return_child_to_family_unassessed, family_or_community_mediation)

=== function chose_harmful_disposition() ===
~ return LIST_COUNT(referrals ^ harmful_disposition_set()) > 0

=== function chose_support_service() ===
~ return LIST_COUNT(referrals - harmful_disposition_set()) > 0

=== function referral_count() ===
~ return LIST_COUNT(referrals)

=== function no_referrals_made() ===
~ return LIST_COUNT(referrals) == 0

=== function referral_summary(who) ===
{referrals ? specialist_trafficking_unit:
    You call the specialist trafficking unit; an officer from the unit agrees to take over the case tonight.
}
{referrals ? child_protection:
    The duty child protection worker is told and comes out; from now on, decisions about care for {who} go through them.
}
{referrals ? victim_service_ngo:
    A caseworker from the victim support organisation will meet {who} and stay the main point of contact.
}
{referrals ? safe_shelter:
    A place in safe accommodation is found for tonight, at an address nobody involved will be given.
}
{referrals ? medical_care:
    A medical check is arranged at a clinic that sees people without asking them to explain themselves first.
}
{referrals ? sexual_reproductive_health:
    A confidential sexual and reproductive health appointment is arranged for {who}, with a clinician of the gender {who} prefers.
}
{referrals ? mental_health_care:
    The mental health crisis team is asked to see {who} today.
}
{referrals ? psychological_counselling:
    {who} is offered counselling with a practitioner who works with people after exploitation.
}
{referrals ? legal_aid:
    A lawyer who takes legal-aid cases will call {who} to explain rights and options, free of charge.
}
{referrals ? interpreter_independent:
    An independent interpreter is booked for every appointment that follows, never anyone {who} knows.
}
{referrals ? residence_protection:
    A lawyer is asked to start the application for a reflection period and protection from removal.
}
{referrals ? asylum_migrant_support:
    A migrant support service will explain the asylum procedure and help {who} through it.
}
{referrals ? consular_contact:
    You pass on a request for consular contact for {who}.
}
{referrals ? labour_inspectorate:
    The labour inspectorate receives a complaint about the unpaid wages and the working conditions.
}
{referrals ? victim_witness_protection:
    The unit is asked to assess the risk to {who} and put protective measures in place.
}
{referrals ? hotline_information:
    {who} is given a discreet number to call for help at any hour, written so it looks like something ordinary.
}
{referrals ? vocational_training_education:
    A place in a training or education programme is put forward for later, once {who} is ready.
}

// Narrates what each harmful disposition does to the person. Call after record_referrals when
// chose_harmful_disposition() is true; the scenario then writes its own ending line.
=== harmful_disposition_outcomes(who) ===
{referrals ? arrest_for_compelled_offence:
    {who} is arrested for what they were made to do. In the van, {who} stops answering questions altogether.
}
{referrals ? immigration_detention:
    {who} is taken to an immigration holding centre, which is exactly what {who} had been told the police would do.
}
{referrals ? deportation_or_removal:
    Removal proceedings are started. The people {who} fears may soon know where and when {who} is being sent.
}
{referrals ? release_to_controller:
    {who} is handed back to the adult who had been answering for them, who thanks you politely.
}
{referrals ? return_child_to_family_unassessed:
    {who} is sent back to the family without anyone asking what happened at home or who arranged the journey.
}
{referrals ? family_or_community_mediation:
    A mediation meeting is set up with the family, in which {who} will sit across the table from the people pressing for this.
}
->->

// For a person who leaves with nothing in place.
=== nothing_arranged(who) ===
{who} leaves with nothing arranged and no safe way to get in touch again.
->->
