# id: scn_12_grow_house
# title: Upstairs at number 14
# summary: A drugs warrant at a terraced house turns up cannabis plants in every room and a young man upstairs who speaks almost no English. The raid sergeant wants him booked in as the gardener.
# form: forced_criminality, cross_border_trafficking
# setting: private_home
# minutes: 16
# difficulty: intermediate
# content_warning: A young man found at the scene of a drugs raid; descriptions of violence and intimidation, including towards a family member (nothing graphic is shown).
# content_warning: Arrest, custody and immigration procedures.
# objective: Keep an open mind about a person found at the scene of an offence, and find out how they came to be there before deciding what they are.
# objective: Speak with a person in private, through a professional interpreter, when someone connected to the scene offers to help.
# objective: Explain your role and the next steps honestly, without promises about charges or visas, and ask an adult which help they want.
# scene: grow_house
# determination: potential_victim_forced_criminality, potential_victim_labour
# referrals_required: interpreter_independent, specialist_trafficking_unit, victim_service_ngo, safe_shelter, legal_aid, medical_care, residence_protection, victim_witness_protection, psychological_counselling
# referrals_harmful: arrest_for_compelled_offence, immigration_detention, deportation_or_removal, release_to_controller
# referrals_unnecessary: child_protection, labour_inspectorate, consular_contact
# conditions: trafficking_indicators_present, compelled_offence_exposure, foreign_national, irregular_status, language_barrier, controller_present_or_involved, no_safe_place_to_stay, retaliation_risk, health_need_observed

// A potential victim met as a suspect. Not one of the domain reference's section 8 premises: it
// fills the library's gap for non-punishment (domain §5.4) with an adult, male, foreign victim of
// forced criminality. The realistic temptations are the raid sergeant's (arrest for production,
// interview under caution), immigration enforcement, and the "cousin" at the cordon who offers to
// translate and to take him home. What Khanh says depends on privacy, the interpreter, rapport and
// whether he was threatened; the house shows the rest.

INCLUDE common/threshold.ink
INCLUDE common/forms.ink
INCLUDE common/interpreter.ink
INCLUDE common/closing.ink

VAR interpreter_on = false    // the telephone interpreter is on the line
VAR long_heard = false        // Long translated, or heard the questions from the doorstep
VAR threatened = false        // the trainee threatened a charge or removal
VAR consent_sought = false    // Khanh was told his options and asked which he wants
VAR support_conditional = false
VAR wants_aunt = false        // asked what he wants, Khanh chose his mother's cousin over a safe house
VAR gave_discreet_contact = false
VAR told_story = false        // Khanh described how he was brought here and what he does
VAR told_about_debt = false   // Khanh described what he owes and who it falls on
// Where Khanh went before the forms, if the trainee decided it in the story: "" (stayed with you),
// "custody" (arrested on site), "long" (left with the cousin), "immigration" (handed to enforcement).
VAR taken_by = ""

-> street

=== street ===
Ten past six on a grey morning. The entry team's van is parked across the road from number 14 Larch Road, a terraced house with every window covered from the inside in black plastic. # sfx: radio_chatter
The door went in five minutes ago. A warm, sweet, heavy smell rolls out into the street, and somewhere inside a fan is still roaring.
Sergeant Hale meets you on the step.
"Plants in every room, lamps, the lot. And one body upstairs. He's all yours while we count." # speaker: Hale # mood: brisk
-> house

