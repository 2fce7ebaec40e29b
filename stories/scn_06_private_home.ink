# id: scn_06_private_home
# title: Private home: the woman on the balcony
# summary: A neighbour has called about a woman who is only ever seen on a balcony, hanging laundry late at night. The householder says she is a visiting relative and offers to translate for her.
# form: domestic_servitude, cross_border_trafficking
# setting: private_home
# minutes: 15
# difficulty: intermediate
# content_warning: A worker who lives in her employer's home, and psychological control.
# content_warning: Threats about immigration status.
# objective: Speak with a possible victim away from the householder and through an independent interpreter, never through the person who controls her.
# objective: Notice what an ordinary home shows about the person who works in it, and decide on the evidence.
# objective: Respect an adult's choices: explain each service, ask before referring, and accept a no.
# teaching_point: Domestic servitude is invisible from the street: where she sleeps, her hours, her passport, her pay and her freedom to go out tell the story.
# teaching_point: Her consulate is harmful here, because her recruiter claims a contact there; an overstayer made to stay is not arrested for it (non-punishment).
# scene: private_home
# determination: potential_victim_domestic_servitude
# referrals_required: interpreter_independent, specialist_trafficking_unit, victim_service_ngo, safe_shelter, legal_aid, residence_protection, medical_care, psychological_counselling
# referrals_harmful: immigration_detention, deportation_or_removal, consular_contact, release_to_controller, arrest_for_compelled_offence
# referrals_unnecessary: child_protection, asylum_migrant_support
# conditions: language_barrier, controller_present_or_involved, foreign_national, irregular_status, compelled_offence_exposure, trafficking_indicators_present, no_safe_place_to_stay, health_need_observed, home_state_risk

INCLUDE common/threshold.ink
INCLUDE common/forms.ink
INCLUDE common/closing.ink

// Hub moves already made, so each is offered once; cleared on entering each knot so that states
// that differ only in which hub moves were made merge again for the explorer.
LIST hm_moves = hm1, hm2, hm3, hm4, hm5, hm6, hm7, hm8, hm9, hm10, hm11, hm12, hm13, hm14, hm15, hm16, hm17, hm18, hm19, hm20, hm21, hm22, hm23, hm24, hm25, hm26, hm27, hm28, hm29, hm30
VAR home_done = ()

// What the trainee has done so far; what she says depends on it as well as on the mirrored rapport.
VAR home_private = false
VAR home_interpreter = false
VAR home_controller_heard = false
VAR home_consent_asked = false
VAR home_future_heard = false
VAR home_went_out = false
VAR home_sorel_in_kitchen = false
VAR home_said_visiting = false  // she has said she is only visiting (the script she was given)
VAR home_said_works = false     // she has said she works here
VAR home_declined = false       // she has declined the doctor and counselling for now

-> street

=== street ===
~ home_done = ()
It is a quarter to midnight on a quiet residential street. Rain ticks on the roof of the patrol car. # sfx: rain
Your colleague, Officer Priya Nandakumar, reads the call note aloud: a neighbour, Mrs Ellis, has phoned for the third time this month about the flat opposite hers.
"She says she sees a woman hanging washing on that balcony at midnight, one in the morning. Never sees her in the street. Never sees her at the shops." # speaker: Priya
The balcony on the second floor is dark except for a line of shirts moving in the wind.
+ [Speak to Mrs Ellis first]
    -> neighbour
+ [Go straight up to the flat]
    Priya nods and locks the car.
    -> front_door

=== neighbour ===
~ home_done = ()
Mrs Ellis opens her door on the chain, then takes it off when she sees the uniforms. She is in her seventies, with a cardigan over her nightdress.
"I'm not a busybody. But it isn't right." # speaker: Mrs Ellis # mood: worried
+ [Ask her to tell you what she has seen, in her own words]
    "Tell me what you've noticed, from the beginning. Take your time." # speaker: Officer
    "Three years they've lived there, the Sorels. About that long she's been there too, the little woman. I see her on the balcony with the washing, late, always late. In all that time I have never once seen her come out of that front door." # speaker: Mrs Ellis
    "Once, last winter, she was out there in a T-shirt in the frost, and he was shouting from inside. She went in like a dog called to heel." # speaker: Mrs Ellis # mood: upset
