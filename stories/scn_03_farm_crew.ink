# id: scn_03_farm_crew
# title: Farm: the padlocked barn
# summary: After a tip-off you visit a fruit farm where twelve foreign seasonal workers sleep in a barn. Their crew boss holds their passports and offers to translate for you.
# form: forced_labour, cross_border_trafficking
# setting: farm
# minutes: 18
# difficulty: intermediate
# content_warning: Poor living and working conditions of migrant workers, and threats (no violence is shown).
# objective: Never let a boss or anyone he chooses interpret: speak to each worker in private, through an independent interpreter.
# objective: Recognise the signs of control in workers who do not call themselves victims, and decide on the evidence.
# objective: Protect foreign workers from punishment for their status, and offer support that does not depend on a statement.
# teaching_point: Men are victims too: a debt that grows every week, withheld passports and wages, a barn locked from outside and threats about the police together meet several ILO indicators of forced labour.
# teaching_point: Non-punishment: workers who fear removal are offered legal aid and residence protection, never detention, removal or arrest.
# scene: farm
# determination: potential_victim_labour
# referrals_required: interpreter_independent, specialist_trafficking_unit, victim_service_ngo, safe_shelter, medical_care, legal_aid, residence_protection, psychological_counselling
# referrals_harmful: immigration_detention, deportation_or_removal, release_to_controller, arrest_for_compelled_offence
# referrals_unnecessary: child_protection, asylum_migrant_support
# conditions: trafficking_indicators_present, controller_present_or_involved, language_barrier, foreign_national, compelled_offence_exposure, no_safe_place_to_stay, health_need_observed

INCLUDE common/threshold.ink
INCLUDE common/forms.ink
INCLUDE common/interpreter.ink
INCLUDE common/closing.ink

// What the trainee did, beyond the mirrored rapport and distress.
VAR boss_interpreted = false     // Deepak translated for the men
VAR co_worker_interpreted = false // a worker picked by Deepak translated
VAR asked_in_front = false       // the men were questioned where Deepak could hear
VAR private_talk = false         // Arjun was spoken to away from Deepak
VAR interpreter_on = false       // the independent interpreter is on the line
VAR threatened_them = false      // the trainee threatened removal or arrest
VAR tipped_off = false           // the trainee put the men's account to Deepak
VAR support_conditional = false  // help was made to depend on a statement
VAR consent_sought = false       // the men were told their options and asked
VAR heard_about_vinod = false    // Arjun told you what happened to the man who complained
VAR places_seen = 0
VAR told_paid_upfront = false    // Arjun said they paid the agent for visa and flight before leaving
VAR told_owe_for_it = false      // Arjun said Deepak charges them for the flight and visa again

-> gate

=== gate ===
Half past six in the morning. Mist lies in the low fields and the hedges are dripping. # sfx: rain
A delivery driver rang the non-emergency line two days ago: foreign men at Pell's fruit farm, he said, locked in at night, never seen in the village. You and Officer Ames have come to look.
The farmhouse is dark. Beyond the yard stands an old brick barn, and beyond that, rows of strawberry tunnels stretching up the hill. A white minibus is parked by the barn with its engine ticking as it cools.
A man in a waxed jacket comes out of the farmhouse with a mug in his hand. This is Mr Pell, the farmer.
"Police? At this hour? If it's about the tractor on the lane, I've moved it." # speaker: Pell # mood: irritated
-> yard

=== yard ===
{places_seen == 0:
    You tell Pell you are making a welfare visit and would like to look around. He shrugs and says the crew are already up in the tunnels.
}
-> look_around

