# id: scn_08_airport_wedding
# title: Airport: a one-way holiday
# summary: Forty minutes before boarding, a sixteen-year-old girl slips away from her father and an older man and tells you, in the airport toilets, that she is being taken abroad to be married.
# form: forced_marriage, cross_border_trafficking
# setting: airport
# minutes: 15
# difficulty: advanced
# content_warning: A child under family pressure about a marriage (no violence is shown).
# content_warning: Fear of shame and of family reprisals.
# objective: Act on what may be the only chance: keep a child away from the adults escorting her and listen to her on her own.
# objective: Refer a child to child protection without asking her permission, tell her honestly why, and never alert her family.
# objective: Ask who else may be at risk, and pass it on.
# teaching_point: A planned marriage of a child abroad is forced marriage, whatever the family calls the trip; there may be only one chance to act.
# teaching_point: Never mediate with or alert the family; child protection decides placement, and a younger sister's risk is passed on to them.
# scene: airport
# determination: potential_victim_forced_marriage
# referrals_required: child_protection, specialist_trafficking_unit, legal_aid, safe_shelter, psychological_counselling, victim_service_ngo, victim_witness_protection
# referrals_harmful: family_or_community_mediation, return_child_to_family_unassessed, release_to_controller, immigration_detention, deportation_or_removal, arrest_for_compelled_offence
# referrals_unnecessary: consular_contact, residence_protection, asylum_migrant_support, labour_inspectorate
# conditions: victim_is_minor, forced_marriage_risk, family_implicated, controller_present_or_involved, retaliation_risk, no_safe_place_to_stay, trafficking_indicators_present

INCLUDE common/threshold.ink
INCLUDE common/forms.ink

// Hub moves already made, so each is offered once; cleared on entering each knot so that states
// that differ only in which hub moves were made merge again for the explorer.
LIST am_moves = am1, am2, am3, am4, am5, am6, am7, am8, am9, am10, am11, am12, am13, am14, am15, am16, am17, am18, am19, am20, am21, am22, am23, am24, am25, am26, am27, am28, am29, am30, am31
VAR air_done = ()

// What the trainee has done; what Mira says depends on it as well as on the mirrored rapport.
VAR air_private = false
VAR air_father_heard = false
VAR air_family_alerted = false
VAR air_sister_heard = false
VAR air_told_limits = false
VAR air_sister_talked = false

-> toilets

=== toilets ===
~ air_done = ()
Terminal two, departures, a Saturday morning. The gate for the eleven-fifteen flight has just opened for boarding. # sfx: radio_chatter
You are on foot patrol, and you have stepped into the women's toilets by gate 14 when a girl in a grey school hoodie comes out of a cubicle and stands in front of you, too close, as if she has rehearsed this.
"Please. Are you police? Real police?" # speaker: Girl # mood: afraid
You say you are. She glances at the door.
"They're taking me to get married. Over there. I'm not supposed to know, but I know. I don't want to." She is shaking. "My dad thinks I'm in the toilet. If I'm not back in five minutes he'll come looking." # speaker: Girl # mood: afraid # indicator: fearful_demeanour
-> first_moment