=== house ===
The hallway is lined with silver sheeting. Cables run up the stairs, taped to the banister.
- (look)
* [Look at the electricity meter under the stairs # hotspot: meter]
    The meter has been bypassed: thick cables clamp straight onto the supply before it reaches the dial. It is neat work, done by someone who knew what they were doing, and not by anyone who lives here.
    On the shelf above it sits a cheap exercise book. Dates run down one side, then columns of plant counts, deliveries and sums of money, all in the same hand, with a phone number at the top of each page. # indicator: organised_network_signs
    -> look
* [Look at the bedroom door at the top of the stairs # hotspot: bedroom_door]
    A heavy sliding bolt has been screwed to the outside of the back bedroom door, the screws still bright. On the inside there is no handle at all, only the square hole where one used to be. # indicator: confinement_security_measures
    The window at the end of the landing has been screwed shut and painted over.
    -> look
* [Look into the back bedroom # hotspot: back_bedroom]
    A thin mattress lies on the floor between trays of plants under the lamps. The heat is like a greenhouse. Beside it are a rice cooker, a sack of rice, a carton of instant noodles and a bucket with a lid. # indicator: living_at_workplace, degrading_living_conditions
    -> look
* [Look at the phone lying on the mattress # hotspot: phone]
    A cheap phone with a cracked screen. There is one number saved in it and no other. While you watch, it lights up again: the same number, its ninth missed call since the door went in. # sfx: phone_buzz # indicator: isolation, controlled_by_another_person
    -> look
* [Go up to the young man on the landing]
    -> landing

=== landing ===
He is sitting on the top step in handcuffs, with an officer from the entry team beside him. He looks about twenty. His T-shirt hangs off him and his skin has the grey look of someone who has not been out in daylight for a long time. # indicator: malnutrition_or_exhaustion
He coughs, a dry cough that goes on too long. A strip of rag is knotted round his left hand, stained brown. When your radio crackles, he flinches and ducks his head. # sfx: radio_chatter # indicator: fearful_demeanour
Hale comes up behind you.
"That's your gardener. Nick him for production, get immigration to run his details, and we'll interview him under caution this afternoon. I want the house cleared by ten." # speaker: Hale # mood: brisk
- (first)
* [Ask the entry team to take the handcuffs off now the house is secure, crouch on the step below him and tell him your name # q: rapport_building]
    "The house is secure. Can we have the cuffs off, please?" The officer unlocks them. You crouch on the step below, so that he is not looking up at you. "I'm Sam. Police." You point to yourself. # speaker: You
    He rubs his wrists and looks at you properly for the first time. "Khanh," he says, touching his chest. # speaker: Khanh # mood: wary
    -> cordon
* [Ask him, in English, for his name, his passport and his visa # q: routine_identity_check]
    "Name? Passport? Visa?" # speaker: You
    He shakes his head at each word. "No passport." He opens his empty hands. "Boss. Boss has." # speaker: Khanh # mood: afraid # indicator: no_identity_documents
    -> cordon
* [Tell him loudly that he is going to prison unless he tells you who owns the plants # q: threaten_sanction]
    ~ threatened = true
    "You are going to prison. Unless you tell me whose plants these are. Understand? Prison." # speaker: You
    He understands the one word. He presses himself back against the wall and says nothing at all. # mood: afraid
    -> cordon
* [Do as the sergeant says: arrest him on suspicion of producing cannabis and send him to custody for an interview under caution # critical: arrest_for_compelled_offence]
    ~ taken_by = "custody"
    -> custody

=== custody ===
You arrest him on suspicion of producing a controlled drug and caution him. He does not understand a word of it. The entry team walk him down the stairs and out to the van. # sfx: footsteps
At the custody desk he is booked in as the gardener. A telephone interpreter reads him his rights; a duty solicitor advises him to answer no comment, and he does, to every question, staring at the table.
Nobody asks him about the bolt on the bedroom door.
-> decide

=== cordon ===
The radio crackles. # sfx: radio_chatter
"Sarge, there's a bloke at the tape says he's the lad's cousin. Says he speaks English, can translate, and he's got a solicitor coming for him." # speaker: Okafor
Through the open front door you can see him: a man in his thirties in a good jacket, phone to his ear, watching the house. He calls something up the stairs in a language you do not speak.
Khanh goes completely still. He does not look at you any more; he looks at the door. # indicator: cannot_speak_freely
{taken_by == "":
    Hale shrugs at you.
    "Your call. But the lad's not leaving until someone's decided what he is." # speaker: Hale
}
- (choose)
+ {distress >= 6} [Khanh is shaking. Tell him, slowly and calmly, that he is safe for the moment # q: respond_to_distress]
    -> khanh_settles -> choose
* [Have the cousin brought in to translate: it will be quicker than waiting for an interpreter # q: use_controller_as_interpreter]
    ~ long_heard = true
    The cousin, who gives his name as Long, comes up the stairs two at a time and squats beside Khanh with a hand on his shoulder. He translates your questions in a few words each.
    -> informal_interpreter_doubts("Long") ->
    "He says he is a lodger. He rents the room. He does not know anything about the plants, he just sleeps here." # speaker: Long # mood: friendly
    Khanh nods along with every word, eyes on the floor. # indicator: cannot_speak_freely
    -> choose
* [Ask Khanh, on the landing where the cousin can see and hear, whether anyone is making him do this # q: question_in_presence_of_controller]
    ~ long_heard = true
    "Is someone making you do this? Someone making you stay here?" # speaker: You
    Khanh looks past you at the front door, at the man on the pavement, and shakes his head. "No. No. Is OK." # speaker: Khanh # mood: afraid
    -> choose
* [Let the cousin take Khanh home with him, since he has somewhere to stay and a solicitor coming # critical: release_to_controller]
    ~ taken_by = "long"
    -> leaves_with_long
* [Tell Okafor to keep the man at the tape and take his details; take Khanh down to the kitchen at the back, out of sight of the street # q: ensure_privacy]
    "Keep him at the tape, please, and get his details. We talk to everyone on their own. It's how we always do it." # speaker: You
    Okafor walks the man back along the pavement. You take Khanh down to the kitchen at the back of the house, where nobody outside can see in. # sfx: footsteps
    -> kitchen

=== leaves_with_long ===
Long thanks you warmly and shakes your hand. He puts an arm round Khanh's shoulders and steers him down the street towards a silver car with its engine running. # sfx: traffic
Khanh looks back once, at the house, not at you.
-> decide

=== kitchen ===
The kitchen is the only room without plants: a kettle, a sink full of plant pots, two chairs. Khanh sits on the edge of one with his bandaged hand in his lap. # phase: engage_explain
{long_heard:
    He keeps glancing at the hallway, towards the front door and the man behind the tape who heard everything.
}
- (engage)
+ {distress >= 6} [Khanh is shaking. Stop, and tell him calmly that he is safe in this room # q: respond_to_distress]
    -> khanh_settles -> engage
* [Call the telephone interpreting service and brief the interpreter # q: use_independent_interpreter]
    ~ interpreter_on = true
    -> brief_telephone_interpreter("Vietnamese") ->
    Khanh hears his own language from the phone and lets out a long breath.
    -> engage
* {not interpreter_on} [Carry on in simple English, with short yes-or-no questions # q: closed_specific]
    "You live here? Every day?" # speaker: You
    "Yes. Yes." He nods at everything, including questions you have not finished asking. # speaker: Khanh # mood: anxious
    You are not sure how much he understands, or how much you understand of his answers.
    -> engage
* {interpreter_on} [Explain who you are, why you are talking to him, and that you will tell him each step before it happens # q: explain_process]
    "I'm a police officer. We came about the plants, but my job right now is to understand who you are and whether you're safe. I'll tell you each step before it happens, and you can ask me anything." # speaker: You
    The interpreter puts it into Vietnamese. Khanh listens with his whole body, then nods once.
    -> engage
* {interpreter_on} [Fill a glass of water for him and ask about the cough and his hand # q: attend_to_immediate_needs # rapport: +2]
    "Would you like some water? That cough sounds painful. And can I ask what happened to your hand?" # speaker: You
    He drinks the whole glass. "The hand, from the lamp. Two weeks. I put rice water on it." He unwinds the rag to show you: a burn across the palm, swollen and weeping. "The cough is from the air upstairs. Always hot, always the chemical." # speaker: Khanh # mood: tired # indicator: untreated_health_problems
    -> engage
* {interpreter_on} [Tell him that your focus today is what has happened to him and whether he is safe # q: reassure_victim_status]
    "Whatever has gone on in this house, what I want to know first is what has happened to you, and whether you are safe." # speaker: You
    He looks at the phone, then at you, as if checking which of you the words came from. "They told me police here only want to put me in prison." # speaker: Khanh # mood: wary # indicator: distrust_of_authorities
    -> engage
* {interpreter_on} [Tell him he can skip any question, or ask to stop, at any time # q: give_control]
    "You can skip any question, or tell me to stop. You decide." # speaker: You
    He turns that over for a moment. Then he nods and sits back in the chair a little.
    -> engage
* [Promise him he will not be charged with anything and can stay in the country # q: promise_unkeepable]
    "Don't worry. I promise you, no charges, and nobody's sending you home." # speaker: You
    {interpreter_on:
        The interpreter translates. Khanh smiles the polite smile of someone who has been promised a great deal before.
    - else:
        He nods, the way he nods at everything.
    }
    -> engage
* [Tell him that if he does not name the people who run the house, he will be charged with all of it and sent home # q: threaten_sanction]
    ~ threatened = true
    "If you don't tell me who runs this place, it's all on you. You'll be charged, and then you'll be sent home." # speaker: You
    {interpreter_on:
        The interpreter hesitates, then translates. Khanh's face empties. "They said the police would say this." # speaker: Khanh # mood: afraid # indicator: misled_about_legal_status
    - else:
        He catches enough of it. He stares at the table and does not speak again for a long time. # mood: afraid
    }
    -> engage
* {interpreter_on} [Ask him to tell you, in his own words, how he came to be living in this house # q: open_invitation]
    -> account

=== account ===
"Could you tell me how you came to be living in this house? Start wherever you like." # speaker: You # phase: free_account
{
- rapport >= 3 && not threatened && not long_heard:
    ~ told_story = true
    He is quiet for a while. When he starts, he talks to the table.
    "In my town a man said there is restaurant work in England. Kitchen work, good money, a room. My family paid him the first part. The rest, he said, I pay from my wages." # speaker: Khanh # indicator: false_job_promise
    "We travelled a long time. Lorries, a boat, lorries. Other men decided everything. I don't know all the countries. At the end a car brought me here at night." # speaker: Khanh # indicator: movement_controlled_by_others
    "There was no restaurant. They said: water the plants, change the lamps, and that pays the debt. Every night they bolt the door. Sunday a man comes with rice and takes the photos of the plants." # speaker: Khanh # mood: flat # indicator: forced_to_commit_crimes, not_free_to_leave
- else:
    "I am the gardener. I live here, I look after the plants. It's my job." He says it the way people repeat something they have been told to say. # speaker: Khanh # mood: guarded # indicator: does_not_self_identify
}
- (listen)
+ {distress >= 6} [Khanh has gone grey and silent. Stop and help him settle # q: respond_to_distress]
    -> khanh_settles -> listen
* [Stay quiet and let him go on when he is ready # q: allow_silence]
    You wait. The interpreter waits with you. The fan upstairs drones on.
    {rapport >= 3 && not threatened && not long_heard:
        "I am not a criminal at home," he says at last. "I wanted to send money for my mother." # speaker: Khanh # mood: sad
    - else:
        He waits too, until the silence is longer than he can bear, and then looks at the hallway.
    }
    -> listen
* [Ask him to tell you more about the work, and what he gets for it # q: open_followup # distress: +6]
    -> the_debt
* [Tell him he knew perfectly well these were cannabis plants, and ask who pays him # q: interrogative_pressure]
    ~ threatened = true
    "Come on. You knew exactly what these plants were. You've been growing them for months. Who pays you?" # speaker: You
    He shrinks into the chair. From then on every answer is "I don't know". # speaker: Khanh # mood: afraid
    -> clarify
* [Ask him why he didn't just walk out # q: why_didnt_you_leave]
    "Why didn't you just walk out of here?" # speaker: You
    "Run where? I don't have papers. I don't know this town. And they know my mother's house." His voice cracks on the last word. # speaker: Khanh # mood: upset # indicator: threats_against_family
    -> clarify

=== the_debt ===
{told_story:
    "You said the work pays a debt. Tell me more about that." # speaker: You
- else:
    "Tell me more about the work here. What do you get for it?" # speaker: You
}
{
- told_story && rapport >= 3 && not threatened:
    ~ told_about_debt = true
    "At first it was a number I could understand. Now it is bigger every month. They add the rice, the electric, the car. When the lamps broke and plants died, they added the plants." # speaker: Khanh # indicator: debt_bondage
    "If I run, they said, the debt goes to my mother. Last month they sent me a photo of her gate. Only the gate. Nothing written." # speaker: Khanh # mood: afraid # indicator: threats_against_family
- else:
    "There is no debt. Everything is fine." He will not say more. # speaker: Khanh # mood: guarded
}
-> distress_moment

=== distress_moment ===
{distress >= 6:
    He has folded forward with his good hand over his face. The interpreter says quietly that he is crying. # indicator: trauma_symptoms
}
* [Stop the questions; tell him he is safe in this room and help him slow his breathing # q: respond_to_distress]
    "Let's stop for a moment. You're safe in this room. Breathe with me. In, and out." # speaker: You
    Slowly his breathing matches yours. He wipes his face on his sleeve.
    -> clarify
* [Tell him that sounds frightening, and that he has done the right thing by telling you # q: validate_empathise]
    "That sounds frightening, for you and for your mother. Thank you for telling me." # speaker: You
    "Thank you," he says, in English. # speaker: Khanh # mood: tearful
    -> clarify
* [Offer a break: some air in the back yard, or a few minutes on his own # q: offer_break]
    "Would you like a break? We can step into the yard for some air." # speaker: You
    He stands by the back door for a few minutes with his face turned up to the sky, then comes back and sits down.
    -> clarify
* [Tell him you need the whole story again, from the beginning, in order # q: demand_repeated_retelling]
    "I need you to go back to the start and tell me the whole thing again, in order." # speaker: You
    He stares at the phone. The interpreter says he is not answering.
    -> clarify

=== clarify ===
You tell him you would like to check a few things, one at a time, and that "I don't know" is always a good answer. # phase: clarify
- (check)
+ {distress >= 6} [Khanh looks overwhelmed. Stop and give him time # q: respond_to_distress]
    -> khanh_settles -> check
* [Ask whether he knows where this house is # q: specific_wh]
    "Do you know the name of this street, or this town?" # speaker: You
    "No. The windows are black. I came at night, I never went out." # speaker: Khanh # mood: flat # indicator: unaware_of_location
    -> check
* [Ask whether anyone has hurt him while he has been here # q: specific_wh # distress: +1]
    "Has anyone hurt you while you've been here?" # speaker: You
    {rapport >= 3 && not threatened && not long_heard:
        "When the plants died, the man who brings the rice hit me with the pipe from the lamp. Here, and here." He touches his ribs and the back of his head. # speaker: Khanh # mood: quiet # indicator: physical_violence
        "It was my fault. I let the plants get too hot. I am stupid." # speaker: Khanh # mood: ashamed # indicator: shame_self_blame
    - else:
        "No. Nobody." He pulls the sleeve of his T-shirt down over his arm. # speaker: Khanh # mood: guarded
    }
    -> check
* {long_heard} [Point out that his cousin said he was a lodger, and now he says he works here; ask which story is the lie # q: confront_inconsistency]
    "Your cousin said you were just a lodger here. Which is it? Which one's the lie?" # speaker: You
    He shuts his eyes. "I say what they tell me to say." # speaker: Khanh # mood: trapped
    -> check
* [Check with him that you have understood him correctly # q: summarise_check]
    {told_about_debt:
        "Let me check I have this right. A man promised you kitchen work and your family paid him part of the cost. Others brought you here. You look after the plants to pay a debt that keeps growing, you're locked in at night, and they have threatened your mother. Is that right?" # speaker: You
    - else:
        "Let me check what I've understood. You live in this house, you look after the plants, and someone else comes on Sundays. Have I got any of that wrong?" # speaker: You
    }
    {rapport >= 3 && not threatened && not long_heard:
        The interpreter translates. Khanh nods at each part. "Yes. That is it." # speaker: Khanh # mood: relieved
    - else:
        "Maybe. I don't know." He looks at the hallway. # speaker: Khanh # mood: guarded
    }
    -> close
* [Tell him you have asked enough for now]
    -> close

=== close ===
You have what you need for today. A full account can wait for specialists, and for a day when Khanh has slept somewhere else. # phase: close
- (wrap)
+ {distress >= 6} [Khanh looks overwhelmed. Pause, and tell him nothing has to be decided this second # q: respond_to_distress]
    -> khanh_settles -> wrap
* [Ask whether there is anyone he is afraid for, here or at home # q: safety_check]
    "Is there anyone you're worried about, here or at home, now that the police have been?" # speaker: You
    "My mother. And me, when they find out the house is gone. They will say I owe for all of it." # speaker: Khanh # mood: afraid
    -> wrap
* [Explain what happens next: who you will call, that you are not arresting him, and that a lawyer, not you, can tell him about the plants and his status # q: explain_next_steps]
    "Here's what happens next. I'm going to call a specialist team who will want to hear what you've told me. I'm not arresting you. I can't promise you what will happen about the plants or your visa, and I won't pretend to, but a lawyer can explain all of it, free. You won't go back upstairs, and you won't go with the man at the tape." # speaker: You
    Khanh listens to the interpreter all the way to the end. "Not with Long," he repeats. # speaker: Khanh # mood: quiet
    -> wrap
* {not consent_sought} [Explain each kind of help on offer and ask him which he wants # q: seek_informed_consent]
    ~ consent_sought = true
    "There's an organisation that helps people in your situation. They can give you a safe place to stay tonight, somewhere Long and his friends won't know. A doctor for your hand and your cough. A free lawyer, who can explain your rights, including staying in the country while you recover and decide what to do. Someone to talk to later, if you want. And the team can look at how to keep you and your mother safe. Would you like any of that? You can say no to any of it." # speaker: You
    {rapport >= 3 && not threatened && not long_heard && not support_conditional:
        He asks the interpreter to repeat the part about the place to stay. "Yes. All of it. The doctor first, please." # speaker: Khanh # mood: hopeful # agrees: safe_shelter, victim_service_ngo, medical_care, legal_aid, residence_protection, psychological_counselling, victim_witness_protection
    - else:
        "I don't know. If they find out I talked..." He does not finish. # speaker: Khanh # mood: afraid
    }
    -> wrap
* {not consent_sought} [Before suggesting anything, ask him what he would want to happen now, then explain what you can arrange # q: seek_informed_consent]
    ~ consent_sought = true
    "Before I tell you what I can arrange: what would you want to happen now, tonight?" # speaker: You
    {rapport >= 3 && not threatened && not long_heard && not support_conditional:
        ~ wants_aunt = true
        He thinks about it for a long time. "My mother's cousin lives in another city, three hours from here. She came here twenty years ago, with papers. She has a family, a shop. She is nothing to do with these men. I want to go to her." # speaker: Khanh # mood: quiet
        You explain what else there is: a safe house tonight, a support worker, a doctor, a free lawyer, someone to talk to later, and the team looking at how to keep him and his mother safe. He listens to all of it, and asks the interpreter to repeat the part about the lawyer.
        "The doctor, yes. The lawyer, yes. And the police team, for my mother. But not a house with strangers, and not the charity. Not talking to someone. I go to my aunt." # speaker: Khanh # mood: firm # agrees: medical_care, legal_aid, residence_protection, victim_witness_protection # declines: safe_shelter, victim_service_ngo, psychological_counselling
    - else:
        "I don't know. If they find out I talked..." He does not finish. # speaker: Khanh # mood: afraid
    }
    -> wrap
* {wants_aunt} [Respect his choice: give him a number he can text in his own language at any hour, saved under an ordinary name, and agree how the unit will reach him at his aunt's # q: offer_discreet_contact]
    ~ gave_discreet_contact = true
    "That's your decision, and I'll respect it. Here's a number you can text in Vietnamese, any time, day or night. Save it as a friend's name. If you change your mind about anything, a safe place or someone to talk to, you text it. And the team will ring you at your aunt's, on a phone Long doesn't know about." # speaker: You
    He saves the number as "Binh" and shows you the screen. "If I change my mind, I text." # speaker: Khanh # mood: quiet
    -> wrap
* [Tell him he gets a bed tonight only if he makes a statement against the people who run the house # q: make_support_conditional]
    ~ support_conditional = true
    "We can find you a bed tonight, but only if you give us a statement about who runs this house." # speaker: You
    "And if I don't?" He does not wait for the answer. # speaker: Khanh # mood: flat
    -> wrap
* [Record your decisions]
    -> decide
* [Run his details past immigration enforcement and ask them to hold him until his status is sorted out # critical: immigration_detention]
    ~ taken_by = "immigration"
    You radio through his name for an immigration check. Twenty minutes later two immigration officers arrive to collect him. # sfx: radio_chatter
    Khanh looks at you as they lead him out. It is exactly what he was told the police would do.
    -> decide

// Either accepted determination (the key accepts forced criminality and forced labour).
=== function right_determination() ===
~ return LIST_COUNT(determination ^ (potential_victim_forced_criminality, potential_victim_labour)) > 0

=== khanh_settles ===
You stop asking and let the quiet settle. The fan roars on upstairs. After a while Khanh's breathing slows and he looks up again.
->->

=== decide ===
-> record_determination ->
-> record_referrals ->
// The hand-over summary is told only where the services arranged actually happen (not after a
// harmful decision, where the ending says what happened instead).
{
// What happened in the story comes first; the form decides only where the story did not.
- taken_by == "custody" || taken_by == "immigration":
    -> punished
- taken_by == "long":
    -> back_to_the_network
- LIST_COUNT(referrals ^ (arrest_for_compelled_offence, immigration_detention, deportation_or_removal)) > 0:
    -> punished
- referrals ? release_to_controller:
    -> back_to_the_network
- wants_aunt:
    -> his_own_choice
- LIST_COUNT(referrals ^ (safe_shelter, victim_service_ngo)) == 0:
    -> nowhere_to_go
- else:
    -> protected
}

=== punished ===
{taken_by == "":
    -> harmful_disposition_outcomes("Khanh") ->
}
{taken_by == "custody": Khanh spends the night in a cell as a suspect in the production of cannabis.}
{taken_by == "immigration": Khanh spends the night in an immigration holding room, waiting to be told where he is being sent.}
{referrals ? specialist_trafficking_unit:
    The specialist unit is told about him, but its first conversation with him will be in custody, across a table, after he has already been treated as an offender.
- else:
    Nobody asks who bolted the bedroom door, or whose number was the only one in his phone.
}
By the evening the number in his phone has stopped ringing. Somewhere, someone is already adding the lost plants to what his family owes. # ending: punished_not_protected
-> END

=== back_to_the_network ===
{taken_by == "long":
    Long drives him away from Larch Road in the silver car. Nobody knows where to, or which house comes next. # sfx: traffic
- else:
    -> harmful_disposition_outcomes("Khanh") ->
    Long is waiting at the tape. He drives Khanh away from Larch Road, and nobody knows where to, or which house comes next. # sfx: traffic
}
{referrals ? specialist_trafficking_unit: When the specialist unit asks for him later in the day, the address Long gave turns out to be a car wash that closed a year ago.}
The bolt on the bedroom door is photographed for the evidence log. The person it kept in is gone. # ending: back_to_the_network
-> END

=== nowhere_to_go ===
~ referral_summary("Khanh")
{no_referrals_made():
    -> nothing_arranged("Khanh") ->
}
With no safe place and no support worker arranged, Khanh walks out past the tape on his own.
{referrals ? specialist_trafficking_unit: The specialist unit takes his details and says it will be in touch, but he has no address to be in touch at.}
He has no money, no papers and no idea which town he is in. The only number he knows by heart is the one that kept ringing. # ending: nowhere_to_go
-> END

=== his_own_choice ===
~ referral_summary("Khanh")
{
- LIST_COUNT(referrals ^ (safe_shelter, victim_service_ngo, psychological_counselling)) > 0:
    You arrange what he said no to anyway. When the support worker arrives to take him to the safe house, Khanh asks the interpreter whether this is a place he is allowed to leave. # sfx: footsteps
    He goes with her in silence. In the morning his bed is empty, and the number in your notebook for his aunt rings out. # ending: choice_overridden
- else:
    {referrals ? specialist_trafficking_unit:
        The specialist unit takes the exercise book and the phone, and an officer from the unit drives Khanh to the station for the train to his aunt's. # sfx: footsteps
    - else:
        Khanh walks to the station for the train to his aunt's. No one from the specialist unit is told, so nobody follows the number in the exercise book. # sfx: footsteps
    }
    {referrals ? medical_care: The doctor he asked for sees the burn on his hand at a walk-in clinic on the way, and dresses it.}
    {not (referrals ? medical_care): The doctor he asked for is never booked, and the burn on his hand goes another week without anyone looking at it.}
    {referrals ? legal_aid: The lawyer he said yes to will ring him at his aunt's tomorrow.}
    {not (referrals ? legal_aid): The lawyer he asked for is never called, so nobody speaks for him when the question of the plants comes up.}
    {not (referrals ? victim_witness_protection): The police team he wanted for his mother is never asked, and nobody looks at the photo of her gate.}
    {gave_discreet_contact:
        He has a number saved as "Binh" for the day he changes his mind, and you have written in your report that he said no to the rest, and why. # ending: his_own_choice
    - else:
        He leaves with no way to ask for help later if his aunt's house turns out not to be safe. # ending: his_own_choice
    }
}
-> END

=== protected ===
~ referral_summary("Khanh")
{
- right_determination() && (referrals ? (specialist_trafficking_unit, interpreter_independent, victim_service_ngo, safe_shelter, legal_aid, medical_care, residence_protection, victim_witness_protection, psychological_counselling)) && consent_sought && not support_conditional && not long_heard && not threatened:
    By the afternoon Khanh is in a safe house across the city, with a bed, a shower, and the burn on his hand cleaned and dressed. # sfx: footsteps
    The specialist unit takes the exercise book and the phone, and starts with the number at the top of every page. Khanh's lawyer asks the unit for time before anyone decides anything about the plants.
    Before he goes, Khanh asks the interpreter to tell you one more thing. "Please tell them about the house with the blue door. There is another boy there." # speaker: Khanh # mood: quiet
    The unit officer writes it down. # ending: safe_and_heard
- else:
    {referrals ? victim_service_ngo:
        Khanh leaves number 14 in the support worker's car, but the hand-over is ragged. # sfx: footsteps
    - else:
        Khanh is driven to the safe house, but nobody from a support organisation is there to meet him, and the hand-over is ragged. # sfx: footsteps
    }
    {not right_determination(): Your record describes a man found at a drugs grow, not a man brought here and made to work it, and the next person to read it starts from there.}
    {not (referrals ? specialist_trafficking_unit): No one from the specialist unit is told, so nobody follows the number in the exercise book.}
    {not (referrals ? interpreter_independent): No interpreter has been booked for what follows, so he signs forms he cannot read.}
    {not (referrals ? safe_shelter): No safe place has been found for tonight, and the support worker spends the evening ringing round hostels.}
    {not (referrals ? legal_aid): Nobody is there to speak for him when the question of the plants and his status comes up.}
    {(referrals ? legal_aid) && not (referrals ? residence_protection): His lawyer has not been asked to apply for the reflection period that would stop his removal while he recovers.}
    {not (referrals ? medical_care): The burn on his hand goes another week without anyone looking at it.}
    {not (referrals ? victim_witness_protection): Nobody assesses the risk to him, or to his mother, now that the house is gone.}
    {long_heard: He knows Long heard what he said on the landing, and he says nothing more to anyone about the house.}
    {threatened: He remembers being told he would be charged and sent home, and he answers the support worker in single words.}
    {not consent_sought: Nobody asked him what he wanted. The next morning his bed is empty.}
    {consent_sought && support_conditional: He was told a bed depended on a statement, and he does not trust that any of this help is really his. The next morning his bed is empty.}
    Khanh is out of the house tonight. Whether he stays safe, and whether his mother does, depends on what was left undone. # ending: handover_with_gaps
}
-> END