= look_around
* [Look at the barn door # hotspot: barn_door]
    ~ places_seen += 1
    The barn's double door has a new steel hasp bolted to the outside, with a heavy padlock hanging open on it. The wood around the hasp is scored where someone has tried to work it loose from within. # indicator: confinement_security_measures
    -> look_around
* [Step inside the barn # hotspot: barn_inside]
    ~ places_seen += 1
    It is dim and cold inside. Twelve thin mattresses lie on pallets in two rows along the walls, each with a blanket and a plastic bag of belongings. # indicator: living_at_workplace
    There is one cold tap, a camping gas ring, a bucket with a lid in the corner, and washing strung on baler twine between the beams. No toilet, no heating, no window that opens. # indicator: degrading_living_conditions
    -> look_around
* [Read the whiteboard screwed to the barn wall # hotspot: barn_whiteboard]
    ~ places_seen += 1
    A whiteboard lists twelve first names. Beside each, in a neat hand, are columns headed with words in two languages. You can read the numbers: start at 5:00, finish at 19:00, seven days a week, and a running total under each name that grows from one week's column to the next. # indicator: excessive_hours_no_rest
    -> look_around
* [Walk up to the strawberry tunnels # hotspot: tunnels]
    ~ places_seen += 1
    In the tunnels a dozen men work bent double along the rows, filling trays at speed. None of them looks up for long. Two are very thin, and one sways as he stands, as if he has not slept. # indicator: high_risk_sector, malnutrition_or_exhaustion
    The youngest, barely twenty, picks with his left hand only. His right is bound in grey tape, and the fingers above it are red and swollen. # indicator: untreated_health_problems
    -> look_around
* {places_seen >= 2} [Go back to the yard and talk to the farmer]
    -> farmer

=== farmer ===
Pell leans on the gate and watches the tunnels rather than you.
-> talk_to_pell

= talk_to_pell
* [Ask him how the men came to work here]
    "How did these men come to be working for you?" # speaker: You
    "Through Deepak. He brings a crew every season, from his part of the world. I pay him per tray, he pays them. Flights, visas, transport, the lot. I don't get involved." # speaker: Pell # indicator: movement_controlled_by_others, organised_network_signs
    -> talk_to_pell
* [Ask him about the padlock on the barn]
    "Why is there a padlock on the outside of the barn?" # speaker: You
    "Deepak's idea. There were thefts last year, he said." He looks away. "It's his lot, his rules." # speaker: Pell # mood: uneasy
    -> talk_to_pell
* [Ask him where the crew boss is]
    "Where's Deepak now?" # speaker: You
    Pell nods towards the tunnels. A stocky man in a fleece is already walking down the track towards you, smiling, a shoulder bag across his chest.
    -> crew_boss

=== crew_boss ===
"Good morning, officers! Deepak. I manage the crew." # speaker: Deepak # mood: friendly
He shakes your hand warmly. Behind him the men in the nearest tunnel have stopped picking and are watching. When he glances back, they bend to the rows again. # indicator: controlled_by_another_person
"The boys don't speak English. Anything you want to ask them, I translate, no problem. I have all their papers here too." He pats the shoulder bag. "Passports, contracts. The farm needs copies, so I keep them safe." # speaker: Deepak # indicator: documents_withheld
-> boss_choices

= boss_choices
+ {distress >= 6} [The men look frightened. Stop asking, and tell them calmly that nobody is in trouble # q: respond_to_distress]
    "Nobody here is in trouble. Take your time." # speaker: You
    One or two of the men let their shoulders drop a little. # mood: calmer
    -> boss_choices
* [Say good morning to the worker nearest you and ask his name # q: rapport_building]
    You nod to the nearest man, who is carrying a stack of empty trays. "Morning. I'm with the police. What's your name?" # speaker: You
    "He is Bishnu," Deepak says, before the man can open his mouth. # speaker: Deepak # indicator: cannot_speak_freely
    Bishnu ducks his head. "Good morning. Good job, good boss," he says in careful English. A minute later the man behind him says the same five words, in the same order. # speaker: Bishnu # mood: nervous # indicator: scripted_or_rehearsed_account
    -> boss_choices
* [Accept his offer: have him translate while you ask the men whether they are treated well # q: use_controller_as_interpreter]
    ~ boss_interpreted = true
    ~ asked_in_front = true
    Deepak calls three men over. You ask whether they are paid, whether they are free to go, whether anyone has hurt them. He translates each question in a few words. # speaker: You
    -> informal_interpreter_doubts("Deepak") ->
    "They say everything is good. Good money, good food. They are happy here." # speaker: Deepak # mood: friendly
    One of the men, older than the rest, keeps his eyes on the ground the whole time. # indicator: cannot_speak_freely
    -> boss_choices
* [Ask the men in the tunnel, in English, with Deepak beside you, whether anyone forces them to work # q: question_in_presence_of_controller]
    ~ asked_in_front = true
    "Is anyone making you work here? Can you leave if you want?" # speaker: You
    The men look at Deepak before they look at you. One says, "Good. Good job." The others nod. # indicator: cannot_speak_freely, scripted_or_rehearsed_account
    Deepak laughs. "You see? Happy boys." # speaker: Deepak
    -> boss_choices
* [Let one of the workers Deepak points to translate for the others # q: use_informal_interpreter]
    ~ co_worker_interpreted = true
    Deepak calls over a young man, Ramesh, who speaks some English. "He is my cousin's boy, very good English." # speaker: Deepak
    Ramesh translates with Deepak standing at his shoulder.
    -> informal_interpreter_doubts("Ramesh") ->
    "Everyone is fine. We want to work," Ramesh says, and looks at Deepak. # speaker: Ramesh # mood: nervous # indicator: scripted_or_rehearsed_account
    -> boss_choices
* [Ask him to hand over the passports so you can check them]
    "I'd like to look at those passports, please." # speaker: You
    He hesitates, then opens the bag: twelve passports held together with a rubber band, each with a folded paper inside. He does not let go of the bag. # indicator: documents_withheld
    "All legal. Seasonal visas, all of them." # speaker: Deepak # mood: careful
    -> boss_choices
* [Thank him, say you speak with each worker on their own with a professional interpreter, as routine, and ask him to wait in the yard with Ames # q: ensure_privacy]
    ~ private_talk = true
    "Thanks. We speak with every worker on their own, with a professional interpreter on the phone. We do it the same way everywhere. Could you wait in the yard with my colleague?" # speaker: You
    Deepak's smile stays, but his eyes do not. "Of course. Whatever you need." # speaker: Deepak # mood: cold
    Ames walks him back towards the farmhouse and keeps him talking there.
    -> van

=== van ===
You ask the older man who kept his eyes on the ground to come with you. His name is Arjun. You take him to your patrol car at the far end of the lane, out of sight of the yard and the tunnels, and sit with the doors open. # phase: engage_explain
He sits on the edge of the seat with his cap in his hands. His knuckles are cracked and his boots are soaked through. # indicator: fearful_demeanour
{asked_in_front:
    He glances back down the lane towards the yard, again and again. Whatever was asked in front of Deepak, Deepak heard.
}
-> opening

= opening
+ {distress >= 6} [Arjun is shaking. Stop, and tell him there is no hurry and he is safe here # q: respond_to_distress]
    "Let's stop for a minute. There's no hurry, and Deepak is up at the farm." # speaker: You
    Arjun grips the cup and breathes more slowly. # mood: calmer
    -> opening
* [Call the telephone interpreting service and brief the interpreter # q: use_independent_interpreter]
    ~ interpreter_on = true
    -> brief_telephone_interpreter("Nepali") ->
    Arjun hears his own language from the phone and lets out a long breath. # speaker: Arjun # mood: relieved
    -> opening
* {not interpreter_on} [Ask Deepak to come over and translate after all; it would be quicker # q: use_controller_as_interpreter]
    ~ boss_interpreted = true
    Deepak comes down the lane at a jog and stands by the open door. Arjun sits up straight and stops moving. # speaker: Deepak
    -> informal_interpreter_doubts("Deepak") ->
    "He says he likes the work, and he wants to go back to the tunnel now." # speaker: Deepak # mood: friendly # indicator: cannot_speak_freely
    You send Deepak back to the yard. Arjun's hands are shaking.
    -> opening
* {not interpreter_on} [Try simple English, with short yes-or-no questions # q: closed_specific]
    "You work here? Every day?" # speaker: You
    "Yes. Yes." He nods at everything, including questions you have not finished. # speaker: Arjun # mood: anxious
    You are not sure he understands half of it, or that you understand his answers.
    -> opening
* {interpreter_on} [Introduce yourself and explain why you are here and what will happen next # q: explain_process]
    "I'm a police officer. We got a report that people here may not be safe, and I'm talking to everyone on their own. You're not in trouble. I'll explain each step before it happens." # speaker: You
    The interpreter puts it into Nepali. Arjun listens hard, then nods. # speaker: Interpreter
    "Everyone? Deepak too?" # speaker: Arjun # mood: wary
    -> opening
* {interpreter_on} [Ask whether he has eaten, and offer tea from your flask and a dry blanket # q: attend_to_immediate_needs]
    "Have you eaten this morning? There's tea in my flask, and a dry blanket." # speaker: You
    He takes the tea with both hands. "Bread last night. We eat at dinner. The food is on the board." # speaker: Arjun # indicator: malnutrition_or_exhaustion
    -> opening
* {interpreter_on} [Tell him your interest today is whether people here are safe, not their papers # q: reassure_victim_status]
    "I'm not here to check anyone's visa. I want to know whether people here are safe and treated fairly." # speaker: You
    He looks at the phone, then at you. "Deepak says police here take you away if you complain." # speaker: Arjun # mood: wary # indicator: distrust_of_authorities
    -> opening
* {interpreter_on} [Tell him he can skip any question or stop at any time # q: give_control]
    "You can skip any question, or ask to stop. You decide." # speaker: You
    He nods slowly. Nobody has said that to him in a long while, you guess.
    -> opening
* [Tell him that if his papers are not in order he will be sent home, so he had better cooperate # q: threaten_sanction]
    ~ threatened_them = true
    "If your papers aren't in order, you'll be on a plane home. So it's in your interest to help me." # speaker: You
    {interpreter_on:
        The interpreter hesitates, then translates. Arjun's face goes grey. "Deepak said this. He said the police say this." # speaker: Arjun # mood: afraid # indicator: misled_about_legal_status
    - else:
        He understands enough of it. He stares at his boots and says nothing more. # mood: afraid
    }
    -> opening
* [Promise him that nobody will be deported and everyone will get every penny they are owed # q: promise_unkeepable]
    "I promise you, nobody's getting deported, and you'll all get every penny back." # speaker: You
    He smiles politely, the way people smile at something that cannot be true.
    -> opening
* {interpreter_on} [Ask him to tell you, in his own words, how he came to be working here # q: open_invitation]
    -> his_account

=== his_account ===
"Could you tell me how you came to be working here, from wherever you want to start?" # speaker: You # phase: free_account
{
- boss_interpreted && rapport < 3:
    "Everything is good. The work is good." He says it to the floor. Then, quieter: "He will ask what I told you." # speaker: Arjun # mood: afraid # indicator: scripted_or_rehearsed_account
- rapport >= 2 && not threatened_them:
    He sets the tea down on the dashboard and takes his time.
    ~ told_paid_upfront = true
    "An agent came to our district. He said a farm in Europe wanted pickers, good wages, eight hours, a room in a house. We paid him for the visa and the flight. I borrowed it from a moneylender, my family's field is the security." # speaker: Arjun # indicator: false_job_promise
    "At the airport here Deepak met us. He took our passports for the paperwork. We never got them back. He drives us everywhere, the tunnels, the shop once a week. We do not know the name of the town." # speaker: Arjun # indicator: movement_controlled_by_others, documents_withheld, unaware_of_location
    "The contract they showed us at home, it is not this. Here there is no house, there is the barn." # speaker: Arjun # mood: tired # indicator: contract_or_terms_changed
    "I am the oldest. I told the young ones from my village to come with me. So it is my fault, they are here." # speaker: Arjun # mood: ashamed # indicator: shame_self_blame
- else:
    "I came for work. Deepak brought us. It's fine." He turns the cap round and round in his hands. # speaker: Arjun # mood: guarded
}
-> account_choices

= account_choices
+ {distress >= 6} [Arjun is shaking. Stop, and tell him there is no hurry # q: respond_to_distress]
    "Let's stop for a moment. There's no hurry, and you're not in trouble." # speaker: You
    He nods and holds the cup in both hands until his breathing slows. # mood: calmer
    -> account_choices
* [Ask him to tell you more about the money he mentioned # q: open_followup # distress: +2]
    -> the_money
* [Stay quiet and let him go on when he is ready # q: allow_silence]
    You wait. The interpreter waits with you.
    {rapport >= 2 && not threatened_them:
        "We are not bad workers," he says at last. "We work hard. Only we thought it would be different." # speaker: Arjun # mood: sad
    - else:
        He waits too, until the silence is longer than he can stand, then looks back down the lane.
    }
    -> account_choices
* [Tell him he chose to come here and signed the contract, so he knew what he was getting into # q: blaming]
    "You signed up for this. Nobody made you get on that plane." # speaker: You
    "Yes. It is my fault." He says it flatly, as if he has said it to himself many times. # speaker: Arjun # mood: ashamed # indicator: shame_self_blame
    -> account_choices
* [Tell him that at least he has a roof over his head and food every day # q: minimise]
    "Well, at least you've got a roof and food, which is more than some." # speaker: You
    The interpreter translates. Arjun looks at you for a long moment and says nothing.
    -> account_choices

=== the_money ===
"You mentioned money. Tell me more about that." # speaker: You
{
- rapport >= 2 && not threatened_them && not (boss_interpreted && rapport < 3):
    ~ told_owe_for_it = true
    "Every Sunday Deepak writes on the board. Rent for the barn, food, gloves, the minibus, the flight, the visa. Then he says what we owe. It is more now than when we came." # speaker: Arjun # indicator: debt_bondage
    "We have had no cash for two months. He says he keeps it for us, safe, until the end of the season. Only a little for cigarettes, sometimes." # speaker: Arjun # mood: tired # indicator: wages_withheld_or_confiscated
- else:
    "Money is fine. Deepak keeps it for us." He will not say more. # speaker: Arjun # mood: guarded
}
There are things here you need to understand better before you can decide anything. # phase: clarify
-> clarify_choices

=== clarify_choices ===
+ {distress >= 6} [Arjun has gone grey and silent. Stop the questions and help him settle # q: respond_to_distress]
    "Let's take a moment. You're safe here. There's no rush." # speaker: You
    He nods, and after a while his breathing steadies. # mood: calmer
    -> clarify_choices
* [Ask who has his passport now # q: specific_wh]
    "Who has your passport at the moment?" # speaker: You
    "Deepak. In the bag. I asked once, to send a photo to my wife for the bank. He said no, it's safer with him." # speaker: Arjun # indicator: documents_withheld
    -> clarify_choices
* [Ask what happens at night, after work # q: open_followup]
    "What happens in the evening, after you finish?" # speaker: You
    "We eat, we sleep. At ten he locks the door from outside. If someone is sick in the night, there is the bucket." He shrugs. "He says it's for thieves. We have nothing to steal." # speaker: Arjun # indicator: not_free_to_leave, confinement_security_measures
    -> clarify_choices
* [Ask what happens when someone complains, or wants to stop working # q: open_followup # distress: +4]
    "What happens if someone complains, or says they want to stop?" # speaker: You
    {
    - rapport >= 2 && not threatened_them && not (boss_interpreted && rapport < 3):
        Arjun is silent so long the interpreter asks whether the line has dropped.
        "Vinod asked for his money. Deepak said the police here put people like us in prison and send them home in chains, and then the moneylender takes the field and our families are on the street." # speaker: Arjun # mood: afraid # indicator: misled_about_legal_status, threats_to_person
        "Next morning Vinod was not in the barn. Deepak said, anyone who stops working pays double. We don't know where Vinod is." # speaker: Arjun # indicator: forced_work_under_penalty
        ~ heard_about_vinod = true
        His voice has gone thin, and the cup rattles against the dashboard. # indicator: fearful_demeanour
    - else:
        "Nobody complains." He is breathing fast. He looks down the lane again. # speaker: Arjun # mood: afraid
    }
    -> distress_moment
* [Ask how many hours a day he works, and on which days # q: specific_wh]
    "How long is a working day here, and which days do you work?" # speaker: You
    "Five until seven, eight. Every day. Sunday also, only shorter if it rains." # speaker: Arjun # indicator: excessive_hours_no_rest
    -> clarify_choices
* {told_paid_upfront && told_owe_for_it} [Point out that he said they paid the agent for the visa and flight, and now says they owe for them; ask which is the lie # q: confront_inconsistency]
    "Hang on. You said you paid the agent for the visa and the flight. Now you say you owe Deepak for them. Which is it?" # speaker: You
    "Both. I don't know. Deepak says it is different money." His eyes fill, and he stops explaining. # speaker: Arjun # mood: confused
    -> clarify_choices
* [Ask why he didn't just walk off the farm and go to the police # q: why_didnt_you_leave]
    "Why didn't you just walk off the farm and come to us?" # speaker: You
    "Walk where? Without passport, without money, without language?" He spreads his cracked hands. # speaker: Arjun # mood: angry
    After that he answers in single words, and then not at all. Whatever else happened on the farm, he will not tell it to you today. # mood: closed
    -> closing
* [Walk up to the yard and tell Deepak what the men are saying about the money # q: contact_suspected_controller]
    ~ tipped_off = true
    You leave Arjun with the interpreter and walk up to the yard. "The men say you're holding their wages and their passports. What's your side of it?" # speaker: You
    "They say this? After everything I do for them?" Deepak takes out his phone and makes a short call in his own language. # speaker: Deepak # mood: cold # sfx: phone_buzz
    When you get back, Arjun has heard it all from the yard. He will not look at you, and he does not say another word about the farm.
    -> closing
* [Check with him that you have understood him correctly # q: summarise_check]
    -> summary

= summary
"Let me check I have this right. You paid an agent for a job with a room and fair pay. Deepak took your passport when you landed. He keeps your wages and says you owe more every week. And he locks the barn at night. Is that right?" # speaker: You
{rapport >= 2 && not threatened_them:
    The interpreter translates. Arjun nods at each part. "Yes. That is it. You understand." # speaker: Arjun # mood: relieved
- else:
    "Maybe. I don't know." He looks towards the yard. # speaker: Arjun # mood: guarded
}
-> closing

=== distress_moment ===
{distress >= 6:
    He has folded forward with his arms around his knees. The interpreter says quietly that he is crying. # speaker: Interpreter # indicator: trauma_symptoms
}
* [Stop the questions and tell him he is safe here; help him slow his breathing # q: respond_to_distress]
    "Let's stop for a moment. You're safe here, Deepak is up at the farm with my colleague. Breathe with me. In, and out." # speaker: You
    Slowly his breathing matches yours. He wipes his face on his sleeve.
    -> after_distress
* [Tell him this sounds frightening, and that he has done nothing wrong # q: validate_empathise]
    "That sounds frightening, for you and for your family. You haven't done anything wrong by telling me." # speaker: You
    "Thank you," he says in English. It is the first thing he has said without the interpreter. # speaker: Arjun # mood: tearful
    -> after_distress
* [Offer a break: a walk along the lane, or a few minutes on his own # q: offer_break]
    "Do you want a break? We can stretch our legs, or I can give you a few minutes." # speaker: You
    He stands by the car with his face turned to the hedge for a few minutes, then sits back down.
    -> after_distress
* [Tell him you need the whole story again, from the beginning, in order # q: demand_repeated_retelling]
    "I need you to go back to the start and tell me the whole thing again, in order." # speaker: You
    He stares at the phone. The interpreter says he is not answering. # speaker: Interpreter
    -> after_distress

= after_distress
A tractor starts up somewhere near the farmhouse. When it has passed, you go on, more slowly. # sfx: footsteps
{interpreter_on:
    -> interpreter_still_on_line ->
}
-> clarify_choices

=== closing ===
You have what you need for today. A full statement can wait for specialists, and for a day when Arjun has slept. # phase: close
-> close_choices

= close_choices
+ {distress >= 6} [Arjun looks overwhelmed. Pause, and tell him nothing has to be decided this second # q: respond_to_distress]
    "Let's slow down. Nothing has to be decided this second." # speaker: You
    He rubs his face with both hands and nods. # mood: calmer
    -> close_choices
* [Explain what happens next, for him and for the other men # q: explain_next_steps]
    "Here's what happens next. A specialist police team will deal with Deepak and the passports. Nobody goes back into that barn tonight unless they want to. And there are people whose job is to help you, whatever you decide about talking to the police." # speaker: You
    "All twelve?" # speaker: Arjun
    "All twelve, each one with an interpreter, each one in private." # speaker: You
    -> close_choices
* [Explain each kind of help and ask which he wants # q: seek_informed_consent]
    ~ consent_sought = true
    "There's a support organisation that can give you all somewhere safe to stay tonight, away from here. A doctor can see the young man's hand, and anyone else. A lawyer, free, can explain your rights, including whether you can stay in the country while you recover and decide what to do. Someone to talk to later, if you want. Would you like me to arrange those? You can say no to any of them." # speaker: You
    {
    - rapport >= 2 && not tipped_off && not support_conditional:
        He talks with the interpreter for a while to be sure. "Yes. All of them. And the doctor first for Suman, the boy with the bad hand." # speaker: Arjun # mood: hopeful # agrees: victim_service_ngo, safe_shelter, medical_care, legal_aid, residence_protection, psychological_counselling
    - else:
        "I don't know. If Deepak hears..." He does not finish. # speaker: Arjun # mood: afraid
    }
    -> close_choices
* [Tell him the men can have beds tonight, but only if they all give statements against Deepak # q: make_support_conditional]
    ~ support_conditional = true
    "We can put you all somewhere tonight, but only if you all make statements about Deepak." # speaker: You
    "And if we don't?" He does not wait for the answer. # speaker: Arjun # mood: flat
    -> close_choices
* [Finish up and record your decisions]
    -> decisions

=== decisions ===
-> record_determination ->
-> record_referrals ->
{
- chose_harmful_disposition():
    -> harmful_end
- referrals ? safe_shelter:
    -> handover_end
- else:
    -> missed_end
}

=== harmful_end ===
-> harmful_disposition_outcomes("Arjun") ->
{referrals ? release_to_controller:
    Deepak drives the men back up to the tunnels in the minibus. That night the padlock goes back on the barn door. # sfx: footsteps
    A week later the barn is empty. Pell says the crew moved on, he does not know where. # ending: back_to_the_barn
    -> END
}
The men are taken away in a van, exactly as Deepak always said they would be. Deepak himself is gone from the farm by evening, with the passports. # ending: detained_not_protected
-> END

=== missed_end ===
~ referral_summary("Arjun")
{no_referrals_made():
    -> nothing_arranged("Arjun") ->
}
The men go back to the tunnels. Deepak watches your car all the way to the end of the lane. # sfx: footsteps
{heard_about_vinod: Nobody has asked where Vinod went.}
{referrals ? labour_inspectorate:
    A labour inspector is booked to look at the wages in a few weeks. When the inspector arrives, the barn is empty and the crew has moved on.
- else:
    When a patrol drives past a fortnight later, the barn is empty and the padlock is gone.
}
Twelve men are still working for Deepak, somewhere nobody knows. # ending: left_on_the_farm
-> END

=== handover_end ===
~ referral_summary("Arjun")
{referrals ? specialist_trafficking_unit:
    The specialist unit arrives before noon. Deepak's shoulder bag is seized, and the passports go into an evidence bag with a receipt for each man.
- else:
    Nobody from the specialist unit comes. Deepak drives off in the minibus with the bag of passports still across his chest.
}
{
- determination ? potential_victim_labour and referrals ? specialist_trafficking_unit and referrals ? interpreter_independent and consent_sought and not support_conditional and not tipped_off and not boss_interpreted and not co_worker_interpreted and referrals ? victim_service_ngo and referrals ? medical_care and referrals ? legal_aid and referrals ? residence_protection and referrals ? psychological_counselling:
    By the afternoon the men are in a hostel in town, each with a bed, a hot shower and an appointment. Suman's hand is cleaned and dressed at the clinic that evening.
    {heard_about_vinod:
        The unit starts looking for Vinod the same day.
    }
    Arjun shakes your hand at the hostel door. "Tomorrow I call my wife," he says through the interpreter. "I tell her we are safe." # speaker: Arjun # mood: relieved
    Tonight twelve men will sleep somewhere other than that barn, and each of them decided for himself what to do next. # ending: crew_safe
- else:
    The men leave the farm, but the hand-over is ragged.
    {not (determination ? potential_victim_labour):
        Your report calls it something else, so nobody will go looking for the agent, the moneylender or the next crew.
    }
    {not (referrals ? interpreter_independent):
        No interpreter has been booked, so at the hostel the men nod at forms none of them can read.
    }
    {boss_interpreted or co_worker_interpreted:
        Several of them will not say a word to anyone: they know Deepak heard, or was told, what was said in the tunnels.
    }
    {not consent_sought or support_conditional:
        Nobody asked the men what they wanted. Two of them slip away from the hostel that first night.
    - else:
        Some of what the men need has not been arranged, and it will be days before anyone notices.
    }
    They are off the farm. Whether they stay safe depends on what happens next, and some of it was left undone. # ending: handover_with_gaps
}
-> END
