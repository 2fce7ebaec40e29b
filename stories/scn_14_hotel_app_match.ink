# id: scn_14_hotel_app_match
# title: Room 508
# summary: A city-centre hotel asks for a welfare check after a guest left in a hurry and a young man was found on the floor of a corridor, hurt, saying he was fine. The room is booked in someone else's name. Find out whether he is safe, and what he needs.
# form: sexual_exploitation, online_recruitment, internal_trafficking
# setting: hotel_welfare_check
# minutes: 16
# difficulty: advanced
# content_warning: Sexual abuse and assault of a young man, described and never shown.
# content_warning: Blackmail with intimate images and the threat of being outed to family.
# content_warning: Homophobic remarks by a bystander.
# objective: Speak with a person away from anyone who may control him, framed as routine, before asking anything that matters.
# objective: Lower the barriers that keep men and LGBTQ+ people from telling police what is happening to them: shame, expecting not to be believed, and fear of being outed.
# objective: Act on time-critical health needs after an assault, with the person's agreement.
# objective: Let an adult decide which help he accepts, and leave him a safe way to come back.
# scene: hotel_room
# determination: potential_victim_sex
# referrals_required: specialist_trafficking_unit, victim_service_ngo, sexual_reproductive_health, safe_shelter, victim_witness_protection, psychological_counselling, legal_aid
# referrals_harmful: release_to_controller, arrest_for_compelled_offence, immigration_detention, deportation_or_removal
# referrals_unnecessary: child_protection, consular_contact, residence_protection, asylum_migrant_support, labour_inspectorate, family_or_community_mediation
# conditions: trafficking_indicators_present, controller_present_or_involved, retaliation_risk, sexual_violence_or_exploitation, compelled_offence_exposure, no_safe_place_to_stay, injury_or_acute_illness

// Premise: a gap in the domain reference's seeds (issue 10, point 7): a man recruited through a
// dating app by a partner who films him, sells him to other men from hotel rooms and keeps him
// with a debt and the threat of outing him. Seeds: 003 (recruitment through relationships and the
// internet, threats, identification signs), 001 (online recruitment, non-punishment), 004 (barriers
// to reporting), and the reference's myth_only_women_and_girls.
// What Sami says depends on the mirrored `rapport` and on the facts below; the scene shows the rest.

INCLUDE common/threshold.ink
INCLUDE common/forms.ink
INCLUDE common/closing.ink

// Once-only moves of the current hub; cleared on entering each hub so that paths differing only
// in which of them were made merge again for the explorer.
LIST moves = m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19, m20, m21, m22
VAR done = ()

// What the trainee did that changes what Sami says or how the night ends.
VAR left_with_leon = false      // Sami was let go with Leon before anyone spoke to him alone
VAR threatened = false          // Sami was warned he could be arrested for selling sex
VAR outing_fear_met = false     // told plainly that nobody will tell his family or work about his private life
VAR told_story = false          // he told you how he met Leon, about the videos and the site (what the follow-ups can take up)
VAR threat_known = false        // he has told you about the threat to send the videos home
VAR open_up = false            // he trusts you enough to tell you more: set from rapport at his free account, lost when he is disbelieved or pushed
VAR consent_asked = false       // his options were explained and he was asked
VAR declined = false            // he chose his friend's sofa over the shelter and the support services (his own choice, asked for with give_control)
VAR pressed = false             // help was made to depend on his doing what he was told

-> lobby

=== lobby ===
~ done = ()
Twenty to two in the morning. The lobby of the hotel by the station is all glass and low lights, and the only sound is a floor polisher somewhere out of sight. # sfx: footsteps
The night manager meets you at the desk. His name badge says Marek. # phase: engage_explain
"Thanks for coming out. A guest on the fifth floor came down the stairs about half an hour ago, fast, and walked out without his bag. Ten minutes later our cleaner found a young man sitting on the floor outside 508. His lip was bleeding. He said he was fine and went back in." # speaker: Marek # mood: uneasy
-> desk

