# id: scn_13_station_concourse
# title: The cup by the ticket machines
# summary: Station security have caught a boy shoplifting from the concourse store, the third time this week, and the manager wants him charged. A man who says he is the boy's cousin is on his way to collect him.
# form: forced_criminality, internal_trafficking
# setting: bus_station
# minutes: 15
# difficulty: intermediate
# content_warning: A child in trouble with the police, and adults around him who may not have his interests at heart.
# content_warning: Descriptions of intimidation, including towards his family (nothing graphic is shown).
# content_warning: Arrest and custody of a child.
# objective: Treat a young person caught committing an offence as a child first, and find out whose benefit the offence was for.
# objective: Do not hand a child to an adult who claims to be family without checking; speak with the child out of that adult's sight and hearing.
# objective: Be honest with a child about who you must tell, and involve child protection without asking the child's permission.
# scene: station_shop
# determination: potential_victim_forced_criminality
# referrals_required: child_protection, specialist_trafficking_unit, victim_service_ngo, legal_aid, medical_care, victim_witness_protection, psychological_counselling
# referrals_harmful: arrest_for_compelled_offence, release_to_controller, return_child_to_family_unassessed, immigration_detention, deportation_or_removal
# referrals_unnecessary: residence_protection, asylum_migrant_support, consular_contact, labour_inspectorate, interpreter_independent
# conditions: victim_is_minor, age_uncertain, unaccompanied_child, controller_present_or_involved, compelled_offence_exposure, trafficking_indicators_present, retaliation_risk, health_need_observed

// Child criminal exploitation: begging and stealing to order, to a daily sum, for a network that
// collects the child and the takings at the end of the day. Not one of the domain reference's
// section 8 premises: it fills the library's gap for forced begging and for a child met as an
// offender (domain §2.2.12 forced_to_commit_crimes, §5.4 non-punishment, §4.5 children). The
// temptations are the store manager's (charge him), the "cousin" who offers to pay and take him,
// and the boy's mother on the phone (put him on the train home before anyone has assessed anything).

INCLUDE common/threshold.ink
INCLUDE common/forms.ink
INCLUDE common/closing.ink

VAR dean_heard = false        // Dean heard the boy being questioned
VAR threatened = false        // the trainee threatened a charge
VAR promised_secrecy = false  // the trainee promised nobody would know
VAR explained_limits = false  // the trainee was honest about who must be told
VAR told_name = false         // the boy gave his real name and age
VAR told_story = false        // the boy described his day: the cup, the list, the daily sum
// Where the boy went before the forms, if the trainee decided it in the story: "" (stayed with
// you), "custody" (arrested for the theft), "dean" (left with the cousin), "home" (sent home by train).
VAR taken_by = ""
// The name the boy is known by so far.
VAR his_name = "Tyler"

-> office

