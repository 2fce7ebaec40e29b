# id: scn_04_site_wage_dispute
# title: Two months unpaid
# summary: Police are called to a housing site after a shouting match over wages. A subcontractor's crew, several of them migrant workers, have not been paid for two months. Is this trafficking?
# form: none
# setting: construction_site
# minutes: 14
# difficulty: advanced
# content_warning: An angry workplace dispute and raised voices.
# objective: Screen every worker who needs it, in private and with an independent interpreter, for what might keep them in place, without fishing for a particular story.
# objective: Reach the determination the evidence supports: neither miss a victim nor over-call.
# objective: Refer to the services that fit the problem, with the workers' informed consent, without over-referring.
# teaching_point: Unpaid wages, long hours and poor safety are serious labour violations, but with documents in their own hands, no debt to the employer, freedom to leave and no threats, they are not forced labour.
# teaching_point: Screen each person in private for the means before deciding, and refer a labour dispute to the labour inspectorate and legal aid with consent.
# scene: construction_site
# determination: not_trafficking_labour_dispute
# referrals_required: labour_inspectorate, legal_aid, interpreter_independent
# referrals_harmful: immigration_detention, deportation_or_removal, arrest_for_compelled_offence
# referrals_unnecessary: safe_shelter, specialist_trafficking_unit, residence_protection, victim_witness_protection, psychological_counselling
# conditions: labour_violation_without_coercion, foreign_national, language_barrier
# screen: ilie, dariusz

// Premise: domain reference 8.4, a decoy. What is present (unpaid wages, long hours, patchy safety
// gear, a high-risk sector) is real and is shown; what would make it trafficking (documents
// withheld, debt to the employer, no freedom to leave, threats) is absent, and the trainee only
// learns that by asking, in private, through a proper interpreter. Calling it trafficking is the
// false positive this scenario tests. See 5.8 in the domain reference.
// Real warning signs are shown (a sleeping bag in the cabin, a spokesman who says "slaves", men who
// go quiet in front of the subcontractor); good questioning in private finds their other
// explanation. The narrator never vouches for anyone. Calling it trafficking fails under the one
// over-call policy for every decoy (docs/scoring.md), not through this story's weights.

INCLUDE common/threshold.ink
INCLUDE common/forms.ink
INCLUDE common/interpreter.ink
INCLUDE common/closing.ink

// What the trainee has done that changes what Ilie says and how the afternoon ends.
VAR via_dariusz = false
VAR threatened_immigration = false
VAR labelled_them = false
VAR asked_consent = false

-> site_gate

// The interview phases start when you reach the crew. Joanne (a witness) and Gary (the employer)
// are not the people being screened, so what you ask them is scene work and carries no q.
=== site_gate ===
Four in the afternoon on a half-built housing estate at the edge of town. Cement mixers turn, a radio plays somewhere in the scaffolding, and a group of men in hi-vis vests stand by the welfare cabins with their arms folded. # sfx: radio_chatter
The site manager of the main contractor meets you at the gate, hard hat under her arm.
"Thanks for coming out. It's calmer now. One of the subcontractors hasn't paid his lads for two months, and it all kicked off in the car park at lunch." # speaker: Joanne # mood: tired # indicator: wages_withheld_or_confiscated
- (walk)
* [Ask Joanne what happened in the car park]
    "Gary Kerr runs the groundworks crew. His men cornered him at his van asking for their money. Lots of shouting, a bit of pushing, nobody hurt. I rang you before it got worse." # speaker: Joanne # mood: tired
    "For what it's worth, we've paid Gary on time every month. Where that money's gone, I couldn't tell you." # speaker: Joanne # mood: flat
    -> walk
