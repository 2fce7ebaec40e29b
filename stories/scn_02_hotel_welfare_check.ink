# id: scn_02_hotel_welfare_check
# title: Room 214
# summary: The night manager of a budget hotel asks for a welfare check on a room booked by an older woman, with men coming and going all evening. The girl inside says she is nineteen and a student.
# form: child_sexual_exploitation, online_recruitment
# setting: hotel_welfare_check
# minutes: 15
# difficulty: intermediate
# content_warning: A young person at risk of sexual abuse (described without explicit detail).
# content_warning: Threats to share intimate images.
# objective: Apply the presumption of minority: treat a young person who may be under 18 as a child, whatever age they claim.
# objective: Separate a young person from an adult who answers for them, and check any claim to be a guardian.
# objective: Know which elements of the legal definition must be shown for a child, and which need not.
# objective: Be honest about confidentiality with a child: never promise what you cannot keep.
# teaching_point: Presumption of minority: a girl who says she is nineteen is treated as the child she may be; the means element is not needed and her "consent" is irrelevant.
# teaching_point: The "aunt" is not a guardian; child protection is told without asking the child, so secrecy is never promised.
# scene: hotel_room
# determination: potential_victim_sex
# referrals_required: child_protection, specialist_trafficking_unit, sexual_reproductive_health, medical_care, victim_service_ngo, psychological_counselling
# referrals_harmful: release_to_controller, return_child_to_family_unassessed, arrest_for_compelled_offence, immigration_detention, deportation_or_removal
# referrals_unnecessary: residence_protection, asylum_migrant_support, consular_contact, labour_inspectorate, family_or_community_mediation
# conditions: victim_is_minor, age_uncertain, controller_present_or_involved, trafficking_indicators_present, sexual_violence_or_exploitation, health_need_observed

// Premise: domain reference 8.2. A 15-year-old recruited online by a "boyfriend" and held in a hotel
// room by his "aunt". What the girl says depends on the mirrored `rapport` and on what the trainee
// has done (the VARs below); the scene shows the rest.

INCLUDE common/threshold.ink
INCLUDE common/forms.ink
INCLUDE common/closing.ink

// What the trainee has done that changes what Lucy will say or how the night ends.
VAR promised_secrecy = false
VAR called_her_a_liar = false
VAR blamed_her = false
VAR explained_confidentiality = false
VAR carol_answered_for_her = false
VAR left_with_carol = false
VAR told_about_jay = false
// The name she gave at the door, until she tells you her own.
VAR her_name = "Nikki"

-> reception

=== reception ===
It is twenty past ten. The lobby of the budget hotel by the motorway junction smells of carpet cleaner, and the television over the bar is muted. # sfx: traffic
The night manager comes out from behind the desk before you reach it.
"Thanks for coming. It's probably nothing, but it's been bothering me all week." # speaker: Priya # mood: worried
- (ask)
* [Ask her what has been bothering her]
    "A woman booked 214 for a week, paid cash up front. Older, fifties maybe. There's a girl staying in the room too. She looks young. Really young." # speaker: Priya # mood: worried
    "And men. All evening, every evening. They come in, they go straight up, they don't stop at the desk." # speaker: Priya # mood: uneasy # indicator: commercial_sex_setting
    -> ask