+ [Ask whether the woman is "one of those illegals" # q: judgemental_language]
    "Is she one of those illegals, then?" # speaker: Officer
    Mrs Ellis stiffens. "I wouldn't know. I don't see that it matters. I called because she looks frightened." # speaker: Mrs Ellis # mood: cold
    Priya gives you a look and asks Mrs Ellis what exactly she has seen. The answer comes more slowly now: a woman on the balcony at midnight, never in the street, once shouted back inside.
- "I waved to her once. She looked behind her before she waved back." # speaker: Mrs Ellis
You thank her and cross the landing. The Sorels' door is opposite.
-> front_door

=== front_door ===
~ home_done = ()
You knock. Footsteps, a pause, a bolt drawn back. # sfx: door_knock
A man in his fifties opens the door in a dressing gown: Mr Sorel. Behind him, at the end of the hallway, a small woman in a faded apron stands with a laundry basket on her hip. She looks at him, not at you.
"Officers? Is there a problem?" # speaker: Mr Sorel # mood: polite
Priya explains that a neighbour was worried about someone in the flat and that you are here to check everyone is well.
"Oh, that. That's Marisol, my wife's cousin. She's visiting. She doesn't speak a word of English, poor thing, so I'll translate for you. Ask whatever you like." # speaker: Mr Sorel
He steps slightly to the side so that he stays between you and her.
When you look past him, the woman drops her eyes to the basket. # indicator: controlled_by_another_person, cannot_speak_freely
-> door_choices

= door_choices
+ [Explain that you always speak to everyone in a home on their own, and ask Priya to take his details in another room # q: ensure_privacy]
    "Thank you, Mr Sorel. When we come out on a call like this we speak with each person on their own for a few minutes; it's how we always do it. Officer Nandakumar will take your details in the living room." # speaker: Officer
    Mr Sorel hesitates, then smiles. "Of course. She won't understand you, though." # speaker: Mr Sorel
    Priya guides him into the living room and half closes the door. You ask, with a gesture, whether the woman will sit with you in the kitchen. She waits a moment, glances at the living-room door, and leads the way.
    ~ home_private = true
    -> kitchen
+ {home_done !? hm1} [Ask Mr Sorel to put your questions to her # q: use_controller_as_interpreter]
    ~ home_done += hm1
    "All right. Could you ask her whether she's happy here, and whether she's ever wanted to leave?" # speaker: Officer
    Mr Sorel turns to her and speaks for a long time, far longer than your question. His tone is light; hers, when she answers, is a whisper of three words.
    "She says she is very happy and she is family. She says thank you for your concern." # speaker: Mr Sorel # mood: smiling
    The woman nods, once, at the floor.
    ~ home_controller_heard = true
    -> door_choices
+ {home_done !? hm2} [Ask her directly, in front of him, whether anyone here is hurting her # q: question_in_presence_of_controller]
    ~ home_done += hm2
    You lean past Mr Sorel. "Is anyone here hurting you? You can tell me." # speaker: Officer
    She looks at him before she looks at you. "No problem. No problem. Good house," she says in careful English. Then she says it again, exactly the same way. # speaker: Marisol # mood: afraid
    ~ home_controller_heard = true
    -> door_choices
+ {home_done !? hm3} [Ask to see identification for everyone in the flat # q: routine_identity_check]
    ~ home_done += hm3
    "Could I see some identification for both of you, please?" # speaker: Officer
    Mr Sorel goes to a desk in the hallway, unlocks a drawer with a key from his own keyring and comes back with two passports: his own, and hers. The woman watches the drawer, not the passports.
    "I keep it safe for her. She'd lose it." # speaker: Mr Sorel
    Her visa stamp expired more than two years ago. # indicator: documents_withheld
    Mr Sorel puts both passports back in the drawer and locks it.
    -> door_choices
+ {distress >= 6} [She is trembling: tell her quietly, slowly, that she is not in trouble # q: respond_to_distress # distress: -3]
    You crouch a little so you are not looming over her and speak slowly, in plain words, with your hands where she can see them. "You are not in trouble. Nobody is in trouble." # speaker: Officer
    She does not understand the words, but she understands the tone. Her grip on the basket loosens.
    -> door_choices

=== kitchen ===
~ home_done = ()
The kitchen is spotless. The woman, Marisol, stands by the sink until you sit down, and then sits on the edge of a chair as if she expects to be called away.
The back of her right hand is red and blistered, a burn wrapped in cling film. She keeps it under the table. # indicator: untreated_health_problems
{home_controller_heard:
    She keeps her eyes on the half-open door. Whatever he told her in that long speech at the front door is sitting in the room with you.
}
You have no shared language: she has a few English words, you have none of hers. The telephone interpreter service will take a minute or two to connect.
-> look_around

= look_around
While you wait, you can look around the kitchen and the small rooms behind it.
+ {home_done !? hm4} [Look into the laundry room behind the kitchen # hotspot: laundry_room]
    ~ home_done += hm4
    Behind the washing machine there is a thin mattress, rolled up and tied with string, and a plastic bag of clothes. There is no window, and the dryer vents warm, damp air into the room. # indicator: living_at_workplace, degrading_living_conditions
    -> look_around
+ {home_done !? hm5} [Read the sheet of paper stuck to the fridge # hotspot: fridge_list]
    ~ home_done += hm5
    A handwritten list, in English, in a man's hand: "5.30 breakfast. 6.00 boy to bus. Floors. Windows Tues/Fri. Ironing. 22.00 dinner cleared. Laundry after." There is a line at the bottom: "No visitors. No phone." # indicator: excessive_hours_no_rest
    -> look_around
+ {home_done !? hm6} [Look at the phone on the windowsill # hotspot: windowsill_phone]
    ~ home_done += hm6
    An old phone sits charging on the windowsill. There is no SIM card in it: the tray is empty. On the screen, a photo of two teenagers in school uniform. # indicator: isolation
    -> look_around
+ {home_done !? hm7} [Look at the front door from the hallway # hotspot: hallway_door]
    ~ home_done += hm7
    The front door has a deadlock as well as the latch. There is one hook for keys by the door, and it is empty: Mr Sorel's keyring is in his dressing-gown pocket.
    -> look_around
+ [Call the telephone interpreter service]
    -> interpreter

=== interpreter ===
~ home_done = ()
Your phone is in your hand. Mr Sorel's voice carries from the living room: "If you need a translator I am right here!" In the hallway, you can hear Mrs Ellis's door open: she has said she speaks a little of "that language" from her years abroad.
+ [Ring the telephone interpreter service and put the call on speaker # q: use_independent_interpreter]
    You ring the interpreter service and ask for her language. A calm voice introduces herself as the interpreter. You ask Marisol, through her, whether she understands the interpreter well. She nods quickly.
    "I'm a professional interpreter. I'm not from this town, I don't know anyone in this house, and I must keep what is said here confidential. I'll say everything you both say, nothing added." # speaker: Interpreter
    For the first time Marisol looks straight at the phone.
    ~ home_interpreter = true
+ [Call Mr Sorel back in to translate # q: use_controller_as_interpreter]
    Mr Sorel comes back in before Priya can stop him, and stands behind Marisol's chair with a hand on its back.
    "Go ahead. I'll tell her." # speaker: Mr Sorel
    ~ home_controller_heard = true
    ~ home_sorel_in_kitchen = true
+ [Ask Mrs Ellis to come over and help you understand her # q: use_informal_interpreter]
    Mrs Ellis comes in, pleased to help, and tries a few words. Marisol answers politely and says very little. Mrs Ellis lives opposite and is on friendly terms with the Sorels' downstairs neighbours; Marisol knows it.
- -> engage

=== engage ===
~ home_done = ()
Marisol waits, hands folded over the burned one. # phase: engage_explain
{home_interpreter: She has heard the interpreter promise confidentiality. She is listening.| Everything you say now passes through someone she cannot trust.}
-> engage_choices

= engage_choices
+ {home_done !? hm8} [Explain who you are, why you are here and what will happen next # q: explain_process]
    ~ home_done += hm8
    "My name is Officer Hale. I'm a police officer. A neighbour was worried about you, so my job tonight is to check that you're safe. You're not in any trouble. I'll explain each step before it happens, and you can ask me anything." # speaker: Officer
    {home_interpreter: The interpreter relays it. Marisol lets out a breath.|Marisol nods, but her eyes go to the door.}
    -> engage_choices
+ {home_done !? hm9} [Ask about her hand, and offer water and a proper seat # q: attend_to_immediate_needs]
    ~ home_done += hm9
    "Before anything else: your hand looks painful. Would you like water, or something for it? And please, sit properly. There's no rush." # speaker: Officer
    "Oven door. Last week. It's nothing." She slides back in the chair, just a little. # speaker: Marisol # mood: tired
    "I have not sat down in this kitchen before," she adds, and then looks embarrassed that she said it. # speaker: Marisol # indicator: servitude_conditions
    -> engage_choices
+ {home_done !? hm10} [Tell her she can stop, skip a question or take a break whenever she wants # q: give_control]
    ~ home_done += hm10
    "You decide the pace tonight. If you don't want to answer something, say so. If you want to stop, we stop." # speaker: Officer
    She studies you for a moment. "Okay." # speaker: Marisol
    -> engage_choices
+ {home_done !? hm11} [Tell her you need to see her passport and visa first # q: routine_identity_check]
    ~ home_done += hm11
    "First I need to see your passport and your visa, please." # speaker: Officer
    Her face closes. "Sir has it." She looks at the living-room door. "All is with Sir." # speaker: Marisol # mood: afraid
    -> engage_choices
+ {home_done !? hm12} [Warn her that if she has overstayed she had better be honest, or it will go worse for her # q: threaten_sanction]
    ~ home_done += hm12
    "If you're here illegally, you need to be straight with me now. It'll go worse for you if you lie." # speaker: Officer
    Marisol goes very still. Whatever she was about to say, she does not say it. # mood: frozen
    ~ home_said_visiting = true
    "I am visiting. I am family." Her voice has gone flat, like something learned by heart. # speaker: Marisol # mood: flat
    -> engage_choices
+ {distress >= 6} [Stop, and give her a moment # q: respond_to_distress # distress: -3]
    You put your pen down. "Let's stop for a moment. Nobody is taking you anywhere tonight. Breathe. We can go slowly." # speaker: Officer
    Marisol wipes her eyes with the back of her good hand. After a while, her shoulders come down.
    -> engage_choices
+ [Invite her to tell you about her life here]
    -> free_account

=== free_account ===
~ home_done = ()
You turn your chair a little so that you are not between her and the door. # phase: free_account
-> account_choices

= account_choices
+ {home_done !? hm13} [Ask her to tell you, in her own words, how she came to be working in this house # q: open_invitation]
    ~ home_done += hm13
    "Could you tell me how you came to be in this house, starting wherever you like?" # speaker: Officer
    -> own_words
+ {home_done !? hm14} [Ask her why she never just walked out when they were at work # q: why_didnt_you_leave]
    ~ home_done += hm14
    "If things are bad here, why didn't you just walk out one day when they were at work?" # speaker: Officer
    Marisol looks at you as though you have slapped her. "Where would I go?" she says, and then nothing more. # speaker: Marisol # mood: ashamed
    -> account_choices
+ {home_done !? hm15} [Put it to her that he took her passport and isn't paying her, isn't he? # q: leading]
    ~ home_done += hm15
    "He's taken your passport and he isn't paying you, is he?" # speaker: Officer
    "Yes," she says. Then, "No. I don't know. Sir keeps things safe." She looks at the interpreter's phone as if it might repeat her words to him. # speaker: Marisol # mood: confused
    -> account_choices
+ {home_done !? hm16} [Ask where she's from, how she got here, who pays her and whether she's allowed out # q: multiple_question]
    ~ home_done += hm16
    "Where are you from, how did you get here, who pays you and are you allowed out?" # speaker: Officer
    {home_interpreter: The interpreter asks you to break it into separate questions. }Marisol answers the last thing she heard: "Sometimes. With Madam." # speaker: Marisol # mood: confused
    -> account_choices
+ {distress >= 6} [Say nothing for a while; let her take her time # q: allow_silence # distress: -3]
    You wait. The dryer hums in the next room. Marisol stares at the table, then, very quietly, she starts to speak again.
    -> account_choices

= own_words
{
- home_interpreter && home_private && not home_controller_heard && rapport >= 3:
    ~ home_said_works = true
    She talks for a long time. The interpreter keeps pace with her, in the first person.
    "At home I worked in a school kitchen. An agency in the city had a poster: housekeeper abroad, a good family, eight hours, one day off, a salary that would pay for my children to finish school. The agency paid my ticket. They said I would pay it back from my wages." # speaker: Marisol # indicator: contract_or_terms_changed
    "When I arrived, Sir took my passport at the airport. For the visa, he said. Three years now, every day, I work. There is no day off. I wake at five. I sleep when the last plate is washed and the last washing is hung." # speaker: Marisol # indicator: excessive_hours_no_rest, documents_withheld
    "They have paid me two times. Two times in three years. Sir says the rest is kept for me, after the ticket and my food are taken." # speaker: Marisol # indicator: wages_withheld_or_confiscated
    "I don't go out. Not to the shop, not to church. Madam takes the boy to school. The door is locked when they go. I have no key." # speaker: Marisol # indicator: not_free_to_leave
    -> followups
- home_interpreter && rapport >= 1:
    ~ home_said_works = true
    "I came to work, for a family. The agency sent me." She stops and looks at the door. "I work. I cook, I clean, I look after the boy. It is fine." # speaker: Marisol # mood: guarded
    "Three years. Every day." She does not say more. # speaker: Marisol # indicator: excessive_hours_no_rest
    -> followups
- else:
    ~ home_said_visiting = true
    "I am happy. Good family. I am visiting." The words come out smooth and even, the same words she used at the door. # speaker: Marisol # mood: flat
    -> followups
}

= followups
+ {home_done !? hm17} [Follow up on what she said about the money: ask her to tell you more # q: open_followup]
    ~ home_done += hm17
    "You mentioned the money that is kept for you. Tell me more about that." # speaker: Officer
    { rapport >= 3:
        "I ask once, last year. For my daughter's school fees. Sir showed me a paper with numbers: the ticket, the visa, my food, my room. He said I still owe them. Every month I owe more." She laughs without any humour. "My room is the floor by the machine." # speaker: Marisol # indicator: wages_withheld_or_confiscated, debt_bondage, degrading_living_conditions
    - else:
        "Sir keeps it for me." She says nothing else about it. # speaker: Marisol # mood: guarded
    }
    -> followups
+ {home_done !? hm18} [Follow up on what she said about never going out: ask her to tell you more # q: open_followup]
    ~ home_done += hm18
    ~ home_went_out = true
    "You said you don't go out. Tell me more about that." # speaker: Officer
    { rapport >= 3:
        "Madam says the street is dangerous for someone like me. When they go out, they lock the door from outside. If I am on the balcony too long, Sir calls me in." # speaker: Marisol # indicator: not_free_to_leave
        "The phone, he took the card out. He says calls home are too expensive. I write to my children in my head." # speaker: Marisol # indicator: isolation # mood: sad
    - else:
        "It is better to stay in." # speaker: Marisol
    }
    -> followups
+ {home_went_out && rapport >= 3} {home_done !? hm19} [Ask her to tell you more about being called in from the balcony # q: open_followup # distress: +3]
    ~ home_done += hm19
    "You said Mr Sorel calls you in from the balcony. Can you tell me more about that?" # speaker: Officer
    Marisol's hand goes to her mouth. Her eyes fill, and she turns her face to the wall. # mood: upset
    -> upset
+ {distress >= 6} [Stop and let her take her time # q: allow_silence # distress: -3]
    You stop writing and wait. After a long minute she wipes her face and looks at you again.
    -> followups
+ [Move on to a few specific questions]
    -> clarify

= upset
She is crying without making a sound. Her whole body is braced, as if for a door opening.
+ [Tell her it's all right to be upset, and that she is safe in this room # q: validate_empathise]
    "It's all right. That sounds like it was frightening. You're safe in this room, and you don't have to talk about it." # speaker: Officer
    After a minute she nods. "He was angry about a shirt. He put me out there until I said sorry. It was only one night." She shrugs, small. "I am used to it." # speaker: Marisol # mood: tired # indicator: servitude_conditions
    -> followups
+ [Offer to stop for a few minutes # q: offer_break]
    "Shall we stop for a few minutes? I'll get you some water." # speaker: Officer
    You run the tap and put a glass in front of her. She holds it with both hands. When she is ready she says, "He put me out there because of a shirt. I am used to it." # speaker: Marisol # indicator: servitude_conditions
    -> followups
+ [Press on: ask exactly what happened that night and who else was there # q: interrogative_pressure]
    "I need you to tell me exactly what happened that night. Who was there? What did he do?" # speaker: Officer
    She shakes her head, then keeps shaking it. "Nothing. Nothing happened. I'm sorry." # speaker: Marisol # mood: shut_down
    -> followups

=== clarify ===
~ home_done = ()
You glance at your notes. There are a few things you would like to understand better. # phase: clarify
-> clarify_choices

= clarify_choices
+ {home_done !? hm20} [Ask who keeps her passport now # q: specific_wh]
    ~ home_done += hm20
    "Who has your passport now?" # speaker: Officer
    { rapport >= 2:
        "Sir. In the desk in the hall, in the drawer with a key. I saw it one time when he paid the electric." # speaker: Marisol # indicator: documents_withheld
    - else:
        "It's safe," she says, which is not an answer. # speaker: Marisol # mood: guarded
    }
    -> clarify_choices
+ {home_done !? hm21} [Ask what she has been told would happen if she went to the police # q: specific_wh]
    ~ home_done += hm21
    "What have you been told would happen if you talked to the police?" # speaker: Officer
    { rapport >= 3:
        "Police are not for people like me. That is what Sir says." She takes a breath. # speaker: Marisol # indicator: distrust_of_authorities
        "He says my visa is finished, so I am a criminal here. Police will put me in prison and then send me home with nothing, and the agency will take my mother's house for the ticket money." # speaker: Marisol # indicator: misled_about_legal_status
        "And the agency man, he says his brother works at our consulate here. If I go there, they call him first." # speaker: Marisol # mood: afraid
    - else:
        "Police are not for people like me," she says quietly. # speaker: Marisol # indicator: distrust_of_authorities
    }
    -> clarify_choices
+ {home_said_visiting && home_said_works} {home_done !? hm22} [Point out that she said she was visiting, and now says she works here, and ask which is the lie # q: confront_inconsistency]
    ~ home_done += hm22
    "First you told me you were visiting. Now you say you work here. Which one is the lie?" # speaker: Officer
    Marisol flinches. "I'm sorry. I don't know. The days are the same." She stops offering anything at all. # speaker: Marisol # mood: ashamed
    -> clarify_choices
+ {home_done !? hm23} [Tell her that at least she has had a roof over her head and food # q: minimise]
    ~ home_done += hm23
    "Well, at least you've had a roof over your head and food to eat." # speaker: Officer
    "Yes," she says. "Yes. I am lucky." # speaker: Marisol # mood: flat
    -> clarify_choices
+ {home_done !? hm24} [Check back what you have understood, in her own words # q: summarise_check]
    ~ home_done += hm24
    "Let me check I've understood. You came for a housekeeping job with a day off and a salary. You've worked every day for three years, been paid twice, Mr Sorel keeps your passport, and you aren't allowed out. Have I got that right?" # speaker: Officer
    { rapport >= 3:
        "Yes." A long pause. "Nobody has said it back to me before. It sounds bad when you say it." # speaker: Marisol # indicator: does_not_self_identify
    - else:
        "I don't know," she says. "I don't want trouble for them." # speaker: Marisol # indicator: does_not_self_identify
    }
    -> clarify_choices
+ {distress >= 6} [Tell her that this is a lot to talk about, and thank her # q: validate_empathise # distress: -3]
    "This is a lot to talk about, and you've been very brave tonight. Thank you." # speaker: Officer
    She nods, and some of the stiffness goes out of her.
    -> clarify_choices
+ [Move towards what happens next]
    -> closing

=== closing ===
~ home_done = ()
{home_sorel_in_kitchen:Mr Sorel looks at his watch and asks how much longer this will take.|Through the door, Mr Sorel's voice rises: he wants to know how much longer this will take. Priya's voice answers, level and patient.} # phase: close
-> close_choices

= close_choices
+ {home_done !? hm25} [Explain plainly what happens next tonight, and what she decides # q: explain_next_steps]
    ~ home_done += hm25
    "Here's what happens next. I'm going to tell a specialist police team about what you've told me. That part is my job and I have to do it. Everything else is your choice: where you sleep tonight, whether you see a doctor, whether you talk to a lawyer. You can say no to any of it." # speaker: Officer
    Marisol listens to the interpreter with her eyes closed. "Tonight? I can go tonight?" # speaker: Marisol
    -> close_choices
+ {home_done !? hm26} [Describe each kind of help on offer, one at a time, and ask whether she wants it # q: seek_informed_consent]
    ~ home_done += hm26
    ~ home_consent_asked = true
    "Let me tell you what's on offer, and you tell me yes or no to each. There's an organisation that helps people in your situation; they have a safe place to stay tonight that Mr Sorel won't know about. A doctor for your hand. A free lawyer who can explain your rights to stay here while you decide what you want, and whether you're owed your wages. Someone to talk to about everything that's happened, if and when you want that. Would you like me to contact them? I'd only share what you agree to." # speaker: Officer
    {
    - home_declined:
        "I said. The safe place, the lawyer, yes. Not the doctor, not the talking. Not now." # speaker: Marisol # declines: medical_care, psychological_counselling
    - rapport >= 2:
        "Yes. The safe place. The doctor. The lawyer, yes." She hesitates. "And the talking one. Maybe later. Yes." # speaker: Marisol # agrees: victim_service_ngo, safe_shelter, medical_care, legal_aid, residence_protection, psychological_counselling
    - else:
        "I don't know. I don't know." She looks at the door. "Maybe the doctor." # speaker: Marisol
    }
    -> close_choices
+ {home_done !? hm26} {home_done !? hm30} {rapport >= 2} [Ask her what she would like to happen tonight, and what can wait # q: give_control]
    ~ home_done += hm30
    "Before I list anything: what would you like to happen tonight? And what would you rather leave for another day?" # speaker: Officer
    She is quiet for a while. "Tonight, I want a bed where Sir cannot come. And someone to tell me if I can stay in this country." # speaker: Marisol
    "No doctor tonight. The hand is nothing. And no more people asking me things, not tonight. Please." # speaker: Marisol # mood: tired # declines: medical_care, psychological_counselling
    ~ home_declined = true
    -> close_choices
+ {home_consent_asked} {home_done !? hm27} [Ask what she wants for herself, longer term, once she is safe # q: open_followup]
    ~ home_done += hm27
    "When things are calmer, weeks from now, what would you want for yourself?" # speaker: Officer
    { rapport >= 2:
        ~ home_future_heard = true
        She thinks about it for a long time. "At home I wanted to be a nurse's helper. There was a course, but no money. I want a paper that says I can do something. So I can send money home that is mine." # speaker: Marisol # mood: hopeful
        You tell her the support organisation can help with courses and work once she has recovered and her papers are sorted, and that you'll write down that this is what she wants, so nobody has to ask her twice. She nods.
    - else:
        "I don't know. I don't think about that." # speaker: Marisol
    }
    -> close_choices
+ {home_done !? hm28} [Promise her she won't be sent home and that she will get every penny she is owed # q: promise_unkeepable]
    ~ home_done += hm28
    "I promise you: you will not be sent home, and you will get every penny they owe you." # speaker: Officer
    {home_interpreter: The interpreter relays it exactly, as she must. }Marisol looks at you with something like pity. "Sir also promised," she says. # speaker: Marisol # mood: wary
    -> close_choices
+ {home_done !? hm29} [Tell her you can find her a bed tonight, as long as she gives a statement against Mr Sorel # q: make_support_conditional]
    ~ home_done += hm29
    "We can find you somewhere to stay tonight, but I'll need a full statement against Mr Sorel first." # speaker: Officer
    Marisol pulls her hands into her lap. "Then I stay here," she says. # speaker: Marisol # mood: shut_down
    -> close_choices
+ {distress >= 6} [Offer her a few minutes' break before you go on # q: offer_break # distress: -3]
    "Let's take a few minutes. Would you like some water, or some air on the balcony?" # speaker: Officer
    She chooses the water. She drinks it slowly, and you wait.
    -> close_choices
+ [Finish up and step into the hallway to make your assessment]
    -> hallway

=== hallway ===
~ home_done = ()
You leave Marisol with the interpreter on the line and step into the hallway. The desk with the locked drawer is at your elbow.
{home_sorel_in_kitchen:Mr Sorel follows you out, with Priya behind him.|Mr Sorel comes out of the living room with Priya behind him.}
"Well? I hope she's told you she's happy. She owes us for the flight, you know. She won't be going anywhere until that's paid." # speaker: Mr Sorel # mood: irritated # indicator: debt_bondage
Priya waits for your assessment.
-> record_determination ->
{
- determination ? potential_victim_domestic_servitude:
    You tell Priya quietly that you have reasonable grounds to believe Marisol is a victim of domestic servitude and that she will not be staying here tonight unless she chooses to.
- determination ? not_trafficking_labour_dispute:
    You tell Priya this looks like an employment problem: unpaid wages, long hours, a matter for labour law.
- determination ? insufficient_information:
    You tell Priya you are not sure what you have here.
- else:
    You tell Priya what you think this is. She frowns, but writes it down.
}
Priya nods towards your notebook: the referrals next.
-> record_referrals ->
-> outcome

=== outcome ===
~ home_done = ()
{
- chose_harmful_disposition():
    -> harmful_outcome
- not (determination ? potential_victim_domestic_servitude):
    -> missed_outcome
- referrals ? consular_contact:
    -> consulate_outcome
- home_declined && home_consent_asked && referrals ? (interpreter_independent, specialist_trafficking_unit, victim_service_ngo, safe_shelter, legal_aid, residence_protection, hotline_information) && not (referrals ? medical_care) && not (referrals ? psychological_counselling):
    -> her_terms_outcome
- not home_declined && referrals ? (interpreter_independent, specialist_trafficking_unit, victim_service_ngo, safe_shelter, legal_aid, residence_protection, medical_care, psychological_counselling) && home_consent_asked:
    -> safe_outcome
- else:
    -> gaps_outcome
}

=== harmful_outcome ===
~ home_done = ()
{
- referrals ? release_to_controller:
    You tell Mr Sorel that Marisol can stay with the family tonight, and that the matter will be looked at in due course.
    When you look back from the landing, Marisol is standing at the end of the hallway with the laundry basket again. Mr Sorel closes the door, and you hear the deadlock turn.
- else:
    -> harmful_disposition_outcomes("Marisol") ->
    She goes without a word. Everything Mr Sorel told her about the police has just come true, in front of her.
}
Four months later the specialist unit asks for your notes. The file on Mr Sorel is closed: the only witness has been removed from the country or has stopped speaking to anyone in uniform. Mrs Ellis tells Priya that a new woman has started hanging the washing at midnight. # ending: returned_to_harm
-> END

=== missed_outcome ===
~ home_done = ()
You give Mr Sorel a leaflet about employment rights and ask him to "sort out her pay".
{
- referrals ? safe_shelter && referrals ? specialist_trafficking_unit:
    A bed is found for Marisol for one night. Your report calls it an employment problem, so the specialist unit files it behind the cases marked as trafficking; by the weekend she is back at the Sorels', because she has nowhere else to go and they still have her passport.
- referrals ? safe_shelter:
    A bed is found for Marisol for one night, but with no report to the specialist unit nobody follows it up; by the weekend she is back at the Sorels', because she has nowhere else to go and they still have her passport.
- else:
    Marisol stays in the flat.
}
Three months later Mrs Ellis calls again. The balcony light is on at one in the morning. Nothing in your report would tell the next officer what you saw in that laundry room. # ending: left_in_servitude
-> END

=== consulate_outcome ===
~ home_done = ()
You ring the consulate's duty number to "sort out her papers". Marisol never asked for it, and nobody asked her.
By the next morning the recruitment agency back home has rung her mother. Marisol, in the shelter, stops answering the support worker's questions and asks to be taken to the airport. The specialist unit manages to keep her in the country, but she will not give a statement, and she will not say why. # ending: consulate_alerted_agency
-> END

=== safe_outcome ===
~ home_done = ()
Priya keeps Mr Sorel in the living room while a support worker from the victim support organisation comes to collect Marisol. She leaves with the plastic bag from the laundry room. The specialist unit will deal with the locked drawer in the morning, with a warrant.
{home_future_heard: In the referral you write, in her words, what she said she wants once she is settled: a course, a paper that says she can do something.}
Epilogue, four months later. # sfx: traffic
Marisol is living in a shared house run by the support organisation. A lawyer has secured a reflection period and a temporary residence permit while the case against the Sorels goes on, and a wages claim is on file. Her hand has healed.
{home_future_heard:
    The support worker tells you that once Marisol was sleeping properly and her papers were settled, the recovery plan moved on to what she had told you she wanted. She has started a care assistant course, two mornings a week.
- else:
    The support worker tells you that once Marisol was sleeping properly and her papers were settled, they began to talk about what she wants next; that conversation is hers to lead.
}
She has spoken to her children every Sunday since the first week. # ending: safe_handover
-> END

=== her_terms_outcome ===
~ home_done = ()
Priya keeps Mr Sorel in the living room while a support worker from the victim support organisation comes to collect Marisol. She leaves with the plastic bag from the laundry room. The specialist unit will deal with the locked drawer in the morning, with a warrant.
~ referral_summary("Marisol")
You write down that she said no to a doctor and to counselling for now, and that she can change her mind at any time. The support worker saves the discreet number in Marisol's new phone under a neighbour's name.
Epilogue, four months later. # sfx: traffic
Marisol is living in a shared house run by the support organisation, with a reflection period agreed while the case against the Sorels goes on.
Six weeks after that night she asked the support worker herself for a doctor for her hand, and later for someone to talk to. Nobody had pushed her; the door had been left open. # ending: safe_on_her_terms
-> END

=== gaps_outcome ===
~ home_done = ()
Marisol leaves the flat that night{referrals ? victim_service_ngo: with a support worker| with you, though nobody is waiting for her}.
~ referral_summary("Marisol")
{not home_consent_asked: You made the referrals without asking her what she wanted. In the car she asks three times where she is being taken.}
{not (referrals ? safe_shelter): There is no safe bed arranged. She spends the rest of the night on a bench in the station's front office.}
{not (referrals ? interpreter_independent): The next morning nobody has booked an interpreter, and the first meeting with the specialist unit is conducted in gestures and a phone app.}
{not (referrals ? legal_aid) || not (referrals ? residence_protection): Without a lawyer or an application for a reflection period, she spends weeks afraid that every knock at the door is the immigration service.}
{home_declined && (referrals ? medical_care || referrals ? psychological_counselling): You arranged the doctor and the counsellor she had just said no to. She goes to neither, and stops telling the support worker what she wants.}
{home_declined && not (referrals ? hotline_information): She said no to some help tonight, and nobody left her a way to ask for it later.}
{not home_declined && not (referrals ? medical_care): The burn on her hand becomes infected before anyone looks at it.}
{not (referrals ? specialist_trafficking_unit): Without a report to the specialist unit, no one opens an investigation into the Sorels or the agency.}
{not home_declined && not (referrals ? psychological_counselling): No one offers her anyone to talk to, and she does not ask.}
{home_future_heard && not (referrals ? vocational_training_education): Months later, when she is safe and her papers are in order, nobody has passed on what she told you about the course she wants.}
Epilogue, four months later: Marisol is out of the Sorels' flat, but her recovery has been slower and harder than it needed to be. # ending: handover_with_gaps
-> END