* [Look at the scaffolding where the crew was working # hotspot: scaffold]
    Two men are laying blocks on the second lift of the scaffold. One has a harness; the other has clipped nothing. Neither has gloves, and a guard rail is missing at the corner. # indicator: hazardous_work_without_protection, high_risk_sector
    -> walk
* [Read the rota pinned up outside the site office # hotspot: rota_board]
    The groundworks rota has the same nine names every day: seven until seven, Monday to Saturday, for the last eight weeks. Somebody has written "SUNDAY??" on it in marker. # indicator: excessive_hours_no_rest
    -> walk
* [Look into the crew's welfare cabin # hotspot: welfare_cabin]
    Work boots, a kettle, a microwave, a row of lockers. Jackets hang on hooks; a passport sticks out of one jacket's inside pocket, a phone charges by the window.
    Under the bench a sleeping bag is rolled up tight, with a toothbrush and a razor in a mug beside it. # indicator: living_at_workplace
    -> walk
* [Go and speak to Gary Kerr, the subcontractor]
    -> subcontractor

=== subcontractor ===
Gary Kerr is sitting in the cab of his van with the door open, phone in hand. He gets out when he sees you coming. # sfx: footsteps
"I know what they've said. They'll get paid. The money's tied up with another job, it's coming next week." # speaker: Gary # mood: defensive
- (talk)
* [Ask him whether he holds any of the men's passports or documents]
    "Their passports? Why would I have their passports? They're grown men." He frowns. "I've got copies of their work permits in the office, like you're supposed to." # speaker: Gary # mood: defensive
    -> talk
* [Ask him where the men live and how they got the job]
    "Wherever they like. Rooms in town, mostly. Half of them found me through a mate of a mate. I don't charge anyone for anything, if that's what you're asking." # speaker: Gary # mood: defensive
    -> talk
* [Tell him you will be talking to the men now]
    "Fine. They'll tell you I'm a crook, and maybe I am with money. But I've never laid a finger on anyone." # speaker: Gary # mood: defensive
    -> the_crew

=== the_crew ===
The men by the cabin watch you walk over. One of them, a tall man with paint on his sleeves, steps forward. # sfx: footsteps # phase: engage_explain
"I'm Dariusz. I speak for them, my English is good. We want our money, that's all." # speaker: Dariusz # mood: angry
Beside him, an older man listens hard and follows almost none of it. Dariusz points at him. "Ilie has the payslips on his phone. Every week, no money. But he has not much English."
Gary Kerr has followed you across and stands a few metres away, arms folded.
- (approach)
+ {distress >= 6} [Stop. Tell Ilie that nobody is in trouble, and that he can take a moment # q: respond_to_distress]
    -> ilie_steadies -> approach
* [Ask the whole crew, right there in front of Gary, whether anyone is being forced to work # q: question_in_presence_of_controller]
    "Is anyone here being forced to work for this man?" # speaker: You
    A few of the men look at Gary, then at each other. Nobody answers. Dariusz laughs, not kindly. "Forced? He cannot even pay us." # speaker: Dariusz # mood: angry
    -> approach
* [Warn the crew that anyone whose papers are not in order will be reported to immigration # q: threaten_sanction]
    ~ threatened_immigration = true
    "Before we go on: anyone whose papers aren't in order gets reported to immigration. Understood?" # speaker: You
    The mood changes at once. Two of the younger men pick up their bags and walk off towards the road. Ilie looks at the ground. "We have permits," Dariusz says quietly. "All of us. But now they are scared." # speaker: Dariusz # mood: cold
    -> approach
* [Ask Joanne whether you can use her site office, and ask Ilie to come and talk to you there on his own, as you will with anyone else who wants to # q: ensure_privacy # screens: ilie]
    Joanne hands you the key. Ilie looks at Dariusz, who nods, and follows you to the portable office at the other end of the site. Gary stays by his van.
    -> office

=== office ===
The site office has a desk, two plastic chairs and a heater that smells of dust. Ilie sits on the edge of his chair with his phone in both hands.
You try a few words. He understands "money" and "two months" and little else. # indicator: wages_withheld_or_confiscated
- (language)
+ {distress >= 6} [Stop. Tell him, as simply as you can, that he is not in trouble and can take his time # q: respond_to_distress]
    -> ilie_steadies -> language
* [Call the telephone interpreting service and ask for a Romanian interpreter # q: use_independent_interpreter]
    -> brief_telephone_interpreter("Romanian") ->
    Through the interpreter, Ilie confirms that Romanian is the language he is most comfortable in.
    -> engage
* [Ask Dariusz to come in and translate, since he speaks good English # q: use_informal_interpreter]
    ~ via_dariusz = true
    Dariusz comes in, glad to help. He and Ilie share a few words in a language you guess is Romanian, then switch to something else. # sfx: footsteps
    -> informal_interpreter_doubts("Dariusz") ->
    -> engage
* [Carry on in English, slowly and loudly, with short yes-or-no questions # q: closed_specific]
    You try again, more slowly and more loudly. Ilie nods at everything, which tells you nothing, and glances at the door.
    -> language

=== engage ===
- (start)
+ {distress >= 6} [Stop. Tell him he is not in trouble and that there is no hurry # q: respond_to_distress]
    -> ilie_steadies -> start
* [Explain who you are, why you came, that he is not in trouble, that he can stop at any time, and what you will do with what he tells you # q: explain_process]
    "I'm a police officer. The site manager called us about the argument at lunch. You're not in trouble. I'd like to understand what's been happening with your work, and then I'll explain what help there is. You can stop whenever you like." # speaker: You
    {via_dariusz:
        Dariusz translates in a few seconds what took you half a minute to say.
    }
    Ilie nods, and puts his phone down on the desk.
    -> his_account
* [Tell him that men like him are often victims of human trafficking and forced labour, and that you are here to rescue him # q: jargon_or_labelling]
    ~ labelled_them = true
    "I think you may be a victim of human trafficking. Forced labour. We're here to help you get out of it." # speaker: You
    Ilie frowns as the words reach him. "Trafficking? No. I'm not a victim, I'm a builder. I want my money." # speaker: Ilie # mood: offended
    -> start
* [Offer him a tea from Joanne's kettle first # q: attend_to_immediate_needs]
    Ilie accepts, and holds the mug more than he drinks from it.
    -> start

=== his_account ===
You ask Ilie to tell you about the job in his own words. # phase: free_account
- (invite)
+ {distress >= 6} [Stop. Tell him you understand this is hard, and that you have time # q: validate_empathise]
    -> ilie_steadies -> invite
* [Ask him to tell you what has happened with this job, from the beginning # q: open_invitation]
    "Can you tell me what's happened with this job, from the start?" # speaker: You
    {via_dariusz:
        Dariusz speaks for a long time. "He says the boss treats them like slaves and steals everything, and they cannot go anywhere." Ilie, listening, shakes his head at something and starts to object; Dariusz waves him quiet. # speaker: Dariusz # mood: angry
    - else:
        "I came in the spring. A friend from my town worked here and told me about it. At first Gary paid every Friday, into the bank." # speaker: Ilie # mood: calm
        "For eight weeks now, nothing. It's always 'next week'. And we still work seven till seven, six days a week. Look." He turns the phone round: payslips with hours and no payments. # speaker: Ilie # mood: frustrated # indicator: wages_withheld_or_confiscated, excessive_hours_no_rest
    }
    -> go_on
* [Say: "He's taken your passport and you can't leave, hasn't he?" # q: leading]
    "He's got your passport and you can't leave, right?" # speaker: You
    {via_dariusz:
        Dariusz passes it on. Ilie says something short. "He says yes," says Dariusz. It is not clear what Ilie was agreeing to. # speaker: Dariusz # mood: angry
    - else:
        Ilie hesitates over the question. "Passport... yes, Gary has... a copy? For the permit." He looks unsure whether that was the answer you wanted. # speaker: Ilie # mood: confused
    }
    -> go_on
* [Ask him when he arrived, who got him the job, where he lives and whether he has been paid, all at once # q: multiple_question]
    "When did you come, who got you the job, where do you live, and have you been paid?" # speaker: You
    {via_dariusz:
        Dariusz fires the questions at Ilie in one go.
    - else:
        The interpreter takes a breath and does her best.
    }
    Ilie answers only the last part: "No. No money." # speaker: Ilie # mood: frustrated # indicator: wages_withheld_or_confiscated
    -> go_on

= go_on
+ {distress >= 6} [Stop. Tell him his anger makes sense, and that you have time # q: validate_empathise]
    -> ilie_steadies -> go_on
* [Ask him to tell you more about the work itself # q: open_followup]
    "Tell me more about the work itself." # speaker: You
    "Blocks, concrete, everything. It's hard, but building is always hard." He rubs his palms. "There are two harnesses for nine men. I asked Gary for gloves and he said next week, the same as the money." # speaker: Ilie # mood: frustrated # indicator: hazardous_work_without_protection
    -> screening
* [Move on to specific questions]
    -> screening

=== screening ===
You tell Ilie you have a few specific questions that you ask everyone in his situation, and that "I don't know" is always a fine answer. # phase: clarify
- (ask)
+ {distress >= 6} [Stop. Tell him nobody is in trouble and offer him a break # q: offer_break]
    -> ilie_steadies -> ask
* [Ask where his passport and identity papers are # q: specific_wh]
    "Where are your passport and your papers at the moment?" # speaker: You
    {threatened_immigration:
        He touches his jacket and says nothing for a while. Then, warily: "I have a permit. Everything is legal." He does not show you. # speaker: Ilie # mood: wary
    - else:
        He pats his jacket. "Here. I always keep them on me." He shows you the passport and the work permit card, both in his own name, both valid. # speaker: Ilie # mood: calm
    }
    -> ask
* [Ask whether he owes money to Gary, or to anyone who helped him get the job or travel here # q: specific_wh]
    "Do you owe money to anyone connected with this job: Gary, or whoever helped you get here?" # speaker: You
    "No. I paid for my own bus ticket. My friend only gave me Gary's number. I don't owe anybody anything." He almost smiles. "Gary owes me." # speaker: Ilie # mood: calm
    -> ask
* [Ask what would happen if he wanted to stop working for Gary # q: specific_wh]
    "What would happen if you wanted to stop working for Gary?" # speaker: You
    "I could go. Two men left last month for another site that pays more, and nobody stopped them." He shrugs. "I stay because if I leave, I'll never see my two months' money." # speaker: Ilie # mood: calm
    -> ask
* [Ask how Gary has reacted when the men have complained, and whether anyone has ever threatened them or their families # q: specific_wh]
    "What has Gary done when you've complained? Has anyone ever threatened you, or your family?" # speaker: You
    "He shouts, he says next week, he hides in his van." Ilie shakes his head. "No threats, never. He isn't a bad man. He's bad with money." # speaker: Ilie # mood: calm
    -> ask
* [Ask where he lives and who he pays for it # q: specific_wh]
    "Where do you live at the moment, and who do you pay for it?" # speaker: You
    "A room in town, with two others from the crew. I pay the landlord myself." He frowns. "This month I'll pay late, because there's no money." # speaker: Ilie # mood: worried
    "The sleeping bag in the cabin? Marius. His landlord put him out when the rent was late, so he slept there a few nights. Joanne knows, she let him. He's at his cousin's now." # speaker: Ilie # mood: worried
    -> ask
* [Point out that Dariusz said the boss treats them like slaves, and ask why Ilie is now saying something different # q: confront_inconsistency]
    "Your friend said Gary treats you like slaves. Now you say he doesn't. Which is it?" # speaker: You
    Ilie's face closes. "I'm telling you what's true. Dariusz is angry. So am I. But slaves? No." # speaker: Ilie # mood: offended
    -> ask
* [Sum up what he has told you and check that you have understood # q: summarise_check]
    "Let me check I have this right: Gary stopped paying eight weeks ago, you work long days with poor safety kit, you keep your own papers, you owe nobody, and you could leave but you want your wages first. Is that right?" # speaker: You
    "Yes. That's it." # speaker: Ilie # mood: relieved
    -> close

=== close ===
You tell Ilie that you have what you need for now, and turn to what can be done. # phase: close
- (wrap)
+ {distress >= 6} [Give him a moment before you go on # q: allow_silence]
    -> ilie_steadies -> wrap
* [Explain what happens next: what can be done about unpaid wages and safety, who could help, and that none of it happens without his agreement # q: explain_next_steps]
    "Here's what happens now. I'll write down what I've found and what I think this is. Then I'll tell you which services can help with what you've told me. An interpreter can be there for all of it, and none of it happens unless you want it." # speaker: You
    {labelled_them:
        Ilie listens more carefully than before. "So this is about my wages. Good. I'm not a victim, I'm a worker." # speaker: Ilie # mood: calm
    - else:
        Ilie listens, nodding. "Is this for all the crew?" You tell him each of them can make the same choice. # speaker: Ilie # mood: calm
    }
    -> wrap
* [Ask whether he agrees to you passing on what he has told you to the services that can help with it, and make sure he knows he can say no # q: seek_informed_consent]
    ~ asked_consent = true
    "Do you want me to pass on what you've told me to people who can help with it? It's your choice. You can say no, or take time to think." # speaker: You
    "Yes. Put it on record." He taps the phone with the payslips. "Dariusz and the others will say the same." # speaker: Ilie # mood: determined
    -> wrap
* [Tell him he will definitely get all his money back by the end of the month # q: promise_unkeepable]
    "Don't worry, you'll have every penny back by the end of the month." # speaker: You
    Ilie looks at you for a long moment. "You can promise this? Gary cannot even promise this." # speaker: Ilie # mood: doubtful
    -> wrap
* [Ask Dariusz to come into the office on his own too, as you do with everyone, with the interpreter on the line # q: ensure_privacy # screens: dariusz]
    -> dariusz_alone
* [Fill in the forms]
    -> decide

=== dariusz_alone ===
Dariusz sits where Ilie sat, arms folded. He chooses English, and the interpreter stays on the line in case he wants her. # sfx: footsteps
"You want to know if we are slaves. I said it outside because I was angry." # speaker: Dariusz # mood: angry
"My passport is in my pocket. I owe Gary nothing; he owes me. If I want, I go tomorrow to my brother-in-law's firm. Nobody threatens me. Gary shouts, that's all." # speaker: Dariusz # mood: angry
"I stay for the same reason as Ilie: if I go, the money goes." # speaker: Dariusz
-> close.wrap

=== ilie_steadies ===
You stop and give him room. He drinks some water, breathes, and after a while nods that he can go on.
->->

=== decide ===
-> record_determination ->
-> record_referrals ->
~ referral_summary("Ilie")
{
- LIST_COUNT(referrals ^ (immigration_detention, deportation_or_removal, arrest_for_compelled_offence)) > 0:
    -> punished_for_complaining
- determination !? not_trafficking_labour_dispute:
    -> over_called
- referrals ? (labour_inspectorate, legal_aid):
    -> complaint_on_record
- else:
    -> nothing_on_record
}

=== punished_for_complaining ===
{referrals ? arrest_for_compelled_offence: Ilie is arrested, though nobody can say for what: the pushing in the car park is the nearest thing to an offence, and he was not part of it.}
{referrals ? immigration_detention: Ilie is taken to an immigration holding centre while his status is checked.}
{referrals ? deportation_or_removal: Removal proceedings are started against a man who holds a valid work permit.}
His papers are in order, and it takes two days to prove it. By then the crew has scattered. Nobody on this site will call the police about wages again. # ending: punished_for_complaining
-> END

=== over_called ===
{LIST_COUNT(determination ^ (potential_victim_labour, potential_victim_sex, potential_victim_domestic_servitude, potential_victim_forced_marriage, potential_victim_organ_removal, potential_victim_child_soldier, potential_victim_forced_criminality)) > 0:
    Your record says trafficking. When the officer from the specialist unit calls back, the first thing Ilie asks through the interpreter is why he is being treated as a victim when what he wants is his wages.
    The unit's time goes on a case that needs none of its powers, and the complaint about the money waits behind it.
- else:
    Your record does not say what this is: a dispute over wages. Without that, nobody whose job it is picks it up.
}
{referrals ? safe_shelter: A shelter place is offered to men who already pay for their own rooms. They turn it down, puzzled.}
{referrals ? (labour_inspectorate, legal_aid): At least the complaint to the labour inspectorate and the lawyer's call go ahead.}
Ilie shakes your hand at the gate, politely, like someone who has not been listened to. # ending: over_called
-> END

=== complaint_on_record ===
{asked_consent:
    Ilie signs the complaint with the interpreter reading it back to him line by line. By the end of the afternoon six more of the crew have asked to do the same.
- else:
    The complaint goes in. Nobody asked Ilie first whether he wanted it, and he hears about it from the inspector; he goes along with it, but it was not his decision.
}
{not (referrals ? interpreter_independent): The lawyer's first call is in English. Ilie understands one word in three and agrees to everything.}
Joanne promises to hold back the next payment to Gary until the inspector has been. Ilie goes back to the cabin to tell the others. # ending: complaint_on_record
-> END

=== nothing_on_record ===
{via_dariusz:
    The notes you take are in Dariusz's words more than Ilie's, and they do not add up to anything a service could act on.
}
You leave with a name and a phone number, and nothing arranged. The crew go back to work the next morning, because the only way to see the two months' wages is to stay. # ending: nothing_on_record
-> END