= first_moment
+ {air_done !? am1} [Tell her you'll take her somewhere private right now, where her father can't walk in # q: ensure_privacy]
    ~ air_done += am1
    "Thank you for telling me. You did the right thing. There's a room behind the police desk, thirty metres away, with a door that locks from inside. Come with me and we'll talk there, just you and me." # speaker: Officer
    She nods hard and falls in beside you. You take the staff corridor, away from the gate.
    ~ air_private = true
    -> police_room
+ {air_done !? am2} [Tell her to go back to her father for now and you'll come and sort it out at the gate # q: question_in_presence_of_controller]
    ~ air_done += am2
    "Okay. Go back to your dad for now, so he doesn't worry, and I'll come over to the gate and we'll sort this out together." # speaker: Officer
    She stares at you. "You can't say anything in front of him. You can't." But she goes.
    ~ air_father_heard = true
    -> at_the_gate
+ {air_done !? am3} [Promise her that her family will never know she spoke to you # q: promise_unkeepable]
    ~ air_done += am3
    "I promise you, your family will never find out you talked to me." # speaker: Officer
    She wants to believe it. You can see it. It is a promise you cannot keep: in a few minutes her father will be standing at the police desk.
    -> first_moment
+ {air_done !? am4} [Ask her whether her father is forcing her into it # q: leading]
    ~ air_done += am4
    "Your dad's forcing you into this, isn't he?" # speaker: Officer
    "I... yes. No. He says it's for my own good." She looks at the door again. # speaker: Girl # mood: confused
    -> first_moment

=== at_the_gate ===
~ air_done = ()
At gate 14 a man in his forties rises from his seat as you approach with the girl beside him. An older man, perhaps sixty, in a good suit, stays seated with a folder of travel documents on his knee.
"Is there a problem, officer? This is my daughter, Mira. We are going to visit family. A holiday." # speaker: Mr Castell # mood: polite
He puts a hand on Mira's shoulder. She looks at the floor.
"Mira, tell the officer you're fine." # speaker: Mr Castell
"I'm fine," says Mira. "It's a holiday. I made it up. Sorry." Her voice is flat. # speaker: Mira # mood: flat # indicator: controlled_by_another_person
~ air_family_alerted = true
-> gate_choices

= gate_choices
+ [Tell Mr Castell you need a few minutes with Mira on her own at the police desk, as you do with everyone # q: ensure_privacy]
    "It's routine, Mr Castell. When anyone raises a concern with us, we speak to them on their own for a few minutes. Mira, come with me, please." # speaker: Officer
    Mr Castell's jaw tightens, but with other passengers watching he lets her go. The older man is already on his phone.
    ~ air_private = true
    -> police_room
+ {air_done !? am5} [Ask her again, in front of them, whether anyone is forcing her to go # q: question_in_presence_of_controller]
    ~ air_done += am5
    "Mira, is anyone forcing you to go on this trip?" # speaker: Officer
    "No." She does not look up. Her father's hand stays on her shoulder. # speaker: Mira # mood: shut_down
    Boarding is closing. In ten minutes she will be on the plane.
    -> gate_choices
+ {distress >= 6} [Step between Mira and her father and tell her, calmly, that she is not in any trouble # q: respond_to_distress # distress: -3]
    You step half a pace forward, so that you are beside her rather than facing her. "Mira, you're not in any trouble. Take a breath." # speaker: Officer
    Her shoulders come down a little. Her father's hand does not move.
    -> gate_choices

=== police_room ===
~ air_done = ()
The airport police room is small and bright: a desk, three chairs, a kettle, a window onto the apron where a baggage tractor crawls past. # sfx: footsteps
Sergeant Obi looks up from the desk. You tell him quietly that you need the room and that a man may come asking for his daughter; he is to keep him at the front counter and not say where she is.
{air_family_alerted:
    Mira sits with her knees drawn up. "He's going to be so angry. You don't know what they're like when it's about the family's name." She has seen her father's face at the gate.
}
The girl tells you her name is Mira. Mira Castell. She pulls her sleeves down over her hands. She looks about fifteen. "I'm sixteen," she says, when she sees you looking. "I've got exams in May." # indicator: minor_in_exploitative_setting
-> explain_choices

= explain_choices
+ {air_done !? am6} [Tell her who you are, what happens in this room and what happens next # q: explain_process]
    ~ air_done += am6
    "I'm Officer Morgan. My job right now is to make sure you're safe. You're not in any trouble. We'll talk here for a bit, you and me. I'll tell you what I'm doing before I do it, and nobody comes through that door without me saying so." # speaker: Officer
    Mira lets out a long breath. "Okay."  # speaker: Mira
    -> explain_choices
+ {air_done !? am7} [Be honest about who you'll have to tell # q: explain_confidentiality_limits]
    ~ air_done += am7
    ~ air_told_limits = true
    "I want to be honest with you from the start. I can't keep this a secret, because you're under eighteen and your safety is involved. I'll have to tell people whose job is to keep children safe. I won't tell your dad what you tell me, and I'll always tell you who I'm telling." # speaker: Officer
    She thinks about it. "Not my family, though." # speaker: Mira
    "Not your family." # speaker: Officer
    -> explain_choices
+ {air_done !? am8} [Offer her water, and ask if she's hurt or needs anything # q: attend_to_immediate_needs]
    ~ air_done += am8
    "Would you like some water? Are you hurt anywhere?" # speaker: Officer
    "I'm not hurt." She takes the cup. "I didn't eat this morning. I felt sick." # speaker: Mira
    Sergeant Obi finds a cereal bar in his drawer and slides it across without a word.
    -> explain_choices
+ {air_done !? am9} [Ask whether there's anyone she's worried about, here or at home # q: safety_check]
    ~ air_done += am9
    "Is there anyone you're worried about, if you talk to me? Here, or at home?" # speaker: Officer
    "My sister." She says it immediately. "Dilan. She's thirteen. If I don't go, it'll be her. Or it'll be me later and her as well." # speaker: Mira # mood: afraid
    ~ air_sister_heard = true
    -> explain_choices
+ {air_done !? am10} [Ask her for her passport and boarding pass first # q: routine_identity_check]
    ~ air_done += am10
    "Before we start, can I see your passport and boarding pass?" # speaker: Officer
    "I haven't got them. Dad's got them. Both passports, in his jacket." She spreads her empty hands. # speaker: Mira # indicator: documents_withheld
    -> explain_choices
+ [Invite her to tell you what's happening]
    -> her_account

=== her_account ===
~ air_done = ()
Out on the apron a plane starts its engines. Mira watches it. # phase: free_account
-> account_choices

= account_choices
+ {air_done !? am11} [Ask her to tell you what's been happening, starting wherever she likes # q: open_invitation]
    ~ air_done += am11
    "Tell me what's been happening, from wherever you want to start. Take your time. The plane doesn't matter." # speaker: Officer
    -> told
+ {air_done !? am12} [Ask why she didn't tell a teacher weeks ago, if she knew # q: why_didnt_you_leave]
    ~ air_done += am12
    "If you knew about this, why didn't you tell a teacher or someone weeks ago?" # speaker: Officer
    Her face crumples. "I didn't know for sure. I thought if I was good it would go away." She pulls her hood up. # speaker: Mira # mood: ashamed # indicator: shame_self_blame
    -> account_choices
+ {air_done !? am13} [Say that arranged marriages are just how some families do things # q: judgemental_language]
    ~ air_done += am13
    "I know in some cultures this is just how families do things." # speaker: Officer
    "It's not about culture," Mira says, very quietly. "It's about me." She stops talking. # speaker: Mira # mood: cold
    -> account_choices
+ {air_done !? am14} [Suggest she must have gone along with it at some point, or she wouldn't be at the gate # q: blaming]
    ~ air_done += am14
    "You must have agreed to it at some point, or you wouldn't have got this far." # speaker: Officer
    Mira stares at her hands. "Maybe it is my fault," she whispers. # speaker: Mira # mood: ashamed # indicator: shame_self_blame
    -> account_choices
+ {distress >= 6} [Stop, and help her steady herself # q: respond_to_distress # distress: -3]
    "Let's stop for a second. You're safe in this room. Put both feet on the floor. Breathe with me." # speaker: Officer
    After a minute her breathing slows. She pushes the hood back.
    -> account_choices

= told
{
- air_private && rapport >= 3:
    "Dad said we were going to see my gran, for two weeks. Then last week I heard him on the phone. There's a dress. There's a date. A man over there, he's twenty-nine, he's that man's nephew." She nods towards the door, meaning the older man at the gate. # speaker: Mira # indicator: marriage_without_free_consent
    "Mr Darrow booked everything. I've never seen the tickets. He does the talking at the desks, Dad just hands over the passports." # speaker: Mira # indicator: movement_controlled_by_others
    "Dad took my phone on Thursday. For the trip, he said, so I don't waste roaming. I haven't talked to anyone since. I only got away because the toilets are the one place he can't follow me." # speaker: Mira # indicator: isolation
    -> account_followups
- rapport >= 1:
    "It's meant to be a holiday. But it isn't." She twists the cup round and round. "There's a man over there they want me to marry. I don't want to. That's it." # speaker: Mira # mood: guarded # indicator: marriage_without_free_consent
    -> account_followups
- else:
    "I don't know. Maybe I got it wrong." She has pulled her hood up. "Maybe I should just go back." # speaker: Mira # mood: flat # indicator: shame_self_blame
    -> account_followups
}

= account_followups
+ {air_done !? am15} [Ask her to tell you more about the man at the gate, Mr Darrow # q: open_followup]
    ~ air_done += am15
    "You mentioned Mr Darrow. Tell me more about him." # speaker: Officer
    { rapport >= 3:
        "He came to our flat three times this year. He and Dad sit in the kitchen and shut the door. Last time Mum was crying after." She hesitates. "Dad owes people money, since the shop closed. Mum said, the family over there will take care of it. I didn't know what she meant. Now I do." # speaker: Mira # indicator: dowry_or_bride_price_debt
    - else:
        "He's a friend of Dad's. From back home." # speaker: Mira # mood: guarded
    }
    -> account_followups
+ {air_done !? am16} [Ask her to tell you more about what she's afraid will happen # q: open_followup]
    ~ air_done += am16
    "You said you don't want to. Tell me more about what you're afraid of." # speaker: Officer
    { rapport >= 3:
        "That I won't come back. Dad bought me a one-way ticket; I saw it on the screen at check-in. That I won't finish school." Her voice breaks. "And everyone will say I brought shame on the family. They'll say it's my fault. Maybe it is." # speaker: Mira # indicator: shame_self_blame, fearful_demeanour
        "My cousin said no, once. They took her over there anyway. Now nobody at home is allowed to say her name." # speaker: Mira # mood: afraid
    - else:
        "Just... not going." She shrugs. # speaker: Mira
    }
    -> account_followups
+ {rapport >= 3 && air_sister_heard && not air_sister_talked} {air_done !? am17} [Ask her to tell you more about her sister, Dilan # q: open_followup # distress: +3]
    ~ air_done += am17
    ~ air_sister_talked = true
    "You told me you're worried about Dilan. Can you tell me more about that?" # speaker: Officer
    -> sister_panic
+ {rapport >= 3 && not air_sister_heard && not air_sister_talked} {air_done !? am18} [Ask whether there's anyone at home she is worried about # q: safety_check # distress: +3]
    ~ air_done += am18
    ~ air_sister_talked = true
    ~ air_sister_heard = true
    "You've talked about your dad and Mr Darrow. Is there anyone at home you're worried about?" # speaker: Officer
    -> sister_panic
+ [Check a few details with her]
    -> check_details

= sister_panic
    Mira's face goes white. Her hands start to shake and she cannot get a word out. # mood: panicking
Her breath comes fast and shallow. She is gripping the edge of the desk.
+ [Stop, and help her steady herself: feet on the floor, slow breaths # q: respond_to_distress]
    "Mira, look at me. You're safe in this room. Nobody can come in. Feet flat on the floor. Breathe in with me... and out." # speaker: Officer
    It takes two or three minutes. Then: "Dilan's thirteen. Dad says when I'm settled over there, she can come and visit. That's how it started with me. A visit." # speaker: Mira # mood: shaky
    -> account_followups
+ [Sit quietly with her and wait until she's ready # q: allow_silence]
    You sit with her and say nothing. The kettle clicks off. Slowly her breathing slows.
    "Dilan's thirteen," she says at last. "Dad says she can visit me over there, once I'm settled. That's how it started with me." # speaker: Mira # mood: shaky
    -> account_followups
+ [Press her to answer now, because the plane is about to leave # q: interrogative_pressure]
    "Mira, I need you to focus. The plane is boarding. Tell me about your sister, now." # speaker: Officer
    She shakes her head over and over, and then she is crying too hard to speak. # mood: shut_down
    -> account_followups

=== check_details ===
~ air_done = ()
You look at the few notes you have made. # phase: clarify
-> detail_choices

= detail_choices
+ {air_done !? am19} [Ask who has her passport now # q: specific_wh]
    ~ air_done += am19
    "Who has your passport at the moment?" # speaker: Officer
    "Dad. Both of them, his and mine, in his inside pocket. He zipped it." # speaker: Mira # indicator: documents_withheld
    -> detail_choices
+ {air_done !? am20} [Ask whether she'll be coming back after "the holiday" # q: closed_specific]
    ~ air_done += am20
    "Are you coming back after the holiday?" # speaker: Officer
    "I don't know," she says. A yes-or-no question, and she does not have the yes or the no. # speaker: Mira
    -> detail_choices
+ {air_done !? am21} [Check back what you have understood, in her words # q: summarise_check]
    ~ air_done += am21
    "Let me check I've got this right. Your dad told you this is a holiday, but you heard there's a wedding planned for you over there, with a man you don't want to marry. Your dad has your passport, and he took your phone. Mr Darrow arranged the tickets. And you're worried Dilan will be next. Is that right?" # speaker: Officer
    "Yes." She wipes her face on her sleeve. "When you say it like that it sounds real." # speaker: Mira
    -> detail_choices
+ {air_done !? am22} [Point out that she told you at the gate it was all made up # q: confront_inconsistency]
    ~ air_done += am22
    "At the gate you said you'd made it all up. Now you're telling me this. Which is it?" # speaker: Officer
    "I said that because he was THERE." She is angry now, and then, worse, she gives up. "Forget it." # speaker: Mira # mood: angry
    -> detail_choices
+ {distress >= 6} [Tell her she is doing really well, and that none of this is her fault # q: validate_empathise # distress: -3]
    "You're doing really well. None of this is your fault. You did exactly the right thing by coming to me." # speaker: Officer
    Mira looks at you for a long moment and nods.
    -> detail_choices
+ [Go and see to her father]
    -> front_counter

=== front_counter ===
~ air_done = ()
Sergeant Obi knocks and puts his head round the door. "Her father's at the counter with the older gentleman. He's asking for her. He's not happy." # sfx: door_knock
You leave Mira with a female colleague from the desk and go out. # sfx: footsteps
Mr Castell is at the counter. Mr Darrow stands just behind him, holding the folder with the tickets. The gate has closed, and another flight leaves at six.
Mr Castell's hand keeps going to the inside pocket of his jacket, where a zipped wallet makes a square shape: two passports, by the thickness of it. # indicator: documents_withheld
"She is my daughter. She is a child. She does what her father says. Give her back to me, and I'll talk to her. I will speak for her, not you." # speaker: Mr Castell # mood: angry # indicator: controlled_by_another_person
Mr Castell's own words are quick and heavily accented; he keeps turning to Mr Darrow to finish his sentences. A woman from the queue steps forward: "I know the family from the community centre. I can translate for him."
-> counter_choices

= counter_choices
+ {air_done !? am23} [Tell Mr Castell, calmly, that Mira is safe, that she is being looked after, and that you cannot discuss more with him now # q: explain_process]
    ~ air_done += am23
    "Mr Castell, Mira is safe and she's being looked after. I can't discuss what she has said. Someone from the children's services will be in touch with you." # speaker: Officer
    "Children's services? This is a family matter!" # speaker: Mr Castell
    Mr Darrow lays a hand on his arm and murmurs something. Mr Castell falls silent, and looks at him, not at you.
    -> counter_choices
+ {air_done !? am24} [Accept the woman's offer to translate for Mr Castell # q: use_informal_interpreter]
    ~ air_done += am24
    The woman translates eagerly, and adds a few sentences of her own. By the time she has finished, half the queue knows a girl has gone to the police. She will be at the community centre on Monday.
    ~ air_family_alerted = true
    -> counter_choices
+ {air_done !? am25} [Ring Mira's mother at home to check whether it really is a holiday # q: contact_suspected_controller]
    ~ air_done += am25
    You get the home number from Mr Castell and call. A woman answers; you explain who you are and ask about the trip. There is a long silence. Then: "My husband decides these things." The line goes dead. Within a minute Mr Castell's phone is ringing.
    ~ air_family_alerted = true
    -> counter_choices
+ {air_done !? am26} [Bring Mira out so the family can talk it through together with you present # q: question_in_presence_of_controller]
    ~ air_done += am26
    You bring Mira to the counter. She sees her father and Mr Darrow and stops dead.
    Mr Castell speaks to her in a low voice, in the family's language, for a long time. When he stops, she says, "I want to go with my dad." She does not look at you.
    ~ air_father_heard = true
    ~ air_family_alerted = true
    You take her back to the room anyway, but something has gone out of her.
    -> counter_choices
+ [Go back to Mira]
    -> closing

=== closing ===
~ air_done = ()
Mira is sitting where you left her, the empty cup in both hands. {air_father_heard: She will not quite look at you.} # phase: close
-> close_choices

= close_choices
+ {air_done !? am27} [Explain what happens next, tonight and after # q: explain_next_steps]
    ~ air_done += am27
    "Here's what happens now. You won't be going on that plane, and you won't be going home with your dad tonight. A social worker from children's services is coming here. They'll decide with you where you'll stay, somewhere safe that your family won't be told about. A specialist police team will look after the investigation. You'll be able to talk to a lawyer who's on your side, and to a counsellor if you want one. Nothing happens without someone explaining it to you first." # speaker: Officer
    "Tonight?" # speaker: Mira
    "Tonight." # speaker: Officer
    -> close_choices
+ {air_done !? am28} [Ask her what she'd like to happen, and tell her the social worker will listen to it # q: give_control]
    ~ air_done += am28
    "What would you like to happen? I can't promise all of it, but I'll write it down, and the social worker will hear it from you too." # speaker: Officer
    "I want to finish school. I want Dilan to be okay. I don't want to be hidden away forever." She is quiet. "I don't want Dad to go to prison. I just don't want to get married." # speaker: Mira
    -> close_choices
+ {not air_told_limits} {air_done !? am29} [Be honest that you have to pass this on to child protection, and why # q: explain_confidentiality_limits]
    ~ air_done += am29
    ~ air_told_limits = true
    "I need to be honest with you. Because you're sixteen, I have to tell child protection about this. That isn't me punishing you or your family; it's their job to keep you safe. I'll tell you everything I pass on." # speaker: Officer
    Mira nods slowly. "Okay. Okay."  # speaker: Mira
    -> close_choices
+ {air_done !? am30} [Promise her that she'll never have to see her father again and that he'll go to prison # q: promise_unkeepable]
    ~ air_done += am30
    "I promise you, you'll never have to see him again, and he'll go to prison for this." # speaker: Officer
    Mira's face goes white. "Prison? I didn't want... I never said..." She starts to cry. "I'll go with him. I'll just go." # speaker: Mira # mood: panicking
    -> close_choices
+ {air_done !? am31} [Suggest it's a family disagreement that could be talked through with her parents and a community elder # q: minimise]
    ~ air_done += am31
    "Maybe this is a family disagreement that could be talked through? Your parents, someone respected from the community, round a table. There might be a compromise." # speaker: Officer
    Mira shakes her head slowly. "You don't know them. They'd just make me say yes." # speaker: Mira # mood: afraid
    -> close_choices
+ {distress >= 6} [Offer her a break before you go on # q: offer_break # distress: -3]
    "Let's take a break. You don't have to say anything else right now." # speaker: Officer
    You bring another cup of water and sit with her while she drinks it.
    -> close_choices
+ [Step out to make your assessment and your referrals]
    -> assessment

=== assessment ===
~ air_done = ()
In the corridor you can hear Mr Castell's voice at the counter, and the six o'clock flight being called for check-in. # sfx: radio_chatter
-> record_determination ->
{
- determination ? potential_victim_forced_marriage:
    You note your grounds: a child, a planned marriage abroad she does not agree to, her passport and phone taken, the travel arranged by others.
- else:
    You note what you think this is, and why.
}
-> record_referrals ->
-> outcome

=== outcome ===
~ air_done = ()
{
- referrals ? release_to_controller:
    -> boarded_outcome
- referrals ? return_child_to_family_unassessed || referrals ? family_or_community_mediation:
    -> sent_home_outcome
- referrals ? immigration_detention || referrals ? deportation_or_removal || referrals ? arrest_for_compelled_offence:
    -> punished_outcome
- not (referrals ? child_protection):
    -> nobody_responsible_outcome
- referrals ? (child_protection, specialist_trafficking_unit, legal_aid, safe_shelter, psychological_counselling, victim_service_ngo, victim_witness_protection) && determination ? potential_victim_forced_marriage:
    -> protected_outcome
- else:
    -> partial_outcome
}

=== boarded_outcome ===
~ air_done = ()
You tell Mr Castell that Mira can go with him. He thanks you, formally, and Mr Darrow rebooks the six o'clock flight at the desk.
Mira walks between them to security. At the scanner she turns round once, and looks for you.
Three weeks later her school reports her missing from the start of term. The class teacher says she was a strong student; she had been predicted good grades. Her younger sister has stopped coming to school too. # ending: taken_abroad
-> END

=== sent_home_outcome ===
~ air_done = ()
{referrals ? family_or_community_mediation:
    A meeting is arranged at the family home with her parents, Mr Darrow and a respected elder from the community "to find a solution". Mira sits across the table from all of them.
- else:
    Mira is driven home to her parents. Nobody has asked who booked the tickets or what her father owes.
}
By the end of the week she has told a teacher that it was all a misunderstanding. Two months later, during the school holidays, the family flies out by a different airport.
{
- referrals ? child_protection && air_sister_heard:
    Child protection had been told, and had heard about Dilan, but the family had been told first and was ready for them. # ending: taken_abroad
- referrals ? child_protection:
    Child protection had been told, but the family had been told first and was ready for them. # ending: taken_abroad
- air_sister_heard:
    Nobody has told child protection about Mira, or about Dilan. # ending: taken_abroad
- else:
    Nobody has told child protection about Mira. # ending: taken_abroad
}
-> END

=== punished_outcome ===
~ air_done = ()
Mira is processed as if she had done something wrong. A sixteen-year-old who came to you for help spends the afternoon being asked for an address and a statement about herself.
{referrals ? child_protection:
    When the social worker finally arrives, Mira will not speak to anyone in uniform. She tells the social worker she wants to go home. # ending: child_failed
- else:
    Nobody from children's services comes, because nobody called them. By evening Mira will not speak to anyone in uniform, and says she wants to go home. # ending: child_failed
}
-> END

=== nobody_responsible_outcome ===
~ air_done = ()
{referrals ? safe_shelter: You find Mira a bed in an adult hostel for the night, because no one has called children's services.|You have arranged nothing that takes responsibility for a child.}
By Monday her father has found out where she is. Without child protection involved, there is no one with the authority to stop him taking her home, and no one has been told about her sister. # ending: child_failed
-> END

=== protected_outcome ===
~ air_done = ()
The duty social worker arrives within the hour. You tell her everything Mira has told you{air_sister_heard:, including what Mira said about Dilan}. Mira listens while you do, and corrects you once.
{air_sister_heard:
    Child protection opens an assessment for Dilan the same afternoon, and a social worker visits the school on Monday morning.
- else:
    You did not learn about Mira's younger sister. The social worker finds out about Dilan a week later, from Mira herself.
}
The specialist unit takes over the investigation and asks the family court for a protection order that stops anyone taking Mira or her sister out of the country. Mr Castell and Mr Darrow leave the airport without her.
Mira spends the night in a foster placement arranged by children's services, with an address her family is not given. A lawyer from a specialist organisation calls her the next day, and a caseworker who works with young people facing forced marriage becomes her point of contact. A counsellor is offered, and she says she will think about it.
Six weeks later her social worker tells you that Mira has gone back to school, sat her mock exams, and asked whether the officer from the airport could be told she passed. # ending: safe_protection
-> END

=== partial_outcome ===
~ air_done = ()
The duty social worker from children's services comes to the airport and takes responsibility for Mira. That part holds.
{not (determination ? potential_victim_forced_marriage): Your assessment does not describe a planned forced marriage, so it takes child protection two days to work out how urgent this is.}
{not (referrals ? specialist_trafficking_unit): Without a report to the specialist unit, nobody applies for an order to stop the family taking Mira abroad by another route.}
{not (referrals ? safe_shelter): No secure placement has been asked for; the first night she is put in an emergency placement across the road from a cousin's flat.}
{not (referrals ? victim_witness_protection): No one draws up a safety plan. When her uncle turns up outside the school gates, no one knows what to do.}
{not (referrals ? legal_aid): No lawyer explains the protection order to her, and she does not understand why she has to go to court.}
{not (referrals ? victim_service_ngo): No specialist caseworker is involved, and Mira has nobody who has seen a case like hers before.}
{not (referrals ? psychological_counselling): No one offers her anyone to talk to about what has happened.}
Mira is safe, for now. But the gaps in what was arranged leave her more alone, and for longer, than she needed to be. # ending: protected_with_gaps
-> END