= desk
+ {done !? m1} [Look at the booking for room 508 on the screen # hotspot: front_desk]
    ~ done += m1
    Room 508: booked nine days ago, one guest, in the name of L. Harker. Paid night by night, by phone, with the same card each morning. Nobody called Harker has been seen at the desk since the first night. # indicator: movement_controlled_by_others
    -> desk
+ {done !? m2} [Ask Marek what else he has noticed about the room]
    ~ done += m2
    "Visitors. Men, a different one most nights, sometimes two or three. They ask for 508 by number, go up, come down inside the hour. The young man in the room hardly comes down at all. Room service twice a day, always for one." # speaker: Marek # mood: uneasy # indicator: commercial_sex_setting
    He shrugs.
    "You know what it is. I just don't want trouble." # speaker: Marek
    -> desk
+ {done ? m2 && done !? m3} [Agree with Marek that it is obviously a rent boy and a punter who fell out # q: judgemental_language]
    ~ done += m3
    "Probably just a rent boy and a punter who fell out, then." # speaker: You
    Marek looks relieved to have it said for him.
    "That's what I thought. I just didn't want blood on the carpet." # speaker: Marek
    Your colleague, Officer Hale, says nothing, and presses the lift button.
    -> desk
+ [Go up to the fifth floor with Officer Hale]
    -> door

=== door ===
~ done = ()
The corridor on the fifth floor is long and quiet. There are a few spots of blood on the carpet outside 508. # sfx: door_knock
The door opens as far as the chain allows. A young man in his early twenties, in a T-shirt pulled out of shape at the neck, holds a hand towel to his mouth. His lip is split, and there are red marks around one wrist, like a grip that held on too long. # indicator: signs_of_physical_abuse
In his other hand a phone buzzes and buzzes. The screen says LEON, and under it, 14 missed calls. # sfx: phone_buzz # indicator: controlled_by_another_person
He looks past you, up and down the corridor, before he looks at you. # indicator: fearful_demeanour
+ [Introduce yourself, say that nobody is in trouble and that the hotel was worried about him # q: rapport_building]
    "Hi. I'm with the police, and this is Officer Hale. Nobody's in trouble. The hotel saw you'd been hurt and they were worried. Can we check you're all right?" # speaker: You
    He hesitates, then slides the chain off.
    "I'm all right. I'm Sami." # speaker: Sami # mood: wary
    -> leon
+ [Ask whether he is hurt anywhere else, and whether he would like first aid or an ambulance # q: attend_to_immediate_needs]
    "That lip looks sore. Are you hurt anywhere else? We've got a first-aid kit, or we can get you an ambulance." # speaker: You
    "No ambulance." He slides the chain off. "It's just my lip. I'm Sami." # speaker: Sami # mood: wary
    -> leon
+ [Ask for his name and some identification # q: routine_identity_check]
    "Can I have your name and see some ID, please?" # speaker: You
    He passes a driving licence through the gap: Sami Rahimi, twenty-two, an address in a town forty miles away. Then he takes the chain off.
    -> leon
+ [Tell him you know what goes on in this room, so he should not waste your time # q: judgemental_language]
    "We know what goes on in here, mate, so let's not waste each other's time." # speaker: You
    Something closes in his face. He takes the chain off without a word and stands back from the door with his arms folded. # mood: ashamed
    -> leon

=== leon ===
~ done = ()
The lift pings at the end of the corridor. A man in his late thirties in a good wool coat walks towards you, car keys in his hand, already smiling. # sfx: footsteps
"Sami. Babe. I got here as fast as I could." He turns the smile on you. "Officers, thank you. I'm Leon, his partner. He gets himself into states. I'll take him home." # speaker: Leon # mood: calm
Sami has gone very still. He has not called anyone tonight; the phone in his hand is still showing the missed calls.
-> at_the_door

= at_the_door
+ {distress >= 6} [He is shaking. Tell him quietly that he is not in trouble and nobody has to go anywhere yet # q: respond_to_distress # distress: -3]
    "You're not in any trouble, Sami. Nobody has to go anywhere yet." # speaker: You
    He takes a breath and lets it out slowly. # mood: calmer
    -> at_the_door
+ {done !? m1} [Ask Sami, there and then, whether he wants to go home with Leon # q: question_in_presence_of_controller]
    ~ done += m1
    "Sami, do you want to go home with Leon?" # speaker: You
    Sami looks at Leon, not at you.
    "Yeah. It was a misunderstanding. I'm fine. I'll go home." # speaker: Sami # mood: flat # indicator: cannot_speak_freely
    Leon puts a hand on the back of his neck, lightly.
    "See? He's fine." # speaker: Leon
    -> at_the_door
+ [Say that you speak with everyone on their own at a call like this, as routine. Hale walks Leon down to the lobby to take his details; you stay with Sami in the room with the door open # q: ensure_privacy]
    "We talk to everyone on their own at a call like this, it's routine. Sir, would you go down to the lobby with my colleague? She'll take your details. I'll be a few minutes with Sami." # speaker: You
    Leon's smile holds, just.
    "Of course. Whatever you need." He looks at Sami for a long second before he walks back to the lift with Hale. # speaker: Leon # mood: cold
    -> room
+ [Accept that this is a domestic matter between two adults, and let Sami leave with his partner # critical: release_to_controller]
    ~ left_with_leon = true
    -> gone_together

=== gone_together ===
"Come on, then." Leon takes Sami's jacket from the chair inside the door and holds it out. Sami puts it on without looking at either of you. # sfx: footsteps
The lift doors close on them. Hale watches the numbers count down and says nothing. You note your assessment before you leave the floor.
-> decisions

=== room ===
~ done = ()
Sami sits on the edge of the bed with the towel against his mouth. You stay near the open door, so he can see the way out. # sfx: footsteps
The room is tidy in the way of someone who owns very little. On the desk, two phones: the one in his hand, and another plugged in by the kettle, its screen lighting up on its own. # indicator: fearful_demeanour
-> hub

= hub
+ {distress >= 6} [Stop. Tell him he is safe in this room and that there is no hurry # q: respond_to_distress # distress: -3]
    "Let's stop for a second. Nobody's coming up here. There's no hurry at all." # speaker: You
    He breathes out, slowly, and lowers the towel. # mood: calmer
    -> hub
+ {done !? m2} [Sit down on the desk chair, explain who you are, what you are here for and that he can stop at any time # q: explain_process]
    ~ done += m2
    "I'm a police officer. I'm here because you got hurt tonight, and I want to check you're safe. I'll tell you what I'm doing before I do it, and you can stop me or ask me anything." # speaker: You
    He nods at the carpet.
    "Okay." # speaker: Sami # mood: wary
    -> hub
+ {done !? m3} [Offer water, the first-aid kit for his lip, and a hoodie from the chair # q: attend_to_immediate_needs]
    ~ done += m3
    You hand him a bottle of water and a sterile pad from the kit. He presses the pad to his lip and drinks with the other hand.
    "Thanks. I haven't had anything since this morning." # speaker: Sami
    -> hub
+ {done !? m4} [Ask whether he would rather talk to you or to a colleague of a different gender # q: offer_gender_choice]
    ~ done += m4
    "Would you rather talk to me, or to someone else? I can swap with a colleague if you'd prefer a woman, or a man." # speaker: You
    He thinks about it longer than you expect.
    "You're fine. Just," he stops, "just don't be someone who's going to laugh." # speaker: Sami # mood: guarded
    -> hub
+ {done !? m5} [Tell him that what matters to you tonight is that he got hurt, not anything he has done in this room # q: reassure_victim_status]
    ~ done += m5
    "I'm not here about anything you've done. I'm here because somebody hurt you." # speaker: You
    He looks at you properly for the first time.
    "Leon says if I ever went to the police, I'd be the one who got arrested. For selling it." # speaker: Sami # mood: wary # indicator: misled_about_legal_status
    "And that you'd all laugh at me. A guy, crying to the police about this." # speaker: Sami # mood: ashamed # indicator: distrust_of_authorities
    -> hub
+ {done !? m6} [Tell him plainly who will and will not be told: you will not contact his family or his work, and his private life is his # q: explain_confidentiality_limits]
    ~ done += m6
    ~ outing_fear_met = true
    "I'll be honest with you about who gets told what. What you tell me goes to people whose job is to help you. I won't be ringing your family or your work, and who you go out with is nobody's business but yours." # speaker: You
    His shoulders drop a little.
    "My dad doesn't know. Nobody at home knows." # speaker: Sami # mood: soft
    -> hub
+ {done !? m7} [Warn him that selling sex from a hotel room can get him arrested, so he had better be straight with you # q: threaten_sanction]
    ~ done += m7
    ~ threatened = true
    "You know what goes on in here can get you arrested? So you'd better be straight with me." # speaker: You
    "There it is." He almost laughs. "That's exactly what he said you'd say." # speaker: Sami # mood: angry
    -> hub
+ {done !? m8} [Look at the second phone, lighting up on the desk # hotspot: second_phone]
    ~ done += m8
    The screen shows a messaging app with no name on it. The newest messages, one above the other, from LEON: "That's 4. You need 6 before morning." "Answer me." "Don't embarrass me tonight." # indicator: earnings_quota
    Under them, a string of messages from numbers with no names: "u free at 3?", "same as last time?" # indicator: commercial_sex_setting
    -> hub
+ [Ask him what happened tonight, and how he came to be here]
    -> account

=== account ===
~ done = ()
You lean forward a little, elbows on your knees, and keep your voice low. # phase: free_account
-> ask

= ask
+ {distress >= 6} [He is staring at the floor, breathing fast. Tell him there is no rush and wait # q: allow_silence # distress: -3]
    "There's no rush. Whenever you're ready." # speaker: You
    You wait. After a while his breathing slows. # mood: calmer
    -> ask
+ {done !? m9} [Ask him to tell you about tonight, and about how he came to be staying here, starting wherever he likes # q: open_invitation]
    ~ done += m9
    "Could you tell me about tonight, and about how you came to be staying here? Start wherever you like. Take your time." # speaker: You
    -> his_words
+ {done !? m10} [Tell him you think he is a victim of sex trafficking, and ask whether he understands what that means # q: jargon_or_labelling]
    ~ done += m10
    "I think what's happening to you is sex trafficking. Do you understand what that means?" # speaker: You
    "Trafficking?" He stares at you. "I'm a grown man. I'm from forty miles up the road. Nobody trafficked me." # speaker: Sami # mood: angry # indicator: does_not_self_identify
    -> ask
+ {done !? m11} [Say: "Your boyfriend's selling you to these men, isn't he?" # q: leading]
    ~ done += m11
    "Your boyfriend's selling you to these men, isn't he?" # speaker: You
    "Don't." He turns his face to the wall. "You don't know him." # speaker: Sami # mood: angry
    -> ask

= his_words
// Rapport is read once, here: from now on what he tells you depends on `open_up`, which a
// disbelieving or pushing move takes away again (and the explorer can forget rapport).
~ open_up = rapport >= 3 && not threatened
~ told_story = open_up
{
- open_up:
    He is quiet for a long time, turning the water bottle in his hands.
    "I moved here for an apprenticeship. Electrician. It fell through after two months, and the room went with it." # speaker: Sami # mood: flat
    "I met Leon on an app. On a dating app, a normal one. He was older, he was funny, he took me out for food. He said I could stay at his till I sorted myself out." # speaker: Sami # mood: soft # indicator: online_grooming_or_advert, romance_or_trust_recruitment
    "He filmed us. I didn't mind, it was just for us. Then a mate of his wanted to meet me, and Leon said just be nice to him, he'd done us a favour." # speaker: Sami
    "Now it's here. Men from a site he put me on. He does the messages, he sends them up, they pay him. Tonight he said it was a mate of his." He swallows. "He's my boyfriend, though. He's just under a lot of pressure with money." # speaker: Sami # mood: flat # indicator: forced_commercial_sex, does_not_self_identify
    "I'm a bloke. I should be able to sort this out myself. That's the worst bit." # speaker: Sami # mood: ashamed # indicator: shame_self_blame
- rapport >= 1 && not threatened:
    "I'm staying here for a bit. Me and my boyfriend had a row, and tonight a mate of his came round, and it got out of hand." # speaker: Sami # mood: guarded
    He stops there, and looks at the second phone on the desk. # indicator: does_not_self_identify
- else:
    "I'm fine. My boyfriend's booked it for me. Tonight a mate of his came round and it got out of hand. I'm fine." # speaker: Sami # mood: flat
    It comes out smooth and complete, in the same order as before, as if he had said it to himself a few times. # indicator: scripted_or_rehearsed_account
}
-> follow

= follow
+ {distress >= 6} [He has gone quiet and pale. Stop, and tell him he is doing well # q: validate_empathise # distress: -3]
    "You're doing really well. This is hard to talk about." # speaker: You
    He nods without looking up. # mood: calmer
    -> follow
+ {told_story && done !? m12} [Ask him to tell you more about the videos he mentioned # q: open_followup # distress: +4]
    ~ done += m12
    "You mentioned that Leon filmed you. Can you tell me more about that?" # speaker: You
    {
    - open_up:
        ~ threat_known = true
        "He's got everything. Months of it." His voice drops. "If I stop, he sends it to my dad. He's already got his number. And he puts it up with my real name and the name of my town, so everyone at home knows what I am." # speaker: Sami # mood: afraid # indicator: threats_to_person
        "He says nobody believes a guy anyway. He says after everything he's done for me I'd be nothing without him." # speaker: Sami # mood: afraid # indicator: psychological_manipulation
    - else:
        "There's nothing to tell." He is breathing fast, and his hand has gone tight around the bottle. # speaker: Sami # mood: afraid
    }
    -> overwhelmed
+ {not told_story && done !? m12} [Ask him to tell you more about Leon # q: open_followup]
    ~ done += m12
    "You mentioned your boyfriend, Leon. Tell me a bit more about him." # speaker: You
    "He looks after me. Mostly. He's just got a lot on." He looks at the second phone again, and says nothing else. # speaker: Sami # mood: guarded
    -> follow
+ {told_story && done !? m13} [Ask him to tell you more about the money from the men who come here # q: open_followup]
    ~ done += m13
    "You said they pay him. Tell me more about the money." # speaker: You
    {open_up:
        "They pay on the site, to him. I don't see any of it. He says I owe him for the flat, and my phone, and clothes, and this room, two hundred a night. It goes up every week I don't do enough." # speaker: Sami # mood: tired # indicator: wages_withheld_or_confiscated, debt_bondage
    - else:
        "He sorts the money. I don't really want to talk about it." # speaker: Sami # mood: guarded
    }
    -> follow
+ {done !? m14} [Say that a lad his size could surely just walk out if he wanted to # q: express_disbelief]
    ~ done += m14
    ~ open_up = false
    "Come on, though. A lad your size? You could just walk out if you wanted to." # speaker: You
    "Yeah." He puts the bottle down. "Forget it. Forget I said anything." # speaker: Sami # mood: shut_down # indicator: shame_self_blame
    -> follow
+ {done !? m15} [Tell him that at least it is only pictures, and these things blow over # q: minimise]
    ~ done += m15
    ~ open_up = false
    "At least it's only pictures. Things like that blow over." # speaker: You
    He looks at you as if you have said something in another language.
    "Not where I'm from." # speaker: Sami # mood: flat
    -> follow
+ [Ask about the guest who left tonight]
    -> tonight

= overwhelmed
{distress >= 6:
    He folds forward over his knees, the towel pressed to his face. His breathing has gone short and ragged. # indicator: fearful_demeanour
}
+ [Stop the questions. Tell him he is safe here, and breathe slowly with him until it passes # q: respond_to_distress # distress: -3]
    "Let's stop. You're safe in here. Nobody can come up without going past my colleague. Breathe out slowly with me." # speaker: You
    After a while his breathing follows yours. He sits up. # mood: calmer
    -> follow
+ [Tell him that sounds frightening, and that none of it is his fault # q: validate_empathise # distress: -3]
    "That sounds frightening. Thank you for telling me. None of this is your fault." # speaker: You
    He wipes his face with the heel of his hand.
    "I've never said it out loud." # speaker: Sami # mood: tearful
    -> follow
+ [Keep going while he is talking: ask him exactly when Leon last said it and what his words were # q: interrogative_pressure]
    ~ open_up = false
    "I need this while it's fresh. When exactly did he last say it? What were his words?" # speaker: You
    He shakes his head, again and again, and cannot get a sentence out. # mood: overwhelmed
    -> follow

=== tonight ===
~ done = ()
You go back to what brought you here, one thing at a time. # phase: clarify
-> clarify

= clarify
+ {distress >= 6} [He has gone pale and quiet. Give him a moment before anything else # q: allow_silence # distress: -3]
    You wait. The air conditioning hums. After a while he looks up again. # mood: calmer
    -> clarify
+ {done !? m16} [Ask him, gently, whether he can tell you what happened with the guest who left tonight, only as much as he wants to # q: open_followup # distress: +2]
    ~ done += m16
    "Can you tell me what happened with the man who left tonight? Only as much as you want to." # speaker: You
    {
    - open_up:
        "I said no to something. He didn't stop." He says it to the carpet. "He held my wrist. When I got loose he went." # speaker: Sami # mood: flat # indicator: sexual_violence
        "I'm not making a thing of it. I don't want a thing." # speaker: Sami # mood: ashamed
    - else:
        "He got rough. It's done. He's gone." # speaker: Sami # mood: guarded
    }
    -> clarify
+ {done !? m17} [Ask who else has access to his phone and his accounts # q: specific_wh]
    ~ done += m17
    "Who else can get into your phone, or your accounts?" # speaker: You
    "Leon's got all my passwords. My location's shared to his phone, so he knows where I am. I don't really talk to anyone else now. My mates from home think I'm doing great." # speaker: Sami # mood: flat # indicator: isolation
    -> clarify
+ {done !? m18} [Ask whether there is anyone he is worried about, tonight or at home, because he has talked to you # q: safety_check]
    ~ done += m18
    "Is there anyone you're worried about, tonight or back home, because you've talked to me?" # speaker: You
    {
    - threat_known:
        "Leon. He'll know. He knows everything. And my dad, if Leon sends it." # speaker: Sami # mood: afraid
    - open_up:
        ~ threat_known = true
        "Leon. And my dad." A long breath. "Leon's got videos. He says he'll send them to my dad and put them up with my name if I stop." # speaker: Sami # mood: afraid # indicator: threats_to_person
    - else:
        "No." Too quick. He looks at the door. # speaker: Sami # mood: guarded
    }
    -> clarify
+ {done !? m19} [Point out that he said a mate of Leon's came round tonight, but the hotel says it was one of their guests: which is it? # q: confront_inconsistency]
    ~ done += m19
    ~ open_up = false
    "You said a mate of Leon's came round tonight. The hotel says it was one of their guests. Which is it?" # speaker: You
    "Both. Neither. I don't know." He rubs his eyes. "This is why I didn't want to talk to anyone." # speaker: Sami # mood: shut_down
    -> clarify
+ {done !? m20} [Ask why he did not just leave months ago # q: why_didnt_you_leave]
    ~ done += m20
    ~ open_up = false
    "Why didn't you just leave, months ago?" # speaker: You
    "And go where? Home?" He laughs without any sound. "Tell my dad why?" # speaker: Sami # mood: angry # indicator: shame_self_blame
    -> clarify
+ {done !? m21} [Check with him, in his own words, what you have understood so far # q: summarise_check]
    ~ done += m21
    {told_story:
        "Let me check I've got it right. You met Leon on an app when you had nowhere to stay. He sends men up to you from a site and they pay him. And tonight a man hurt you. Is that right?" # speaker: You
    - else:
        "Let me check I've got it right. Leon booked this room for you, tonight a mate of his came round, and you got hurt. Is that right?" # speaker: You
    }
    {
    - told_story && open_up:
        He nods slowly.
        "When you put it like that." He does not finish. # speaker: Sami # mood: soft
    - else:
        "Yeah. That's it." # speaker: Sami # mood: guarded
    }
    -> clarify
+ [Move on to what can happen now]
    -> close

=== close ===
~ done = ()
It is not your job to take his whole statement in a hotel room at two in the morning. What he needs now is a safe next step. # phase: close
-> options

= options
+ {distress >= 6} [Pause, and tell him he does not have to decide anything this second # q: respond_to_distress # distress: -3]
    "Let's slow down. You don't have to decide anything this second." # speaker: You
    He nods and pulls the hoodie sleeves over his hands. # mood: calmer
    -> options
+ {done !? m1} [Explain what can happen next, and that he decides what he accepts # q: explain_next_steps]
    ~ done += m1
    "Here's what can happen now. I'll ask a specialist team to look at what Leon's doing; that doesn't need a statement from you tonight. Separately, there are people who can help you, and you choose what you want from them. Nothing gets done to you without you knowing." # speaker: You
    "Okay." He is listening now. # speaker: Sami # mood: wary
    -> options
+ {done !? m2} [Explain the options one by one and ask which of them he wants # q: seek_informed_consent]
    ~ done += m2
    ~ consent_asked = true
    "A support organisation can take you somewhere safe tonight, an address Leon won't have. There's a clinic open now where you can be seen privately about tonight; some of the medicine only works if you start it in the next day or two. A lawyer can tell you where you stand, for free, including about the videos and about being scared of arrest. The specialist team can look at keeping you safe from Leon. And later, someone to talk to, if you want that. Which of those would you like?" # speaker: You
    {
    - declined:
        "Jonno's, like I said. No hostel, and no support people with clipboards. The clinic, yeah, tonight, if it's quick. The lawyer. And whatever stops him sending those videos." # speaker: Sami # mood: steady # declines: safe_shelter, victim_service_ngo, psychological_counselling # agrees: sexual_reproductive_health, legal_aid, victim_witness_protection
    - outing_fear_met && open_up && not pressed:
        He takes his time.
        "The clinic. And somewhere he can't find me." A pause. "And the lawyer. And whatever stops him sending those videos. The support people, and the talking one, maybe later. Yes." # speaker: Sami # mood: hopeful # agrees: safe_shelter, sexual_reproductive_health, legal_aid, victim_witness_protection, victim_service_ngo, psychological_counselling
    - else:
        "I don't know. Hostels, clinics, people with clipboards asking about my sex life. Somebody always finds out." He looks at the door. # speaker: Sami # mood: guarded
    }
    -> options
+ {not consent_asked && not declined} {open_up && not pressed} [Before you say what is on offer, ask him where he would feel safe tonight, and what he wants to happen # q: give_control]
    ~ declined = true
    "Before I tell you what's on offer: where would you feel safe tonight? And what do you want to happen, tonight and after?" # speaker: You
    He thinks for a long time. "My mate Jonno's. He's got a sofa, across the city. Leon's never met him." # speaker: Sami # mood: steady
    "No hostel. No support people with clipboards asking about my sex life. The clinic, yeah, if it's quick. And if anyone can stop Leon sending those videos, that." # speaker: Sami # mood: steady # declines: safe_shelter, victim_service_ngo, psychological_counselling # agrees: sexual_reproductive_health, legal_aid, victim_witness_protection
    -> options
+ {declined && done !? m3} [Accept his choice. Check that Jonno's is somewhere Leon does not know, help him turn off location sharing, and give him a number he can save under another name # q: offer_discreet_contact]
    ~ done += m3
    "That's your call, and I'll respect it. Does Leon know where Jonno lives? No? Then let's turn off the location sharing now, together. And here's a number that answers day and night. Save it as something boring." # speaker: You
    He switches the sharing off, hesitates, and saves the number as "Gym".
    "And if I change my mind?" # speaker: Sami # mood: tired
    "Then you ring, and we start from there. Nothing you've said tonight goes away." # speaker: You
    -> options
+ {not declined && done !? m3} [Offer him a number he can save under another name, whatever he decides # q: offer_discreet_contact]
    ~ done += m3
    "Whatever you decide, here's a number that answers day and night. Save it as something boring." # speaker: You
    He saves it as "Gym".
    -> options
+ {done !? m4} [Tell him you can only get him a bed tonight if he gives a statement against Leon first # q: make_support_conditional]
    ~ done += m4
    ~ pressed = true
    ~ open_up = false
    "I can get you somewhere to stay tonight, but I need a statement about Leon first." # speaker: You
    "So it's a deal." He looks away. "Everyone wants something off me." # speaker: Sami # mood: flat
    -> options
+ {done !? m5} [Promise him that the videos will never get out # q: promise_unkeepable]
    ~ done += m5
    "I promise you those videos will never see the light of day." # speaker: You
    "You can't promise that." He says it without anger, which is worse. "Nobody can." # speaker: Sami # mood: flat
    -> options
+ [Finish up and fill in your forms]
    -> decisions

=== decisions ===
-> record_determination ->
-> record_referrals ->
-> outcome

// Fold what happened into the few facts the endings read.
=== outcome ===
{
- left_with_leon || referrals ? release_to_controller:
    -> gone_with_leon
- chose_harmful_disposition():
    -> treated_as_offender
- declined:
    -> his_call
- referrals ? safe_shelter:
    -> handover
- else:
    -> back_to_the_flat
}

=== gone_with_leon ===
{left_with_leon:
    Leon drove Sami away from the hotel before anyone had spoken to him alone.
- else:
    -> harmful_disposition_outcomes("Sami") ->
    {referrals ? specialist_trafficking_unit: The specialist unit will read your report in the morning; by then room 508 is empty.}
}
The next night the profile on the site is back, with a new photo and a new city. The location on Sami's phone is still shared with Leon's. # ending: back_with_leon
-> END

=== treated_as_offender ===
-> harmful_disposition_outcomes("Sami") ->
Leon is in the lobby when Sami is led past in handcuffs. He does not say anything. He does not need to: it is what he always said would happen.
{threat_known: By the morning Sami's father has had a message from a number he does not know.}
Sami does not speak to police again. # ending: treated_as_offender
-> END

=== his_call ===
~ referral_summary("Sami")
{referrals ? safe_shelter || referrals ? victim_service_ngo || referrals ? psychological_counselling:
    Some of what you arranged is what he told you he did not want. The first call from a support worker goes unanswered.
}
{referrals ? specialist_trafficking_unit:
    Downstairs, an officer from the specialist unit arrives to talk to Leon about the room, the site and the payments. None of it depends on a statement from Sami tonight.
- else:
    Downstairs, Leon's details are noted and he is allowed to leave. Nobody has been asked to look at the site, the room or the payments.
}
{
- referrals ? hotline_information && not pressed && not (referrals ? safe_shelter || referrals ? victim_service_ngo || referrals ? psychological_counselling):
    Hale drives Sami {referrals ? sexual_reproductive_health:to the clinic first, and then }to his friend's flat on the other side of the city. At the door he turns round.
    "Thanks for not making me." # speaker: Sami # mood: tired
    He is not in Leon's flat tonight, and he has a number to ring, saved under another name. What he does next is his to decide. # ending: his_choice_respected
- else:
    {pressed:
        He remembers mostly that help came with conditions.
    }
    Sami leaves the hotel on his own, on foot. {not (referrals ? hotline_information): He has no number to ring if Leon finds him.}
    Whether he goes to his friend's or back to Leon's, nobody knows. # ending: door_half_open
}
-> END

=== handover ===
~ referral_summary("Sami")
{referrals ? specialist_trafficking_unit:
    Downstairs, an officer from the specialist unit arrives to talk to Leon about the room, the site and the payments. Leon asks for a solicitor.
- else:
    Nobody has been asked to look at the site, the room or the payments, so Leon's details are noted and he drives away. The videos are still on his phone.
}
{
- determination ? potential_victim_sex && consent_asked && not pressed && referrals ? (specialist_trafficking_unit, victim_service_ngo, sexual_reproductive_health, victim_witness_protection, legal_aid, psychological_counselling):
    A support worker collects Sami from the hotel's side entrance at twenty to four and takes him to the clinic first, well inside the time the medicine needs.
    {threat_known: The specialist unit has already started on the videos: an order to stop Leon sharing them, and a request to the site to take the profile down.}
    At the car he stops.
    "Thanks for taking me seriously," he says. # speaker: Sami # mood: tired
    He is somewhere safe tonight, and what happens next is his to decide. # ending: safe_handover
- else:
    A support worker collects Sami from the hotel's side entrance. He gets into the car, but he keeps the phone face down on his knee.
    {not (determination ? potential_victim_sex): Your report does not say what you saw tonight, so nobody will be looking at the site or the other men who were sent up to room 508.}
    {not consent_asked || pressed: Nobody asked him what he wanted without strings attached. By lunchtime he has left the shelter.}
    {not (referrals ? sexual_reproductive_health): Nobody has arranged for him to be seen about tonight, and the days in which the medicine works are passing.}
    {not (referrals ? victim_witness_protection) && threat_known: Nobody is working on stopping the videos. Leon still has his father's number.}
    He is out of Leon's reach tonight. Whether he stays out depends on what happens next, and some of that was left undone. # ending: handover_with_gaps
}
-> END

=== back_to_the_flat ===
{no_referrals_made():
    -> nothing_arranged("Sami") ->
- else:
    ~ referral_summary("Sami")
    Whatever you have arranged starts tomorrow at the earliest. Tonight he has nowhere to sleep but Leon's flat.
}
{referrals ? specialist_trafficking_unit:
    The specialist unit has your report, but Sami has gone back to the only address he has.
}
At half past three Sami gets into a taxi outside the hotel. The location on his phone is still shared with Leon's. # ending: back_to_the_flat
-> END