=== office ===
Twenty to seven on a wet Thursday evening. The bus and coach station is full of people going home, and the departure boards click over above the crowd. # sfx: traffic
The call was from station security: a shoplifter, held in the back office of the convenience store on the concourse.
The guard, Mo, lets you in. The manager, Mrs Hart, stands with her arms folded. On a plastic chair in the corner a boy sits with his hood up and his hands pushed into his sleeves.
"Third time this week. I want him charged. Every time you lot let them go, they're back the next morning." # speaker: Mrs Hart # mood: angry
- (look)
* [Look at what is on the desk # hotspot: desk]
    Six packs of razor blades, four tins of baby formula and three packs of electric toothbrush heads: nearly a hundred and fifty pounds of small, expensive things that are easy to sell on. Nothing to eat.
    -> look
* [Watch the concourse camera footage with Mo # hotspot: cctv_monitor]
    Mo scrolls back through the day. The boy has been on the concourse since the doors opened at eight, sitting by the ticket machines with a paper cup and a cardboard sign.
    Every two hours a young woman in a grey coat walks past, crouches, tips the cup into her handbag and walks on. She never speaks to him. In the afternoon he goes from shop to shop along the concourse, checking his phone before each one. # indicator: organised_network_signs
    -> look
* [Look at the phone Mo took off him # hotspot: phone]
    The phone lights up on the desk while you look at it. "7 at the doors. dont come back short." Above it, an earlier message: a list of items and quantities, the same items that are on the desk. # sfx: phone_buzz # indicator: controlled_by_another_person
    -> look
* [Go over to the boy]
    -> the_boy

=== the_boy ===
Close up he is small, with a child's face under the hood. School trousers show under his tracksuit bottoms, his trainers are split along one side, and there is a tidemark of grime at his neck. # indicator: minor_in_exploitative_setting
He keeps yawning, the jaw-cracking yawns of someone who has not slept properly in days, and his hands shake when he pushes them back into his sleeves. # indicator: malnutrition_or_exhaustion
- (first)
* [Sit on the chair next to him, tell him your name, and say you want to check he is all right # q: rapport_building]
    "Hi. I'm Sam, I'm with the police. I'm not here to shout at you. I just want to check you're all right." # speaker: You
    He looks at you sideways from under the hood. "I'm sixteen, before you ask. Tyler." His voice has not broken. # speaker: Tyler # mood: wary # indicator: age_doubt
    -> dean
* [Ask for his name, date of birth and address # q: routine_identity_check]
    "Name, date of birth, address." # speaker: You
    "Tyler. Sixteen. No fixed abode." He says it like a line from the television. His voice has not broken. # speaker: Tyler # mood: flat # indicator: age_doubt
    -> dean
* [Tell him he is going to be charged unless he tells you who he is stealing for # q: threaten_sanction]
    ~ threatened = true
    "Right. You're getting charged for this, all three times, unless you tell me who you're nicking for." # speaker: You
    He pulls the hood further down and stares at his trainers. "Charge me then." # speaker: Tyler # mood: flat
    -> dean
* [Do what the manager asks: arrest him for theft and take him to custody # critical: arrest_for_compelled_offence]
    ~ taken_by = "custody"
    -> custody

=== custody ===
You arrest him for theft from the store and walk him out through the concourse in front of the evening crowd. # sfx: footsteps
At the custody desk he gives his name as Tyler and his age as sixteen. Nobody can prove otherwise, so he is booked in as one.
While you wait for an appropriate adult, the desk phone rings. It is a man who says he is the boy's cousin, asking when he can come and collect him.
-> decide

=== dean ===
The phone on the desk buzzes again, and again. # sfx: phone_buzz
Then there is a knock at the office door. A man in his twenties in a clean white tracksuit leans in, all smiles. # sfx: door_knock
"Evening. I'm his cousin, Dean. He's staying with me. Sorry about all this. I'll pay for whatever he took, and he'll get a proper telling-off at home." He holds out a folded wad of notes towards Mrs Hart. # speaker: Dean # mood: friendly
Mrs Hart hesitates.
"If it's paid for, I'm not that bothered." # speaker: Mrs Hart
The boy has gone rigid. He pulls the hood right down, and when you look at him, he looks at Dean. # indicator: fearful_demeanour, cannot_speak_freely
- (choose)
+ {distress >= 6} [The boy is shaking. Tell him calmly that he is not in trouble with you # q: respond_to_distress]
    -> he_settles -> choose
* [Ask the boy, with Dean in the doorway, whether this man is his cousin # q: question_in_presence_of_controller]
    ~ dean_heard = true
    "Is this your cousin?" # speaker: You
    "Yeah." He says it to the floor. Dean grins. "Told you." # speaker: Tyler # mood: flat
    -> choose
* [Ask Dean for identification and how exactly they are related # q: routine_identity_check]
    Dean hands over a driving licence without a pause. "His mum's my auntie. Ring her if you want." He does not offer a number, and he does not stop smiling. # speaker: Dean # mood: friendly
    -> choose
* [Let Dean pay for the goods and take the boy home # critical: release_to_controller]
    ~ taken_by = "dean"
    -> leaves_with_dean
* [Tell Dean that you always speak to young people on their own; your colleague will take his details out on the concourse while you take the boy up to the station's police office # q: ensure_privacy]
    "We always talk to young people on their own. It's routine. My colleague will take your details outside." # speaker: You
    Dean's smile stays where it is. "No worries. I'll be by the doors." He glances at the boy on his way out. # speaker: Dean # mood: cold
    You take the boy up the back stairs to the small police office above the concourse, with a window onto nothing but the car park. # sfx: footsteps
    -> police_office

=== leaves_with_dean ===
Mrs Hart takes the money. Dean puts a hand on the back of the boy's neck and steers him out into the crowd on the concourse. # sfx: footsteps
At the doors the boy looks back once, at the ticket machines, not at you.
-> decide

=== police_office ===
The office has a desk, two chairs and a kettle. The boy sits on the edge of the chair nearest the door. # phase: engage_explain
{dean_heard:
    He keeps listening for footsteps on the stairs. Dean heard what was asked in the shop, and so did he.
}
- (engage)
+ {distress >= 6} [He is shaking. Stop, and tell him he is safe up here # q: respond_to_distress]
    -> he_settles -> engage
* [Get him a hot chocolate and a sandwich from the machine in the corridor # q: attend_to_immediate_needs # rapport: +2]
    He eats the sandwich in about four bites, and then the crusts. "First thing since yesterday," he says, and looks annoyed with himself for saying it. # speaker: Tyler # mood: tired
    -> engage
* [Explain who you are, why you want to talk to him, that he can stop at any time, and that you will tell him each step before it happens # q: explain_process]
    "I'm a police officer. I want to understand what's going on for you, because from where I'm standing it doesn't look like you're the one getting anything out of this. You can stop whenever you like, and I'll tell you what's happening before it happens." # speaker: You
    He shrugs, but he pushes the hood back a little.
    -> engage
* [Be honest about what you can keep to yourself: if a young person might not be safe, you have to tell the people whose job is to keep them safe, and you will tell him first # q: explain_confidentiality_limits]
    ~ explained_limits = true
    "I'm not going to lie to you. If I think someone your age isn't safe, I have to tell people whose job is to help. I won't do it behind your back. I'll tell you first." # speaker: You
    "At least you said." # speaker: Tyler # mood: wary
    -> engage
* [Tell him that what happened in the shop is not what you are worried about tonight; you are worried about whether he is safe # q: reassure_victim_status]
    "The stuff in the shop isn't what I'm worried about tonight. What I'm worried about is whether you're safe." # speaker: You
    He looks at you properly for the first time. "Police don't say that." # speaker: Tyler # mood: wary # indicator: distrust_of_authorities
    -> engage
* [Promise him that nobody will ever know he talked to you, and that Dean will never find out # q: promise_unkeepable]
    ~ promised_secrecy = true
    "Whatever you tell me, nobody will ever know. Dean won't find out. I promise." # speaker: You
    He almost laughs. "He always finds out." # speaker: Tyler # mood: flat
    -> engage
* [Tell him again that he will be charged with all three thefts unless he says who he steals for # q: threaten_sanction]
    ~ threatened = true
    "Last chance. Tell me who you're nicking for, or it's three charges of theft." # speaker: You
    "Then charge me." He folds his arms and stares at the wall. # speaker: Tyler # mood: angry
    -> engage
* [Ask him to tell you about today, from when he woke up, in his own words # q: open_invitation]
    -> account

=== account ===
"Can you tell me about today? Start from when you woke up, whatever you remember." # speaker: You # phase: free_account
{
- rapport >= 3 && not threatened && not dean_heard:
    ~ told_story = true
    He picks at the plastic of the cup for a while.
    "They drop me at the station at eight. I sit by the machines with the sign. Chloe comes and takes the cup. After dinner I do the shops. The list's on the phone." # speaker: Tyler # mood: flat # indicator: forced_to_commit_crimes
    "Got to make a hundred a day. Cup and stuff together. Then Dean picks me up at seven and we go back to the flat." # speaker: Tyler # indicator: earnings_quota, movement_controlled_by_others
- else:
    "I was hungry. I nicked some stuff. Just charge me, I don't care." # speaker: Tyler # mood: flat # indicator: shame_self_blame
}
- (listen)
+ {distress >= 6} [He has gone white and quiet. Stop, and tell him he is doing fine # q: respond_to_distress]
    -> he_settles -> listen
* [Say nothing for a moment and let him go on when he is ready # q: allow_silence]
    You let the silence sit. Down on the concourse a bus announcement echoes and fades.
    {rapport >= 3 && not threatened && not dean_heard:
        "Dean's all right, to be fair," he says eventually. "He looks after me. He got me these." He points at the split trainers. # speaker: Tyler # mood: flat # indicator: does_not_self_identify
    - else:
        He says nothing, and watches the door.
    }
    -> listen
* [Ask him what happens to the money at the end of the day # q: open_followup # distress: +6]
    -> the_money
* [Tell him that kids like him know exactly what they are doing # q: judgemental_language]
    "Come off it. Kids like you know exactly what you're doing." # speaker: You
    "Yeah. Whatever." He turns his chair towards the window and does not turn it back. # speaker: Tyler # mood: angry
    -> clarify
* [Say: "Dean makes you do all this, doesn't he?" # q: leading]
    "Dean makes you do all this, doesn't he?" # speaker: You
    "Dunno. No. He's my cousin." He is not sure which answer you want, and he gives you both. # speaker: Tyler # mood: confused
    -> clarify

=== the_money ===
"Tell me about the money. What happens to it at the end of the day?" # speaker: You
{
- told_story && rapport >= 3 && not threatened:
    "Dean counts it in the car. If it's short, it goes on what I owe." He says it as if it is obvious. "I owe for the phone, and the trainers, and the food. And when a bag of stuff got nicked off me, that went on too. It was three hundred. Dean says it's over a grand now." # speaker: Tyler # mood: quiet # indicator: debt_bondage
    "If I go home, they know where my mum lives. Dean showed me a picture of my little sister's school gates on his phone. Just the gates." # speaker: Tyler # mood: afraid # indicator: threats_against_family
- else:
    "There isn't any money. I was hungry, that's all." He does not look at you. # speaker: Tyler # mood: guarded
}
-> distress_moment

=== distress_moment ===
{distress >= 6:
    He has pulled his knees up onto the chair and pressed his face into them. His shoulders are shaking. # indicator: trauma_symptoms
}
* [Stop the questions; tell him he is safe in this room and nobody can get in # q: respond_to_distress]
    "Let's stop for a bit. You're safe in here. Nobody's coming up those stairs." # speaker: You
    After a while his breathing slows, and he wipes his face on his sleeve.
    -> clarify
* [Tell him that sounds really frightening, and that none of this is his fault # q: validate_empathise]
    "That sounds really frightening. None of this is your fault. Not the money, not any of it." # speaker: You
    He does not answer, but he lifts his head. # mood: tearful
    -> clarify
* [Offer him a break: a drink, a walk down the corridor, a few minutes on his own # q: offer_break]
    "Do you want a break? Another drink, or a walk down the corridor?" # speaker: You
    He takes the drink and stands at the window for a few minutes, watching the buses pull out, then sits back down.
    -> clarify
* [Tell him you need to hear the whole thing again, from the start, in order # q: demand_repeated_retelling]
    "I need you to go back to the start and tell me the whole thing again. In order." # speaker: You
    He keeps his face in his knees and does not answer.
    -> clarify

=== clarify ===
You tell him you want to check a few things, one at a time, and that "don't know" is always a fine answer. # phase: clarify
- (check)
+ {distress >= 6} [He looks overwhelmed. Stop, and tell him there is no hurry # q: respond_to_distress]
    -> he_settles -> check
* [Ask him what his real name is, and how old he really is # q: specific_wh # distress: +1]
    "Is Tyler your real name? And how old are you really? It's OK if you don't want to say." # speaker: You
    {rapport >= 4 && not threatened && not dean_heard:
        ~ told_name = true
        ~ his_name = "Kai"
        A long pause. "Kai. Kai Morgan." Then, quieter: "I'm thirteen." # speaker: Tyler # mood: afraid # indicator: age_doubt
        You radio the name through. Kai Morgan, thirteen, was reported missing by his mother four days ago, from a town eighty miles away. # sfx: radio_chatter
    - else:
        "Tyler. Sixteen. Told you." # speaker: Tyler # mood: flat
    }
    -> check
* [Ask him where he sleeps # q: specific_wh]
    "Where do you sleep at the moment?" # speaker: You
    {rapport >= 3 && not threatened && not dean_heard:
        "A flat. Dean's mate's. On the floor, with two other lads. I don't know the street. We always go in the car." # speaker: Tyler # mood: tired # indicator: degrading_living_conditions, unaware_of_location
    - else:
        "With my cousin." # speaker: Tyler # mood: guarded
    }
    -> check
* [Ask him how he got to know Dean # q: open_followup]
    "How did you get to know Dean?" # speaker: You
    {rapport >= 3 && not threatened && not dean_heard:
        "Skate park, back home. He was older, he had a car. He bought us food, gave me a phone. Said I was like his little brother." He looks at his hands. "Then he said I owed him for all of it." # speaker: Tyler # mood: quiet # indicator: romance_or_trust_recruitment
    - else:
        "He's my cousin." # speaker: Tyler # mood: flat
    }
    -> check
* {told_name} [Point out that he told you he was sixteen and called Tyler, and ask which story is the lie # q: confront_inconsistency]
    "Hang on. Downstairs you were Tyler and sixteen. Now you're Kai and thirteen. Which one's the lie?" # speaker: You
    "Told you what they told me to say, didn't I?" He pulls the hood back up. # speaker: Tyler # mood: trapped
    -> check
* [Ask why he didn't just get on a bus home # q: why_didnt_you_leave]
    "Why didn't you just get on a bus home?" # speaker: You
    "And then what? They'd come round." His eyes fill and he turns to the window. # speaker: Tyler # mood: upset
    -> close
* [Sum up what he has told you and check you have understood it # q: summarise_check]
    {told_story && rapport >= 3 && not threatened:
        "Let me check I've got this right. Dean drops you here in the morning. You sit with the cup, and Chloe takes the money. In the afternoon you take things from the shops off a list. You've got to make a hundred, and if you don't, it goes on what you owe. Is that right?" # speaker: You
        "Yeah." A pause. "Am I in trouble for the shops?" You tell him honestly that it is not your decision tonight, and that the people who decide will hear what he has told you. # speaker: Tyler # mood: quiet
    - else:
        "Let me check what I've understood. You were on the concourse today, you took some things from the store, and your cousin was coming to get you. Have I got any of that wrong?" # speaker: You
        "If you say so." # speaker: Tyler # mood: flat
    }
    -> close
* [Tell him you have asked enough for now]
    -> close

=== close ===
You tell him that is all the questions for tonight. # phase: close
- (wrap)
+ {distress >= 6} [Give him a minute before you go on # q: allow_silence]
    -> he_settles -> wrap
* [Ask whether there is anyone he is frightened of tonight, or worried about # q: safety_check]
    "Is there anyone you're scared of tonight? Or anyone you're worried about?" # speaker: You
    "Dean. When I don't come out at seven." He looks at the window. "And my mum. And Leah." # speaker: Tyler # mood: afraid
    -> wrap
* [Explain what happens next: who you will call and why, that he is not going with Dean, and that you will stay with him until someone arrives # q: explain_next_steps]
    "Here's what happens now. Because you might be under eighteen, I have to call children's services, and a specialist team who deal with situations like this. You're not going with Dean tonight. They'll ask you what you want, and I'll stay with you until they get here." # speaker: You
    {promised_secrecy:
        "You said nobody would know." He looks betrayed rather than surprised. # speaker: Tyler # mood: hurt
    - else:
        He nods slowly. "Will my mum find out?" You tell him honestly that the people coming will talk that through with him. # speaker: Tyler # mood: quiet
    }
    -> wrap
* [Tell him you can only help him if he gives a statement about Dean and Chloe # q: make_support_conditional]
    "We can help you, but only if you give us a statement about Dean and Chloe." # speaker: You
    His face empties. "Then I don't want help." # speaker: Tyler # mood: flat
    -> wrap
* [Record your decisions]
    -> decide
* [Ring his mother and arrange to put him on the next train home, where she can meet him # critical: return_child_to_family_unassessed]
    ~ taken_by = "home"
    You ring the number he gives you for his mum. She cries with relief and says she will meet the last train. # sfx: phone_buzz
    You walk him down to the platform and watch the train pull out. He sits by the window with his hood up.
    -> decide

=== he_settles ===
You stop asking and let the quiet settle. A bus pulls out below the window. After a while his breathing slows and he looks up again.
->->

=== decide ===
-> record_determination ->
-> record_referrals ->
// The hand-over summary is told only where the services arranged actually happen (not after a
// harmful decision, where the ending says what happened instead).
{
// What happened in the story comes first; the form decides only where the story did not.
- taken_by == "custody":
    -> punished
- taken_by == "dean":
    -> back_with_dean
- taken_by == "home":
    -> sent_home
- LIST_COUNT(referrals ^ (arrest_for_compelled_offence, immigration_detention, deportation_or_removal)) > 0:
    -> punished
- referrals ? release_to_controller:
    -> back_with_dean
- referrals ? return_child_to_family_unassessed:
    -> sent_home
- referrals !? child_protection:
    -> nobody_responsible
- (determination ? potential_victim_forced_criminality) && (referrals ? (specialist_trafficking_unit, victim_service_ngo, legal_aid, medical_care, victim_witness_protection, psychological_counselling)) && not dean_heard && not threatened:
    -> safe_handover
- else:
    -> gaps_in_the_handover
}

=== punished ===
{taken_by == "":
    -> harmful_disposition_outcomes(his_name) ->
}
{taken_by == "custody":
    {his_name} spends the evening in a custody cell as a sixteen-year-old shoplifter, waiting for an appropriate adult.
}
{referrals ? child_protection:
    A child protection worker is told, but meets him for the first time across a custody desk, as a suspect.
}
{referrals ? specialist_trafficking_unit:
    The specialist unit is told about him, but its first conversation with him will be in custody, after he has already been treated as the offender.
}
{taken_by == "custody":
    Dean does not come to the custody suite after all. He makes a phone call instead, and somewhere another child is told what the new list is. # ending: punished_not_protected
- else:
    From the concourse, Dean watches him being led out. He makes a phone call, and somewhere another child is told what the new list is. # ending: punished_not_protected
}
-> END

=== back_with_dean ===
{taken_by != "dean":
    -> harmful_disposition_outcomes(his_name) ->
}
Dean walks him out through the station doors and into a car that pulls away before the doors have closed. # sfx: traffic
{referrals ? specialist_trafficking_unit: When the specialist unit asks for Dean's address later that evening, it belongs to a flat that has been empty for months.}
Tomorrow at eight, someone will sit by the ticket machines with a paper cup. It may not be the same child. # ending: back_with_dean
-> END

=== sent_home ===
{taken_by != "home":
    -> harmful_disposition_outcomes(his_name) ->
}
{his_name}'s mum meets the last train and takes him home. Nobody has asked how Dean found him, what he owes, or who knows where his sister goes to school.
{referrals ? child_protection: Child protection is told, but only after he has gone, and the referral reaches a team eighty miles away that books a visit for next week.}
Nine days later {his_name} is reported missing again. Dean knew which train to meet. # ending: sent_home_unassessed
-> END

=== nobody_responsible ===
~ referral_summary(his_name)
With nobody called to take responsibility for him, there is nothing to keep him in the office. Dean is waiting by the doors. # sfx: footsteps
{referrals ? specialist_trafficking_unit: The specialist unit takes the report, but by the time anyone comes, the boy has gone.}
{his_name} walks out into the rain with Dean's hand on his shoulder. # ending: no_one_responsible
-> END

=== safe_handover ===
~ referral_summary(his_name)
Within the hour the duty child protection worker is in the office, and an officer from the specialist unit is on the concourse. # sfx: footsteps
At seven, Dean is waiting by the doors. He is asked to stay and answer some questions of his own, and his phone goes into an evidence bag.
{told_name:
    Kai's mum, who reported him missing four days ago, is told that he is safe. Where he sleeps tonight, and after, is for children's services to decide with him and with her.
}
{promised_secrecy:
    When he understands that you are telling other people what he said, he folds his arms and stares at the floor. "You said." It will take the next person longer to earn his trust.
}
{explained_limits && not promised_secrecy:
    Because you told him at the start what you would have to pass on, nothing that happens now comes as a betrayal.
}
Before he goes, he asks whether someone will check on the two other lads who sleep on the floor at Dean's mate's flat. The unit officer writes down everything he can remember about it. # ending: safe_handover
-> END

=== gaps_in_the_handover ===
~ referral_summary(his_name)
A child protection worker comes, and {his_name} is taken somewhere safe for the night. # sfx: footsteps
{not (referrals ? specialist_trafficking_unit): No one from the specialist unit is told. Dean gives his details on the concourse and walks away, and the flat, the list and Chloe are nobody's job tonight.}
{not (determination ? potential_victim_forced_criminality): Your record describes a persistent shoplifter, not a child made to beg and steal for someone else, and the next person to read it starts from there.}
{not (referrals ? legal_aid): Nobody is asked to speak for him about the three thefts, which are still on his record.}
{not (referrals ? (medical_care, victim_service_ngo, psychological_counselling)): Some of the help he needs, for his health and for what has happened to him, has not been arranged tonight.}
{not (referrals ? victim_witness_protection): Nobody assesses the risk to him, or to his mother and sister, now that Dean knows he talked to the police.}
{dean_heard: He knows Dean heard what he said in the shop, and he will not say another word about the flat.}
{threatened: He remembers being threatened with charges, and he answers the child protection worker in single words.}
{his_name} is safe tonight. Whether the people who used him are stopped is less certain. # ending: handover_with_gaps
-> END
