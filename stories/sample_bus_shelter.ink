# id: sample_bus_shelter
# title: The last bus
# summary: Near midnight a boy of about fourteen waits alone at a bus shelter in wet work clothes while his phone keeps buzzing. A short tutorial: search the scene, speak with him, decide, refer.
# form: bonded_labour, internal_trafficking
# setting: bus_station
# minutes: 4
# difficulty: introductory
# content_warning: A child out alone late at night, and an adult who speaks for him.
# content_warning: Mentions of a family's money worries.
# objective: Treat anyone who may be under 18 as a child, and involve child protection without asking the child's permission.
# objective: Speak with a young person out of sight and earshot of an adult who answers for them, and explain who you are and what happens next.
# objective: Notice what the scene and the conversation show, note it, and decide on the evidence.
# teaching_point: A family debt worked off by a child, with his papers held by an adult, can be trafficking with no border crossed and no force used: for a child no means is needed.
# teaching_point: Letting the boy leave with the man who speaks for him is a critical decision: placement is child protection's call, not the adult's.
# scene: bus_shelter
# determination: potential_victim_labour
# referrals_required: child_protection, specialist_trafficking_unit, victim_service_ngo, psychological_counselling
# referrals_harmful: release_to_controller, return_child_to_family_unassessed, arrest_for_compelled_offence, immigration_detention, deportation_or_removal
# referrals_unnecessary: residence_protection, asylum_migrant_support, consular_contact, labour_inspectorate
# conditions: victim_is_minor, unaccompanied_child, controller_present_or_involved, trafficking_indicators_present
# weight_identification: 1
# weight_questioning: 2
# weight_referral: 1
# pass_mark: 70

// The tutorial scenario: short, but it uses every tag in docs/authoring.md, so trainers can read it
// as a worked example. Premise: scn_07 (bus station boys) shrunk to one boy and one controller.

INCLUDE common/threshold.ink
INCLUDE common/forms.ink
INCLUDE common/closing.ink

// Set when the trainee promises to keep everything secret: the promise breaks at the hand-over.
VAR promised_secrecy = false
// Set when the trainee lets Viktor take Emil before speaking to him alone.
VAR waved_off = false

-> shelter