* [Look at the booking on the guest register # hotspot: guest_register]
    The booking for room 214 is in the name of C. Dunne, one adult, seven nights, paid in cash. No second guest is registered.
    -> ask
* [Ask to see the lobby camera footage from this evening # hotspot: cctv_monitor]
    Priya scrolls back through the evening. Every forty minutes or so a different man walks past reception to the lifts, head down, and leaves again within the hour.
    At ten to nine an older woman leaves with an empty shopping bag. At no point does the girl appear on the lobby camera.
    -> ask
* [Go up to room 214]
    -> door

=== door ===
The second-floor corridor is quiet apart from a vacuum cleaner somewhere far off. You knock at 214. # sfx: door_knock # phase: engage_explain
The door opens as far as the chain allows. A girl in an oversized T-shirt looks out at your uniform, then past you down the corridor.
"I'm nineteen. I'm a student. We're just staying here for a bit." # speaker: Nikki # mood: guarded
- (greet)
* [Tell her your name, that you are checking everyone is all right, and that she is not in any trouble # q: rapport_building]
    "Hi. I'm with the police. Nobody's in trouble. The hotel asked us to check everyone's OK, that's all. Can I come in for a minute?" # speaker: You
    She hesitates, then slides the chain off.
    -> room
* [Ask her straight out whether she is selling sex in this room # q: judgemental_language]
    "Are you working in there? Selling sex?" # speaker: You
    Her face closes. "No." She unhooks the chain anyway, as if she has been told to do whatever police say. # speaker: Nikki # mood: flat
    -> room
* [Tell her to open the door now or you will arrest her for soliciting # q: threaten_sanction]
    "Open the door or you're getting arrested for soliciting. Your choice." # speaker: You
    The chain comes off. She backs away to the far side of the bed and folds her arms round herself.
    -> room

=== room ===
The room is hot and smells of body spray. The curtains are shut. A laptop sits open on the desk; there are shopping bags on the chair and a school rucksack by the bed.
- (look)
+ {distress >= 6} [Stop. Tell her she has done nothing wrong and there is no hurry # q: respond_to_distress]
    -> nikki_steadies -> look
* [Look at the laptop on the desk # hotspot: laptop]
    The screen shows an advert on an escort website: a photo of the girl in front of you, made up to look older, a first name that is not hers, "19", and a phone number. The page is logged in for someone else to answer messages. # indicator: online_grooming_or_advert, commercial_sex_setting
    She sees you looking. "I'm nineteen. I'm a student. We're just staying here for a bit." The same words, in the same order, as at the door. # speaker: Nikki # mood: guarded # indicator: scripted_or_rehearsed_account
    -> look
* [Look at the shopping bags on the chair # hotspot: shopping_bags]
    New underwear and lingerie, the price tags still on, all in the same small size. Under them, a pack of condoms and a receipt from a shop in another city.
    -> look
* (saw_pass) [Look at the rucksack by the bed # hotspot: rucksack]
    A scuffed school rucksack with a keyring of a cartoon cat. A bus pass sticks out of the front pocket. The photo is of this girl in a school blazer, the name on it is Lucy Marsh, and the expiry date is for this school year. # indicator: age_doubt
    -> look
* [Glance into the bathroom # hotspot: bathroom]
    On the basin, a packet of painkillers, almost empty. In the bin, the torn box of a morning-after pill. # indicator: sexual_reproductive_health_signs
    -> look
* [Ask whether it is all right to sit down, and tell her she can ask you to stop at any time # q: give_control]
    "Mind if I sit? And if you want me to stop or go, just say." # speaker: You
    She sits on the edge of the bed, as far from you as the room allows. "OK." # speaker: Nikki # mood: guarded
    -> carol_arrives

=== carol_arrives ===
A key card clicks in the lock and the door swings open. # sfx: footsteps
A woman in her fifties comes in with a takeaway bag and stops when she sees you. Then she smiles.
"Evening. I'm her aunt. Is there a problem? She gets nervous, so anything you need, ask me." # speaker: Carol # mood: friendly
Carol puts the food down, picks the phone up off the bed beside the girl and slips it into her own coat pocket. # indicator: controlled_by_another_person
The girl stops fiddling with her sleeve and goes still. When you look at her, she looks at Carol. # indicator: cannot_speak_freely
Carol's pocket buzzes. She glances at the screen, where a single letter J shows, and rejects the call. # sfx: phone_buzz
- (choose)
+ {distress >= 6} [Stop. Tell the girl she has done nothing wrong # q: respond_to_distress]
    -> nikki_steadies -> choose
* [Ask Carol for some ID and for proof that she is the girl's aunt # q: routine_identity_check]
    "I'm her aunt. I don't carry a family tree about with me." Carol hands over a driving licence in the name of Carol Dunne. She does not offer anything for the girl. # speaker: Carol # mood: irritated
    -> choose
* [Tell Carol that you speak to everyone on their own as routine. Your colleague will take her details downstairs while you talk to the girl in the hotel's staff room. # q: ensure_privacy]
    "It's routine, we talk to everyone on their own. My colleague will take your details in the lobby. We'll only be a few minutes." # speaker: You
    Carol's smile stays where it is. "She won't tell you anything different." She follows your colleague to the lift. # speaker: Carol # mood: cold
    -> staff_room
* [Ask the girl, in front of Carol, how old she really is # q: question_in_presence_of_controller]
    ~ carol_answered_for_her = true
    "How old are you really?" # speaker: You
    Carol answers first. "She told you. Nineteen." The girl nods at the floor. "I'm nineteen. I'm a student." # speaker: Carol # mood: friendly
    -> carol_stays
* [Accept that Carol is her aunt and leave them to their evening # critical: release_to_controller]
    -> leaving_them

= carol_stays
+ {distress >= 6} [Stop. Tell the girl she has done nothing wrong and can take a breath # q: respond_to_distress]
    -> nikki_steadies -> carol_stays
* [Say you need to speak to the girl on her own after all, as routine, and ask your colleague to take Carol downstairs # q: ensure_privacy]
    Carol shrugs, too casually. "Five minutes." Your colleague walks her to the lift. # speaker: Carol # mood: cold
    -> staff_room
* [Keep asking the girl questions with Carol in the room # q: question_in_presence_of_controller]
    "What are you studying?" # speaker: You
    "Business," says Carol. "She's doing business." The girl says nothing at all. # speaker: Carol # mood: friendly
    -> leaving_them

=== leaving_them ===
~ left_with_carol = true
Carol holds the door for you. Behind her the girl sits on the bed with her knees pulled up, and the laptop screen glows on the desk.
Back in the corridor, you take out your notebook.
-> decide

=== staff_room ===
Priya lets you into the staff room behind reception: a kettle, lockers, a small table and two chairs, and no window onto the lobby. The girl sits with her arms wrapped round herself. # sfx: footsteps
- (settle)
+ {distress >= 6} [Stop. Tell her she is safe in here and can take her time # q: respond_to_distress]
    -> nikki_steadies -> settle
* [Ask whether she would rather talk to a woman officer; your colleague can swap with you # q: offer_gender_choice]
    "Would you rather talk to a woman? My colleague can come in instead. It's up to you." # speaker: You
    She thinks about it. "You're OK. Just not her." She means Carol. # speaker: Nikki # mood: guarded
    -> settle
* [Ask Priya for a hoodie from lost property, some water and something to eat # q: attend_to_immediate_needs]
    Priya brings a hoodie, a bottle of water and a packet of biscuits. The girl eats four biscuits one after another, like someone who has not eaten all day. # indicator: malnutrition_or_exhaustion
    -> settle
* [Promise her that nothing she tells you will go any further # q: promise_unkeepable]
    ~ promised_secrecy = true
    "Whatever you tell me stays in this room. I promise." # speaker: You
    She looks at you as if she knows that is not how it works.
    -> settle
* [Explain that you cannot keep everything secret: if a young person might not be safe, you have to tell the people whose job is to keep them safe, and you will tell her first # q: explain_confidentiality_limits]
    ~ explained_confidentiality = true
    "I won't lie to you: I can't promise to keep everything to myself. If I think someone your age might not be safe, I have to tell people whose job is to help. But I'll always tell you first what I'm doing." # speaker: You
    She takes that in. "At least you said." # speaker: Nikki # mood: wary
    -> settle
* [Tell her she will not be in trouble for anything that has happened in that room # q: reassure_victim_status]
    "Whatever's gone on in that room, you're not in trouble for it. Not with me, not with anyone." # speaker: You
    Her eyes go to the door and back. Some of the stiffness goes out of her shoulders.
    -> settle
* [Explain who you are, why you are here, that she can stop at any time, and that you will tell her what happens next # q: explain_process]
    "So: I'm a police officer. I'm here because the hotel was worried about you. You can stop whenever you want, you can ask me anything, and before anything happens I'll tell you." # speaker: You
    She nods. "OK." # speaker: Nikki # mood: guarded
    -> her_account

=== her_account ===
You pull your chair back a little so you are not between her and the door. # phase: free_account
- (invite)
+ {distress >= 6} [Stop. Tell her she is doing really well, and it is fine to take a break # q: offer_break]
    -> nikki_steadies -> invite
* [Ask her to tell you, in her own words, how she came to be staying at the hotel # q: open_invitation]
    "Can you tell me how you ended up staying here? Start wherever you like." # speaker: You
    {rapport >= 3:
        ~ told_about_jay = true
        She is quiet for a while. "I met Jay online. On a game. He was twenty-two. He said I was mature for my age." # speaker: Nikki # mood: quiet # indicator: online_grooming_or_advert, romance_or_trust_recruitment
        "He bought me stuff. Said I could come and stay with him, and his aunt would look after us. Then he brought me here, and it was her, and he went." # speaker: Nikki # mood: quiet
    - else:
        "I'm nineteen. I'm a student. We're just staying here for a bit." She says it to the table. # speaker: Nikki # mood: flat # indicator: scripted_or_rehearsed_account
    }
    -> go_on
* [Say: "Someone's been making you sleep with those men, haven't they?" # q: leading]
    "Someone's been making you sleep with those men, haven't they?" # speaker: You
    She shrugs, and then nods, and then shakes her head. "I don't know. It's not like that." Whatever she might have told you in her own words is lost under yours. # speaker: Nikki # mood: confused
    -> go_on
* [Say: "You must have known what you were getting into when you came here." # q: blaming]
    ~ blamed_her = true
    "You must have known what you were getting into." # speaker: You
    She stares at you, then pulls the hood of the hoodie up over her head. "Yeah. My fault. Everything is." # speaker: Nikki # mood: ashamed # indicator: shame_self_blame
    -> go_on

= go_on
+ {distress >= 6} [Stop. Tell her it makes sense to feel like this, and that none of it is her fault # q: validate_empathise]
    -> nikki_steadies -> go_on
* [Ask her what happened after she got to the hotel # q: open_followup # distress: +2]
    "What happened after you got here?" # speaker: You
    {rapport >= 3 && not blamed_her:
        "Carol said Jay owed people money for the room and stuff, and I had to help. Men come. I have to be nice to them. She keeps the money." # speaker: Nikki # mood: numb # indicator: forced_commercial_sex
        "Jay's got photos of me. He said if I mess it up, he sends them to my mum and everyone at school." Her voice cracks on "school". # speaker: Nikki # mood: afraid # indicator: threats_to_person
    - else:
        "Nothing. We're just staying here." She picks at the label on the water bottle. # speaker: Nikki # mood: flat
    }
    -> pause_point
* [Tell her she is not nineteen, and ask her to stop lying # q: express_disbelief]
    ~ called_her_a_liar = true
    "Come on. You're not nineteen. Stop lying to me." # speaker: You
    "Whatever." She turns her chair towards the wall. # speaker: Nikki # mood: angry
    -> pause_point

= pause_point
+ {distress >= 6} [Stop asking. Tell her it is all right to be upset, and that none of this is her fault # q: validate_empathise]
    -> nikki_steadies -> pause_point
* [Say nothing for a moment and let her take her time # q: allow_silence]
    You let the silence sit. The kettle ticks as it cools. After a while she wipes her eyes on the hoodie sleeve and sits up a little.
    -> clarify
* [Move on to your questions]
    -> clarify

=== clarify ===
You tell her you would like to check a few things, one at a time, and that "I don't know" is always a fine answer. # phase: clarify
- (check)
+ {distress >= 6} [Stop. Tell her you can see this is hard, and offer her a break # q: offer_break]
    -> nikki_steadies -> check
* {room.saw_pass} [Ask whose bus pass is in the rucksack # q: specific_wh]
    "There was a bus pass in your bag, with the name Lucy on it. Whose is it?" # speaker: You
    {rapport >= 4 && not called_her_a_liar:
        ~ her_name = "Lucy"
        A long pause. "Mine. I'm Lucy. Nikki's what Jay calls me." Then, very quietly: "I'm fifteen. Sixteen in March." # speaker: Nikki # mood: afraid # indicator: minor_in_exploitative_setting, age_doubt
    - else:
        "A friend's." She does not look at you. # speaker: Nikki # mood: flat # indicator: age_doubt
    }
    -> check
* [Ask where her phone and her own things are # q: specific_wh]
    "Where's your own phone? And your stuff from home?" # speaker: You
    "Carol's got my phone. She reads everything on it. Jay took my school ID and my purse when we got here. He said I wouldn't need them." # speaker: Nikki # mood: quiet # indicator: controlled_by_another_person, documents_withheld
    -> check
* [Ask how she is feeling physically, and whether anything hurts # q: specific_wh]
    "How are you feeling, in your body? Is anything hurting?" # speaker: You
    "My stomach. Low down. It's been hurting for days. Carol gives me painkillers." # speaker: Nikki # mood: quiet # indicator: untreated_health_problems
    -> check
* [Point out that she said she was nineteen and a student, and ask which story is true # q: confront_inconsistency]
    ~ called_her_a_liar = true
    "You told me you were nineteen and a student. Which is it?" # speaker: You
    She shuts her eyes. "I don't know what you want me to say." # speaker: Nikki # mood: trapped
    -> check
* [Ask why she did not just walk out when Carol went for food # q: why_didnt_you_leave]
    "Why didn't you just walk out when Carol went to get food?" # speaker: You
    "And go where? He's got the photos." She pulls her knees up onto the chair. # speaker: Nikki # mood: afraid
    -> check
* [Sum up what she has told you and check you have understood it right # q: summarise_check]
    {told_about_jay:
        "Can I check I've got this right? You met Jay online, he brought you here, Carol's kept your phone, and men have been coming to the room. Is that right, and is there anything I've got wrong?" # speaker: You
    - else:
        "Can I check what I've understood? You're staying here with Carol, she has your phone, and men have been coming to the room. Have I got any of that wrong?" # speaker: You
    }
    {rapport >= 3 && not blamed_her:
        "Yeah. That's right." A pause. "I didn't want to. I should've known, though. It's my own fault for believing him." # speaker: Nikki # mood: quiet # indicator: shame_self_blame
    - else:
        "If you say so." # speaker: Nikki # mood: flat
    }
    -> close
* [Tell her you have asked enough for now]
    -> close

=== close ===
You tell her that is all the questions for tonight. # phase: close
- (wrap)
+ {distress >= 6} [Give her a moment before you go on # q: allow_silence]
    -> nikki_steadies -> wrap
* [Check whether there is anyone she is frightened of, and whether she feels safe tonight # q: safety_check]
    "Is there anyone you're scared of tonight? Anyone who might come looking?" # speaker: You
    "Jay. If Carol tells him." She looks at the door. # speaker: Nikki # mood: afraid
    -> wrap
* [Explain what happens next: who you will call and why, that she will not go back to the room or to Carol tonight, that she will be asked what she wants, and that you will stay with her until someone arrives # q: explain_next_steps]
    "Here's what happens now. Because you might be under eighteen, I have to call people from children's services, and a team who deal with this kind of thing. You won't go back up to that room, or with Carol. They'll ask you what you want, and I'll stay until they get here." # speaker: You
    {promised_secrecy:
        "You said it wouldn't go any further." She looks betrayed rather than surprised. # speaker: Nikki # mood: hurt
    - else:
        She nods slowly. "Will my mum find out?" You tell her honestly that the people coming will talk that through with her. # speaker: Nikki # mood: quiet
    }
    -> decide
* [Tell her she will only get help if she makes a statement against Jay and Carol # q: make_support_conditional]
    "We can help you, but only if you give us a statement about Jay and Carol." # speaker: You
    Her face empties. "Then I don't want help." # speaker: Nikki # mood: flat
    -> decide
* [Promise her she will be home with her mum tonight and nobody at school will ever know # q: promise_unkeepable]
    "Don't worry. You'll be home tonight and no one at school will ever find out." # speaker: You
    She looks at you as though you have no idea what Jay can do.
    -> decide

=== nikki_steadies ===
You stop and let her be. You tell her she has done nothing wrong and there is no hurry. After a while her breathing slows and she looks up again.
->->

=== decide ===
-> record_determination ->
-> record_referrals ->
// What was arranged is told only where it reaches her: not after she has gone, nor before a harm.
{
- chose_harmful_disposition():
    -> harmful_outcome
- referrals !? child_protection:
    -> back_to_the_room
- left_with_carol:
    -> too_late
- (determination ? potential_victim_sex) && (referrals ? (specialist_trafficking_unit, sexual_reproductive_health, medical_care)):
    -> safe_handover
- else:
    -> gaps_in_the_handover
}

=== harmful_outcome ===
-> harmful_disposition_outcomes(her_name) ->
{referrals ? arrest_for_compelled_offence: In the custody record she is a suspect, not a child at risk. Carol is not asked a single question.}
{referrals ? release_to_controller: Carol puts an arm round the girl's shoulders and steers her to the lift.}
{referrals ? return_child_to_family_unassessed: Nobody asks how Jay found her, what he has on her phone, or whether home is where it started.}
The laptop in room 214 is still logged in. By morning the advert has been updated. # ending: returned_to_harm
-> END

=== back_to_the_room ===
With nobody from children's services told, nobody takes responsibility for her tonight. Carol is waiting by the lifts with her coat on.
The girl goes back up to room 214. At eleven, the next man walks past the desk. Priya watches him go and does not know who to call. # ending: back_to_the_room
-> END

=== too_late ===
By the time the calls are made and anyone goes back to 214, the room is empty: the shopping bags, the rucksack and the laptop are gone, and Carol has paid for the rest of the week in cash. # sfx: door_knock
The child protection worker writes down the name on a bus pass you only half remember. # ending: too_late
-> END

=== safe_handover ===
~ referral_summary(her_name)
Within the hour they are both there: the child protection worker first, then the officer from the unit. Carol is kept in the lobby and asked about the booking, the phone and the laptop. # sfx: footsteps
{promised_secrecy:
    {her_name} will not speak to the worker at first. You told her it would go no further, and now it has. It takes a long time, and a lot of honesty from other people, to undo that.
}
{explained_confidentiality && not promised_secrecy:
    Because you told her at the start what you would have to pass on, nothing that happens now comes as a betrayal.
}
Before she goes, {her_name} asks whether someone can get the photos off Jay's phone. The officer from the unit says that is exactly what they will be working on. # ending: safe_handover
-> END

=== gaps_in_the_handover ===
~ referral_summary(her_name)
A child protection worker comes, and {her_name} is taken somewhere safe for the night. # sfx: footsteps
{not (referrals ? specialist_trafficking_unit): No one from the specialist unit is told. Carol gives her details and leaves, and the advert, the laptop and Jay are nobody's job tonight.}
{not (referrals ? (sexual_reproductive_health, medical_care)): The pain {her_name} mentioned, and the box in the bathroom bin, are not followed up tonight.}
{not (determination ? potential_victim_sex): Your record describes a runaway in a hotel room. The next person to read it starts from there, not from what was done to her.}
{her_name} is safe tonight. Whether the people who did this are stopped, and whether she gets the care she needs, is less certain. # ending: handover_with_gaps
-> END