=== shelter ===
It is a quarter to midnight on the ring road, and rain drums on the roof of the bus shelter. # sfx: rain # phase: engage_explain
A boy sits alone on the bench with a plastic bag between his feet. He looks about fourteen. His tracksuit bottoms are soaked to the knee and spotted with grey foam.
His phone lights up in his hand. He flinches, lets it ring out, and keeps it face up on his knee. # sfx: phone_buzz # indicator: fearful_demeanour
- (look)
* [Read the timetable on the shelter wall # hotspot: timetable]
    The last bus into town left at ten past eleven. Nothing else stops here until half past five.
    -> look
* [Look at the bag at his feet # hotspot: bag]
    Through the thin plastic: rubber gloves, a sponge, a bottle of car shampoo and a bread roll still in its wrapper. The hands on his knees are red and puckered, like hands that have been in water all day. # indicator: minor_in_exploitative_setting
    -> look
* [Glance at the phone when it lights up again # hotspot: phone]
    The caller is saved as BOSS. A message slides across the screen: "Stay there. Van coming. Talk to nobody." # sfx: phone_buzz # indicator: controlled_by_another_person, cannot_speak_freely
    -> look
* [Crouch down to his level, out of the rain, and introduce yourself. Tell him he is not in trouble. # q: rapport_building]
    "Hi. I'm with the police, but you're not in any trouble. I just saw you out here on your own in this weather." # speaker: You
    "I'm waiting for my uncle." # speaker: Emil # mood: wary
    -> van
* [Ask for his name, date of birth and some ID # q: routine_identity_check]
    "Can I see some ID? Name and date of birth to start with." # speaker: You
    "Emil. I don't have it on me. My uncle has it." # speaker: Emil # mood: wary
    -> van
* [Tell him that kids out alone at this hour get taken in, so he had better explain himself # q: threaten_sanction]
    "You know we can take you in for being out here like this? So start explaining." # speaker: You
    He pulls the bag closer and says nothing at all.
    -> van

=== van ===
Headlights sweep across the shelter. A white van pulls in behind your patrol car and a man in his forties climbs out, hood up against the rain. # sfx: traffic
"Evening, officer. He's with me, my nephew. He helps out at my business. Come on, Emil, in you get." # speaker: Viktor # mood: calm
Emil is on his feet at once, eyes on the pavement.
You ask the man for Emil's papers. He takes a folded birth certificate from inside his own jacket and holds it up without letting go of it. # indicator: documents_withheld
"All in order. I keep it for him, kids lose everything." # speaker: Viktor # mood: calm
- (choose)
* [Ask Emil, there and then, whether this man is his uncle and whether he is all right # q: question_in_presence_of_controller]
    "Emil, is this your uncle? Are you all right?" # speaker: You
    Emil looks at Viktor before he answers. "Yes. I help him. It's fine." # speaker: Emil # mood: flat
    Viktor smiles and puts a hand on the boy's shoulder.
    -> second_chance
* [Say that you need a few minutes with Emil on his own, as routine, in the patrol car out of the rain. Your colleague waits with the man by the van. # q: ensure_privacy]
    -> privacy_granted
* [Accept the explanation and let them go # critical: release_to_controller]
    ~ waved_off = true
    -> waved_off_forms

= second_chance
+ {distress >= 6} [Stop. Tell Emil he has done nothing wrong and there is no hurry # q: respond_to_distress]
    -> emil_settles -> second_chance
* [Ask for a few minutes alone with Emil in the patrol car after all # q: ensure_privacy]
    -> privacy_granted
* [Keep asking him questions here, with Viktor beside him # q: question_in_presence_of_controller]
    "How long have you been working for him?" # speaker: You
    "I don't work. I help." The words come out the same way as before, and Viktor's hand stays where it is. # speaker: Emil # mood: flat # indicator: does_not_self_identify
    -> record_at_the_van

= privacy_granted
"Fine, fine. Don't be long, he's got an early start." # speaker: Viktor # mood: irritated
Viktor leans on the van with your colleague beside him. Emil climbs into the back of the patrol car and you sit in the front passenger seat, turned towards him. # sfx: footsteps
-> car

=== car ===
The heater ticks. Emil holds the bag on his lap and watches the van through the rear window.
- (needs)
+ {distress >= 6} [Stop. Tell him he is safe in the car and can take his time # q: respond_to_distress]
    -> emil_settles -> needs
* [Turn the heater up and give him the spare fleece and a bottle of water from the boot # q: attend_to_immediate_needs # rapport: +2]
    He pulls the fleece round his shoulders and drinks half the water without stopping.
    -> needs
* [Promise him that whatever he tells you stays between the two of you # q: promise_unkeepable]
    ~ promised_secrecy = true
    "Anything you tell me stays between us, I promise." # speaker: You
    He looks at you for a long moment, as if he has heard promises before.
    -> needs
* [Explain who you are, that he is not in trouble, that you want to check he is safe, and that he can stop or ask you anything at any time # q: explain_process]
    "I'm a police officer. You haven't done anything wrong. My job tonight is to make sure you're safe. I'll tell you what I'm doing as I go, and you can stop me or ask me anything." # speaker: You
    He nods slowly. His shoulders come down a little.
    -> account

=== account ===
Emil pulls the fleece tighter and waits for your next question. # phase: free_account
- (open)
+ {distress >= 6} [Stop. Tell him he is doing well and there is no rush # q: respond_to_distress]
    -> emil_settles -> open
* [Ask him to tell you about today, from when he woke up, in his own words # q: open_invitation]
    "Can you tell me about today? Start from when you woke up, whatever you remember." # speaker: You
    {rapport >= 3:
        "Six o'clock, the van. Then the car wash. You wash, you dry, next car. Till it's dark." # speaker: Emil # mood: tired # indicator: excessive_hours_no_rest
        "We sleep in the room behind the office. Me and two others. Then the van comes again." # speaker: Emil # mood: tired # indicator: living_at_workplace
        "Uncle says I'm lucky. I'm learning the business." # speaker: Emil # mood: flat # indicator: does_not_self_identify
    - else:
        "I help my uncle. It's fine." # speaker: Emil # mood: flat # indicator: does_not_self_identify
    }
    -> followup
* [Say: "He makes you work for him and doesn't pay you, doesn't he?" # q: leading]
    "He makes you work and doesn't pay you, doesn't he?" # speaker: You
    "Yes. I mean... no. He's my uncle." He stops, unsure what the right answer was meant to be. # speaker: Emil # mood: confused # indicator: does_not_self_identify
    -> followup
* [Ask where he lives, how old he is, how he knows the man and why he is out so late # q: multiple_question]
    "Where do you live, how old are you, how do you know him and why are you out so late?" # speaker: You
    "Fourteen," he says, to the only part he caught, and then nothing more. # speaker: Emil # mood: overwhelmed
    -> followup

= followup
+ {distress >= 6} [Stop. Tell him he is doing well and there is no rush # q: respond_to_distress]
    -> emil_settles -> followup
* [Ask him to tell you more about the car wash # q: open_followup]
    "Tell me more about the car wash." # speaker: You
    {rapport >= 2:
        "It's fine. Some days a man from the back gives us bread. We don't go anywhere else." He shrugs. "I don't know this city." # speaker: Emil # mood: flat # indicator: isolation
    - else:
        "It's a car wash." He shrugs and looks back at the van.  # speaker: Emil # mood: flat
    }
    -> clarify
* [Move on to the things you need to know]
    -> clarify

=== clarify ===
You go back over a few things he has mentioned, one at a time. # phase: clarify
- (ask)
+ {distress >= 6} [Stop. Tell him it is all right to be upset, and that none of this is his fault # q: validate_empathise]
    -> emil_settles -> ask
+ [Ask what happens to the money from his work # q: specific_wh # distress: +1]
    "What happens to the money from the car wash?" # speaker: You
    {rapport >= 2:
        "My mum and dad got money before I came. A lot. Uncle says I work it off first, then I get paid. He writes it in a book." He swallows. "It keeps getting bigger." # speaker: Emil # mood: afraid # indicator: debt_bondage
    - else:
        "Uncle does the money." # speaker: Emil # mood: flat
    }
    -> where
+ [Ask why he did not just get on a bus home # q: why_didnt_you_leave]
    "Why didn't you just get on a bus home?" # speaker: You
    "With what money? They owe him." His eyes fill and he turns to the window. # speaker: Emil # mood: upset
    -> where

= where
+ {distress >= 6} [Stop. Tell him it is all right to be upset, and that none of this is his fault # q: validate_empathise]
    -> emil_settles -> where
+ [Ask whether he knows the address of the place where he sleeps # q: specific_wh]
    "Do you know the address where you sleep?" # speaker: You
    "Behind the car wash. I don't know the street. We always go in the van." # speaker: Emil # mood: wary # indicator: unaware_of_location, movement_controlled_by_others
    -> close
+ [Tell him you have heard enough for now]
    -> close

=== close ===
You close your notebook and turn to face him properly. # phase: close
- (ending_talk)
+ {distress >= 6} [Give him a minute before you go on # q: allow_silence]
    -> emil_settles -> ending_talk
* [Explain what happens next: you need to make some calls and write down what you decide, you will tell him each step before it happens, and he will not be left on his own # q: explain_next_steps]
    "Here's what happens now. I'm going to make a couple of calls and fill in a form. I'll tell you each thing before it happens, and you won't be left on your own." # speaker: You
    Emil nods at his hands.
    -> decide
* [Promise him he will be home with his mum and dad by tomorrow # q: promise_unkeepable]
    "Don't worry. You'll be home with your mum and dad by tomorrow." # speaker: You
    He looks up sharply, and not with relief.
    -> decide

=== emil_settles ===
You stop asking and let the quiet sit. The rain eases on the roof. After a while Emil wipes his face on his sleeve and breathes more slowly.
->->

=== record_at_the_van ===
Viktor checks his watch. Emil has moved half behind him.
-> decide

=== waved_off_forms ===
Viktor steers Emil into the van by the shoulder. Before it pulls away, you note your assessment.
-> decide

=== decide ===
-> record_determination ->
-> record_referrals ->
{
- waved_off:
    -> driven_away
}
~ referral_summary("Emil")
{
- chose_harmful_disposition():
    -> harmful_outcome
- referrals !? child_protection:
    -> nobody_for_emil
- (determination ? potential_victim_labour) && (referrals ? specialist_trafficking_unit):
    -> safe_handover
- else:
    -> gaps_in_the_handover
}

=== harmful_outcome ===
-> harmful_disposition_outcomes("Emil") ->
Emil does not look at you again. Nobody has asked him what he wants, and nobody has asked about the book with the money in it. # ending: returned_to_harm
-> END

=== driven_away ===
The van's tail lights turn onto the ring road while you are still writing. # sfx: traffic
{
- referrals ? child_protection || referrals ? specialist_trafficking_unit:
    The calls you make now go out after a van nobody stopped. By the time anyone has an address for Viktor, the number on the van comes back as sold.
- else:
    Nothing in your notebook would send anyone after it.
}
Emil is in the van tonight, and tomorrow at six it will come again. # ending: back_in_the_van
-> END

=== nobody_for_emil ===
With no one called to take responsibility for him, there is nothing to stop Viktor. The van door slides shut and the tail lights turn onto the ring road. # sfx: traffic
Tomorrow at six the van will come again. # ending: back_in_the_van
-> END

=== safe_handover ===
Within the hour the child protection worker and the officer from the unit are both at the shelter. Viktor is asked to stay and answer some questions of his own. # sfx: footsteps
{promised_secrecy:
    When Emil understands that you are telling other people what he said, he folds his arms and stares at the floor. "You said." It will take the next person longer to earn his trust.
}
Emil keeps the fleece. At the door of the car he turns and asks whether the other two boys at the car wash will be all right. The unit officer writes their names down. # ending: safe_handover
-> END

=== gaps_in_the_handover ===
A child protection worker comes and takes Emil somewhere warm for the night. # sfx: footsteps
{not (referrals ? specialist_trafficking_unit): No one from the specialist unit is told, so nobody asks Viktor about the book, the van or the other boys. He drives away alone.}
{not (determination ? potential_victim_labour): Your record describes a boy out late, not a boy working off his family's debt, and the next person to read it starts from there.}
Emil is safe tonight. What happens to the debt, and to the others, is less certain. # ending: handover_with_gaps
-> END
